// Journal::verify: walks each register's chain in pages (constant memory on a year of records).
#include "journal.h"

#include "store.h"

#include <QCoreApplication>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Journal", text);
}

/// What is wrong with `e` after a record with `prevHash` and `prevTotal` at `expectedSeq - 1`; empty when nothing.
QString problemWith(const JournalEntry &e, qint64 expectedSeq, const QString &prevHash, qint64 prevTotal)
{
    if (e.seq != expectedSeq)
        return tr("Register %1: record %2 is missing (the journal jumps from %3 to %4).")
            .arg(e.registerId)
            .arg(expectedSeq)
            .arg(expectedSeq - 1)
            .arg(e.seq);
    if (e.prevHash != prevHash)
        return tr("Register %1: record %2 does not follow record %3 — a record was changed, removed or inserted.")
            .arg(e.registerId)
            .arg(e.seq)
            .arg(e.seq - 1);
    if (Journal::computeHash(e) != e.hash)
        return tr("Register %1: record %2 (%3 %4) was changed after it was written.")
            .arg(e.registerId)
            .arg(e.seq)
            .arg(e.kind, e.document);
    qint64 expectedTotal = 0;
    if (__builtin_add_overflow(prevTotal, e.amountMinor, &expectedTotal) || expectedTotal != e.grandTotalMinor)
        return tr("Register %1: record %2 has a grand total that is not the previous total plus its amount.")
            .arg(e.registerId)
            .arg(e.seq);
    return {};
}

} // namespace

Result<JournalVerifyReport> Journal::verify(const QString &registerId, const ProgressCallback &progress) const
{
    constexpr int kPage = 2000;
    QStringList registerIds{registerId};
    if (registerId.isEmpty()) {
        auto all = registers();
        if (!all)
            return all.error();
        registerIds = *all;
    }
    JournalVerifyReport report;
    for (const QString &reg : std::as_const(registerIds)) {
        qint64 lastSeen = 0;
        QString prevHash = genesisHash();
        qint64 prevTotal = 0;
        for (;;) {
            if (progress && !progress(report.recordsChecked, 0))
                return Error::conflict(tr("The journal check was stopped before it finished."));
            auto page = entries(reg, lastSeen, kPage);
            if (!page)
                return page.error();
            for (const JournalEntry &e : std::as_const(*page)) {
                if (const QString problem = problemWith(e, lastSeen + 1, prevHash, prevTotal); !problem.isEmpty()) {
                    report.ok = false;
                    report.registerId = reg;
                    report.firstBadSeq = lastSeen + 1;
                    report.reason = problem;
                    return report;
                }
                lastSeen = e.seq;
                prevHash = e.hash;
                prevTotal = e.grandTotalMinor;
                ++report.recordsChecked;
            }
            if (page->size() < kPage)
                break;
        }
        ++report.registersChecked;
    }
    return report;
}

} // namespace qtill
