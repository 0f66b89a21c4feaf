// StockLedger's proofs that the cached balances add up (verify, verifyProducts): kept apart from the
// recording and reading code in stockledger.cpp.
#include "stockledger.h"

#include "core/store.h"
#include "core/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StockLedger", text);
}

QString qtyText(qint64 milli)
{
    return Quantity::fromMilli(milli).toString(QLocale());
}

/// Movements summed per chunk of ids: small enough for a progress step every few tens of ms, large
/// enough that the per-statement cost does not count.
constexpr qint64 kChunk = 50'000;

using Pair = QPair<qint64, qint64>; ///< product id, location id

/// Collects problems: all count, the first 50 are kept.
void addProblem(StockVerifyReport &report, const QString &text)
{
    report.ok = false;
    if (report.problems.size() < 50)
        report.problems << text;
}

QString mismatchText(const QString &sku, const QString &location, qint64 balance, qint64 sum)
{
    return tr("Product %1 at %2: the stock shown is %3 but its movements add up to %4.")
        .arg(sku, location, qtyText(balance), qtyText(sum));
}

/// A read transaction on connections that are not in one: every statement of a check sees the same
/// snapshot, so movements written meanwhile by another connection cause no false alarm.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Store &store)
        : m_db(store.database()), m_open(!store.inTransaction() && m_db.transaction())
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback(); // read only: nothing to keep
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};

/// Σ qty and the count of movements per (product, location), read in chunks of ids with progress.
Result<QHash<Pair, qint64>> sumMovements(const Store &store, const ProgressCallback &progress, qint64 &movements)
{
    auto last = store.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM stock_movements"), {},
                           tr("The stock could not be read."));
    if (!last)
        return last.error();
    const qint64 maxId = last->next() ? last->value(0).toLongLong() : 0;
    QHash<Pair, qint64> sums;
    for (qint64 from = 0; from < maxId; from += kChunk) {
        if (progress && !progress(from, maxId))
            return Error::conflict(tr("The stock check was stopped before it finished."));
        auto q = store.execCached(QStringLiteral("SELECT product_id, location_id, SUM(qty_milli), COUNT(*)"
                                                 " FROM stock_movements WHERE id > ? AND id <= ?"
                                                 " GROUP BY product_id, location_id"),
                                  {idValue(from), idValue(from + kChunk)}, tr("The stock could not be read."));
        if (!q)
            return q.error();
        while (q->next()) {
            sums[{q->value(0).toLongLong(), q->value(1).toLongLong()}] += q->value(2).toLongLong();
            movements += q->value(3).toLongLong();
        }
    }
    if (progress)
        progress(maxId, maxId);
    return sums;
}

/// Every cached balance against `expected` (consumed: what is left has no balance).
Status compareBalances(const Store &store, QHash<Pair, qint64> &expected, StockVerifyReport &report)
{
    auto cached = store.exec(QStringLiteral("SELECT b.product_id, b.location_id, b.qty_milli, p.sku, l.code"
                                            " FROM stock_balances b LEFT JOIN products p ON p.id = b.product_id"
                                            " LEFT JOIN locations l ON l.id = b.location_id"),
                             {}, tr("The stock could not be read."));
    if (!cached)
        return cached.error();
    while (cached->next()) {
        const Pair key{cached->value(0).toLongLong(), cached->value(1).toLongLong()};
        const qint64 balance = cached->value(2).toLongLong();
        const qint64 sum = expected.take(key);
        ++report.balancesChecked;
        if (balance != sum)
            addProblem(report, mismatchText(cached->value(3).toString(), cached->value(4).toString(), balance, sum));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ++report.balancesChecked;
        addProblem(report, tr("Product id %1 at location id %2 has movements adding up to %3 but no stock balance.")
                               .arg(it.key().first)
                               .arg(it.key().second)
                               .arg(qtyText(it.value())));
    }
    return {};
}

/// Transfer documents whose out and in rows do not cancel out (through the (reason, at) index: only
/// transfer rows are read).
Status checkTransfers(const Store &store, StockVerifyReport &report)
{
    auto unbalanced = store.exec(
        QStringLiteral("SELECT document, product_id, SUM(qty_milli) FROM stock_movements"
                       " WHERE reason IN (?, ?, ?) GROUP BY document, product_id HAVING SUM(qty_milli) <> 0"),
        {StockReason::kTransferOut, StockReason::kTransferIn, StockReason::kTransfer},
        tr("The stock could not be read."));
    if (!unbalanced)
        return unbalanced.error();
    while (unbalanced->next()) {
        addProblem(report, tr("Transfer %1: what left and what arrived of product id %2 differ by %3.")
                               .arg(unbalanced->value(0).toString())
                               .arg(unbalanced->value(1).toLongLong())
                               .arg(qtyText(unbalanced->value(2).toLongLong())));
    }
    return {};
}

} // namespace

Result<StockVerifyReport> StockLedger::verify(const ProgressCallback &progress) const
{
    const ReadSnapshot snapshot(m_store);
    StockVerifyReport report;
    auto sums = sumMovements(m_store, progress, report.movementsChecked);
    if (!sums)
        return sums.error();
    if (Status compared = compareBalances(m_store, *sums, report); !compared)
        return compared.error();
    if (Status transfers = checkTransfers(m_store, report); !transfers)
        return transfers.error();
    return report;
}

Result<StockVerifyReport> StockLedger::verifyProducts(LocationId location, const QList<ProductId> &products) const
{
    StockVerifyReport report;
    for (const ProductId product : products) {
        // Σ through the (product_id, location_id) index; the balance by its key.
        auto q = m_store.execCached(
            QStringLiteral("SELECT (SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements"
                           "         WHERE product_id = ? AND location_id = ?),"
                           " (SELECT COUNT(*) FROM stock_movements WHERE product_id = ? AND location_id = ?),"
                           " (SELECT COALESCE(qty_milli, 0) FROM stock_balances WHERE product_id = ? AND location_id = ?),"
                           " (SELECT sku FROM products WHERE id = ?), (SELECT code FROM locations WHERE id = ?)"),
            {idValue(product.value()), idValue(location.value()), idValue(product.value()), idValue(location.value()),
             idValue(product.value()), idValue(location.value()), idValue(product.value()), idValue(location.value())},
            tr("The stock could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        const qint64 sum = q->value(0).toLongLong();
        const qint64 balance = q->value(2).toLongLong();
        report.movementsChecked += q->value(1).toLongLong();
        ++report.balancesChecked;
        if (balance != sum)
            addProblem(report, mismatchText(q->value(3).toString(), q->value(4).toString(), balance, sum));
    }
    return report;
}

} // namespace qtill::inventory
