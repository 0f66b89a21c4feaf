#include "salesanalysis.h"

#include "inventorymodule.h"

#include "core/clock.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SalesAnalysis", text);
}

StockGroup emptyGroup(const QString &code, const QString &name, const Currency &currency)
{
    StockGroup g;
    g.code = code;
    g.name = name;
    g.costValue = Money::zero(currency);
    g.retailValue = Money::zero(currency);
    return g;
}

QString iso(const QDateTime &t)
{
    return storedTime(t);
}

/// Columns 0–6 of a stock position query (see positionQuery); the last sales come from fillLastSales.
/// `currency` (the store's) is the cost's. An error when on hand × cost does not fit.
Result<StockPosition> positionFromRow(const QSqlQuery &q, const Currency &currency)
{
    StockPosition p;
    p.product = ProductId(q.value(0).toLongLong());
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.unit = q.value(3).toString();
    p.onHand = Quantity::fromMilli(q.value(4).toLongLong());
    p.safetyStock = Quantity::fromMilli(q.value(5).toLongLong());
    p.stockValue = Money::zero(currency);
    if (p.onHand.milli() > 0) {
        auto value = Money::fromMinor(q.value(6).toLongLong(), currency).times(p.onHand);
        if (!value)
            return Error::overflow(tr("The stock value of %1 is too large to show.").arg(p.sku), value.error().detail);
        p.stockValue = *value;
    }
    return p;
}

/// Listed products with their on hand from the cached balances (stock_balances; at one location when
/// `atLocation`), never from summing the ledger; `where` and `order` complete it.
QString positionQuery(bool atLocation, const QString &where, const QString &order)
{
    return QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, COALESCE(h.q, 0), p.safety_stock_milli, p.cost_fen"
                          " FROM products p"
                          " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS q FROM stock_balances")
        + (atLocation ? QStringLiteral(" WHERE location_id = ?") : QString())
        + QStringLiteral(" GROUP BY product_id) h ON h.product_id = p.id"
                         " WHERE p.status = 'listed' AND ")
        + where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
}

/// Each position's last sale: the newest "sale" movement, else the last day with sales in the imported
/// history (always older than the first Qtill sale, so it only speaks when the ledger has none), placed
/// at the start of that business day on the store's clock. Index lookups per product of the page, never a scan of every sale.
Status fillLastSales(const Store &store, QList<StockPosition> &positions, const StoreProfileService &profile)
{
    for (StockPosition &p : positions) {
        auto q = store.execCached(
            QStringLiteral("SELECT (SELECT MAX(at) FROM stock_movements WHERE product_id = ? AND reason = 'sale'),"
                           " (SELECT MAX(business_date) FROM sales_history WHERE product_id = ? AND qty_milli > 0)"),
            {idValue(p.product.value()), idValue(p.product.value())}, tr("The stock could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        p.lastSaleAt = parseStoredTime(q->value(0).toString());
        if (!p.lastSaleAt.isValid() && !q->value(1).isNull())
            p.lastSaleAt = profile.businessDayStartsAt(QDate::fromString(q->value(1).toString(), Qt::ISODate));
    }
    return {};
}

/// The positions a position query found, with their last sales.
Result<QList<StockPosition>> readPositions(const Store &store, QSqlQuery &q, const StoreProfileService &profile,
                                           const Currency &currency)
{
    QList<StockPosition> list;
    while (q.next()) {
        auto position = positionFromRow(q, currency);
        if (!position)
            return position.error();
        list << *position;
    }
    if (Status filled = fillLastSales(store, list, profile); !filled)
        return filled.error();
    return list;
}

} // namespace

SalesAnalysis::SalesAnalysis(Services &services) : m_services(services) {}

Result<QList<StockPosition>> SalesAnalysis::outOfStock(const Session &session, LocationId location, int limit) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    QVariantList values;
    if (location.isValid())
        values << idValue(location.value());
    values << limit;
    auto q = m_services.store().exec(positionQuery(location.isValid(), QStringLiteral("COALESCE(h.q, 0) <= 0"),
                                                   QStringLiteral("p.sku")),
                                     values, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return readPositions(m_services.store(), *q, m_services.storeProfile(),
                         m_services.storeProfile().currency());
}

Result<QList<StockPosition>> SalesAnalysis::slowMovers(const Session &session, int days, int limit) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    if (days < 1 || days > 3650)
        return Error::invalidInput(tr("The period must be between 1 and 3650 days."));
    // A history day counts as "in the last N days" when it is on or after the business day N days ago.
    const QDateTime since = m_services.clock().now().addDays(-days);
    const QDate sinceDay = m_services.storeProfile().businessDate(since);
    // "No sale since": the period's sales through the (reason, at) index, not every sale there was.
    auto q = m_services.store().exec(
        positionQuery(false,
                      QStringLiteral("COALESCE(h.q, 0) > 0"
                                     " AND p.id NOT IN (SELECT product_id FROM stock_movements"
                                     "                  WHERE reason = 'sale' AND at >= ?)"
                                     " AND p.id NOT IN (SELECT product_id FROM sales_history"
                                     "                  WHERE business_date >= ? AND qty_milli > 0)"),
                      QStringLiteral("COALESCE(h.q, 0) * p.cost_fen DESC, p.sku")),
        {iso(since), sinceDay.toString(Qt::ISODate), limit}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return readPositions(m_services.store(), *q, m_services.storeProfile(),
                         m_services.storeProfile().currency());
}

Result<QList<SalesRank>> SalesAnalysis::bestSellers(const Session &session, const QDateTime &from, const QDateTime &to,
                                                    SalesRanking by, int limit) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error::invalidInput(tr("Choose a period whose end comes after its start."));
    const QString order = by == SalesRanking::ByValue ? QStringLiteral("SUM(s.sold) * p.price_fen DESC, p.sku")
                                                      : QStringLiteral("SUM(s.sold) DESC, p.sku");
    // The ledger's sales and refunds in [from, to) plus the imported history's whole business days in
    // [businessDate(from), businessDate(to)).
    const StoreProfileService &profile = m_services.storeProfile();
    const Currency currency = m_services.storeProfile().currency();
    auto q = m_services.store().exec(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.price_fen, SUM(s.sold)"
                       " FROM (SELECT product_id, -qty_milli AS sold FROM stock_movements"
                       "       WHERE reason IN ('sale', 'refund', 'void') AND at >= ? AND at < ?"
                       "       UNION ALL"
                       "       SELECT product_id, qty_milli AS sold FROM sales_history"
                       "       WHERE business_date >= ? AND business_date < ?) s"
                       " JOIN products p ON p.id = s.product_id"
                       " GROUP BY p.id, p.sku, p.name, p.unit, p.price_fen HAVING SUM(s.sold) > 0"
                       " ORDER BY ")
            + order + QStringLiteral(" LIMIT ?"),
        {iso(from), iso(to), profile.businessDate(from).toString(Qt::ISODate),
         profile.businessDate(to).toString(Qt::ISODate), limit},
        tr("The sales could not be read."));
    if (!q)
        return q.error();
    QList<SalesRank> list;
    while (q->next()) {
        SalesRank r;
        r.rank = int(list.size()) + 1;
        r.product = ProductId(q->value(0).toLongLong());
        r.sku = q->value(1).toString();
        r.name = q->value(2).toString();
        r.unit = q->value(3).toString();
        r.quantity = Quantity::fromMilli(q->value(5).toLongLong());
        auto value = Money::fromMinor(q->value(4).toLongLong(), currency).times(r.quantity);
        if (!value)
            return value.error();
        r.value = *value;
        list << r;
    }
    return list;
}

Result<QList<StockGroup>> SalesAnalysis::stockBy(const Session &session, StockGrouping grouping) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();
    QMap<QString, StockGroup> groups;   // by code

    // Every location / category / supplier shows, even with nothing in it.
    const QString all = grouping == StockGrouping::ByLocation ? QStringLiteral("SELECT code, name FROM locations")
        : grouping == StockGrouping::ByCategory               ? QStringLiteral("SELECT code, name FROM categories")
                                                              : QStringLiteral("SELECT code, name FROM suppliers");
    auto names = store.exec(all, {}, tr("The stock could not be read."));
    if (!names)
        return names.error();
    while (names->next())
        groups.insert(names->value(0).toString(), emptyGroup(names->value(0).toString(), names->value(1).toString(), currency));

    QHash<qint64, QString> supplierOf;   // product → preferred supplier code
    if (grouping == StockGrouping::BySupplier) {
        auto items = store.exec(QStringLiteral("SELECT si.product_id, s.code FROM supplier_items si"
                                               " JOIN suppliers s ON s.id = si.supplier_id"
                                               " ORDER BY si.product_id, si.preferred DESC, si.last_cost_fen, s.id"),
                                {}, tr("The suppliers could not be read."));
        if (!items)
            return items.error();
        while (items->next()) {
            if (!supplierOf.contains(items->value(0).toLongLong()))
                supplierOf.insert(items->value(0).toLongLong(), items->value(1).toString());
        }
    }

    // On hand from the cached balances (one row per product and location), not the ledger.
    QString sql;
    if (grouping == StockGrouping::ByLocation) {
        sql = QStringLiteral("SELECT l.code, p.id, p.cost_fen, p.price_fen, SUM(b.qty_milli) FROM stock_balances b"
                             " JOIN locations l ON l.id = b.location_id JOIN products p ON p.id = b.product_id"
                             " GROUP BY l.code, p.id, p.cost_fen, p.price_fen");
    } else if (grouping == StockGrouping::ByCategory) {
        sql = QStringLiteral("SELECT c.code, p.id, p.cost_fen, p.price_fen, SUM(b.qty_milli) FROM stock_balances b"
                             " JOIN products p ON p.id = b.product_id JOIN categories c ON c.id = p.category_id"
                             " GROUP BY c.code, p.id, p.cost_fen, p.price_fen");
    } else {
        sql = QStringLiteral("SELECT '', p.id, p.cost_fen, p.price_fen, SUM(b.qty_milli) FROM stock_balances b"
                             " JOIN products p ON p.id = b.product_id GROUP BY p.id, p.cost_fen, p.price_fen");
    }
    auto q = store.exec(sql, {}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        const Quantity qty = Quantity::fromMilli(q->value(4).toLongLong());
        if (qty.isZero())
            continue;
        const QString code = grouping == StockGrouping::BySupplier ? supplierOf.value(q->value(1).toLongLong())
                                                                   : q->value(0).toString();
        auto found = groups.find(code);
        if (found == groups.end())
            found = groups.insert(code, emptyGroup(code, tr("No supplier"), currency));
        StockGroup &g = *found;
        auto cost = Money::fromMinor(q->value(2).toLongLong(), currency).times(qty);
        auto retail = Money::fromMinor(q->value(3).toLongLong(), currency).times(qty);
        auto costSum = cost ? g.costValue.plus(*cost) : cost;
        auto retailSum = retail ? g.retailValue.plus(*retail) : retail;
        auto quantity = g.quantity.plus(qty);
        if (!costSum || !retailSum || !quantity)
            return Error::overflow(tr("The stock value is too large to show."));
        ++g.products;
        g.quantity = *quantity;
        g.costValue = *costSum;
        g.retailValue = *retailSum;
    }
    QList<StockGroup> list = groups.values();
    // "No supplier" (empty code) sorts first in the map; show it last.
    if (!list.isEmpty() && list.constFirst().code.isEmpty())
        list.append(list.takeFirst());
    return list;
}

} // namespace qtill::inventory
