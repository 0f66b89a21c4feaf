// qtillctl reorder alerts | reorder suggest [--days N] [--supplier CODE] [--create-po]
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/inventoryservices.h"
#include "inventory/reorderservice.h"
#include "inventory/supplierservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qtill::cli {

using namespace qtill::inventory;

namespace {

QString qty(Quantity q)
{
    return q.toString(QLocale::c());
}

int alerts(Context &context, ReorderService &reorder, const Session &actor)
{
    auto list = reorder.alerts(actor, context.args().has(QStringLiteral("limit"))
                                          ? context.args().value(QStringLiteral("limit")).toInt()
                                          : 100);
    if (!list)
        return context.fail(list.error());
    QJsonArray array;
    Table table({tr("Item code"), tr("Name"), tr("On hand"), tr("Safety stock"), tr("Short"), tr("On order")});
    for (const StockAlert &a : std::as_const(*list)) {
        array.append(QJsonObject{{QStringLiteral("sku"), a.sku},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("unit"), a.unit},
                                 {QStringLiteral("onHand"), qty(a.onHand)},
                                 {QStringLiteral("safetyStock"), qty(a.safetyStock)},
                                 {QStringLiteral("shortfall"), qty(a.shortfall)},
                                 {QStringLiteral("onOrder"), qty(a.onOrder)},
                                 {QStringLiteral("covered"), a.covered}});
        table.addRow({a.sku, a.name, qty(a.onHand), qty(a.safetyStock), qty(a.shortfall),
                      qty(a.onOrder) + (a.covered ? tr(" (enough)") : QString())});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.isEmpty() ? tr("Nothing is below its safety stock.") : table.toString());
    return kExitOk;
}

} // namespace

int runReorder(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    if (args.words().size() != 2 || (sub != QLatin1String("suggest") && sub != QLatin1String("alerts")))
        return context.usage(tr("Use: reorder alerts | reorder suggest [--days N] [--supplier CODE] [--create-po]"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    ReorderService &reorder = InventoryServices::of(services).reorder();
    if (sub == QLatin1String("alerts"))
        return alerts(context, reorder, *actor);

    ReorderOptions options;
    if (args.has(QStringLiteral("days"))) {
        bool ok = false;
        options.salesDays = args.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return context.usage(tr("--days needs a number of days."));
    }
    if (args.has(QStringLiteral("supplier"))) {
        auto supplier = InventoryServices::of(services).suppliers().supplierByCode(args.value(QStringLiteral("supplier")));
        if (!supplier)
            return context.fail(supplier.error());
        options.supplier = supplier->id;
    }
    auto list = reorder.suggest(*actor, options);
    if (!list)
        return context.fail(list.error());

    const QLocale locale(QLocale::Chinese, QLocale::China);
    QJsonArray array;
    Table table({tr("Supplier"), tr("Item code"), tr("Name"), tr("Sold/day"), tr("Lead"), tr("Safety"), tr("On hand"),
                 tr("On order"), tr("Order"), tr("Value")});
    MoneySum sum(services.storeProfile().currency());
    for (const ReorderSuggestion &s : std::as_const(*list)) {
        sum.add(s.value);
        array.append(QJsonObject{{QStringLiteral("sku"), s.sku},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("unit"), s.unit},
                                 {QStringLiteral("supplier"), s.supplierName},
                                 {QStringLiteral("sold"), qty(s.sold)},
                                 {QStringLiteral("salesDays"), s.salesDays},
                                 {QStringLiteral("averageDaily"), qty(s.averageDaily)},
                                 {QStringLiteral("leadTimeDays"), s.leadTimeDays},
                                 {QStringLiteral("leadTimeDemand"), qty(s.leadTimeDemand)},
                                 {QStringLiteral("safetyStock"), qty(s.safetyStock)},
                                 {QStringLiteral("onHand"), qty(s.onHand)},
                                 {QStringLiteral("onOrder"), qty(s.onOrder)},
                                 {QStringLiteral("need"), qty(s.need)},
                                 {QStringLiteral("packSize"), qty(s.packSize)},
                                 {QStringLiteral("quantity"), qty(s.quantity)},
                                 {QStringLiteral("unitCost"), s.unitCost.toPlainString()},
                                 {QStringLiteral("value"), s.value.toPlainString()}});
        table.addRow({s.supplierName.isEmpty() ? tr("(none)") : s.supplierName, s.sku, s.name, qty(s.averageDaily),
                      tr("%1 d").arg(s.leadTimeDays), qty(s.safetyStock), qty(s.onHand), qty(s.onOrder),
                      qty(s.quantity) + QLatin1Char(' ') + s.unit, s.value.format(locale, Money::Symbol::Without)});
    }
    if (!sum.ok())
        return context.fail(sum.result().error());
    const Money total = sum.result().value();
    QJsonObject out{{QStringLiteral("suggestions"), array}, {QStringLiteral("total"), total.toPlainString()}};
    if (table.isEmpty()) {
        context.say(tr("Nothing needs ordering."));
    } else {
        context.say(table.toString());
        context.say(tr("%1 suggestions, %2 in all (sales of the last %3 days).")
                        .arg(list->size())
                        .arg(total.format(locale))
                        .arg(options.salesDays));
    }

    if (args.flag(QStringLiteral("create-po")) && !list->isEmpty()) {
        auto created = reorder.createDraftOrders(*actor, *list);
        if (!created)
            return context.fail(created.error());
        QJsonArray orders;
        for (PurchaseOrderId id : std::as_const(created->orders))
            orders.append(qint64(id.value()));
        out.insert(QStringLiteral("orders"), orders);
        out.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(created->skipped));
        context.say(tr("Created %1 draft purchase orders with %2 lines.").arg(created->orders.size()).arg(created->lines));
        if (!created->skipped.isEmpty())
            context.say(tr("Not ordered (no supplier): %1").arg(created->skipped.join(QStringLiteral(", "))));
    }
    if (context.json())
        context.printJson(out);
    return kExitOk;
}

} // namespace qtill::cli
