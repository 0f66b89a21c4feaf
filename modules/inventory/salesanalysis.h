#pragma once

#include "inventoryids.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// A product's stock position, for the out-of-stock and slow-mover lists.
struct StockPosition
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity onHand;            ///< all locations, or the one asked for
    Quantity safetyStock;
    Money stockValue;           ///< onHand × cost (zero when onHand ≤ 0)
    QDateTime lastSaleAt;       ///< invalid: never sold; a day known only from the imported sales
                                ///< history (SalesHistory) gives the start of that business day
};

/// One row of the best-seller list.
struct SalesRank
{
    int rank = 0;
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity quantity;          ///< sold minus refunded in the period, imported history included
    Money value;                ///< quantity × today's retail price (sale lines with their prices belong
                                ///< to checkout; until they exist this is the value at list price)
};

/// Stock summed over one location, category or supplier.
struct StockGroup
{
    QString code;               ///< location / category / supplier code; empty for "none"
    QString name;
    int products = 0;           ///< products with stock other than zero
    Quantity quantity;          ///< Σ on hand (mixed units: pieces and kg add up as numbers)
    Money costValue;            ///< Σ on hand × cost
    Money retailValue;          ///< Σ on hand × retail price
};

enum class SalesRanking { ByQuantity, ByValue };
enum class StockGrouping { ByLocation, ByCategory, BySupplier };

/// Read-only stock and sales analysis for the back office (seed 003: out-of-stock, best-seller and
/// slow-mover analysis; stock by department, category and supplier). On hand comes from stock_balances
/// (StockLedger's cache), sales from stock_movements (reasons "sale" and "refund", read by period
/// through the (reason, at) index, or per product for the last sale), the sales history imported from the
/// previous system (SalesHistory: whole business days, counted in [businessDate(from), businessDate(to)))
/// and the catalog. Needs inventory.view.
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class SalesAnalysis
{
public:
    /// Listed products with nothing on hand (≤ 0), at one location (invalid: all), by SKU.
    Result<QList<StockPosition>> outOfStock(const Session &session, LocationId location = {}, int limit = 500) const;

    /// The best sellers in [from, to), by quantity or by value, at most `limit`.
    Result<QList<SalesRank>> bestSellers(const Session &session, const QDateTime &from, const QDateTime &to,
                                         SalesRanking by = SalesRanking::ByQuantity, int limit = 20) const;

    /// Slow movers: listed products with stock on hand and no sale in the last `days` days (a history
    /// day counts when it is on or after the business day `days` days ago), the most money tied up first.
    Result<QList<StockPosition>> slowMovers(const Session &session, int days = 30, int limit = 100) const;

    /// Stock by location, category or (preferred) supplier, by code; products without a supplier
    /// form a group with an empty code.
    Result<QList<StockGroup>> stockBy(const Session &session, StockGrouping grouping) const;

private:
    friend class InventoryServices;
    explicit SalesAnalysis(Services &core);

    Services &m_services;
};

} // namespace qtill::inventory
