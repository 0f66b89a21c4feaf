#include "saleshistory.h"

#include "csvproductkeys.h"
#include "csvsheet.h"
#include "documentkinds.h"
#include "importskeleton.h"
#include "inventorymodule.h"
#include "stockledger.h"

#include "core/auditlog.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"
#include "core/utctimesmigration.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SalesHistory", text);
}

enum Column { kDate, kSku, kBarcode, kName, kQuantity, kValue };

QList<CsvColumnSpec> columns()
{
    return {
        {QStringLiteral("date"), {QStringLiteral("日期"), QStringLiteral("营业日期"), QStringLiteral("销售日期")}, true},
        {QStringLiteral("sku"), {QStringLiteral("商品编码"), QStringLiteral("货号"), QStringLiteral("编码")}, false},
        {QStringLiteral("barcode"), {QStringLiteral("条码"), QStringLiteral("条形码")}, false},
        {QStringLiteral("name"), {QStringLiteral("品名"), QStringLiteral("商品名称")}, false},
        {QStringLiteral("quantity"), {QStringLiteral("销量"), QStringLiteral("数量"), QStringLiteral("销售数量")}, true},
        {QStringLiteral("value"), {QStringLiteral("销售额"), QStringLiteral("金额"), QStringLiteral("销售金额")}, false},
    };
}

constexpr int kInsertBatch = 20;   // rows per INSERT (5 values each); Qt binds many values slowly
using ImportSkeleton::kProgressEvery;

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// yyyy-MM-dd, also yyyy/M/d and yyyyMMdd as spreadsheets write them; invalid otherwise.
QDate parseDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
                                  QStringLiteral("yyyyMMdd")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

using Article = CsvProductKeys::Article;

/// One row as validated: what the file said, resolved.
struct Row
{
    int row = 0;
    bool good = true;
    qint64 product = 0;
    QString sku;
    QDate date;
    qint64 qtyMilli = 0;
    qint64 valueFen = 0;
};

/// What every row is checked against.
struct Rules
{
    Currency currency = Currency::fromCode({});     ///< the store's (set by baseRules): values are in it
    QDate today;                                    ///< business date of the store clock
    QDate earliest;
    QDate firstSale;                                ///< first business day with Qtill sales; invalid: none
    QHash<std::pair<qint64, qint64>, QString> imported;   ///< (product, julian day) → batch number
    QHash<std::pair<qint64, qint64>, int> seen;     ///< (product, julian day) → first row in this import
};

/// The date rules; the message for the first one broken, or empty.
QString dateProblem(const QDate &date, const Rules &rules, const QLocale &locale)
{
    if (date > rules.today)
        return tr("%1 is in the future. Sales history can only be for days before today.").arg(isoDate(date));
    if (date == rules.today)
        return tr("%1 is today: today's sales come from the tills. Sales history can only be for days before today.")
            .arg(isoDate(date));
    if (date < rules.earliest)
        return tr("%1 is more than ten years ago; check the date.").arg(isoDate(date));
    if (rules.firstSale.isValid() && date >= rules.firstSale)
        return tr("Qtill has recorded sales since %1, so history can only be for days before that (no sale may be "
                  "counted twice).")
            .arg(locale.toString(rules.firstSale, QLocale::ShortFormat));
    return {};
}

/// The quantity rules for a parsed quantity; the message or empty. `text` is called only for a message.
template<typename Text>
QString quantityProblem(qint64 milli, const Text &text, const Article &article)
{
    if (milli < 0)
        return tr("The quantity cannot be negative: give what was sold that day, net of customer returns.");
    if (milli > SalesHistory::kMaxQuantityMilli)
        return tr("%1 a day is more than a store sells; check the number.").arg(text());
    if (!article.weighed && milli % 1000 != 0)
        return tr("%1 is sold by the piece; give whole units.").arg(article.name);
    return {};
}

QString valueProblem(qint64 fen)
{
    if (fen < 0)
        return tr("The sales value cannot be negative.");
    if (fen > SalesHistory::kMaxValueFen)
        return tr("The sales value is too large for one product and day; check the number.");
    return {};
}

/// Which (product, day) pairs are imported already, for dates in [from, to].
Status loadImported(Store &store, const QDate &from, const QDate &to, Rules &rules)
{
    if (!from.isValid() || !to.isValid())
        return {};
    auto q = store.exec(QStringLiteral("SELECT h.product_id, h.business_date, b.number FROM sales_history h"
                                       " JOIN sales_history_batches b ON b.id = h.batch_id"
                                       " WHERE h.business_date >= ? AND h.business_date <= ?"),
                        {isoDate(from), isoDate(to)}, tr("The sales history could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate d = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        rules.imported.insert({q->value(0).toLongLong(), d.toJulianDay()}, q->value(2).toString());
    }
    return {};
}

/// The date column: a day before today that may still take history (dateProblem).
void checkDate(RowCheck &check, const Rules &rules, const QLocale &locale, Row &row)
{
    const QString dateText = check.cell(kDate);
    if (dateText.isEmpty()) {
        check.issue(kDate, {}, tr("The date is empty. Write it as year-month-day, e.g. 2026-10-31."));
    } else if (const QDate date = parseDate(dateText); !date.isValid()) {
        check.issue(kDate, dateText, tr("\"%1\" is not a date. Write it as year-month-day, e.g. 2026-10-31.").arg(dateText));
    } else if (const QString problem = dateProblem(date, rules, locale); !problem.isEmpty()) {
        check.issue(kDate, dateText, problem);
    } else {
        row.date = date;
    }
}

void checkQuantity(RowCheck &check, const Article *article, Row &row)
{
    const QString quantityText = check.cell(kQuantity);
    auto quantity = Quantity::parse(quantityText, QLocale::c());
    if (quantityText.isEmpty()) {
        check.issue(kQuantity, {}, tr("The quantity is empty; write 0 for a day without sales."));
    } else if (!quantity) {
        check.issue(kQuantity, quantityText, tr("\"%1\" is not a quantity. Write it like 12 or 0.5.").arg(quantityText));
    } else if (const QString problem = quantityProblem(quantity->milli(), [&] { return quantityText; },
                                                       article ? *article : Article{0, {}, {}, true});
               !problem.isEmpty()) {
        check.issue(kQuantity, quantityText, problem);
    } else {
        row.qtyMilli = quantity->milli();
    }
}

void checkValue(RowCheck &check, Row &row, const Currency &currency)
{
    const QString valueText = check.cell(kValue);
    if (valueText.isEmpty())
        return;
    auto value = Money::parse(valueText, QLocale::c(), currency);
    if (!value)
        check.issue(kValue, valueText, tr("\"%1\" is not an amount. Write it like 125.50, or leave it empty.").arg(valueText));
    else if (const QString problem = valueProblem(value->minor()); !problem.isEmpty())
        check.issue(kValue, valueText, problem);
    else
        row.valueFen = value->minor();
}

/// A product and day only once: not imported before, not twice in this file.
void checkOnce(RowCheck &check, const Article *article, Rules &rules, const Row &row)
{
    if (!article || !row.date.isValid())
        return;
    const auto key = std::pair(row.product, row.date.toJulianDay());
    if (const auto batch = rules.imported.constFind(key); batch != rules.imported.cend()) {
        check.issue(kDate, check.cell(kDate), tr("The sales of %1 on %2 were imported already (batch %3).")
                                                  .arg(article->name, isoDate(row.date), *batch));
    } else if (const auto first = rules.seen.constFind(key); first != rules.seen.cend()) {
        check.issue(kDate, check.cell(kDate), tr("%1 on %2 is also on row %3.").arg(article->name, isoDate(row.date)).arg(*first));
    } else {
        rules.seen.insert(key, check.row());
    }
}

/// importEntries: the products the entries name, by id, and what is imported already in their dates.
Result<QHash<qint64, Article>> readArticles(Store &store, const QList<SalesHistoryEntry> &entries, Rules &rules)
{
    QList<qint64> ids;
    QDate minDate;
    QDate maxDate;
    for (const SalesHistoryEntry &e : entries) {
        ids << e.product.value();
        if (e.date.isValid()) {
            minDate = minDate.isValid() ? std::min(minDate, e.date) : e.date;
            maxDate = maxDate.isValid() ? std::max(maxDate, e.date) : e.date;
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QVariantList keys;
    keys.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        keys << idValue(id);
    QHash<qint64, Article> articles;
    const Status products = store.lookupBatched(
        keys, QStringLiteral("SELECT id, sku, name, sold_by_weight FROM products WHERE id"),
        [&](const QSqlQuery &q) {
            articles.insert(q.value(0).toLongLong(), Article{q.value(0).toLongLong(), q.value(1).toString(),
                                                             q.value(2).toString(), q.value(3).toInt() != 0});
        },
        tr("The products could not be read."));
    if (!products)
        return products.error();
    if (Status read = loadImported(store, minDate, maxDate, rules); !read)
        return read.error();
    return articles;
}

/// importEntries: the first problem of one entry (the file's rules) or empty; fills `row`.
QString checkEntry(const SalesHistoryEntry &e, const QHash<qint64, Article> &articles, Rules &rules,
                   const QLocale &locale, Row &row)
{
    const auto it = articles.constFind(e.product.value());
    if (it == articles.cend())
        return tr("There is no such product.");
    row.product = it->id;
    row.sku = it->sku;
    row.date = e.date;
    row.qtyMilli = e.quantity.milli();
    row.valueFen = e.value.minor();
    if (!e.date.isValid())
        return tr("The date is missing.");
    if (QString problem = dateProblem(e.date, rules, locale); !problem.isEmpty())
        return problem;
    if (QString problem = quantityProblem(row.qtyMilli, [&] { return e.quantity.toString(locale); }, *it); !problem.isEmpty())
        return problem;
    if (QString problem = valueProblem(row.valueFen); !problem.isEmpty())
        return problem;
    if (e.value.hasCurrency() && e.value.currency() != rules.currency)
        return tr("The value is not in the store's currency (%1).").arg(rules.currency.code());
    const auto key = std::pair(row.product, e.date.toJulianDay());
    if (const auto batch = rules.imported.constFind(key); batch != rules.imported.cend())
        return tr("The sales of %1 on %2 were imported already (batch %3).").arg(it->name, isoDate(e.date), *batch);
    if (const auto first = rules.seen.constFind(key); first != rules.seen.cend())
        return tr("%1 on %2 is also in entry %3.").arg(it->name, isoDate(e.date)).arg(*first);
    rules.seen.insert(key, row.row);
    return {};
}

/// One record through the column validators.
Row checkRow(RowCheck &check, const CsvProductKeys &products, Rules &rules, const QLocale &locale)
{
    Row row;
    const Article *article = products.resolve(check.record(), check.report());
    if (article) {
        row.product = article->id;
        row.sku = article->sku;
    }
    checkDate(check, rules, locale, row);
    checkQuantity(check, article, row);
    checkValue(check, row, rules.currency);
    checkOnce(check, article, rules, row);
    return row;
}

} // namespace

struct SalesHistory::Private
{
    ImportRun<Row> run;

    /// today, earliest and firstSale.
    Result<Rules> baseRules(Services &services, const SalesHistory &self) const
    {
        Rules rules;
        rules.currency = services.storeProfile().currency();
        rules.today = services.storeProfile().businessDate(services.clock().now());
        rules.earliest = rules.today.addDays(-kMaxAgeDays);
        auto first = self.firstSaleDate();
        if (!first)
            return first.error();
        rules.firstSale = *first;
        return rules;
    }

    /// Writes the good rows as one batch (inside the caller's transaction) and audits it.
    Result<SalesHistoryImportResult> write(Services &services, const Session &actor, const QString &source,
                                           int skipped, const ImportProgress &progress);
};

SalesHistory::SalesHistory(Services &services) : m_services(services), d(std::make_unique<Private>()) {}

SalesHistory::~SalesHistory() = default;

Schema SalesHistory::schema()
{
    Migration v1{1, QStringLiteral("daily sales per product imported from the system used before Qtill"), {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE sales_history_batches ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " imported_at TEXT NOT NULL,"
                       " operator_id INTEGER,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " row_count INTEGER NOT NULL,"
                       " first_date TEXT NOT NULL,"
                       " last_date TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sales_history ("
                       " id INTEGER PRIMARY KEY,"
                       " batch_id INTEGER NOT NULL REFERENCES sales_history_batches (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " business_date TEXT NOT NULL,"
                       " qty_milli INTEGER NOT NULL CHECK (qty_milli >= 0),"
                       " value_fen INTEGER NOT NULL DEFAULT 0 CHECK (value_fen >= 0),"
                       " UNIQUE (product_id, business_date))"),
        QStringLiteral("CREATE INDEX sales_history_date ON sales_history (business_date)"),
    };
    Migration v2{2, QStringLiteral("batch numbers from the document counters"),
                 {DocumentNumbers::seedStatement(DocumentKinds::kSalesHistoryBatch, QStringLiteral("sales_history_batches"))}};
    const Migration v3 = utcTimesMigration(3, {{QStringLiteral("sales_history_batches"), {QStringLiteral("imported_at")}}});
    return Schema{QStringLiteral("saleshistory"), {v1, v2, v3}};
}

const ImportReport &SalesHistory::report() const
{
    return d->run.report;
}

Result<QDate> SalesHistory::firstSaleDate() const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT MIN(at) FROM stock_movements WHERE reason = 'sale'"), {},
                                     tr("The sales could not be read."));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDate();
    const QDateTime at = parseStoredTime(q->value(0).toString());
    return m_services.storeProfile().businessDate(at);
}

Result<ImportReport> SalesHistory::validateFile(const QString &path, const CsvReader::Options &options)
{
    auto document = CsvReader::readFile(path, options);
    if (!document)
        return document.error();
    return validate(*document);
}

Result<ImportReport> SalesHistory::validate(const CsvDocument &document)
{
    d->run.reset();
    auto mapped = CsvSheet::map(document, columns());
    if (!mapped)
        return mapped.error();
    const CsvSheet &sheet = *mapped;
    if (!sheet.has(kSku) && !sheet.has(kBarcode))
        return Error::invalidInput(tr("The file needs a column \"sku\" (item code) or \"barcode\" to name the products."));
    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();

    auto base = d->baseRules(m_services, *this);
    if (!base)
        return base.error();
    Rules rules = *base;

    // The products and the date range the file names, then what is imported already in that range.
    auto products = CsvProductKeys::load(store, sheet, document, kSku, kBarcode);
    if (!products)
        return products.error();
    QDate minDate;
    QDate maxDate;
    for (const CsvRecord &r : document.records) {
        if (const QDate date = parseDate(sheet.cell(r, kDate)); date.isValid()) {
            minDate = minDate.isValid() ? std::min(minDate, date) : date;
            maxDate = maxDate.isValid() ? std::max(maxDate, date) : date;
        }
    }
    if (Status read = loadImported(store, minDate, maxDate, rules); !read)
        return read.error();

    d->run.begin(document);
    const QLocale locale;
    ImportSkeleton::checkRecords(sheet, document, d->run, m_progress,
                                 [&](RowCheck &check) { return checkRow(check, *products, rules, locale); });
    d->run.finish(m_progress);
    return d->run.report;
}

Result<SalesHistoryImportResult> SalesHistory::Private::write(Services &services, const Session &actor,
                                                              const QString &source, int skipped,
                                                              const ImportProgress &progress)
{
    Store &store = services.store();
    SalesHistoryImportResult result;
    result.skippedRows = skipped;
    QList<const Row *> good;
    for (const Row &row : std::as_const(run.rows)) {
        if (!row.good)
            continue;
        good << &row;
        result.from = result.from.isValid() ? std::min(result.from, row.date) : row.date;
        result.to = result.to.isValid() ? std::max(result.to, row.date) : row.date;
    }
    result.rows = int(good.size());
    if (good.isEmpty())
        return Error::invalidInput(tr("There is no sales history to import."));

    // The batch number: "SH-", the register, its next sequence (see DocumentNumbers).
    auto number = services.documentNumbers().next(DocumentKinds::kSalesHistoryBatch);
    if (!number)
        return number.error();
    result.batch = *number;

    const QString now = storedTime(services.clock().now());
    auto batch = insertReturningId(store, QStringLiteral("INSERT INTO sales_history_batches (number, imported_at, operator_id, source,"
                                           " row_count, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {result.batch, now,
                             actor.operatorId.isValid() ? idValue(actor.operatorId.value()) : QVariant(QMetaType(QMetaType::LongLong)),
                             source.isNull() ? QStringLiteral("") : source, result.rows, isoDate(result.from),
                             isoDate(result.to)},
                            tr("The sales history could not be saved."));
    if (!batch)
        return batch.error();
    const QVariant batchId = QVariant::fromValue(*batch);

    // Several rows per statement: thousands of rows in a few hundred statements.
    for (qsizetype start = 0; start < good.size(); start += kInsertBatch) {
        const qsizetype count = std::min<qsizetype>(kInsertBatch, good.size() - start);
        QString sql = QStringLiteral("INSERT INTO sales_history (batch_id, product_id, business_date, qty_milli, value_fen) VALUES ");
        QVariantList values;
        values.reserve(count * 5);
        for (qsizetype i = 0; i < count; ++i) {
            const Row &row = *good.at(start + i);
            sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?)");
            values << batchId << idValue(row.product) << isoDate(row.date) << QVariant::fromValue(qlonglong(row.qtyMilli))
                   << QVariant::fromValue(qlonglong(row.valueFen));
        }
        auto inserted = store.exec(sql, values, tr("The sales history could not be saved."));
        if (!inserted) {
            Error error = inserted.error();
            if (error.code == Error::Code::Conflict)
                error.message = tr("Some of these days were imported at the same time by someone else. Nothing was imported.");
            return error;
        }
        if (progress && (start + count) / kProgressEvery != start / kProgressEvery)
            progress(ImportPhase::Importing, start + count, good.size());
    }
    auto audited = services.auditLog().append(
        AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("sales.history_import"), result.batch, AuditOutcome::kOk,
                    QStringLiteral("%1 rows from %2 to %3; %4 bad rows skipped; source %5")
                        .arg(result.rows)
                        .arg(isoDate(result.from), isoDate(result.to))
                        .arg(result.skippedRows)
                        .arg(source.isEmpty() ? QStringLiteral("-") : source)});
    if (!audited)
        return audited.error();
    return result;
}

Result<SalesHistoryImportResult> SalesHistory::import(const Session &actor, ProductImporter::Mode mode, const QString &source)
{
    Result<SalesHistoryImportResult> result = Error::internal(tr("The sales history could not be saved."));
    const Status done = ImportSkeleton::write(m_services, actor, {ImportPermissions::kImport}, d->run.report, d->run.validated,
                                              mode, [&]() -> Status {
                                                  result = d->write(m_services, actor, source, d->run.report.badRows, m_progress);
                                                  return result ? Status() : Status(result.error());
                                              });
    if (!done)
        return done.error();
    if (m_progress)
        m_progress(ImportPhase::Importing, result->rows, result->rows);
    return result;
}

Result<SalesHistoryImportResult> SalesHistory::importEntries(const Session &actor, const QList<SalesHistoryEntry> &entries,
                                                             const QString &source)
{
    if (Status allowed = m_services.permissions().require(actor, ImportPermissions::kImport); !allowed)
        return allowed.error();
    d->run.reset();
    Result<SalesHistoryImportResult> result = Error::internal(tr("The sales history could not be saved."));
    const Status done = m_services.store().transaction([&]() -> Status {
        auto base = d->baseRules(m_services, *this);
        if (!base)
            return base.error();
        Rules rules = *base;
        auto articles = readArticles(m_services.store(), entries, rules);
        if (!articles)
            return articles.error();
        const QLocale locale;
        QString firstProblem;
        int bad = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            Row row;
            row.row = int(i) + 1;
            if (const QString problem = checkEntry(entries.at(i), *articles, rules, locale, row); !problem.isEmpty()) {
                row.good = false;
                if (bad++ == 0)
                    firstProblem = tr("Entry %1 (%2): %3").arg(row.row).arg(row.sku, problem);
            }
            d->run.rows << row;
        }
        if (bad > 0) {
            return Error::invalidInput(tr("%1 (%2 of %3 entries have problems.) Nothing was imported.")
                                           .arg(firstProblem)
                                           .arg(bad)
                                           .arg(entries.size()));
        }
        result = d->write(m_services, actor, source, 0, m_progress);
        return result ? Status() : Status(result.error());
    });
    d->run.rows.clear();
    if (!done)
        return done.error();
    return result;
}

Result<int> SalesHistory::exportHistory(Services &services, const Session &actor, CsvWriter &writer)
{
    if (Status allowed = services.permissions().require(actor, ImportPermissions::kExport); !allowed)
        return allowed.error();
    auto q = services.store().exec(
        QStringLiteral("SELECT h.business_date, p.sku, COALESCE((SELECT MIN(b.code) FROM product_barcodes b"
                       " WHERE b.product_id = p.id AND b.pack_qty_milli = 1000), ''), p.name, h.qty_milli, h.value_fen"
                       " FROM sales_history h JOIN products p ON p.id = h.product_id ORDER BY h.business_date, p.sku"),
        {}, tr("The sales history could not be read."));
    if (!q)
        return q.error();
    writer.addRow({QStringLiteral("date"), QStringLiteral("sku"), QStringLiteral("barcode"), QStringLiteral("name"),
                   QStringLiteral("quantity"), QStringLiteral("value")});
    int written = 0;
    const QLocale cLocale = QLocale::c();
    const Currency currency = services.storeProfile().currency();
    while (q->next()) {
        const qint64 value = q->value(5).toLongLong();
        writer.addRow({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       Quantity::fromMilli(q->value(4).toLongLong()).toString(cLocale),
                       value > 0 ? Money::fromMinor(value, currency).toPlainString() : QString()});
        ++written;
    }
    auto audited = services.auditLog().append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.export"),
                                                          QStringLiteral("sales_history"), AuditOutcome::kOk,
                                                          QStringLiteral("%1 rows").arg(written)});
    if (!audited)
        return audited.error();
    return written;
}

Result<QList<SalesHistoryBatch>> SalesHistory::batches(const Session &actor) const
{
    if (Status allowed = m_services.permissions().require(actor, InventoryPermissions::kView); !allowed)
        return allowed.error();
    auto q = m_services.store().exec(
        QStringLiteral("SELECT b.number, b.imported_at, b.operator_id, b.source, b.first_date, b.last_date,"
                       " (SELECT COUNT(*) FROM sales_history h WHERE h.batch_id = b.id)"
                       " FROM sales_history_batches b ORDER BY b.id DESC"),
        {}, tr("The sales history could not be read."));
    if (!q)
        return q.error();
    QList<SalesHistoryBatch> out;
    while (q->next()) {
        SalesHistoryBatch b;
        b.number = q->value(0).toString();
        b.importedAt = parseStoredTime(q->value(1).toString());
        b.operatorId = q->value(2).isNull() ? OperatorId() : OperatorId(q->value(2).toLongLong());
        b.source = q->value(3).toString();
        b.from = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        b.to = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        b.rows = q->value(6).toInt();
        out << b;
    }
    return out;
}

Result<int> SalesHistory::removeBatch(const Session &actor, const QString &number)
{
    if (Status allowed = m_services.permissions().require(actor, ImportPermissions::kImport); !allowed)
        return allowed.error();
    const QString wanted = number.trimmed().toUpper();
    Store &store = m_services.store();
    int removed = 0;
    const Status done = store.transaction([&]() -> Status {
        auto found = store.exec(QStringLiteral("SELECT id, first_date, last_date, source FROM sales_history_batches"
                                               " WHERE number = ?"),
                                {wanted}, tr("The sales history could not be read."));
        if (!found)
            return found.error();
        if (!found->next())
            return Error::notFound(tr("There is no sales history batch %1.").arg(wanted));
        const QVariant batchId = found->value(0);
        const QString detail = QStringLiteral("%1 to %2, from %3").arg(found->value(1).toString(),
                                                                     found->value(2).toString(), found->value(3).toString());
        auto rows = store.exec(QStringLiteral("DELETE FROM sales_history WHERE batch_id = ?"), {batchId},
                               tr("The sales history could not be removed."));
        if (!rows)
            return rows.error();
        removed = rows->numRowsAffected();
        auto batch = store.exec(QStringLiteral("DELETE FROM sales_history_batches WHERE id = ?"), {batchId},
                                tr("The sales history could not be removed."));
        if (!batch)
            return batch.error();
        auto audited = m_services.auditLog().append(
            AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("sales.history_remove"), wanted,
                        AuditOutcome::kOk, QStringLiteral("%1 rows, ").arg(removed) + detail});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

} // namespace qtill::inventory
