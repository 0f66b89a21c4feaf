#pragma once

#include "migration.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill {

/// Where a table keeps stored times, for utcTimesMigration.
struct StoredTimeColumns
{
    QString table;            ///< "stock_movements"
    QStringList columns;      ///< the columns holding times ("at"; "created_at", "sent_at", …)
    QString key = QStringLiteral("id"); ///< an integer column unique per row; empty: rows are found by their text (small tables only)
    bool appendOnly = false;  ///< the table has SqlDialect::appendOnly's guard (lifted and put back in the step)
};

/// A migration step for stores written before times were UTC: every time in `tables` written without
/// an offset (this machine's local time, as Qt::ISODateWithMs) is rewritten as storedTime() text, read
/// with this machine's time zone at migration time. Text with "Z" or an offset is left as it is, so
/// a store whose rows are all UTC already (a new store, a second lane on the same server) changes
/// nothing; NULL and empty stay. A local time that does not exist or is ambiguous (daylight saving)
/// becomes the instant Qt gives it. Runs in the step's transaction on either engine; an append-only
/// table's guard is lifted only inside it. Reads in pages, so it needs no more memory for a big ledger.
Migration utcTimesMigration(int version, const QList<StoredTimeColumns> &tables);

/// The rewrite itself (what utcTimesMigration's step runs), for one table.
Status rewriteLocalTimes(Store &store, const StoredTimeColumns &table);

} // namespace qtill
