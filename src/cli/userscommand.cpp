#include "commands.h"
#include "context.h"
#include "table.h"

#include "core/operatorservice.h"
#include "core/services.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace qtill::cli {

namespace {

QJsonObject toJson(const Operator &op)
{
    return QJsonObject{{QStringLiteral("number"), op.number},
                       {QStringLiteral("name"), op.name},
                       {QStringLiteral("role"), roleKey(op.role)},
                       {QStringLiteral("active"), op.active},
                       {QStringLiteral("locked"), op.locked},
                       {QStringLiteral("failedAttempts"), op.failedAttempts}};
}

int list(Context &context, Services &s)
{
    auto operators = s.operators().list();
    if (!operators)
        return context.fail(operators.error());
    if (context.json()) {
        QJsonArray array;
        for (const Operator &op : std::as_const(*operators))
            array.append(toJson(op));
        context.printJson(array);
        return kExitOk;
    }
    Table table({tr("Number"), tr("Name"), tr("Role"), tr("State")});
    for (const Operator &op : std::as_const(*operators)) {
        const QString state = op.locked ? tr("locked") : !op.active ? tr("disabled") : tr("active");
        table.addRow({op.number, op.name, roleDisplayName(op.role), state});
    }
    context.say(table.toString());
    return kExitOk;
}

Result<Role> parseRole(const QString &text)
{
    if (const std::optional<Role> role = roleFromKey(text))
        return *role;
    return Error::invalidInput(tr("\"%1\" is not a role. Use cashier, supervisor, manager or owner.").arg(text));
}

} // namespace

int runUsers(Context &context)
{
    const QString sub = context.args().word(1);
    const QString number = context.args().word(2);
    const qsizetype words = context.args().words().size();
    struct Shape { const char *name; qsizetype words; };
    static const Shape kShapes[] = {{"list", 2}, {"add", 4}, {"set-pin", 3}, {"unlock", 3},
                                    {"set-role", 4}, {"disable", 3}, {"enable", 3}};
    const auto shape = std::find_if(std::begin(kShapes), std::end(kShapes),
                                    [&](const Shape &s) { return sub == QLatin1String(s.name); });
    if (shape == std::end(kShapes))
        return context.usage(tr("users needs one of: list, add, set-pin, unlock, set-role, disable, enable."));
    if (words != shape->words)
        return context.usage(tr("Wrong arguments for users %1; see qtillctl --help.").arg(sub));

    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    if (sub == QLatin1String("list"))
        return list(context, s);

    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    OperatorService &ops = s.operators();

    if (sub == QLatin1String("add")) {
        auto role = parseRole(context.args().has(QStringLiteral("role")) ? context.args().value(QStringLiteral("role"))
                                                                         : QStringLiteral("cashier"));
        if (!role)
            return context.fail(role.error());
        auto pin = context.readNewPin(number);
        if (!pin)
            return context.fail(pin.error());
        auto created = ops.create(*actor, number, context.args().word(3), *role, *pin);
        if (!created)
            return context.fail(created.error());
        context.say(tr("Added operator %1.").arg(created->displayNameWithRole()));
        if (context.json())
            context.printJson(toJson(*created));
        return kExitOk;
    }

    auto target = ops.findByNumber(number);
    if (!target)
        return context.fail(target.error());
    Result<Operator> changed = *target;
    if (sub == QLatin1String("set-pin")) {
        auto pin = context.readNewPin(target->displayName());
        if (!pin)
            return context.fail(pin.error());
        const Status set = target->id == actor->operatorId ? ops.changeOwnPin(*actor, context.actorPin(), *pin)
                                                           : ops.resetPin(*actor, target->id, *pin);
        if (!set)
            return context.fail(set.error());
        context.say(tr("The PIN of %1 is changed.").arg(target->displayName()));
    } else if (sub == QLatin1String("unlock")) {
        if (Status unlocked = ops.unlock(*actor, target->id); !unlocked)
            return context.fail(unlocked.error());
        context.say(tr("%1 is unlocked.").arg(target->displayName()));
    } else if (sub == QLatin1String("set-role")) {
        auto role = parseRole(context.args().word(3));
        if (!role)
            return context.fail(role.error());
        changed = ops.setRole(*actor, target->id, *role);
    } else {
        changed = ops.setActive(*actor, target->id, sub == QLatin1String("enable"));
    }
    if (!changed)
        return context.fail(changed.error());
    if (sub == QLatin1String("set-role") || sub == QLatin1String("enable") || sub == QLatin1String("disable")) {
        context.say(tr("%1 is now %2.").arg(changed->displayNameWithRole(),
                                           changed->active ? tr("active") : tr("disabled")));
    }
    if (context.json()) {
        auto fresh = ops.find(target->id);
        context.printJson(toJson(fresh ? *fresh : *changed));
    }
    return kExitOk;
}

} // namespace qtill::cli
