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
    QStringList problems;        ///< translated, the first problems found (at most kMaxProblems)

    static constexpr int kMaxProblems = 50;
};

/// `qtillctl journal verify`: the journal proves the sales tables. It recomputes every register's chain
/// (gapless sequence, hashes, grand totals: Journal::verify) and then compares every sale, line and
/// tender row with what its journal record says, and every void and refund with its record, naming each difference ("R01-00000042 line 2: net is
/// 12.90 in the tables, 13.90 in the journal"). A sale without a journal record, or a sale record without
/// its sale, is named too. This catches an amount edited in the tables even with the append-only
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
    Status compareUndo(const JournalEntry &entry, JournalCheckReport &report) const;
    Status findUnjournalled(JournalCheckReport &report) const;

    Services &m_core;
};

} // namespace qtill::checkout
