#include "commands.h"
#include "context.h"

#include "checkout/demopromotions.h"
#include "checkout/demosales.h"
#include "inventory/demostore.h"

#include "core/operatorservice.h"
#include "core/clock.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/taxclassservice.h"
#include "core/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

namespace {

/// The standard tax classes for a new store, added as its new owner; says which.
Status addStandardTaxClasses(Services &services, const QList<Operator> &created, QJsonObject &out)
{
    Session owner;
    for (const Operator &op : created) {
        if (op.role == Role::Owner) {
            owner = Session{op.id, op.number, op.name, op.role, services.clock().now()};
            break;
        }
    }
    auto added = services.taxClasses().addStandardClasses(owner);
    if (!added)
        return added.error();
    out.insert(QStringLiteral("taxClassesAdded"), *added);
    return {};
}

} // namespace

int runInit(Context &context)
{
    if (context.args().words().size() > 1)
        return context.usage(tr("init takes no arguments besides --demo."));
    auto services = context.services(/*createIfMissing=*/true);
    if (!services)
        return context.fail(services.error());
    Services &s = **services;
    const QString where = s.store().displayName();
    QJsonObject out{{QStringLiteral("path"), where}, {QStringLiteral("created"), s.store().isNew()}};
    context.say(s.store().isNew() ? tr("Created the store %1.").arg(where) : tr("The store %1 is up to date.").arg(where));

    auto count = s.operators().count();
    if (!count)
        return context.fail(count.error());
    const QList<OperatorService::NewOperator> firstRun = Services::firstRunOperators();
    if (*count == 0) {
        auto created = s.operators().bootstrap(firstRun);
        if (!created)
            return context.fail(created.error());
        QJsonArray operators;
        context.say(tr("Operators (change these PINs now with: qtillctl users set-pin NUMBER --as 00):"));
        for (const OperatorService::NewOperator &op : firstRun) {
            operators.append(QJsonObject{{QStringLiteral("number"), op.number},
                                         {QStringLiteral("name"), op.name},
                                         {QStringLiteral("role"), roleKey(op.role)},
                                         {QStringLiteral("pin"), op.pin}});
            context.say(QStringLiteral("  %1  %2  %3  PIN %4").arg(op.number, op.name, roleDisplayName(op.role), op.pin));
        }
        out.insert(QStringLiteral("operators"), operators);
        // A new store starts with the standard tax classes, so a catalog can be imported at once.
        if (Status taxed = addStandardTaxClasses(s, *created, out); !taxed)
            return context.fail(taxed.error());
        if (out.value(QStringLiteral("taxClassesAdded")).toInt() > 0) {
            QStringList classes;
            for (const TaxClass &c : TaxClassService::standardClasses())
                classes << c.code + QLatin1Char(' ') + c.rateText();
            context.say(tr("Tax classes: %1 (see qtillctl tax list).").arg(classes.join(QStringLiteral(", "))));
        }
    }

    if (context.args().flag(QStringLiteral("demo"))) {
        // A brand-new store acts as its new owner; an existing one needs --as like any change.
        Result<Session> actor = *count == 0 && !context.args().has(QStringLiteral("as"))
            ? context.signInAs(firstRun.constFirst().number, firstRun.constFirst().pin)
            : context.actor();
        if (!actor)
            return context.fail(actor.error());
        auto summary = inventory::DemoStore::populate(s, *actor);
        if (!summary)
            return context.fail(summary.error());
        // A week of trading through the till's services, so the demo's journal, stock and reports agree.
        auto week = checkout::DemoSales::populate(s, *actor);
        if (!week)
            return context.fail(week.error());
        auto promotions = checkout::DemoPromotions::populate(s, *actor);
        if (!promotions)
            return context.fail(promotions.error());
        out.insert(QStringLiteral("demo"),
                   QJsonObject{{QStringLiteral("categories"), summary->categories},
                               {QStringLiteral("products"), summary->products},
                               {QStringLiteral("barcodes"), summary->barcodes},
                               {QStringLiteral("locations"), summary->locations},
                               {QStringLiteral("movements"), summary->movements},
                               {QStringLiteral("profileSet"), summary->profileSet},
                               {QStringLiteral("taxClassesAdded"), summary->taxClassesAdded},
                               {QStringLiteral("sales"), week->sales},
                               {QStringLiteral("voids"), week->voids},
                               {QStringLiteral("refunds"), week->refunds},
                               {QStringLiteral("failedPayments"), week->failedPayments},
                               {QStringLiteral("promotions"), *promotions}});
        context.say(tr("Demo store: %1 products in %2 categories, %3 barcodes, opening stock in %4 locations.")
                        .arg(summary->products)
                        .arg(summary->categories)
                        .arg(summary->barcodes)
                        .arg(summary->locations));
        context.say(tr("A week of sales: %1 sales, %2 voids, %3 refunds, %4 failed card payments.")
                        .arg(week->sales)
                        .arg(week->voids)
                        .arg(week->refunds)
                        .arg(week->failedPayments));
        context.say(tr("Promotions running: %1 added (see qtillctl promotions list).").arg(*promotions));
    }
    if (context.json())
        context.printJson(out);
    return kExitOk;
}

} // namespace qtill::cli
