#include "commands.h"
#include "context.h"
#include "table.h"

#include "core/services.h"
#include "core/taxclassservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

namespace {

QJsonObject toJson(const TaxClass &c)
{
    return QJsonObject{{QStringLiteral("code"), c.code},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("rateBasisPoints"), c.rateBasisPoints},
                       {QStringLiteral("rate"), c.rateText()},
                       {QStringLiteral("default"), c.isDefault}};
}

int list(Context &context, TaxClassService &taxes)
{
    auto classes = taxes.list();
    if (!classes)
        return context.fail(classes.error());
    QJsonArray array;
    Table table({tr("Code"), tr("Name"), tr("Rate"), tr("Default")});
    for (const TaxClass &c : std::as_const(*classes)) {
        array.append(toJson(c));
        table.addRow({c.code, c.name, c.rateText(), c.isDefault ? QStringLiteral("*") : QString()});
    }
    if (context.json())
        context.printJson(array);
    else if (classes->isEmpty())
        context.say(tr("No tax classes yet. Add one with: qtillctl tax add CODE NAME RATE --as NUMBER"));
    else
        context.say(table.toString());
    return kExitOk;
}

} // namespace

int runTax(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    if (!(sub == QLatin1String("list") && words == 2) && !(sub == QLatin1String("add") && words == 5)
        && !(sub == QLatin1String("set") && words == 3)) {
        return context.usage(
            tr("Use: tax list | tax add CODE NAME RATE [--default] | tax set CODE [--name NAME] [--rate RATE] [--default]"));
    }
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    TaxClassService &taxes = (*opened)->taxClasses();
    if (sub == QLatin1String("list"))
        return list(context, taxes);

    TaxClass changed;
    if (sub == QLatin1String("add")) {
        auto rate = TaxClass::parseRate(args.word(4));
        if (!rate)
            return context.fail(rate.error());
        changed = TaxClass{args.word(2), args.word(3), *rate, args.flag(QStringLiteral("default"))};
    } else {
        auto current = taxes.find(args.word(2));
        if (!current)
            return context.fail(current.error());
        changed = *current;
        if (args.has(QStringLiteral("name")))
            changed.name = args.value(QStringLiteral("name"));
        if (args.has(QStringLiteral("rate"))) {
            auto rate = TaxClass::parseRate(args.value(QStringLiteral("rate")));
            if (!rate)
                return context.fail(rate.error());
            changed.rateBasisPoints = *rate;
        }
        if (args.flag(QStringLiteral("default")))
            changed.isDefault = true;
    }
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    const Status saved = sub == QLatin1String("add") ? taxes.add(*actor, changed) : taxes.update(*actor, changed);
    if (!saved)
        return context.fail(saved.error());
    auto stored = taxes.find(changed.code);
    if (!stored)
        return context.fail(stored.error());
    context.say(tr("Saved tax class %1: %2 %3%4.")
                    .arg(stored->code, stored->name, stored->rateText(), stored->isDefault ? tr(" (default)") : QString()));
    if (context.json())
        context.printJson(toJson(*stored));
    return kExitOk;
}

} // namespace qtill::cli
