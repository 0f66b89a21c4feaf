// qtillctl stock show CODE | stock adjust CODE LOCATION QTY --reason R --note TEXT |
//          stock history CODE [--location L] [--from DATE] [--to DATE] [--limit N] [--offset N] | stock verify
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/services.h"

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

/// A product by barcode, PLU or item code.
Result<Product> findProduct(Services &services, const QString &code)
{
    const Catalog &catalog = InventoryServices::of(services).catalog();
    auto bySku = catalog.productBySku(code);
    if (bySku)
        return bySku;
    auto scanned = catalog.lookup(code);
    if (!scanned)
        return scanned.error();
    return scanned->product;
}

/// A date ("2026-11-21", from 00:00) or a date and time ("2026-11-21T14:30").
QDateTime parseTime(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0));
    return QDateTime::fromString(text, Qt::ISODate);
}

int show(Context &context, Services &services, StockLedger &ledger)
{
    auto product = findProduct(services, context.args().word(2));
    if (!product)
        return context.fail(product.error());
    auto locations = ledger.stockLocations();
    auto balances = ledger.balances(product->id);
    auto total = ledger.onHand(product->id);
    if (!locations || !balances || !total)
        return context.fail(!locations ? locations.error() : !balances ? balances.error() : total.error());
    QJsonArray array;
    Table table({tr("Location"), tr("Name"), tr("On hand")});
    for (const StockLocation &l : std::as_const(*locations)) {
        Quantity onHand;
        bool any = false;
        for (const StockBalance &b : std::as_const(*balances)) {
            if (b.location == l.location.id) {
                onHand = b.onHand;
                any = true;
            }
        }
        if (!any && !l.active)
            continue;
        array.append(QJsonObject{{QStringLiteral("location"), l.location.code},
                                 {QStringLiteral("name"), l.location.name},
                                 {QStringLiteral("kind"), locationKindKey(l.kind)},
                                 {QStringLiteral("onHand"), qty(onHand)}});
        table.addRow({l.location.code, l.location.name, qty(onHand)});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("sku"), product->sku},
                                      {QStringLiteral("name"), product->name},
                                      {QStringLiteral("unit"), product->unit},
                                      {QStringLiteral("cost"), product->cost.toPlainString()},
                                      {QStringLiteral("safetyStock"), qty(product->safetyStock)},
                                      {QStringLiteral("onHand"), qty(*total)},
                                      {QStringLiteral("locations"), array}});
        return kExitOk;
    }
    context.say(QStringLiteral("%1 %2 (%3)").arg(product->sku, product->name, product->unit));
    context.say(table.toString());
    context.say(tr("Total on hand: %1   safety stock: %2   average cost: %3")
                    .arg(qty(*total), qty(product->safetyStock), product->cost.toPlainString()));
    return kExitOk;
}

int adjust(Context &context, Services &services, StockLedger &ledger, const Session &actor)
{
    const Args &args = context.args();
    auto product = findProduct(services, args.word(2));
    if (!product)
        return context.fail(product.error());
    auto location = ledger.location(args.word(3));
    if (!location)
        return context.fail(location.error());
    auto delta = Quantity::parse(args.word(4), QLocale::c());
    if (!delta)
        return context.fail(delta.error());
    const QString reason = args.has(QStringLiteral("reason")) ? args.value(QStringLiteral("reason")) : StockReason::kAdjustment;
    // Damage and loss only remove stock: "stock adjust 140001 FLOOR 2 --reason damage" takes 2 away.
    if ((reason == StockReason::kDamage || reason == StockReason::kLoss) && delta->milli() > 0)
        delta = -*delta;
    auto done = ledger.adjust(actor, product->id, location->id, *delta, reason, args.value(QStringLiteral("note")));
    if (!done)
        return context.fail(done.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("movement"), done->id},
                                      {QStringLiteral("sku"), product->sku},
                                      {QStringLiteral("location"), location->code},
                                      {QStringLiteral("quantity"), qty(*delta)},
                                      {QStringLiteral("reason"), reason},
                                      {QStringLiteral("onHand"), qty(done->onHandAfter)},
                                      {QStringLiteral("negative"), done->wentNegative}});
    } else {
        context.say(tr("%1 %2 at %3: %4 (%5). Now on hand: %6.")
                        .arg(product->sku, product->name, location->name, qty(*delta), StockReason::displayName(reason),
                             qty(done->onHandAfter)));
        if (done->wentNegative)
            context.say(tr("Warning: the stock is now below zero."));
    }
    return kExitOk;
}

int history(Context &context, Services &services, StockLedger &ledger)
{
    const Args &args = context.args();
    auto product = findProduct(services, args.word(2));
    if (!product)
        return context.fail(product.error());
    LocationId locationId;
    QHash<qint64, QString> codes;
    for (const Location &l : ledger.locations().valueOr({}))
        codes.insert(l.id.value(), l.code);
    if (args.has(QStringLiteral("location"))) {
        auto location = ledger.location(args.value(QStringLiteral("location")));
        if (!location)
            return context.fail(location.error());
        locationId = location->id;
    }
    QDateTime from, to;
    if (args.has(QStringLiteral("from")) && !(from = parseTime(args.value(QStringLiteral("from")))).isValid())
        return context.usage(tr("--from takes a date such as 2026-11-21."));
    if (args.has(QStringLiteral("to")) && !(to = parseTime(args.value(QStringLiteral("to")))).isValid())
        return context.usage(tr("--to takes a date such as 2026-11-22."));
    const int limit = args.has(QStringLiteral("limit")) ? args.value(QStringLiteral("limit")).toInt() : 50;
    const int offset = args.has(QStringLiteral("offset")) ? args.value(QStringLiteral("offset")).toInt() : 0;
    auto page = ledger.history(product->id, locationId, from, to, limit, offset);
    if (!page)
        return context.fail(page.error());
    QJsonArray array;
    Table table({tr("Time"), tr("Location"), tr("Reason"), tr("Quantity"), tr("Balance"), tr("Document"), tr("Operator")});
    for (const StockMovementEntry &e : std::as_const(page->entries)) {
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("at"), jsonTime(e.at)},
                                 {QStringLiteral("location"), codes.value(e.location.value())},
                                 {QStringLiteral("reason"), e.reason},
                                 {QStringLiteral("quantity"), qty(e.quantity)},
                                 {QStringLiteral("balance"), qty(e.balanceAfter)},
                                 {QStringLiteral("document"), e.document},
                                 {QStringLiteral("operator"), e.operatorName}});
        table.addRow({e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), codes.value(e.location.value()),
                      StockReason::displayName(e.reason), qty(e.quantity), qty(e.balanceAfter), e.document, e.operatorName});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("sku"), product->sku},
                                      {QStringLiteral("total"), page->total},
                                      {QStringLiteral("offset"), offset},
                                      {QStringLiteral("movements"), array}});
    } else if (table.isEmpty()) {
        context.say(tr("No stock movements of %1 %2 match.").arg(product->sku, product->name));
    } else {
        context.say(QStringLiteral("%1 %2").arg(product->sku, product->name));
        context.say(table.toString());
        context.say(tr("Movements %1–%2 of %3.").arg(offset + 1).arg(offset + page->entries.size()).arg(page->total));
    }
    return kExitOk;
}

int verify(Context &context, StockLedger &ledger)
{
    auto report = ledger.verify();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                                      {QStringLiteral("balances"), report->balancesChecked},
                                      {QStringLiteral("movements"), report->movementsChecked},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else if (report->ok) {
        context.say(tr("The stock ledger adds up: %1 balances, %2 movements checked.")
                        .arg(report->balancesChecked)
                        .arg(report->movementsChecked));
    } else {
        context.say(report->problems.join(QLatin1Char('\n')));
    }
    return report->ok ? kExitOk : kExitError;
}

} // namespace

int runStock(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    if (!((sub == QLatin1String("show") || sub == QLatin1String("history")) && words == 3)
        && !(sub == QLatin1String("adjust") && words == 5) && !(sub == QLatin1String("verify") && words == 2)) {
        return context.usage(tr("Use: stock show CODE | stock history CODE [--location LOC] [--from DATE] [--to DATE]"
                                " [--limit N] [--offset N] | stock adjust CODE LOCATION QTY --reason REASON --note TEXT"
                                " | stock verify"));
    }
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    StockLedger &ledger = InventoryServices::of(services).ledger();
    if (sub == QLatin1String("verify"))
        return verify(context, ledger);
    if (sub == QLatin1String("show"))
        return show(context, services, ledger);
    if (sub == QLatin1String("history"))
        return history(context, services, ledger);
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    return adjust(context, services, ledger, *actor);
}

} // namespace qtill::cli
