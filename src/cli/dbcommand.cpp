#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

int runDb(Context &context)
{
    if (context.args().word(1) != QLatin1String("status") || context.args().words().size() != 2)
        return context.usage(tr("Use: db status"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    Store &store = s.store();

    const Status check = store.quickCheck();
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
    const qint64 size = QFileInfo(store.path()).size();

    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("path"), store.path()},
                                      {QStringLiteral("sizeBytes"), size},
                                      {QStringLiteral("quickCheck"), check.ok() ? QStringLiteral("ok") : check.error().message},
                                      {QStringLiteral("schemas"), schemas},
                                      {QStringLiteral("operators"), operators.valueOr(-1)},
                                      {QStringLiteral("products"), products.valueOr(-1)},
                                      {QStringLiteral("auditEntries"), auditEntries.valueOr(-1)}});
    } else {
        context.say(tr("Database:     %1 (%2 KiB)").arg(store.path()).arg(size / 1024));
        context.say(tr("Quick check:  %1").arg(check.ok() ? QStringLiteral("ok") : check.error().message));
        context.say(tr("Operators:    %1   Products: %2   Audit entries: %3")
                        .arg(operators.valueOr(-1))
                        .arg(products.valueOr(-1))
                        .arg(auditEntries.valueOr(-1)));
        context.say(table.toString());
    }
    return check.ok() ? kExitOk : context.fail(check.error());
}

} // namespace qtill::cli
