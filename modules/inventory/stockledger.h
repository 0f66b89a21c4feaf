#pragma once

#include "product.h"

#include "core/currency.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/progress.h"
#include "core/migration.h"
#include "core/quantity.h"
#include "core/result.h"
#include "core/settings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

namespace qtill {
class PermissionService;
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// Why stock moved. Stable keys stored in stock_movements.reason. Each has a sign:
/// (+) only adds, (−) only removes, (±) either.
namespace StockReason {
inline const QString kOpening = QStringLiteral("opening");        ///< (±) first count when a store starts
inline const QString kSale = QStringLiteral("sale");              ///< (−) sold at the till
inline const QString kRefund = QStringLiteral("refund");          ///< (+) returned by a customer
inline const QString kVoid = QStringLiteral("void");              ///< (+) a sale undone the same day (撤销)
inline const QString kReceipt = QStringLiteral("receipt");        ///< (+) goods received from a supplier
inline const QString kSupplierReturn = QStringLiteral("supplier_return");   ///< (−) sent back to a supplier
inline const QString kTransferOut = QStringLiteral("transfer_out"); ///< (−) left for another location
inline const QString kTransferIn = QStringLiteral("transfer_in");   ///< (+) arrived from another location
inline const QString kTransfer = QStringLiteral("transfer");      ///< (±) older form of a transfer row; prefer out/in
inline const QString kCount = QStringLiteral("count");            ///< (±) stocktake adjustment (盘点)
inline const QString kDamage = QStringLiteral("damage");          ///< (−) damaged, spoiled, expired
inline const QString kLoss = QStringLiteral("loss");              ///< (−) lost, stolen
inline const QString kAdjustment = QStringLiteral("adjustment");  ///< (±) manual correction, own use

/// Every key above, in this order.
QStringList all();
/// Translated, for screens: "Sale", "Supplier return", …; the key itself when unknown.
QString displayName(const QString &reason);
} // namespace StockReason

/// The permission a manual stock change (adjust()) needs. Manager.
namespace StockPermissions {
inline const QString kAdjust = QStringLiteral("inventory.adjust");
} // namespace StockPermissions

/// What a location is for. Departments (服装部, 家电部 …) are locations too, so their stock and their
/// transfers are counted like any other.
enum class LocationKind { Store, BackRoom, Department, Other };
/// Stable key stored in location_info.kind: "store", "backroom", "department", "other".
QString locationKindKey(LocationKind kind);
LocationKind locationKindFromKey(const QString &key);

/// A location with its kind and whether it still takes stock.
struct StockLocation
{
    Location location;
    LocationKind kind = LocationKind::Store;
    bool active = true;
};

/// One change of stock of one product at one location. Positive adds, negative removes.
struct StockMovement
{
    ProductId product;
    LocationId location;
    Quantity quantity;
    QString reason;             ///< a StockReason key
    OperatorId operatorId;      ///< who caused it; invalid for system actions
    QString document;           ///< what it belongs to: "R01-00000042", "GR-R01-00000007", "TR-R01-00000005", …
};

/// What record() did: the movement's id and the on-hand it left behind.
struct RecordedMovement
{
    qint64 id = 0;
    Quantity onHandAfter;       ///< at that product and location
    bool wentNegative = false;  ///< true when it left the stock below zero (allowed by the setting, audited)
};

/// A stored movement, for history screens.
struct StockMovementEntry
{
    qint64 id = 0;
    ProductId product;
    LocationId location;
    Quantity quantity;
    QString reason;
    OperatorId operatorId;
    QString operatorName;       ///< "01 收银员01"; empty for system movements
    QDateTime at;
    QString document;
    Quantity balanceAfter;      ///< running on-hand at that location after this movement
};

/// One page of history, newest first.
struct StockHistoryPage
{
    QList<StockMovementEntry> entries;
    qint64 total = 0;           ///< movements matching the filter (all pages)
};

/// Stock of one product at one location.
struct StockBalance
{
    ProductId product;
    LocationId location;
    Quantity onHand;
};

/// What verify() found.
struct StockVerifyReport
{
    bool ok = true;
    qint64 balancesChecked = 0;     ///< product/location pairs compared
    qint64 movementsChecked = 0;
    QStringList problems;           ///< translated, one per bad pair or document (at most 50)
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

/// One product's stock at one location, for the stock list.
struct LocationStockRow
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity onHand;            ///< at the location
    Quantity totalOnHand;       ///< at every location
    Quantity safetyStock;       ///< of the product (compared with totalOnHand, as lowStock() does)
    Money unitCost;             ///< the product's cost per unit
    Money value;                ///< onHand × unitCost, rounded half-up

    /// Below its safety stock (all locations), like lowStock().
    bool isLow() const { return !safetyStock.isZero() && totalOnHand < safetyStock; }
};

/// One page of a location's stock list plus totals over all its rows (not only the page).
struct LocationStockPage
{
    QList<LocationStockRow> rows;   ///< by SKU
    qint64 total = 0;               ///< products matching (all pages)
    qint64 lowCount = 0;            ///< of those, how many are below safety stock
    Money totalValue;               ///< Σ on hand × cost over all matching products, rounded half-up once
};

/// The stock ledger: stock changes only by appending movements to stock_movements; on hand is their
/// sum. Corrections are new movements.
///
/// stock_balances (schema "purchasing") caches the sum per product and location for fast reads. It is
/// written only by record(), in the same transaction as the movement; verify() proves that every cached
/// balance equals the sum of its movements. Reads of on hand (here, ReorderService, SalesAnalysis)
/// come from the balances, never from summing the ledger.
///
/// Negative stock: a movement that would leave a product below zero at a location is refused with a
/// Conflict naming product, location and on hand when the store setting kAllowNegativeStock is off; when
/// it is on (the default, so a sale is never lost) it goes through, RecordedMovement::wentNegative is
/// set and an audit row "stock.negative" records it — never silently.
///
/// record() checks no permissions: the services that cause movements (sale commit, receiving, transfers,
/// stocktake) check theirs and call it inside their own transaction. adjust() and the location
/// management check the operator's permissions and audit.
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class StockLedger
{
public:
    /// Store setting: may stock go below zero? Default true (sales are never refused for stock).
    static const Setting<bool> kAllowNegativeStock;

    /// Appends one movement (time from the store's clock) and updates the cached balance in one
    /// transaction (joins the caller's). InvalidInput for a zero quantity, an unknown reason or a
    /// quantity of the wrong sign for its reason; Conflict for an unknown product or location, an
    /// inactive location receiving stock, or — when negative stock is blocked — not enough stock.
    Result<RecordedMovement> post(const StockMovement &movement);
    /// post() for several movements at once (a sale's lines, a document's rows): the same checks, the
    /// same rows and the same results, in the order given, in one transaction (joins the caller's), but
    /// three statements for the whole batch instead of five per movement. Movements of one
    /// product at one location follow each other: each result's onHandAfter is what that movement
    /// left. All or nothing: the first movement refused fails the batch and nothing of it is written.
    /// Empty: nothing to do.
    Result<QList<RecordedMovement>> postBatch(const QList<StockMovement> &movements);
    /// post() returning only the id.
    Result<qint64> record(const StockMovement &movement);

    /// A manual change of stock by a person: reason kAdjustment, kDamage, kLoss or kOpening, with a
    /// note saying why (kept as the movement's document). Needs StockPermissions::kAdjust; audited
    /// "stock.adjust" with product, location, quantity and note, in the same transaction.
    Result<RecordedMovement> adjust(const Session &session, ProductId product, LocationId location, Quantity delta,
                                    const QString &reason, const QString &note);

    /// On hand of the product at one location / at every location (from the cached balances).
    Result<Quantity> onHand(ProductId product, LocationId location) const;
    Result<Quantity> onHand(ProductId product) const;
    /// Every location's stock of one product, by location id (locations with no movements omitted).
    Result<QList<StockBalance>> balances(ProductId product) const;

    /// Movements of one product, newest first, optionally at one location (invalid: all) and within
    /// [from, to) (invalid times: open), `limit` rows from `offset`.
    Result<StockHistoryPage> history(ProductId product, LocationId location = {}, const QDateTime &from = {},
                                     const QDateTime &to = {}, int limit = 50, int offset = 0) const;

    /// Proves the ledger adds up: every cached balance equals the sum of its movements and every pair
    /// with movements has a balance; every transfer document's out and in rows cancel out per product.
    /// Reads the whole ledger (seconds on a million movements): run it off the GUI thread
    /// (shell::BackgroundTask). It reads one snapshot, so writers meanwhile cause no false alarms.
    /// `progress` hears of movements read so far of all (by id); when it returns false the check
    /// stops with a Conflict error.
    Result<StockVerifyReport> verify(const ProgressCallback &progress = {}) const;
    /// The same proof for a few products at one location only (index lookups, no ledger scan):
    /// each pair's cached balance (none: zero) equals the sum of its movements. For checks inside a
    /// transaction that just moved these products (stocktake approval).
    Result<StockVerifyReport> verifyProducts(LocationId location, const QList<ProductId> &products) const;

    /// Every location, ordered by id (the first is the shop floor in a demo store).
    Result<QList<Location>> locations() const;
    /// Every location with kind and active flag, ordered by id.
    Result<QList<StockLocation>> stockLocations() const;
    /// NotFound for an unknown code / id.
    Result<Location> location(const QString &code) const;
    Result<Location> location(LocationId id) const;
    /// Creates a location (no permission check: for set-up code such as the demo store).
    /// Conflict when the code exists.
    Result<Location> addLocation(const QString &code, const QString &name, LocationKind kind = LocationKind::Store);
    /// Creates a location for a signed-in operator: needs InventoryPermissions::kEdit, audited.
    Result<Location> addLocation(const Session &session, const QString &code, const QString &name, LocationKind kind);
    /// Renames a location / changes its kind. Needs kEdit, audited.
    Status updateLocation(const Session &session, LocationId id, const QString &name, LocationKind kind);
    /// Stops (or resumes) a location taking stock. Deactivating needs it to hold no stock. Needs kEdit.
    Status setLocationActive(const Session &session, LocationId id, bool active);

    /// Listed products below their safety stock, the emptiest (relative to safety stock) first.
    Result<QList<LowStockItem>> lowStock(int limit = 100) const;

    /// The stock list of one location: every product that has (or had) stock there, by SKU, with its
    /// total on hand, safety stock and value at cost. `only` narrows it to those products (a search's
    /// result; an empty list means all), `lowOnly` to products below safety stock. `limit` rows from
    /// `offset`; the page's totals cover every matching row. Amounts in the store's currency.
    /// An error when a value does not fit (overflow).
    Result<LocationStockPage> stockAt(LocationId location, const QList<ProductId> &only = {}, bool lowOnly = false,
                                      int limit = 200, int offset = 0) const;

private:
    friend class InventoryServices;
    explicit StockLedger(Services &core);

    Status require(const Session &session, const QString &permission) const;

    // postBatch's steps (stockledgerpost.cpp), inside its transaction.
    using BalanceKey = std::pair<qint64, qint64>; ///< {product id, location id}
    struct BatchNames;
    Status writeBatch(const QList<StockMovement> &movements, QList<RecordedMovement> &recorded);
    /// Names of the products and locations, and which locations are closed.
    Result<BatchNames> batchNames(const QList<qint64> &products, const QList<qint64> &locations);
    /// Adds `change` to the balances of `pairs` (sorted; rows made if missing, locked for this transaction)
    /// and returns what they were before it.
    Result<QHash<BalanceKey, Quantity>> addToBalances(const QList<BalanceKey> &pairs,
                                                      const QHash<BalanceKey, Quantity> &change);
    /// Applies the movements to the balances before them in order (negative stock checked); `before` gets
    /// each one's start.
    Status moveBalances(const QList<StockMovement> &movements, const BatchNames &names, QHash<BalanceKey, Quantity> &balances,
                        QList<RecordedMovement> &recorded, QList<Quantity> &before);
    Status insertMovements(const QList<StockMovement> &movements, QList<RecordedMovement> &recorded);
    Status auditNegatives(const QList<StockMovement> &movements, const BatchNames &names, const QList<Quantity> &before,
                          const QList<RecordedMovement> &recorded);

    Services &m_services;
    Store &m_store;
};

} // namespace qtill::inventory
