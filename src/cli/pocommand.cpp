// qtillctl po list | show | create | send | cancel | close | receive, and po suppliers.
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierreturnservice.h"
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

/// One "CODE[xCOUNT][@COST]" item word: CODE is a barcode (a case barcode counts its pack), a PLU or an
/// item code; COUNT how many of that code (default 1, decimals for weighed goods); COST per selling unit.
struct Item
{
    ProductId product;
    QString sku;
    Quantity quantity;
    std::optional<Money> cost;
    QStringList serials;    ///< CODE…:SERIAL,SERIAL — one per unit, for serial-tracked goods at receipt
};

Result<Item> parseItem(InventoryServices &inventory, const QString &word)
{
    QString code = word;
    QStringList serials;
    if (const qsizetype colon = code.indexOf(QLatin1Char(':')); colon >= 0) {
        for (const QString &serial : code.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            serials << serial.trimmed();
        code.truncate(colon);
    }
    std::optional<Money> cost;
    if (const qsizetype at = code.indexOf(QLatin1Char('@')); at >= 0) {
        auto parsed = Money::parse(code.mid(at + 1), QLocale::c(), inventory.core().storeProfile().currency());
        if (!parsed)
            return parsed.error();
        cost = *parsed;
        code.truncate(at);
    }
    Quantity count = Quantity::units(1);
    if (const qsizetype x = code.indexOf(QLatin1Char('x')); x >= 0) {
        auto parsed = Quantity::parse(code.mid(x + 1), QLocale::c());
        if (!parsed)
            return parsed.error();
        if (parsed->milli() <= 0)
            return Error::invalidInput(tr("A count must be more than zero: %1").arg(word));
        count = *parsed;
        code.truncate(x);
    }
    Quantity pack = Quantity::units(1);
    auto product = inventory.catalog().productBySku(code);
    if (!product) {
        auto scanned = inventory.catalog().lookup(code);
        if (!scanned)
            return scanned.error();
        pack = scanned->packQuantity;
        product = scanned->product;
    }
    auto quantity = count.times(pack);
    if (!quantity)
        return quantity.error();
    return Item{product->id, product->sku, *quantity, cost, serials};
}

/// The order as JSON, its value in `currency` (the store's); an error when the value cannot be summed.
Result<QJsonObject> toJson(const PurchaseOrder &po, const Currency &currency)
{
    auto value = po.orderedValue(currency);
    if (!value)
        return value.error();
    QJsonArray lines;
    for (const PurchaseOrderLine &l : po.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("supplierCode"), l.supplierCode},
                                 {QStringLiteral("ordered"), qty(l.ordered)},
                                 {QStringLiteral("received"), qty(l.received)},
                                 {QStringLiteral("outstanding"), qty(l.outstanding())},
                                 {QStringLiteral("unitCost"), l.unitCost.toPlainString()}});
    }
    return QJsonObject{{QStringLiteral("number"), po.number},
                       {QStringLiteral("supplier"), po.supplierName},
                       {QStringLiteral("status"), purchaseOrderStatusKey(po.status)},
                       {QStringLiteral("createdAt"), jsonTime(po.createdAt)},
                       {QStringLiteral("sentAt"), jsonTime(po.sentAt)},
                       {QStringLiteral("note"), po.note},
                       {QStringLiteral("value"), value->toPlainString()},
                       {QStringLiteral("lines"), lines}};
}

/// Prints the order (or its JSON); the exit code, a failure when its value cannot be summed.
int printOrder(Context &context, const PurchaseOrder &po, const Currency &currency)
{
    auto value = po.orderedValue(currency);
    if (!value)
        return context.fail(value.error());
    if (context.json()) {
        context.printJson(toJson(po, currency).value());
        return kExitOk;
    }
    context.say(tr("%1  %2  %3  created %4")
                    .arg(po.number, po.supplierName, purchaseOrderStatusName(po.status),
                         po.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!po.note.isEmpty())
        context.say(po.note);
    Table table({tr("Item code"), tr("Name"), tr("Supplier code"), tr("Ordered"), tr("Received"), tr("Outstanding"),
                 tr("Unit cost")});
    for (const PurchaseOrderLine &l : po.lines) {
        table.addRow({l.sku, l.name, l.supplierCode, qty(l.ordered), qty(l.received), qty(l.outstanding()),
                      l.unitCost.toPlainString()});
    }
    context.say(table.toString());
    context.say(tr("Order value: %1").arg(value->toPlainString()));
    return kExitOk;
}

int list(Context &context, InventoryServices &inventory)
{
    const Args &args = context.args();
    QList<PurchaseOrderStatus> statuses;
    if (args.has(QStringLiteral("status"))) {
        for (const QString &key : args.value(QStringLiteral("status")).split(QLatin1Char(','))) {
            const PurchaseOrderStatus s = purchaseOrderStatusFromKey(key.trimmed());
            if (purchaseOrderStatusKey(s) != key.trimmed())
                return context.usage(tr("Statuses: draft, sent, partly_received, received, closed, cancelled."));
            statuses << s;
        }
    }
    SupplierId supplier;
    if (args.has(QStringLiteral("supplier"))) {
        auto found = inventory.suppliers().supplierByCode(args.value(QStringLiteral("supplier")));
        if (!found)
            return context.fail(found.error());
        supplier = found->id;
    }
    const int limit = args.has(QStringLiteral("limit")) ? args.value(QStringLiteral("limit")).toInt() : 100;
    auto found = inventory.purchasing().orders(statuses, supplier, limit);
    if (!found)
        return context.fail(found.error());
    QJsonArray array;
    Table table({tr("Number"), tr("Supplier"), tr("Status"), tr("Created"), tr("Lines"), tr("Value")});
    for (const PurchaseOrderSummary &s : std::as_const(*found)) {
        array.append(QJsonObject{{QStringLiteral("number"), s.number},
                                 {QStringLiteral("supplier"), s.supplierName},
                                 {QStringLiteral("status"), purchaseOrderStatusKey(s.status)},
                                 {QStringLiteral("createdAt"), jsonTime(s.createdAt)},
                                 {QStringLiteral("lines"), s.lineCount},
                                 {QStringLiteral("value"), s.orderedValue.toPlainString()}});
        table.addRow({s.number, s.supplierName, purchaseOrderStatusName(s.status),
                      s.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(s.lineCount),
                      s.orderedValue.toPlainString()});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.isEmpty() ? tr("No purchase orders match.") : table.toString());
    return kExitOk;
}

int suppliers(Context &context, InventoryServices &inventory)
{
    auto all = inventory.suppliers().list();
    if (!all)
        return context.fail(all.error());
    QJsonArray array;
    Table table({tr("Code"), tr("Name"), tr("Contact"), tr("Phone"), tr("Lead time (days)"), tr("Active")});
    for (const Supplier &s : std::as_const(*all)) {
        array.append(QJsonObject{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("contact"), s.contact},
                                 {QStringLiteral("phone"), s.phone},
                                 {QStringLiteral("leadTimeDays"), s.leadTimeDays},
                                 {QStringLiteral("active"), s.active}});
        table.addRow({s.code, s.name, s.contact, s.phone, QString::number(s.leadTimeDays),
                      s.active ? QStringLiteral("*") : QString()});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.isEmpty() ? tr("No suppliers yet.") : table.toString());
    return kExitOk;
}

int create(Context &context, InventoryServices &inventory, const Session &actor)
{
    const Args &args = context.args();
    auto supplier = inventory.suppliers().supplierByCode(args.word(2));
    if (!supplier)
        return context.fail(supplier.error());
    QList<DraftOrderLine> lines;
    for (qsizetype i = 3; i < args.words().size(); ++i) {
        auto item = parseItem(inventory, args.word(i));
        if (!item)
            return context.fail(item.error());
        if (!item->serials.isEmpty())
            return context.usage(tr("Serial numbers are taken when the goods arrive: give them to po receive, not here."));
        lines << DraftOrderLine{item->product, supplier->id, item->quantity, item->cost};
    }
    LocationId location;
    if (args.has(QStringLiteral("location"))) {
        auto found = inventory.ledger().location(args.value(QStringLiteral("location")));
        if (!found)
            return context.fail(found.error());
        location = found->id;
    }
    auto id = inventory.purchasing().createDraft(actor, supplier->id, lines, location, args.value(QStringLiteral("note")));
    if (!id)
        return context.fail(id.error());
    auto po = inventory.purchasing().order(*id);
    if (!po)
        return context.fail(po.error());
    if (!context.json())
        context.say(tr("Draft purchase order %1 created. Send it with: qtillctl po send %1").arg(po->number));
    return printOrder(context, *po, inventory.core().storeProfile().currency());
}

int receive(Context &context, InventoryServices &inventory, const Session &actor)
{
    const Args &args = context.args();
    ReceiveRequest request;
    const QString number = args.word(2);
    if (number != QLatin1String("-")) {
        auto po = inventory.purchasing().orderByNumber(number);
        if (!po)
            return context.fail(po.error());
        request.order = po->id;
    }
    if (args.has(QStringLiteral("supplier"))) {
        auto supplier = inventory.suppliers().supplierByCode(args.value(QStringLiteral("supplier")));
        if (!supplier)
            return context.fail(supplier.error());
        request.supplier = supplier->id;
    }
    if (args.has(QStringLiteral("location"))) {
        auto found = inventory.ledger().location(args.value(QStringLiteral("location")));
        if (!found)
            return context.fail(found.error());
        request.location = found->id;
    }
    request.deliveryNote = args.value(QStringLiteral("note"));
    request.acceptOverReceipt = args.flag(QStringLiteral("accept-over"));
    for (qsizetype i = 3; i < args.words().size(); ++i) {
        auto item = parseItem(inventory, args.word(i));
        if (!item)
            return context.fail(item.error());
        request.lines << ReceiptLine{item->product, item->quantity, item->cost, item->serials};
    }
    auto receipt = inventory.receiving().receive(actor, request);
    if (!receipt)
        return context.fail(receipt.error());
    QJsonArray lines;
    Table table({tr("Item code"), tr("Quantity"), tr("Unit cost")});
    const Catalog &catalog = inventory.catalog();
    for (const ReceiptLine &l : std::as_const(receipt->lines)) {
        const QString sku = catalog.product(l.product).valueOr(Product{}).sku;
        lines.append(QJsonObject{{QStringLiteral("sku"), sku},
                                 {QStringLiteral("quantity"), qty(l.quantity)},
                                 {QStringLiteral("unitCost"), l.unitCost ? l.unitCost->toPlainString() : QString()}});
        table.addRow({sku, qty(l.quantity), l.unitCost ? l.unitCost->toPlainString() : QString()});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("receipt"), receipt->number},
                                      {QStringLiteral("order"), request.order.isValid() ? number : QString()},
                                      {QStringLiteral("orderStatus"), request.order.isValid()
                                                                          ? purchaseOrderStatusKey(receipt->orderStatus)
                                                                          : QString()},
                                      {QStringLiteral("value"), receipt->value.toPlainString()},
                                      {QStringLiteral("lines"), lines}});
        return kExitOk;
    }
    context.say(table.toString());
    if (request.order.isValid()) {
        context.say(tr("Received as %1 (value %2). %3 is now %4.")
                        .arg(receipt->number, receipt->value.toPlainString(), number,
                             purchaseOrderStatusName(receipt->orderStatus)));
    } else {
        context.say(tr("Received as %1 (value %2).").arg(receipt->number, receipt->value.toPlainString()));
    }
    return kExitOk;
}

int giveBack(Context &context, InventoryServices &inventory, const Session &actor)
{
    const Args &args = context.args();
    SupplierReturnRequest request;
    auto supplier = inventory.suppliers().supplierByCode(args.word(2));
    if (!supplier)
        return context.fail(supplier.error());
    request.supplier = supplier->id;
    if (!args.has(QStringLiteral("location")))
        return context.usage(tr("Say where the goods are taken from: --location LOC."));
    auto found = inventory.ledger().location(args.value(QStringLiteral("location")));
    if (!found)
        return context.fail(found.error());
    request.location = found->id;
    request.reason = args.value(QStringLiteral("reason"));
    for (qsizetype i = 3; i < args.words().size(); ++i) {
        auto item = parseItem(inventory, args.word(i));
        if (!item)
            return context.fail(item.error());
        request.lines << ReceiptLine{item->product, item->quantity, item->cost, item->serials};
    }
    auto number = inventory.supplierReturns().returnGoods(actor, request);
    if (!number)
        return context.fail(number.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("return"), *number},
                                      {QStringLiteral("supplier"), supplier->code},
                                      {QStringLiteral("lines"), int(request.lines.size())}});
    } else {
        context.say(tr("Returned to %1 as %2.").arg(supplier->name, *number));
    }
    return kExitOk;
}

} // namespace

int runPo(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    const bool numbered = sub == QLatin1String("show") || sub == QLatin1String("send") || sub == QLatin1String("cancel")
        || sub == QLatin1String("close");
    if (!((sub == QLatin1String("list") || sub == QLatin1String("suppliers")) && words == 2) && !(numbered && words == 3)
        && !((sub == QLatin1String("create") || sub == QLatin1String("receive") || sub == QLatin1String("return"))
             && words >= 4)) {
        return context.usage(tr("Use: po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers"
                                " | po create SUPPLIER ITEM... [--location LOC] [--note TEXT]"
                                " | po send|cancel|close NUMBER [--note TEXT]"
                                " | po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE]"
                                " [--accept-over] | po return SUPPLIER ITEM... --location LOC [--reason TEXT]"
                                "   (ITEM: CODE[xCOUNT][@COST][:SERIAL,SERIAL])"));
    }
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    InventoryServices &inventory = InventoryServices::of(**opened);
    PurchaseOrderService &orders = inventory.purchasing();
    if (sub == QLatin1String("list"))
        return list(context, inventory);
    if (sub == QLatin1String("suppliers"))
        return suppliers(context, inventory);
    if (sub == QLatin1String("show")) {
        auto po = orders.orderByNumber(args.word(2));
        if (!po)
            return context.fail(po.error());
        return printOrder(context, *po, inventory.core().storeProfile().currency());
    }
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    if (sub == QLatin1String("create"))
        return create(context, inventory, *actor);
    if (sub == QLatin1String("receive"))
        return receive(context, inventory, *actor);
    if (sub == QLatin1String("return"))
        return giveBack(context, inventory, *actor);
    auto po = orders.orderByNumber(args.word(2));
    if (!po)
        return context.fail(po.error());
    const QString note = args.value(QStringLiteral("note"));
    const Status done = sub == QLatin1String("send")     ? orders.send(*actor, po->id)
                        : sub == QLatin1String("cancel") ? orders.cancel(*actor, po->id, note)
                                                         : orders.close(*actor, po->id, note);
    if (!done)
        return context.fail(done.error());
    auto changed = orders.order(po->id);
    if (!changed)
        return context.fail(changed.error());
    if (context.json()) {
        auto json = toJson(*changed, inventory.core().storeProfile().currency());
        if (!json)
            return context.fail(json.error());
        context.printJson(*json);
    } else {
        context.say(tr("%1 is now %2.").arg(changed->number, purchaseOrderStatusName(changed->status)));
    }
    return kExitOk;
}

} // namespace qtill::cli
