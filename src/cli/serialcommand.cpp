// qtillctl serial show SERIAL | serial add ITEMCODE SERIAL... [--note DOCUMENT]
#include "commands.h"
#include "context.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/services.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

using namespace qtill::inventory;

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject toJson(const SerialRecord &r, const QDate &today)
{
    QJsonArray history;
    for (const SerialEvent &e : r.history) {
        history.append(QJsonObject{{QStringLiteral("event"), e.event},
                                   {QStringLiteral("at"), jsonTime(e.at)},
                                   {QStringLiteral("document"), e.document},
                                   {QStringLiteral("detail"), e.detail}});
    }
    return QJsonObject{{QStringLiteral("serial"), r.serial},
                       {QStringLiteral("sku"), r.sku},
                       {QStringLiteral("product"), r.productName},
                       {QStringLiteral("status"), serialStatusKey(r.status)},
                       {QStringLiteral("receivedAt"), jsonTime(r.receivedAt)},
                       {QStringLiteral("receiptDocument"), r.receiptDocument},
                       {QStringLiteral("soldAt"), jsonTime(r.soldAt)},
                       {QStringLiteral("saleDocument"), r.saleDocument},
                       {QStringLiteral("customer"), r.customerRef},
                       {QStringLiteral("warrantyMonths"), r.warrantyMonths},
                       {QStringLiteral("warrantyEnd"), r.warrantyEnd.isValid() ? r.warrantyEnd.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("underWarranty"), r.underWarranty(today)},
                       {QStringLiteral("history"), history}};
}

} // namespace

int runSerial(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    if (!(sub == QLatin1String("show") && words == 3) && !(sub == QLatin1String("add") && words >= 4))
        return context.usage(tr("Use: serial show SERIAL | serial add ITEMCODE SERIAL... [--note DOCUMENT]"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    SerialNumberService &serials = InventoryServices::of(services).serials();

    if (sub == QLatin1String("add")) {
        auto actor = context.actor();
        if (!actor)
            return context.fail(actor.error());
        auto product = InventoryServices::of(services).catalog().productBySku(args.word(2));
        if (!product)
            return context.fail(product.error());
        auto locations = InventoryServices::of(services).ledger().locations();
        if (!locations)
            return context.fail(locations.error());
        const LocationId location = locations->isEmpty() ? LocationId() : locations->constFirst().id;
        const QStringList list = args.words().mid(3);
        const QString note = args.has(QStringLiteral("note")) ? args.value(QStringLiteral("note")) : QStringLiteral("manual");
        if (Status added = serials.registerSerials(*actor, product->id, list, location, note); !added)
            return context.fail(added.error());
        context.say(tr("Recorded %1 serial numbers of %2 %3.").arg(list.size()).arg(product->sku, product->name));
        return kExitOk;
    }

    auto found = serials.lookup(args.word(2));
    if (!found)
        return context.fail(found.error());
    const QDate today = context.clock().now().date();
    QJsonArray array;
    for (const SerialRecord &r : std::as_const(*found)) {
        array.append(toJson(r, today));
        context.say(tr("Serial number %1: %2 %3 — %4").arg(r.serial, r.sku, r.productName, serialStatusName(r.status)));
        context.say(tr("  Received  %1  %2").arg(when(r.receivedAt), r.receiptDocument));
        if (r.soldAt.isValid()) {
            context.say(tr("  Sold      %1  %2  customer %3")
                            .arg(when(r.soldAt), r.saleDocument, r.customerRef.isEmpty() ? tr("(not given)") : r.customerRef));
            context.say(r.warrantyEnd.isValid()
                            ? tr("  Warranty  %1 months, until %2 (%3)")
                                  .arg(r.warrantyMonths)
                                  .arg(r.warrantyEnd.toString(Qt::ISODate),
                                       r.underWarranty(today) ? tr("still under warranty") : tr("expired"))
                            : tr("  Warranty  none"));
        }
        for (const SerialEvent &e : r.history)
            context.say(QStringLiteral("    %1  %2  %3 %4").arg(when(e.at), e.event, e.document, e.detail));
    }
    if (context.json())
        context.printJson(array.size() == 1 ? QJsonValue(array.first()) : QJsonValue(array));
    return kExitOk;
}

} // namespace qtill::cli
