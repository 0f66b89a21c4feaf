#pragma once

#include "migration.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qtill {

class Store;

/// How many rows of one table a copy wrote (equal to the source's count: the copy checks).
struct TableCopyCount
{
    QString table;
    qint64 rows = 0;
};

/// What StoreCopier::copy() did.
struct StoreCopyReport
{
    QString target;                ///< the target's display name (never a secret)
    QList<TableCopyCount> tables;  ///< in the order copied: a table after the tables it refers to
    qint64 rows = 0;               ///< all tables together
    qint64 auditEntries = 0;       ///< audit entries whose hash chain verified on the target
    /// Tables (and "table.column"s) only one engine has, so not copied: search keys the rebuild steps
    /// refill on the target (an FTS5 table on SQLite, its counterpart on PostgreSQL).
    QStringList rebuilt;
};

/// Moves a whole store to another engine: a SQLite file to an empty PostgreSQL database (a shop
/// growing into many lanes) or back to a new file — `qtillctl db copy`.
///
/// In one go: the target must be empty (a server database without tables, or a file that does not
/// exist yet); everything happens in one transaction on the target, so a failure leaves it as empty as
/// it was (a file this call created is removed). In that transaction: the schema is created by the
/// normal migrations of `schemas`; every plain table's rows are copied as they are (ids included), a
/// table after the tables its foreign keys name; PostgreSQL identity sequences are set past the
/// copied ids; then each table's row count is compared with the source's and the audit chain is
/// verified on the target; after the commit both are checked again on a new connection to the target
/// (what a lane opening the copy reads; a mismatch is Corrupt). Tables and columns only one engine has (search keys: an SQLite FTS5 table
/// and its shadow tables, their PostgreSQL counterpart) are not copied: the `rebuild` steps refill them.
/// The source is read in one consistent snapshot (SQLite: its write lock is held, so no lane changes
/// it meanwhile; PostgreSQL: a repeatable-read, read-only transaction).
///
/// Append-only tables accept the copied rows (their guards refuse only UPDATE and DELETE).
/// What needs a module's services (the stock ledger's verify) runs after the copy, on a Services
/// opened on the target (qtillctl does that).
class StoreCopier
{
public:
    /// A module's part of the copy, run on the target inside the copy's transaction after every row
    /// is in (e.g. rebuilding the product search index from the copied products).
    using TargetStep = std::function<Status(Store &target)>;

    struct Options
    {
        QList<Schema> schemas;          ///< every schema of the store, in migration order (Services::allSchemas())
        QList<TargetStep> rebuild = {}; ///< run on the target after the rows (search indexes)
    };

    /// Copies `source` into the empty store at `targetAddress` (a postgresql:// address or a new
    /// file). Errors: Conflict when the target is not empty or the source's schemas are not at the
    /// latest version; the target's open error; a Storage error naming the table that failed or whose
    /// count differs; Corrupt when the copied audit chain does not verify. On any error nothing stays
    /// on the target.
    static Result<StoreCopyReport> copy(Store &source, const QString &targetAddress, const Options &options);
};

} // namespace qtill
