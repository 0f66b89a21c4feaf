#include "storecopier.h"

#include "auditlog.h"
#include "databaseaddress.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <memory>
#include <optional>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::StoreCopier", text);
}

/// A single-column foreign key: `table.column` refers to `parent.parentColumn`.
struct ForeignKey
{
    QString table;
    QString column;
    QString parent;
    QString parentColumn;
};

/// The tables of a store: plain ones (copied row by row) and virtual ones (SQLite FTS5: never copied,
/// nor the shadow tables that hold their data).
struct TableList
{
    QStringList plain;
    QStringList special;
};

Error readError(const Store &store, const QSqlQuery &q)
{
    return Error::storage(tr("The database %1 could not be read.").arg(store.displayName()), q.lastError().text());
}

// ===== Engine-specific: the catalog (which tables and keys a store has), identities, snapshots =====
// Table and column names spliced into SQL below come from these catalog queries, never from a user.

Result<TableList> tablesOf(const Store &store)
{
    QSqlQuery q(store.database());
    TableList list;
    if (store.dialect().isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                   " AND table_type = 'BASE TABLE' ORDER BY table_name")))
            return readError(store, q);
        while (q.next())
            list.plain << q.value(0).toString();
        return list;
    }
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                               " ORDER BY name")))
        return readError(store, q);
    QStringList all;
    QStringList virtualTables;
    while (q.next()) {
        all << q.value(0).toString();
        if (q.value(1).toString().startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << q.value(0).toString();
    }
    list.special = virtualTables;
    for (const QString &name : all) {
        const bool special = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
            return name == v || name.startsWith(v + QLatin1Char('_')); // a virtual table or one of its shadow tables
        });
        if (!special)
            list.plain << name;
    }
    return list;
}

Result<QList<ForeignKey>> foreignKeysOf(const Store &store, const QStringList &tables)
{
    QList<ForeignKey> keys;
    QSqlQuery q(store.database());
    if (store.dialect().isPostgres()) {
        if (!q.exec(QStringLiteral(
                "SELECT cl.relname, a.attname, pc.relname, pa.attname FROM pg_constraint c"
                " JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pc ON pc.oid = c.confrelid"
                " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                " JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]"
                " WHERE c.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace")))
            return readError(store, q);
        while (q.next())
            keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        return keys;
    }
    for (const QString &table : tables) {
        q.prepare(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"));
        q.addBindValue(table);
        if (!q.exec())
            return readError(store, q);
        while (q.next()) {
            const QString to = q.value(2).toString();
            keys.append({table, q.value(1).toString(), q.value(0).toString(), to.isEmpty() ? QStringLiteral("id") : to});
        }
    }
    return keys;
}

/// PostgreSQL: every identity column's sequence set past the copied ids, so the next row inserted
/// gets a new one. SQLite needs nothing (a rowid follows the largest one in the table).
Status setIdentitiesPastCopiedIds(Store &target, const QStringList &tables)
{
    if (!target.dialect().isPostgres())
        return {};
    auto identities = target.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                                 " WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (!identities)
        return identities.error();
    QList<std::pair<QString, QString>> columns;
    while (identities->next())
        columns.append({identities->value(0).toString(), identities->value(1).toString()});
    for (const auto &[table, column] : columns) {
        if (!tables.contains(table))
            continue;
        auto set = target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), MAX(%1)) FROM %2").arg(column, table),
                               {table, column}, tr("The copied ids could not be set on %1.").arg(target.displayName()));
        if (!set)
            return set.error();
    }
    return {};
}

/// The source read in one snapshot. SQLite: the transaction holds the write lock already.
Status beginSnapshot(Store &source)
{
    if (!source.dialect().isPostgres())
        return {};
    auto set = source.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    return set ? Status() : Status(set.error());
}

// ===== Portable =====

/// `tables` with every table after the tables it refers to (self-references aside).
Result<QStringList> copyOrder(const QStringList &tables, const QList<ForeignKey> &keys)
{
    QHash<QString, QSet<QString>> parents;
    for (const ForeignKey &key : keys) {
        if (key.table != key.parent && tables.contains(key.table) && tables.contains(key.parent))
            parents[key.table].insert(key.parent);
    }
    QStringList order;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.cbegin(), left.cend(), [&](const QString &table) {
            const QSet<QString> &needs = parents[table];
            return std::all_of(needs.cbegin(), needs.cend(), [&](const QString &p) { return order.contains(p); });
        });
        if (ready == left.cend())
            return Error::internal(tr("The tables refer to each other in a circle; the store cannot be copied."),
                                   left.join(QStringLiteral(", ")));
        order << *ready;
        left.removeAt(ready - left.cbegin());
    }
    return order;
}

/// Rows of a table that refers to itself (categories under categories), each after its parent.
QList<QVariantList> parentsFirst(QList<QVariantList> rows, qsizetype keyColumn, qsizetype parentColumn)
{
    QList<QVariantList> ordered;
    QSet<QString> placed;
    while (!rows.isEmpty()) {
        const qsizetype before = rows.size();
        for (qsizetype i = 0; i < rows.size();) {
            const QVariant parent = rows.at(i).at(parentColumn);
            if (parent.isNull() || placed.contains(parent.toString())) {
                placed.insert(rows.at(i).at(keyColumn).toString());
                ordered.append(rows.takeAt(i));
            } else {
                ++i;
            }
        }
        if (rows.size() == before) { // a parent that is missing: the foreign key check will say so
            ordered += rows;
            break;
        }
    }
    return ordered;
}

Result<qint64> countRows(const Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return readError(store, q);
    return q.value(0).toLongLong();
}

/// Writes the rows of one table into the target, many rows per INSERT (a round trip per row would
/// make a large store's move slow on a server).
class RowWriter
{
public:
    RowWriter(Store &target, QString table, QStringList columns)
        : m_target(target), m_table(std::move(table)), m_columns(std::move(columns)),
          m_batchRows(std::max(qsizetype(1), kMaxValues / std::max(qsizetype(1), m_columns.size())))
    {
    }

    Status add(const QVariantList &row)
    {
        m_values += row;
        return ++m_pendingRows == m_batchRows ? flush() : Status();
    }

    Status flush()
    {
        if (m_pendingRows == 0)
            return {};
        const QString marks = QLatin1Char('(') + Store::bindMarks(m_columns.size()) + QLatin1Char(')');
        QStringList rows;
        for (qsizetype i = 0; i < m_pendingRows; ++i)
            rows << marks;
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(m_table, m_columns.join(QStringLiteral(", ")), rows.join(QStringLiteral(", ")));
        auto inserted = m_target.execCached(sql, m_values, tr("The rows of %1 could not be copied to %2.").arg(m_table, m_target.displayName()));
        if (!inserted)
            return inserted.error();
        m_written += m_pendingRows;
        m_pendingRows = 0;
        m_values.clear();
        return {};
    }

    qint64 written() const { return m_written; }

private:
    static constexpr qsizetype kMaxValues = 900; ///< bound values per statement (SQLite's old limit is 999)
    Store &m_target;
    QString m_table;
    QStringList m_columns;
    qsizetype m_batchRows;
    qsizetype m_pendingRows = 0;
    QVariantList m_values;
    qint64 m_written = 0;
};

Result<QStringList> columnsOf(const Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return readError(store, q);
    QStringList columns;
    for (int i = 0; i < q.record().count(); ++i)
        columns << q.record().fieldName(i);
    return columns;
}

/// The columns both engines' tables have, in the source's order. Only an engine's own column (a
/// search key the other engine keeps elsewhere) is left out; it is named in `notCopied`.
Result<QStringList> commonColumns(const Store &source, const Store &target, const QString &table, QStringList &notCopied)
{
    auto from = columnsOf(source, table);
    auto to = columnsOf(target, table);
    if (!from || !to)
        return !from ? from.error() : to.error();
    QStringList common;
    for (const QString &column : *from) {
        if (to->contains(column))
            common << column;
        else
            notCopied << table + QLatin1Char('.') + column;
    }
    for (const QString &column : *to) {
        if (!from->contains(column))
            notCopied << table + QLatin1Char('.') + column;
    }
    return common;
}

/// Copies every row of `table`; returns how many. `selfKey`: the table refers to itself.
Result<qint64> copyTable(const Store &source, Store &target, const QString &table, const std::optional<ForeignKey> &selfKey,
                         QStringList &notCopied)
{
    auto common = commonColumns(source, target, table, notCopied);
    if (!common)
        return common.error();
    const QStringList &columns = *common;
    QSqlQuery read(source.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QStringLiteral(", ")), table)))
        return readError(source, read);
    RowWriter writer(target, table, columns);
    QList<QVariantList> held; // a self-referencing table's rows, put in order first
    while (read.next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << read.value(i);
        if (selfKey)
            held << values;
        else if (Status added = writer.add(values); !added)
            return added.error();
    }
    if (selfKey) {
        const qsizetype key = columns.indexOf(selfKey->parentColumn);
        const qsizetype parent = columns.indexOf(selfKey->column);
        for (const QVariantList &values : parentsFirst(held, key, parent)) {
            if (Status added = writer.add(values); !added)
                return added.error();
        }
    }
    if (Status flushed = writer.flush(); !flushed)
        return flushed.error();
    return writer.written();
}

/// Rows the target's migrations wrote (default roles' permissions, a default location …) go: the
/// source's rows replace them.
Status clearSeededRows(Store &target, const QStringList &order)
{
    for (auto table = order.crbegin(); table != order.crend(); ++table) {
        auto count = countRows(target, *table);
        if (!count)
            return count.error();
        if (*count == 0)
            continue;
        auto cleared = target.exec(QStringLiteral("DELETE FROM %1").arg(*table));
        if (!cleared)
            return cleared.error();
    }
    return {};
}

Status copyRows(Store &source, Store &target, const QStringList &order, const QList<ForeignKey> &keys, StoreCopyReport &report)
{
    for (const QString &table : order) {
        std::optional<ForeignKey> selfKey;
        for (const ForeignKey &key : keys) {
            if (key.table == table && key.parent == table)
                selfKey = key;
        }
        auto copied = copyTable(source, target, table, selfKey, report.rebuilt);
        if (!copied)
            return copied.error();
        auto inSource = countRows(source, table);
        auto inTarget = countRows(target, table);
        if (!inSource || !inTarget)
            return !inSource ? inSource.error() : inTarget.error();
        if (*inSource != *copied || *inTarget != *copied)
            return Error::storage(tr("The copy of %1 is incomplete; nothing was copied.").arg(table),
                                  QStringLiteral("source %1 rows, copied %2, target %3").arg(*inSource).arg(*copied).arg(*inTarget));
        report.tables.append({table, *copied});
        report.rows += *copied;
    }
    return {};
}

Status verifyAudit(Store &target, StoreCopyReport &report)
{
    auto verified = AuditLog(target).verify();
    if (!verified)
        return verified.error();
    if (!verified->ok)
        return Error::corrupt(tr("The copied audit log does not verify (%1); nothing was copied.").arg(verified->reason));
    report.auditEntries = verified->rowsChecked;
    return {};
}

/// Everything on the target, inside its transaction (and the source's snapshot).
Status copyInto(Store &source, Store &target, const StoreCopier::Options &options, StoreCopyReport &report)
{
    if (Status migrated = target.migrate(options.schemas); !migrated)
        return migrated;
    auto fromTables = tablesOf(source);
    auto toTables = tablesOf(target);
    if (!fromTables || !toTables)
        return !fromTables ? fromTables.error() : toTables.error();
    QStringList common;
    for (const QString &table : toTables->plain) {
        if (fromTables->plain.contains(table))
            common << table;
    }
    QStringList notCopied = fromTables->special + toTables->special + fromTables->plain + toTables->plain;
    notCopied.removeIf([&](const QString &table) { return common.contains(table); });
    notCopied.removeDuplicates();
    notCopied.sort();
    report.rebuilt = notCopied;
    auto keys = foreignKeysOf(target, common);
    if (!keys)
        return keys.error();
    auto order = copyOrder(common, *keys);
    if (!order)
        return order.error();
    if (Status cleared = clearSeededRows(target, *order); !cleared)
        return cleared;
    if (Status copied = copyRows(source, target, *order, *keys, report); !copied)
        return copied;
    if (Status identities = setIdentitiesPastCopiedIds(target, *order); !identities)
        return identities;
    for (const StoreCopier::TargetStep &step : options.rebuild) {
        if (Status rebuilt = step(target); !rebuilt)
            return rebuilt;
    }
    return verifyAudit(target, report);
}

/// After the commit, on a connection of its own (what a lane opening the copy reads): every table holds
/// the rows copied and the audit chain verifies with the same entries.
Status verifyCommitted(const Store::Options &targetOptions, const Clock &clock, const StoreCopyReport &report)
{
    Store::Options options = targetOptions;
    options.createIfMissing = false;
    auto opened = Store::open(options, clock);
    if (!opened)
        return opened.error();
    Store &committed = **opened;
    const auto differs = [&](const QString &what) {
        return Error::corrupt(tr("The copy %1 was written but does not read back as copied (%2). Do not use it: "
                                 "remove it and copy again.").arg(report.target, what));
    };
    for (const TableCopyCount &t : report.tables) {
        auto rows = countRows(committed, t.table);
        if (!rows)
            return rows.error();
        if (*rows != t.rows)
            return differs(QStringLiteral("%1: %2 rows, %3 copied").arg(t.table).arg(*rows).arg(t.rows));
    }
    auto audit = AuditLog(committed).verify();
    if (!audit)
        return audit.error();
    if (!audit->ok || audit->rowsChecked != report.auditEntries)
        return differs(QStringLiteral("audit log: %1, %2 entries").arg(audit->ok ? QStringLiteral("ok") : audit->reason).arg(audit->rowsChecked));
    return {};
}

} // namespace

Result<StoreCopyReport> StoreCopier::copy(Store &source, const QString &targetAddress, const Options &options)
{
    auto address = DatabaseAddress::parse(targetAddress);
    if (!address)
        return address.error();
    if (!address->isServer() && QFileInfo::exists(address->filePath()))
        return Error::conflict(tr("%1 exists already: a copy goes into a new file or an empty PostgreSQL database. "
                                  "Nothing was changed.").arg(address->displayText()));
    for (const Schema &schema : options.schemas) {
        if (source.schemaVersion(schema.name) != schema.latestVersion())
            return Error::conflict(tr("%1 is not up to date (%2 version %3); open it with this Qtill first.")
                                       .arg(source.displayName(), schema.name).arg(source.schemaVersion(schema.name)));
    }
    Store::Options targetOptions;
    targetOptions.path = targetAddress;
    auto opened = Store::open(targetOptions, source.clock());
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> target = std::move(*opened);
    if (!target->isNew())
        return Error::conflict(tr("The database %1 is not empty: a copy goes only into an empty database. "
                                  "Nothing was changed there.").arg(target->displayName()));
    const bool createdFile = !address->isServer();
    StoreCopyReport report;
    report.target = target->displayName();
    const Status done = source.transaction([&]() -> Status {
        if (Status snapshot = beginSnapshot(source); !snapshot)
            return snapshot;
        return target->transaction([&] { return copyInto(source, *target, options, report); });
    });
    if (!done) {
        target.reset();
        if (createdFile) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(address->filePath() + QLatin1String(suffix));
        }
        return done.error();
    }
    target.reset();
    if (Status verified = verifyCommitted(targetOptions, source.clock(), report); !verified)
        return verified.error();
    return report;
}

} // namespace qtill
