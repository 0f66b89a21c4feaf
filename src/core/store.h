#pragma once

#include "clock.h"
#include "databaseaddress.h"
#include "migration.h"
#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QLockFile;

namespace qtill {

/// The shop's database, on one of two engines (see DatabaseAddress):
/// - a SQLite file (WAL, synchronous=FULL, foreign keys on, busy timeout, mode 0600), checked with
///   quick_check (when opened, or later on a worker: see checkIntegrity);
/// - a PostgreSQL 15 database on the shop's server (QPSQL), shared by many lanes and stores; the
///   session runs in UTC; the server keeps its own integrity (no quick_check).
/// Both are upgraded by numbered migrations with a backup taken first.
///
/// Threading: a Store and its connection belong to the thread that opened it (the GUI thread in the
/// app). Other threads open their own Store on the same database.
///
/// Portability: module SQL runs on both engines unchanged; what must differ comes from dialect()
/// (SqlDialect: the portable subset, DDL types, append-only guards, row locks, case folding).
/// Engine-specific statements (pragmas, VACUUM INTO, pg_dump) live in this class.
class Store
{
public:
    struct Options
    {
        QString path;                    ///< the database file, or a postgresql:// address (DatabaseAddress)
        bool createIfMissing = true;     ///< false: a missing file is an error (qtillctl on a typo'd path)
        int busyTimeoutMs = 5000;
        QString backupDir = {};          ///< default: "backups" beside the database file
        /// The running app sets this: one app per database file (a lock file beside it), and
        /// restore refuses while it is held. qtillctl reads and writes beside the app without it.
        bool lockForApp = false;
        /// false skips PRAGMA quick_check at open. quick_check reads the whole file (about 2 s for the
        /// 1,000,000-product bench store, tests/bench/bench_startup.cpp), so the app opens without it and
        /// runs checkIntegrity() on a worker while nobody may sign in yet; a worker thread's own Store on a
        /// file this process checked skips it too. Without the check, migrate() still checks before it
        /// writes a step (see integrityChecked()).
        bool checkIntegrity = true;
    };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (or creates) the file and checks it. A damaged file is an Error::Code::Corrupt that says
    /// how to restore; it is never replaced by a fresh database. A postgresql:// address connects to
    /// the server; the database must exist (the server's owner creates it), its tables need not.
    static Result<std::unique_ptr<Store>> open(const Options &options, const Clock &clock);

    /// The default database path: $QTILL_DB, else AppDataLocation/qtill.db.
    static QString defaultPath();

    /// What Options::path said: the file, or the server address as given (see displayName()).
    const QString &path() const { return m_options.path; }
    const DatabaseAddress &address() const { return m_address; }
    /// The file path, or the server address without anything secret: for messages and logs.
    QString displayName() const { return m_address.displayText(); }
    /// What differs between the engines (SqlDialect::sqlite() or ::postgres()).
    const SqlDialect &dialect() const { return *m_dialect; }
    /// The server's version ("15.4") on PostgreSQL, the library's on SQLite.
    QString engineVersion() const;
    QString backupDir() const;
    const Clock &clock() const { return m_clock; }
    QSqlDatabase database() const;
    /// True when this open created the file.
    bool isNew() const { return m_created; }
    /// True when quick_check passed on this connection (at open, in migrate() or quickCheck()) or the
    /// file is new; false while a store opened without the check has not been checked.
    bool integrityChecked() const { return m_integrityChecked; }
    /// Options for another connection to this file, e.g. a worker thread's own Store: the same file,
    /// backup folder and busy timeout; never creates the file, holds no app lock, no quick_check.
    Options workerOptions() const;

    /// Applies every pending migration of the given schemas. Before the first one, a file not checked
    /// yet is checked (quickCheck(): a damaged file is never written to) and backed up (unless it has
    /// no tables yet). Each migration runs in one transaction; a failure rolls that
    /// one back, stops, and reports which schema and version failed.
    Status migrate(const QList<Schema> &schemas);
    /// The applied version of a schema (0 when none).
    int schemaVersion(const QString &schema) const;

    /// Runs `work` in one transaction: committed when it returns ok, rolled back otherwise (and when
    /// the commit itself fails). Nested calls join the outer transaction. On PostgreSQL a transaction
    /// that failed because of another writer (a deadlock or serialization failure) is run again from
    /// the start, up to kTransactionAttempts times: `work` must be safe to repeat (it only reads and
    /// writes through this store).
    Status transaction(const std::function<Status()> &work);
    static constexpr int kTransactionAttempts = 5;
    bool inTransaction() const { return m_depth > 0; }

    /// Prepares `sql`, binds `values` positionally, runs it. The error carries the SQL error as detail
    /// and `message` as what the user sees.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {},
                           const QString &message = {}) const;

    /// A statement from the store's statement cache, executed (see execCached). Read it like the
    /// QSqlQuery it holds, forward only. When the handle is destroyed the statement is reset and goes
    /// back to the cache, so keep the handle only while reading and never copy query() out of it.
    class CachedQuery
    {
    public:
        CachedQuery(CachedQuery &&other) noexcept = default;
        CachedQuery &operator=(CachedQuery &&) = delete;
        CachedQuery(const CachedQuery &) = delete;
        ~CachedQuery();

        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        QSqlQuery &query() { return *m_query; }
        const QSqlQuery &query() const { return *m_query; }

    private:
        friend class Store;
        struct Cache;
        CachedQuery(std::weak_ptr<Cache> cache, QString sql, std::unique_ptr<QSqlQuery> query, quint64 generation);

        std::weak_ptr<Cache> m_cache;
        QString m_sql;
        std::unique_ptr<QSqlQuery> m_query;
        quint64 m_generation = 0;
    };

    /// The statement cache holds at most this many prepared statements (least recently used go first).
    static constexpr int kStatementCacheSize = 64;
    /// exec() for hot read paths: the statement comes prepared from a small LRU cache keyed by `sql`
    /// (prepared and added on first use). While a handle is alive its statement is checked out, so a
    /// nested call with the same SQL prepares a fresh statement instead of clobbering the one being read.
    /// Migrations and closing the store empty the cache. Only for statements whose text repeats (no
    /// values spliced into it).
    Result<CachedQuery> execCached(const QString &sql, const QVariantList &values = {}, const QString &message = {}) const;
    /// Statement cache counters (tests and benchmarks).
    struct StatementCacheStats
    {
        qint64 hits = 0;      ///< statements taken from the cache
        qint64 prepares = 0;  ///< statements prepared for execCached (misses and nested uses)
        int size = 0;         ///< statements in the cache now (checked-out ones not counted)
    };
    StatementCacheStats statementCacheStats() const;
    /// Drops every cached statement (handles still out are finished and dropped when they come back).
    void clearStatementCache() const;

    /// "?, ?, ?" — `count` bound-value marks for an IN (...) list.
    static QString bindMarks(qsizetype count);

    /// A consistent copy of the open database, taken while it stays in use (VACUUM INTO).
    /// Returns the path written. `target` empty: newBackupPath(label). Blocks for as long as the copy
    /// takes (seconds on a large store): from a screen, call it on a worker's own Store (BackupService).
    Result<QString> backup(const QString &target = {}, const QString &label = QStringLiteral("manual"));
    /// A free timestamped file name in backupDir() for a backup with `label` (the folder is created);
    /// a Storage error when the folder cannot be.
    Result<QString> newBackupPath(const QString &label = QStringLiteral("manual")) const;

    /// Replaces the database at `databasePath` with `backupPath` after checking the backup. The current
    /// file, if any, is kept in the backup directory first. Fails when another process has it open.
    /// A postgresql:// address takes a pg_dump custom-format backup (what backup() writes there):
    /// the current database, when it has tables, is kept with pg_dump in the backup directory first,
    /// then pg_restore (--clean --if-exists --no-owner) replaces it in one transaction. Refused while
    /// another connection (a lane) uses that database.
    static Status restore(const QString &backupPath, const QString &databasePath, const Clock &clock);

    /// The lock file the running app holds beside `databasePath`.
    static QString appLockPath(const QString &databasePath);

    /// Runs PRAGMA quick_check; ok when the file is sound, else the Corrupt error open() gives for it.
    Status quickCheck() const;
    /// Opens its own connection to the file `options` name (never created), runs quick_check and
    /// closes it: the same Status open() with the check gives, for a store opened without it. Safe on
    /// any thread (pass workerOptions() of the open store); reads the whole file.
    static Status checkIntegrity(const Options &options, const Clock &clock);

    /// The most keys lookupBatched() binds into one statement.
    static constexpr int kLookupChunk = 500;
    /// Looks many keys up at once: runs `sqlHead + " IN (:k0, :k1, …)"` with the keys bound in chunks of
    /// `chunk` (at most kLookupChunk) and calls `onRow` for every row of every chunk, in the database's
    /// order. `sqlHead` ends with the compared expression and binds no values of its own, e.g.
    /// "SELECT sku, id FROM products WHERE sku". The statement for a whole chunk is prepared once and
    /// reused (a shorter last chunk gets its own): that makes 100,000 keys cheap. No keys: no query.
    /// Keys are bound as given (callers drop duplicates when they matter). The first failing chunk stops
    /// it with a Storage error that shows `message` (default: a generic one) and carries the SQL error.
    Status lookupBatched(const QVariantList &keys, const QString &sqlHead,
                         const std::function<void(const QSqlQuery &row)> &onRow, const QString &message = {},
                         int chunk = kLookupChunk) const;
    /// lookupBatched() for text keys (item codes, barcodes).
    Status lookupBatched(const QStringList &keys, const QString &sqlHead,
                         const std::function<void(const QSqlQuery &row)> &onRow, const QString &message = {},
                         int chunk = kLookupChunk) const;

private:
    Store(Options options, DatabaseAddress address, const Clock &clock);
    static Result<std::unique_ptr<Store>> openFile(std::unique_ptr<Store> store);
    static Result<std::unique_ptr<Store>> openServer(std::unique_ptr<Store> store);
    Status configure();
    Status configureServer();
    Status runTransaction(const std::function<Status()> &work);
    Result<QString> dumpServer(const QString &path);
    static Status restoreServer(const QString &backupPath, const DatabaseAddress &address, const Clock &clock);
    Error corruptError(const QString &detail) const;

    Options m_options;
    DatabaseAddress m_address;
    const SqlDialect *m_dialect;
    const Clock &m_clock;
    QString m_connection;
    std::unique_ptr<QLockFile> m_appLock;
    int m_depth = 0;
    bool m_created = false;
    mutable bool m_integrityChecked = false;
    mutable bool m_lastErrorRetryable = false; ///< the last failed statement may succeed if run again
    std::shared_ptr<CachedQuery::Cache> m_statements; ///< execCached's statements (store.cpp)
};

} // namespace qtill
