#include "stockimporter.h"

#include "csvproductkeys.h"
#include "csvsheet.h"
#include "importskeleton.h"
#include "stockledger.h"

#include "core/auditlog.h"
#include "core/clock.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StockImporter", text);
}

enum Column { kSku, kBarcode, kName, kLocation, kOnHand, kUnit };

QList<CsvColumnSpec> columns()
{
    return {
        {QStringLiteral("sku"), {QStringLiteral("商品编码"), QStringLiteral("货号"), QStringLiteral("编码")}, false},
        {QStringLiteral("barcode"), {QStringLiteral("条码"), QStringLiteral("条形码")}, false},
        {QStringLiteral("name"), {QStringLiteral("品名"), QStringLiteral("商品名称")}, false},
        {QStringLiteral("location"), {QStringLiteral("库位"), QStringLiteral("位置"), QStringLiteral("地点")}, true},
        {QStringLiteral("on_hand"),
         {QStringLiteral("库存"), QStringLiteral("数量"), QStringLiteral("现存量"), QStringLiteral("实盘数量")}, true},
        {QStringLiteral("unit"), {QStringLiteral("单位")}, false},
    };
}

constexpr qint64 kMaxOnHandMilli = 1'000'000'000'000;   // a billion units: anything above is a typo

struct Row
{
    int row = 0;
    bool good = true;
    qint64 product = 0;
    QString sku;
    qint64 location = 0;
    qint64 onHandMilli = 0;
};

using Pair = std::pair<qint64, qint64>;   // (product, location)

/// What every row is checked against.
struct Lookups
{
    QHash<QString, qint64> locationByKey;   ///< lower-case code and name of active locations → id
    QHash<Pair, int> seen;                  ///< (product, location) → first row in this file
};

Status readLocations(const StockLedger &ledger, Lookups &lookups)
{
    auto locations = ledger.stockLocations();
    if (!locations)
        return locations.error();
    for (const StockLocation &l : std::as_const(*locations)) {
        if (!l.active)
            continue;
        lookups.locationByKey.insert(l.location.code.toLower(), l.location.id.value());
        lookups.locationByKey.insert(l.location.name.trimmed().toLower(), l.location.id.value());
    }
    return {};
}

void checkLocation(RowCheck &check, const Lookups &lookups, Row &row)
{
    const QString location = check.cell(kLocation);
    if (location.isEmpty())
        check.issue(kLocation, {}, tr("The location is empty. Give its code or name (e.g. FLOOR or 卖场)."));
    else if (const auto it = lookups.locationByKey.constFind(location.toLower()); it != lookups.locationByKey.cend())
        row.location = *it;
    else
        check.issue(kLocation, location, tr("There is no active location \"%1\".").arg(location));
}

void checkOnHand(RowCheck &check, const CsvProductKeys::Article *article, Row &row)
{
    const QString onHand = check.cell(kOnHand);
    auto quantity = Quantity::parse(onHand, QLocale::c());
    if (onHand.isEmpty())
        check.issue(kOnHand, {}, tr("The quantity is empty."));
    else if (!quantity)
        check.issue(kOnHand, onHand, tr("\"%1\" is not a quantity. Write it like 12 or 0.5.").arg(onHand));
    else if (quantity->isNegative())
        check.issue(kOnHand, onHand, tr("Stock on hand cannot be negative."));
    else if (quantity->milli() > kMaxOnHandMilli)
        check.issue(kOnHand, onHand, tr("%1 is more than a store can hold; check the number.").arg(onHand));
    else if (article && !article->weighed && !quantity->isWhole())
        check.issue(kOnHand, onHand, tr("%1 is sold by the piece; count whole units.").arg(article->name));
    else
        row.onHandMilli = quantity->milli();
}

/// The same product and location only once in the file.
void checkOnce(RowCheck &check, const CsvProductKeys::Article *article, Lookups &lookups, const Row &row)
{
    if (row.product <= 0 || row.location <= 0)
        return;
    const Pair key(row.product, row.location);
    if (const auto first = lookups.seen.constFind(key); first != lookups.seen.cend())
        check.issue(kLocation, check.cell(kLocation), tr("%1 at this location is also on row %2.").arg(article->name).arg(*first));
    else
        lookups.seen.insert(key, check.row());
}

/// One record through the column validators.
Row checkRow(RowCheck &check, const CsvProductKeys &products, Lookups &lookups)
{
    Row row;
    const CsvProductKeys::Article *article = products.resolve(check.record(), check.report());
    if (article) {
        row.product = article->id;
        row.sku = article->sku;
    }
    checkLocation(check, lookups, row);
    checkOnHand(check, article, row);
    checkOnce(check, article, lookups, row);
    return row;
}

/// What the store holds now for the rows' products: the balance per (product, location) and which
/// pairs have movements (opening vs adjustment).
struct Holdings
{
    QHash<Pair, qint64> balance;
    QSet<Pair> moved;
};

Result<Holdings> readHoldings(Store &store, const QList<Row> &rows)
{
    QVariantList products;
    QSet<qint64> seen;
    for (const Row &row : rows) {
        if (row.good && !seen.contains(row.product)) {
            seen.insert(row.product);
            products << QVariant::fromValue(row.product);
        }
    }
    Holdings holdings;
    const QString readError = tr("The stock could not be read.");
    if (Status read = store.lookupBatched(
            products, QStringLiteral("SELECT product_id, location_id, qty_milli FROM stock_balances WHERE product_id"),
            [&](const QSqlQuery &q) {
                holdings.balance.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toLongLong());
            },
            readError);
        !read)
        return read.error();
    if (Status read = store.lookupBatched(
            products, QStringLiteral("SELECT DISTINCT product_id, location_id FROM stock_movements WHERE product_id"),
            [&](const QSqlQuery &q) { holdings.moved.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}); }, readError);
        !read)
        return read.error();
    return holdings;
}

} // namespace

struct StockImporter::Private
{
    ImportRun<Row> run;

    /// Inside the import's transaction: one ledger movement per good row whose count differs.
    Status write(Services &services, StockLedger &ledger, const Session &actor, const QString &document,
                 StockImportResult &result, const ImportProgress &progress);
};

StockImporter::StockImporter(Services &core, StockLedger &ledger)
    : m_services(core), m_ledger(ledger), d(std::make_unique<Private>())
{
}

StockImporter::~StockImporter() = default;

const ImportReport &StockImporter::report() const
{
    return d->run.report;
}

Result<ImportReport> StockImporter::validateFile(const QString &path, const CsvReader::Options &options)
{
    auto document = CsvReader::readFile(path, options);
    if (!document)
        return document.error();
    return validate(*document);
}

Result<ImportReport> StockImporter::validate(const CsvDocument &document)
{
    d->run.reset();
    auto mapped = CsvSheet::map(document, columns());
    if (!mapped)
        return mapped.error();
    const CsvSheet &sheet = *mapped;
    if (!sheet.has(kSku) && !sheet.has(kBarcode))
        return Error::invalidInput(tr("The file needs a column \"sku\" (item code) or \"barcode\" to name the products."));
    Store &store = m_services.store();
    Lookups lookups;
    if (Status read = readLocations(m_ledger, lookups); !read)
        return read.error();
    // The products the file names, by item code and by barcode, in batches.
    auto products = CsvProductKeys::load(store, sheet, document, kSku, kBarcode);
    if (!products)
        return products.error();

    d->run.begin(document);
    ImportSkeleton::checkRecords(sheet, document, d->run, m_progress,
                                 [&](RowCheck &check) { return checkRow(check, *products, lookups); });
    d->run.finish(m_progress);
    return d->run.report;
}

Status StockImporter::Private::write(Services &services, StockLedger &ledger, const Session &actor,
                                     const QString &document, StockImportResult &result, const ImportProgress &progress)
{
    // Validation refused a second row for the same pair, so each pair is posted at most once here.
    auto holdings = readHoldings(services.store(), run.rows);
    if (!holdings)
        return holdings.error();
    int handled = 0;
    for (const Row &row : std::as_const(run.rows)) {
        if (!row.good)
            continue;
        const Pair pair(row.product, row.location);
        const qint64 delta = row.onHandMilli - holdings->balance.value(pair, 0);
        if (delta == 0) {
            ++result.unchanged;
        } else {
            const QString reason = holdings->moved.contains(pair) ? StockReason::kAdjustment : StockReason::kOpening;
            auto posted = ledger.post(StockMovement{ProductId(row.product), LocationId(row.location),
                                                    Quantity::fromMilli(delta), reason, actor.operatorId, document});
            if (!posted) {
                Error error = posted.error();
                error.message = tr("Row %1 (%2): %3 Nothing was imported.").arg(row.row).arg(row.sku, error.message);
                return error;
            }
            ++result.movements;
        }
        if (progress && ++handled % ImportSkeleton::kProgressEvery == 0)
            progress(ImportPhase::Importing, handled, run.report.goodRows);
    }
    return ImportSkeleton::audit(services, actor, QStringLiteral("inventory.import"), QStringLiteral("stock"),
                                 QStringLiteral("%1 movements, %2 unchanged; %3 bad rows skipped; document %4; file %5")
                                     .arg(result.movements)
                                     .arg(result.unchanged)
                                     .arg(result.skippedRows)
                                     .arg(document, run.report.fileEncoding));
}

Result<StockImportResult> StockImporter::import(const Session &actor, ProductImporter::Mode mode)
{
    StockImportResult result;
    result.skippedRows = d->run.report.badRows;
    const QString document = QStringLiteral("IMPORT ") + m_services.clock().now().toString(Qt::ISODate);
    const Status done = ImportSkeleton::write(m_services, actor, {ImportPermissions::kImport, StockPermissions::kAdjust},
                                              d->run.report, d->run.validated, mode,
                                              [&] { return d->write(m_services, m_ledger, actor, document, result, m_progress); });
    if (!done)
        return done.error();
    if (m_progress)
        m_progress(ImportPhase::Importing, d->run.report.goodRows, d->run.report.goodRows);
    return result;
}

Result<int> StockImporter::exportStock(Services &services, const Session &actor, CsvWriter &writer)
{
    if (Status allowed = services.permissions().require(actor, ImportPermissions::kExport); !allowed)
        return allowed.error();
    auto q = services.store().exec(
        QStringLiteral("SELECT p.sku, COALESCE((SELECT MIN(b.code) FROM product_barcodes b WHERE b.product_id = p.id"
                       " AND b.pack_qty_milli = 1000), ''), p.name, l.code, s.qty_milli, p.unit"
                       " FROM stock_balances s JOIN products p ON p.id = s.product_id"
                       " JOIN locations l ON l.id = s.location_id WHERE s.qty_milli <> 0 ORDER BY p.sku, l.code"),
        {}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    writer.addRow(CsvSheet::keys(columns()));
    int written = 0;
    while (q->next()) {
        writer.addRow({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       Quantity::fromMilli(q->value(4).toLongLong()).toString(QLocale::c()), q->value(5).toString()});
        ++written;
    }
    auto audited = services.auditLog().append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.export"),
                                                          QStringLiteral("stock"), AuditOutcome::kOk,
                                                          QStringLiteral("%1 balances").arg(written)});
    if (!audited)
        return audited.error();
    return written;
}

} // namespace qtill::inventory
