#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace qtill {
class Services;
struct JournalEntry;
} // namespace qtill

namespace qtill::checkout {

/// What JournalVerifier::verify() found.
struct JournalCheckReport
{
    bool ok = true;
    qint64 recordsChecked = 0;   ///< journal records walked (every register)
    qint64 salesChecked = 0;     ///< sales compared with their journal record
    qint64 othersChecked = 0;    ///< voids, refunds and cash movements compared with their journal record
    QStringList problems;        ///< translated, the first problems found (at most kMaxProblems)

    static constexpr int kMaxProblems = 50;
};

/// `qtillctl journal verify`: the journal proves the sales tables. It recomputes every register's chain
/// (gapless sequence, hashes, grand totals: Journal::verify) and then compares every sale, line and
/// tender row with what its journal record says, every void, every refund with its lines and tenders
/// (refunds journalled before their tenders were, without them) and every cash movement (float, paid
/// in/out, no-sale) with its record, naming each difference ("R01-00000042 lines 2: net is 1290 in the
/// tables, 1390 in the journal"). A row without a journal record, or a record without its row, is named too. This catches an amount edited in the tables even with the append-only
/// guards dropped, because the journal's hash chain would have to be rewritten as well.
///
/// Reads everything: run it off the GUI thread. Built only by CheckoutServices. Threading: that of the Services.
class JournalVerifier
{
public:
    Result<JournalCheckReport> verify(const ProgressCallback &progress = {}) const;

    /// The journal payload of a sale rebuilt from its rows (the same shape SaleService journals).
    Result<QJsonObject> payloadFromTables(const QString &saleUuid) const;

private:
    friend class CheckoutServices;
    explicit JournalVerifier(Services &core);

    Status compareSales(JournalCheckReport &report, const ProgressCallback &progress) const;
    /// A void, a refund or a cash movement against its record; other kinds are left alone.
    Status compareOther(const JournalEntry &entry, JournalCheckReport &report) const;
    /// The row(s) of a void, refund or cash movement in the shape of its journal payload, with "record"
    /// (its journal_seq) and "operator"; NotFound when there is no row.
    Result<QJsonObject> voidFromTables(const QString &uuid) const;
    Result<QJsonObject> refundFromTables(const QString &uuid) const;
    Result<QJsonObject> cashFromTables(const QString &uuid) const;
    Status findUnjournalled(JournalCheckReport &report) const;

    Services &m_core;
};

} // namespace qtill::checkout
