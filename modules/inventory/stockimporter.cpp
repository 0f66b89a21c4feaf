#include "stockimporter.h"

#include "csvproductkeys.h"
#include "csvsheet.h"
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

constexpr int kProgressEvery = 1000;
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

} // namespace

struct StockImporter::Private
{
    ImportReport report;
    QList<Row> rows;
    bool validated = false;
};

StockImporter::StockImporter(Services &core, StockLedger &ledger)
    : m_services(core), m_ledger(ledger), d(std::make_unique<Private>())
{
}

StockImporter::~StockImporter() = default;

const ImportReport &StockImporter::report() const
{
    return d->report;
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
    d->report = ImportReport{};
    d->rows.clear();
    d->validated = false;
    auto mapped = CsvSheet::map(document, columns());
    if (!mapped)
        return mapped.error();
    const CsvSheet &sheet = *mapped;
    if (!sheet.has(kSku) && !sheet.has(kBarcode))
        return Error::invalidInput(tr("The file needs a column \"sku\" (item code) or \"barcode\" to name the products."));
    Store &store = m_services.store();

    QHash<QString, qint64> locationByKey;
    {
        auto locations = m_ledger.stockLocations();
        if (!locations)
            return locations.error();
        for (const StockLocation &l : std::as_const(*locations)) {
            if (!l.active)
                continue;
            locationByKey.insert(l.location.code.toLower(), l.location.id.value());
            locationByKey.insert(l.location.name.trimmed().toLower(), l.location.id.value());
        }
    }

    // The products the file names, by item code and by barcode, in batches.
    auto products = CsvProductKeys::load(store, sheet, document, kSku, kBarcode);
    if (!products)
        return products.error();

    ImportReport &report = d->report;
    report.fileEncoding = csvEncodingName(document.encoding);
    report.totalRows = int(document.records.size());
    const QLocale cLocale = QLocale::c();
    QHash<std::pair<qint64, qint64>, int> seen;   // (product, location) → first row
    for (qsizetype i = 0; i < document.records.size(); ++i) {
        const CsvRecord &r = document.records.at(i);
        Row row;
        row.row = r.row;
        const qsizetype issuesBefore = report.issues.size();
        sheet.checkRecord(r, report);
        const auto issue = [&](int column, const QString &value, const QString &message) {
            sheet.addIssue(report, row.row, column, value, message);
        };

        const CsvProductKeys::Article *article = products->resolve(r, report);
        if (article) {
            row.product = article->id;
            row.sku = article->sku;
        }

        const QString location = sheet.cell(r, kLocation);
        if (location.isEmpty())
            issue(kLocation, {}, tr("The location is empty. Give its code or name (e.g. FLOOR or 卖场)."));
        else if (const auto it = locationByKey.constFind(location.toLower()); it != locationByKey.cend())
            row.location = *it;
        else
            issue(kLocation, location, tr("There is no active location \"%1\".").arg(location));

        const QString onHand = sheet.cell(r, kOnHand);
        auto quantity = Quantity::parse(onHand, cLocale);
        if (onHand.isEmpty()) {
            issue(kOnHand, {}, tr("The quantity is empty."));
        } else if (!quantity) {
            issue(kOnHand, onHand, tr("\"%1\" is not a quantity. Write it like 12 or 0.5.").arg(onHand));
        } else if (quantity->isNegative()) {
            issue(kOnHand, onHand, tr("Stock on hand cannot be negative."));
        } else if (quantity->milli() > kMaxOnHandMilli) {
            issue(kOnHand, onHand, tr("%1 is more than a store can hold; check the number.").arg(onHand));
        } else if (article && !article->weighed && !quantity->isWhole()) {
            issue(kOnHand, onHand, tr("%1 is sold by the piece; count whole units.").arg(article->name));
        } else {
            row.onHandMilli = quantity->milli();
        }

        if (row.product > 0 && row.location > 0) {
            const auto key = std::pair(row.product, row.location);
            if (const auto first = seen.constFind(key); first != seen.cend())
                issue(kLocation, location, tr("%1 at this location is also on row %2.").arg(article->name).arg(*first));
            else
                seen.insert(key, row.row);
        }
        row.good = report.issues.size() == issuesBefore;
        (row.good ? report.goodRows : report.badRows) += 1;
        d->rows << row;
        if (m_progress && (i + 1) % kProgressEvery == 0)
            m_progress(ImportPhase::Validating, i + 1, report.totalRows);
    }
    if (m_progress)
        m_progress(ImportPhase::Validating, report.totalRows, report.totalRows);
    d->validated = true;
    return report;
}

Result<StockImportResult> StockImporter::import(const Session &actor, ProductImporter::Mode mode)
{
    PermissionService &permissions = m_services.permissions();
    if (Status allowed = permissions.require(actor, ImportPermissions::kImport); !allowed)
        return allowed.error();
    if (Status allowed = permissions.require(actor, StockPermissions::kAdjust); !allowed)
        return allowed.error();
    if (Status importable = CsvSheet::checkImportable(d->report, d->validated, mode); !importable)
        return importable.error();
    const ImportReport &report = d->report;

    Store &store = m_services.store();
    StockLedger &ledger = m_ledger;
    StockImportResult result;
    result.skippedRows = report.badRows;
    const QString document = QStringLiteral("IMPORT ") + m_services.clock().now().toString(Qt::ISODate);
    const Status done = store.transaction([&]() -> Status {
        // What the store holds now for the file's products, read in batches inside the transaction: the
        // balance per (product, location) and whether that pair has movements (opening vs adjustment).
        // Validation refused a second row for the same pair, so each pair is posted at most once here.
        QVariantList products;
        {
            QSet<qint64> seen;
            for (const Row &row : std::as_const(d->rows)) {
                if (row.good && !seen.contains(row.product)) {
                    seen.insert(row.product);
                    products << QVariant::fromValue(row.product);
                }
            }
        }
        QHash<std::pair<qint64, qint64>, qint64> balance;
        QSet<std::pair<qint64, qint64>> moved;
        const QString readError = tr("The stock could not be read.");
        if (Status read = store.lookupBatched(
                products, QStringLiteral("SELECT product_id, location_id, qty_milli FROM stock_balances WHERE product_id"),
                [&](const QSqlQuery &q) {
                    balance.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toLongLong());
                },
                readError);
            !read)
            return read.error();
        if (Status read = store.lookupBatched(
                products, QStringLiteral("SELECT DISTINCT product_id, location_id FROM stock_movements WHERE product_id"),
                [&](const QSqlQuery &q) { moved.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}); }, readError);
            !read)
            return read.error();

        int handled = 0;
        for (const Row &row : std::as_const(d->rows)) {
            if (!row.good)
                continue;
            const ProductId product(row.product);
            const LocationId location(row.location);
            const std::pair<qint64, qint64> pair(row.product, row.location);
            const qint64 delta = row.onHandMilli - balance.value(pair, 0);
            if (delta == 0) {
                ++result.unchanged;
            } else {
                const QString reason = moved.contains(pair) ? StockReason::kAdjustment : StockReason::kOpening;
                auto posted = ledger.post(StockMovement{product, location, Quantity::fromMilli(delta), reason,
                                                        actor.operatorId, document});
                if (!posted) {
                    Error error = posted.error();
                    error.message = tr("Row %1 (%2): %3 Nothing was imported.").arg(row.row).arg(row.sku, error.message);
                    return error;
                }
                ++result.movements;
            }
            if (m_progress && ++handled % kProgressEvery == 0)
                m_progress(ImportPhase::Importing, handled, report.goodRows);
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.import"), QStringLiteral("stock"), AuditOutcome::kOk,
                        QStringLiteral("%1 movements, %2 unchanged; %3 bad rows skipped; document %4; file %5")
                            .arg(result.movements)
                            .arg(result.unchanged)
                            .arg(result.skippedRows)
                            .arg(document, report.fileEncoding)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    if (m_progress)
        m_progress(ImportPhase::Importing, report.goodRows, report.goodRows);
    d->validated = false;
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
