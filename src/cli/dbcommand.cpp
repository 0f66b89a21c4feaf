// db status | db copy --to ADDRESS
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/inventorystorecopy.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/authorizer.h"
#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storecopier.h"
#include "core/storeinfo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

namespace {

int status(Context &context)
{
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    Store &store = s.store();

    const Status check = store.quickCheck();
    auto info = StoreInfo::of(store);
    if (!info)
        return context.fail(info.error());
    QJsonArray schemas;
    Table table({tr("Schema"), tr("Version"), tr("Latest")});
    for (const Schema &schema : s.allSchemas()) {
        const int version = store.schemaVersion(schema.name);
        schemas.append(QJsonObject{{QStringLiteral("name"), schema.name},
                                   {QStringLiteral("version"), version},
                                   {QStringLiteral("latest"), schema.latestVersion()}});
        table.addRow({schema.name, QString::number(version), QString::number(schema.latestVersion())});
    }
    const auto operators = s.operators().count();
    const auto products = inventory::InventoryServices::of(s).catalog().productCount();
    const auto auditEntries = s.auditLog().lastSeq();
    const QString checked = check.ok() ? QStringLiteral("ok") : check.error().message;

    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("path"), info->location},
                                      {QStringLiteral("engine"), info->engine},
                                      {QStringLiteral("engineVersion"), info->version},
                                      {QStringLiteral("sizeBytes"), info->sizeBytes},
                                      {QStringLiteral("quickCheck"), checked},
                                      {QStringLiteral("schemas"), schemas},
                                      {QStringLiteral("operators"), operators.valueOr(-1)},
                                      {QStringLiteral("products"), products.valueOr(-1)},
                                      {QStringLiteral("auditEntries"), auditEntries.valueOr(-1)}});
    } else {
        context.say(tr("Database:     %1 (%2 KiB)").arg(info->location).arg(info->sizeBytes / 1024));
        context.say(tr("Engine:       %1 %2").arg(info->engine, info->version));
        context.say(tr("Quick check:  %1").arg(checked));
        context.say(tr("Operators:    %1   Products: %2   Audit entries: %3")
                        .arg(operators.valueOr(-1))
                        .arg(products.valueOr(-1))
                        .arg(auditEntries.valueOr(-1)));
        context.say(table.toString());
    }
    return check.ok() ? kExitOk : context.fail(check.error());
}

/// The copy's stock ledger, checked through the target's own services once the copy is committed.
Result<inventory::StockVerifyReport> verifyLedger(Context &context, const QString &target)
{
    auto services = context.openOther(target);
    if (!services)
        return services.error();
    auto report = inventory::InventoryServices::of(**services).ledger().verify();
    if (report && !report->ok) {
        return Error::corrupt(tr("The stock ledger of the copy %1 does not add up: %2 (run \"qtillctl stock verify\" on "
                                 "the source too).").arg(target, report->problems.value(0)));
    }
    return report;
}

int copy(Context &context)
{
    const QString to = context.args().value(QStringLiteral("to"));
    if (to.isEmpty() || context.args().words().size() != 2)
        return context.usage(tr("Use: db copy --to postgresql://USER@HOST/DATABASE | --to NEW-FILE"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    // A copy holds everything a backup does (PIN hashes included): the same permission.
    auto allowed = s.authorizer().authorize(*actor, Permissions::kBackupRun, std::nullopt, QStringLiteral("qtillctl db copy"));
    if (!allowed)
        return context.fail(allowed.error());
    const StoreCopier::Options options{.schemas = s.allSchemas(), .rebuild = inventory::InventoryStoreCopy::rebuildSteps()};
    auto copied = StoreCopier::copy(s.store(), to, options);
    if (!copied)
        return context.fail(copied.error());
    auto ledger = verifyLedger(context, copied->target);
    if (!ledger)
        return context.fail(ledger.error());

    QJsonArray tables;
    Table table({tr("Table"), tr("Rows")});
    for (const TableCopyCount &t : copied->tables) {
        tables.append(QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("rows"), t.rows}});
        table.addRow({t.table, QString::number(t.rows)});
    }
    context.say(tr("Copied %1 to %2: %3 rows in %4 tables, the same counts as the source.")
                    .arg(s.store().displayName(), copied->target)
                    .arg(copied->rows)
                    .arg(copied->tables.size()));
    context.say(tr("Audit chain verified on the copy: %1 entries. Stock ledger verified: %2 balances, %3 movements.")
                    .arg(copied->auditEntries)
                    .arg(ledger->balancesChecked)
                    .arg(ledger->movementsChecked));
    if (!copied->rebuilt.isEmpty())
        context.say(tr("Rebuilt on the copy instead of copied: %1.").arg(copied->rebuilt.join(QStringLiteral(", "))));
    context.say(table.toString());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("from"), s.store().displayName()},
                                      {QStringLiteral("to"), copied->target},
                                      {QStringLiteral("rows"), copied->rows},
                                      {QStringLiteral("tables"), tables},
                                      {QStringLiteral("auditEntries"), copied->auditEntries},
                                      {QStringLiteral("ledgerBalances"), ledger->balancesChecked},
                                      {QStringLiteral("ledgerMovements"), ledger->movementsChecked},
                                      {QStringLiteral("rebuilt"), QJsonArray::fromStringList(copied->rebuilt)}});
    }
    return kExitOk;
}

} // namespace

int runDb(Context &context)
{
    const QString sub = context.args().word(1);
    if (sub == QLatin1String("status") && context.args().words().size() == 2)
        return status(context);
    if (sub == QLatin1String("copy"))
        return copy(context);
    return context.usage(tr("Use: db status | db copy --to ADDRESS"));
}

} // namespace qtill::cli
