#pragma once

#include "inventoryids.h"

#include "core/ids.h"
#include "core/money.h"
#include "core/quantity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill::inventory {

struct StocktakeTag;
using StocktakeId = Id<StocktakeTag>;

/// The permissions stocktaking ("盘点") needs.
namespace StocktakePermissions {
inline const QString kCount = QStringLiteral("inventory.stocktake.count");     ///< scan and count goods in an open count
inline const QString kManage = QStringLiteral("inventory.stocktake.manage");   ///< start and cancel counts
inline const QString kApprove = QStringLiteral("inventory.stocktake.approve"); ///< approve: book the variances into stock
} // namespace StocktakePermissions

enum class StocktakeStatus { Counting, Approved, Cancelled };

/// How a count row changes what one counter has counted of one product.
enum class CountMode {
    Add,        ///< adds to the counter's tally (each scan; a negative quantity corrects a mis-scan)
    Replace,    ///< "recount": replaces the counter's own tally for that product (others' counts stay)
};

/// One count session: a location, optionally narrowed to one category (with its sub-categories).
struct Stocktake
{
    StocktakeId id;
    QString number;                 ///< "ST-R01-00000012" (register + sequence), the adjustments' document
    LocationId location;
    QString locationCode;
    QString locationName;
    CategoryId category;            ///< invalid: the whole location
    QString categoryName;
    StocktakeStatus status = StocktakeStatus::Counting;
    QString note;
    QDateTime startedAt;
    OperatorId startedBy;
    qint64 snapshotMark = 0;        ///< the last stock_movements id included in the frozen book quantities
    QDateTime closedAt;             ///< approved or cancelled at; invalid while counting
    OperatorId closedBy;
};

/// One product of a stocktake: frozen book quantity, what was counted, and the difference.
///
/// The rule (see StocktakeService): counted goods are compared with what the ledger says was there
/// when they were counted: expected = book (frozen at start) + movements of the product at the
/// location between the freeze and the product's last count row (sales, receipts, transfers made while
/// counting). variance = counted − expected, and approval books exactly the variance, so a sale rung
/// up during the count is neither lost nor counted twice.
struct StocktakeLine
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity book;                  ///< on hand at the location when the count started
    bool counted = false;           ///< someone counted it (a count of 0 is a count)
    Quantity countedQty;            ///< sum over counters of each counter's tally
    int counters = 0;               ///< how many people counted it
    Quantity movedDuring;           ///< ledger movements between the freeze and the last count of it
    Quantity expected;              ///< book + movedDuring
    Quantity variance;              ///< countedQty − expected (0 when not counted and not zeroed)
    Money unitCost;                 ///< cost per unit frozen at the start
    Money varianceValue;            ///< variance × unitCost, rounded half-up
};

/// The variance report: every line of the session plus totals a manager signs off.
struct StocktakeReport
{
    Stocktake stocktake;
    QList<StocktakeLine> lines;     ///< by SKU
    int linesCounted = 0;
    int linesNotCounted = 0;
    int linesWithVariance = 0;
    Money bookValue;                ///< Σ book × cost
    Money countedValue;             ///< Σ counted × cost over counted lines
    Money surplusValue;             ///< Σ positive variance values
    Money shortageValue;            ///< Σ negative variance values (a negative amount)
    Money netValue;                 ///< surplus + shortage
};

/// One stored count row: who counted what, when.
struct StocktakeCount
{
    qint64 id = 0;
    ProductId product;
    Quantity quantity;
    CountMode mode = CountMode::Add;
    OperatorId operatorId;
    QDateTime at;
    QString code;                   ///< the barcode scanned, empty when typed by product
};

QString stocktakeStatusKey(StocktakeStatus status);
QString stocktakeStatusName(StocktakeStatus status);

} // namespace qtill::inventory
