// qtillctl stocktake start|count|variance|approve|cancel|list
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stocktakeservice.h"

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

QJsonObject toJson(const Stocktake &st)
{
    return QJsonObject{{QStringLiteral("id"), qint64(st.id.value())},
                       {QStringLiteral("number"), st.number},
                       {QStringLiteral("location"), st.locationCode},
                       {QStringLiteral("category"), st.categoryName},
                       {QStringLiteral("status"), stocktakeStatusKey(st.status)},
                       {QStringLiteral("startedAt"), jsonTime(st.startedAt)},
                       {QStringLiteral("closedAt"), jsonTime(st.closedAt)},
                       {QStringLiteral("note"), st.note}};
}

QJsonObject toJson(const StocktakeReport &r)
{
    QJsonArray lines;
    for (const StocktakeLine &l : r.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("book"), qty(l.book)},
                                 {QStringLiteral("counted"), l.counted ? QJsonValue(qty(l.countedQty)) : QJsonValue()},
                                 {QStringLiteral("counters"), l.counters},
                                 {QStringLiteral("movedDuringCount"), qty(l.movedDuring)},
                                 {QStringLiteral("expected"), qty(l.expected)},
                                 {QStringLiteral("variance"), qty(l.variance)},
                                 {QStringLiteral("unitCost"), l.unitCost.toPlainString()},
                                 {QStringLiteral("varianceValue"), l.varianceValue.toPlainString()}});
    }
    QJsonObject out = toJson(r.stocktake);
    out.insert(QStringLiteral("lines"), lines);
    out.insert(QStringLiteral("linesCounted"), r.linesCounted);
    out.insert(QStringLiteral("linesNotCounted"), r.linesNotCounted);
    out.insert(QStringLiteral("linesWithVariance"), r.linesWithVariance);
    out.insert(QStringLiteral("bookValue"), r.bookValue.toPlainString());
    out.insert(QStringLiteral("countedValue"), r.countedValue.toPlainString());
    out.insert(QStringLiteral("surplusValue"), r.surplusValue.toPlainString());
    out.insert(QStringLiteral("shortageValue"), r.shortageValue.toPlainString());
    out.insert(QStringLiteral("netValue"), r.netValue.toPlainString());
    return out;
}

/// The report as a table: counted lines and lines with a variance (every line with --all).
void printReport(Context &context, const StocktakeReport &r, bool all)
{
    const QLocale locale(QLocale::Chinese, QLocale::China);
    Table table({tr("Item code"), tr("Name"), tr("Book"), tr("Counted"), tr("Moved"), tr("Variance"), tr("Value")});
    for (const StocktakeLine &l : r.lines) {
        if (!all && !l.counted && l.variance.isZero())
            continue;
        table.addRow({l.sku, l.name, qty(l.book), l.counted ? qty(l.countedQty) : tr("-"), qty(l.movedDuring),
                      qty(l.variance), l.varianceValue.format(locale, Money::Symbol::Without)});
    }
    context.say(tr("%1 at %2%3 — %4, started %5")
                    .arg(r.stocktake.number, r.stocktake.locationName,
                         r.stocktake.categoryName.isEmpty() ? QString() : QStringLiteral(" / ") + r.stocktake.categoryName,
                         stocktakeStatusName(r.stocktake.status), r.stocktake.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!table.isEmpty())
        context.say(table.toString());
    context.say(tr("Counted %1 lines, not counted %2, with a difference %3.")
                    .arg(r.linesCounted)
                    .arg(r.linesNotCounted)
                    .arg(r.linesWithVariance));
    context.say(tr("Surplus %1, shortage %2, net %3.")
                    .arg(r.surplusValue.format(locale), r.shortageValue.format(locale), r.netValue.format(locale)));
}

Result<StocktakeId> parseId(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("ST-"), Qt::CaseInsensitive))
        digits = digits.mid(3);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalidInput(tr("\"%1\" is not a stocktake number (e.g. ST-R01-00000012 or 12).").arg(text));
    return StocktakeId(id);
}

} // namespace

int runStocktake(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    const bool valid = (sub == QLatin1String("start") && (words == 3 || words == 4))
        || (sub == QLatin1String("count") && (words == 4 || words == 5))
        || ((sub == QLatin1String("variance") || sub == QLatin1String("approve") || sub == QLatin1String("cancel"))
            && words == 3)
        || (sub == QLatin1String("list") && words == 2);
    if (!valid) {
        return context.usage(tr("Use: stocktake start LOCATION [CATEGORY] | count ID CODE [QTY] [--replace] |"
                                " variance ID [--all] [--zero-uncounted] | approve ID [--zero-uncounted] |"
                                " cancel ID | list"));
    }
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    StocktakeService &stocktakes = InventoryServices::of(services).stocktakes();

    if (sub == QLatin1String("list")) {
        auto list = stocktakes.list();
        if (!list)
            return context.fail(list.error());
        QJsonArray array;
        Table table({tr("Number"), tr("Location"), tr("Category"), tr("Status"), tr("Started")});
        for (const Stocktake &st : std::as_const(*list)) {
            array.append(toJson(st));
            table.addRow({st.number, st.locationName, st.categoryName, stocktakeStatusName(st.status),
                          st.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        }
        if (context.json())
            context.printJson(array);
        else
            context.say(table.isEmpty() ? tr("No stocktakes yet.") : table.toString());
        return kExitOk;
    }

    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());

    if (sub == QLatin1String("start")) {
        auto st = stocktakes.start(*actor, args.word(2), args.word(3), args.value(QStringLiteral("note")));
        if (!st)
            return context.fail(st.error());
        context.say(tr("Started %1 at %2. Count with: qtillctl stocktake count %1 CODE [QTY]")
                        .arg(st->number, st->locationName));
        if (context.json())
            context.printJson(toJson(*st));
        return kExitOk;
    }

    // The printed number (ST-R01-00000012) first, then the id or an old ST-000012 number.
    auto byNumber = stocktakes.byNumber(args.word(2).trimmed().toUpper());
    auto id = byNumber ? Result<StocktakeId>(byNumber->id) : parseId(args.word(2));
    if (!id)
        return context.fail(id.error());

    if (sub == QLatin1String("count")) {
        const CountMode mode = args.flag(QStringLiteral("replace")) ? CountMode::Replace : CountMode::Add;
        Result<StocktakeCount> counted = Error::internal(QString());
        if (words == 4) {
            counted = stocktakes.countCode(*actor, *id, args.word(3), 1, mode);
        } else {
            auto quantity = Quantity::parse(args.word(4), QLocale::c());
            if (!quantity)
                return context.fail(quantity.error());
            // A barcode, else an item code (SKU).
            const Catalog &catalog = InventoryServices::of(services).catalog();
            auto match = catalog.lookup(args.word(3));
            Result<Product> product = match ? Result<Product>(match->product) : catalog.productBySku(args.word(3));
            if (!product)
                return context.fail(match ? product.error() : match.error());
            counted = stocktakes.count(*actor, *id, product->id, *quantity, mode);
        }
        if (!counted)
            return context.fail(counted.error());
        auto report = stocktakes.variance(*id);
        if (!report)
            return context.fail(report.error());
        for (const StocktakeLine &l : std::as_const(report->lines)) {
            if (l.product != counted->product)
                continue;
            context.say(tr("%1 %2: counted %3 %4 in all (%5 people).")
                            .arg(l.sku, l.name, qty(l.countedQty), l.unit)
                            .arg(l.counters));
            if (context.json()) {
                context.printJson(QJsonObject{{QStringLiteral("sku"), l.sku},
                                              {QStringLiteral("added"), qty(counted->quantity)},
                                              {QStringLiteral("mode"), mode == CountMode::Replace ? QStringLiteral("replace")
                                                                                                  : QStringLiteral("add")},
                                              {QStringLiteral("counted"), qty(l.countedQty)},
                                              {QStringLiteral("counters"), l.counters}});
            }
        }
        return kExitOk;
    }

    const bool zero = args.flag(QStringLiteral("zero-uncounted"));
    if (sub == QLatin1String("cancel")) {
        if (Status cancelled = stocktakes.cancel(*actor, *id); !cancelled)
            return context.fail(cancelled.error());
        context.say(tr("Cancelled; stock is unchanged."));
        return kExitOk;
    }
    auto report = sub == QLatin1String("approve") ? stocktakes.approve(*actor, *id, zero) : stocktakes.variance(*id, zero);
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(toJson(*report));
        return kExitOk;
    }
    printReport(context, *report, args.flag(QStringLiteral("all")));
    if (sub == QLatin1String("approve"))
        context.say(tr("Approved: %1 stock corrections booked.").arg(report->linesWithVariance));
    return kExitOk;
}

} // namespace qtill::cli
