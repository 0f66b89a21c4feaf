#pragma once

#include "product.h"

#include "core/ids.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace qtill {
class Store;
}

namespace qtill::inventory {

/// Why stock moved. Stable keys stored in stock_movements.reason.
namespace StockReason {
inline const QString kOpening = QStringLiteral("opening");        ///< first count when a store starts
inline const QString kSale = QStringLiteral("sale");              ///< sold at the till (negative)
inline const QString kRefund = QStringLiteral("refund");          ///< returned by a customer (positive)
inline const QString kReceipt = QStringLiteral("receipt");        ///< goods received from a supplier
inline const QString kTransfer = QStringLiteral("transfer");      ///< between locations (a pair of rows)
inline const QString kCount = QStringLiteral("count");            ///< correction from a stocktake
inline const QString kAdjustment = QStringLiteral("adjustment");  ///< damage, loss, own use
} // namespace StockReason

/// One change of stock of one product at one location. Positive adds, negative removes.
struct StockMovement
{
    ProductId product;
    LocationId location;
    Quantity quantity;
    QString reason;             ///< a StockReason key
    OperatorId operatorId;      ///< who caused it; invalid for system actions
    QString document;           ///< what it belongs to: "R01-00000042", a delivery note, …
};

/// A product whose stock on hand (all locations) is below its safety stock.
struct LowStockItem
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity onHand;
    Quantity safetyStock;
};

/// The stock ledger: stock is never stored as a number to update, only as movements appended to
/// stock_movements; on hand is their sum. Corrections are new movements.
///
/// No permission checks here: the services that cause movements (sale commit, receiving, stocktake)
/// check theirs and call record() inside their own transaction.
/// Threading: same as the Store it uses; the Store must outlive the ledger.
class StockLedger
{
public:
    explicit StockLedger(Store &store);

    /// Appends one movement (time from the store's clock) and returns its id. Joins the caller's
    /// transaction. InvalidInput for a zero quantity or an empty reason; Conflict for an unknown
    /// product or location.
    Result<qint64> record(const StockMovement &movement);

    /// The sum of the product's movements at one location.
    Result<Quantity> onHand(ProductId product, LocationId location) const;
    /// The sum of the product's movements at every location.
    Result<Quantity> onHand(ProductId product) const;

    /// Every location, ordered by id (the first is the shop floor in a demo store).
    Result<QList<Location>> locations() const;
    /// NotFound for an unknown code.
    Result<Location> location(const QString &code) const;
    /// Creates a location. Conflict when the code exists.
    Result<Location> addLocation(const QString &code, const QString &name);

    /// Listed products below their safety stock, the emptiest (relative to safety stock) first.
    Result<QList<LowStockItem>> lowStock(int limit = 100) const;

private:
    Store &m_store;
};

} // namespace qtill::inventory
