#include "store.h"

#include "storedtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <list>
#include <optional>
#include <fcntl.h>
#include <unistd.h>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Store", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("qtill-store-%1").arg(++counter);
}

QString timestamp(const Clock &clock)
{
    return clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

/// Creates the file with mode 0600 before SQLite sees it; SQLite gives its -wal and -shm files the
/// same mode as the database.
bool createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

/// The advisory lock a PostgreSQL store's migrations hold (any number no other part of Qtill uses).
constexpr qint64 kMigrationLockKey = 7361720001;

QString latestBackupIn(const QString &dir)
{
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.constFirst().absoluteFilePath();
}

/// Binds `values` positionally to the prepared `q` and runs it; the error names `sql`. `retryable`
/// says whether a failure may pass when the transaction runs again.
Status runPrepared(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &message,
                   const SqlDialect &dialect, bool &retryable)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        retryable = dialect.isRetryable(e);
        const QString text = message.isEmpty() ? tr("The database could not do this.") : message;
        if (dialect.isConstraintViolation(e))
            return Error::conflict(text, e.text() + QStringLiteral(" in: ") + sql);
        return Error::storage(text, e.text() + QStringLiteral(" in: ") + sql);
    }
    return {};
}

} // namespace

/// execCached's statements: an LRU list (most recent first) with an index by SQL text. A statement
/// checked out by a CachedQuery is not in here; it comes back when the handle dies, unless the
/// generation moved on (cleared by a migration or by closing the store) in the meantime.
struct Store::CachedQuery::Cache
{
    struct Entry
    {
        QString sql;
        std::unique_ptr<QSqlQuery> query;
    };
    std::list<Entry> lru;
    QHash<QString, std::list<Entry>::iterator> bySql;
    quint64 generation = 0;
    qint64 hits = 0;
    qint64 prepares = 0;

    std::unique_ptr<QSqlQuery> take(const QString &sql)
    {
        const auto found = bySql.constFind(sql);
        if (found == bySql.constEnd())
            return nullptr;
        std::unique_ptr<QSqlQuery> query = std::move((*found)->query);
        lru.erase(*found);
        bySql.erase(found);
        return query;
    }

    void give(const QString &sql, std::unique_ptr<QSqlQuery> query)
    {
        if (bySql.contains(sql))
            return; // a nested use came back first: one statement per SQL text is enough
        lru.push_front(Entry{sql, std::move(query)});
        bySql.insert(sql, lru.begin());
        while (lru.size() > size_t(kStatementCacheSize)) {
            bySql.remove(lru.back().sql);
            lru.pop_back();
        }
    }

    void clear()
    {
        bySql.clear();
        lru.clear();
        ++generation;
    }
};

Store::CachedQuery::CachedQuery(std::weak_ptr<Cache> cache, QString sql, std::unique_ptr<QSqlQuery> query, quint64 generation)
    : m_cache(std::move(cache)), m_sql(std::move(sql)), m_query(std::move(query)), m_generation(generation)
{
}

Store::CachedQuery::~CachedQuery()
{
    if (!m_query)
        return; // moved from
    m_query->finish(); // reset: no read transaction stays open, and the next exec starts clean
    if (const auto cache = m_cache.lock(); cache && cache->generation == m_generation)
        cache->give(m_sql, std::move(m_query));
}

Store::Store(Options options, DatabaseAddress address, const Clock &clock)
    : m_options(std::move(options)), m_address(std::move(address)),
      m_dialect(m_address.isServer() ? &SqlDialect::postgres() : &SqlDialect::sqlite()), m_clock(clock),
      m_connection(nextConnectionName()),
      m_statements(std::make_shared<CachedQuery::Cache>())
{
}

Store::~Store()
{
    clearStatementCache(); // the statements go before their connection
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Store::defaultPath()
{
    const QString env = qEnvironmentVariable("QTILL_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/qtill");
    return dir + QStringLiteral("/qtill.db");
}

QString Store::appLockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QString Store::backupDir() const
{
    if (!m_options.backupDir.isEmpty())
        return m_options.backupDir;
    if (m_address.isServer()) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (dir.isEmpty())
            dir = QDir::homePath() + QStringLiteral("/.local/share/qtill");
        return dir + QStringLiteral("/backups");
    }
    return QFileInfo(m_options.path).absolutePath() + QStringLiteral("/backups");
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error Store::corruptError(const QString &detail) const
{
    const QString latest = latestBackupIn(backupDir());
    const QString how = latest.isEmpty()
        ? tr("Restore your latest backup with: qtillctl restore BACKUP-FILE --db \"%1\"").arg(m_options.path)
        : tr("Restore the latest backup with: qtillctl restore \"%1\" --db \"%2\"").arg(latest, m_options.path);
    return Error::corrupt(tr("The database file %1 is damaged and was not changed. %2").arg(m_options.path, how),
                          detail);
}

Result<std::unique_ptr<Store>> Store::open(const Options &options, const Clock &clock)
{
    if (options.path.isEmpty())
        return Error::invalidInput(tr("No database file was given."));
    auto address = DatabaseAddress::parse(options.path);
    if (!address)
        return address.error();
    std::unique_ptr<Store> store(new Store(options, std::move(*address), clock));
    return store->m_address.isServer() ? openServer(std::move(store)) : openFile(std::move(store));
}

Result<std::unique_ptr<Store>> Store::openFile(std::unique_ptr<Store> store)
{
    const Options &options = store->m_options;
    const QFileInfo info(options.path);
    if (!info.exists()) {
        if (!options.createIfMissing)
            return Error::notFound(tr("There is no database at %1.").arg(options.path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("The folder %1 cannot be created.").arg(info.absolutePath()));
        if (!createPrivateFile(options.path))
            return Error::storage(tr("The database file %1 cannot be created.").arg(options.path),
                                  QString::fromLocal8Bit(strerror(errno)));
        store->m_created = true;
    } else if (info.isDir()) {
        return Error::invalidInput(tr("%1 is a folder, not a database file.").arg(options.path));
    }

    if (options.lockForApp) {
        store->m_appLock = std::make_unique<QLockFile>(appLockPath(options.path));
        store->m_appLock->setStaleLockTime(0);
        if (!store->m_appLock->tryLock(100)) {
            qint64 pid = 0;
            QString host, app;
            store->m_appLock->getLockInfo(&pid, &host, &app);
            return Error::locked(tr("Qtill is already running on this database (process %1). Switch to that window.").arg(pid),
                                 appLockPath(options.path));
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return Error::storage(tr("The database file %1 cannot be opened.").arg(options.path), db.lastError().text());
    QFile::setPermissions(options.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto configured = store->configure(); !configured)
        return configured.error();
    return store;
}

Status Store::configure()
{
    // The header is read lazily: the first statement is what finds a file that is not a database.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(database());
        if (!q.exec(pragma)) {
            const QString detail = q.lastError().text();
            if (detail.contains(QStringLiteral("not a database")) || detail.contains(QStringLiteral("malformed"))
                || detail.contains(QStringLiteral("corrupt")))
                return corruptError(detail);
            return Error::storage(tr("The database file %1 cannot be used.").arg(m_options.path), detail);
        }
    }
    if (m_created) {
        m_integrityChecked = true; // nothing in it to check
        return {};
    }
    return m_options.checkIntegrity ? quickCheck() : Status();
}

Result<std::unique_ptr<Store>> Store::openServer(std::unique_ptr<Store> store)
{
    const DatabaseAddress &address = store->m_address;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    if (!db.isValid())
        return Error::storage(tr("This Qtill cannot reach PostgreSQL: its database driver is not installed (libqt6sql6-psql)."));
    address.applyTo(db, {QStringLiteral("connect_timeout=%1").arg(qMax(1, store->m_options.busyTimeoutMs / 1000))});
    if (!db.open()) {
        const QString detail = db.lastError().text();
        if (detail.contains(QStringLiteral("does not exist")) && detail.contains(QStringLiteral("database")))
            return Error::notFound(tr("There is no database %1 on the server. Create it first (see the README, "
                                      "\"Many lanes or stores\").")
                                       .arg(address.displayText()),
                                   detail);
        if (detail.contains(QStringLiteral("password")))
            return Error::permissionDenied(tr("The server %1 wants a password for %2. Put it in ~/.pgpass (or the file "
                                              "PGPASSFILE names); Qtill never takes it on the command line.")
                                               .arg(address.displayText(), address.user()),
                                           detail);
        return Error::storage(tr("The database server for %1 cannot be reached.").arg(address.displayText()), detail);
    }
    if (auto configured = store->configureServer(); !configured)
        return configured.error();
    return store;
}

Status Store::configureServer()
{
    // Times are ISO text from the Clock in UTC; the session's own zone only matters for now(), which
    // Qtill never uses, but a DBA reading the tables sees UTC too.
    // Every statement is planned for its values (QPSQL prepares each exec; a cached statement would
    // otherwise fall back to one generic plan after five runs — 1.6 s instead of ms for a search).
    const QStringList settings = {QStringLiteral("SET TIME ZONE 'UTC'"),
                                  QStringLiteral("SET plan_cache_mode = force_custom_plan"),
                                  QStringLiteral("SET client_min_messages = warning"),
                                  QStringLiteral("SET lock_timeout = %1").arg(m_options.busyTimeoutMs)};
    for (const QString &setting : settings) {
        QSqlQuery q(database());
        if (!q.exec(setting))
            return Error::storage(tr("The database %1 cannot be used.").arg(displayName()), q.lastError().text());
    }
    QSqlQuery tables(database());
    if (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !tables.next())
        return Error::storage(tr("The database %1 cannot be read.").arg(displayName()), tables.lastError().text());
    m_created = tables.value(0).toLongLong() == 0;
    m_integrityChecked = true; // the server keeps its own pages sound; there is no quick_check to run
    return {};
}

QString Store::engineVersion() const
{
    QSqlQuery q(database());
    const QString sql = m_dialect->isPostgres() ? QStringLiteral("SHOW server_version")
                                                : QStringLiteral("SELECT sqlite_version()");
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

Status Store::quickCheck() const
{
    if (m_dialect->isPostgres()) {
        m_integrityChecked = true;
        return {};
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return corruptError(q.lastError().text());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return corruptError(problems.mid(0, 5).join(QStringLiteral("; ")));
    m_integrityChecked = true;
    return {};
}

Status Store::checkIntegrity(const Options &options, const Clock &clock)
{
    Options checked = options;
    checked.createIfMissing = false;
    checked.lockForApp = false;
    checked.checkIntegrity = true;
    auto opened = Store::open(checked, clock);
    return opened ? Status() : Status(opened.error());
}

Store::Options Store::workerOptions() const
{
    Options worker = m_options;
    worker.backupDir = backupDir();
    worker.createIfMissing = false;
    worker.lockForApp = false;
    worker.checkIntegrity = false;
    return worker;
}

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &values, const QString &message) const
{
    QSqlQuery q(database());
    if (values.isEmpty() && m_dialect->isPostgres()) {
        // QPSQL prepares with SQL PREPARE, which takes no DDL; a statement without values needs none.
        if (q.exec(sql))
            return q;
        const QSqlError e = q.lastError();
        m_lastErrorRetryable = m_dialect->isRetryable(e);
        const QString text = message.isEmpty() ? tr("The database could not do this.") : message;
        const QString detail = e.text() + QStringLiteral(" in: ") + sql;
        return m_dialect->isConstraintViolation(e) ? Error::conflict(text, detail) : Error::storage(text, detail);
    }
    if (!q.prepare(sql)) {
        return Error::storage(message.isEmpty() ? tr("The database could not do this.") : message,
                              q.lastError().text() + QStringLiteral(" in: ") + sql);
    }
    if (Status done = runPrepared(q, sql, values, message, *m_dialect, m_lastErrorRetryable); !done)
        return done.error();
    return q;
}

Result<Store::CachedQuery> Store::execCached(const QString &sql, const QVariantList &values, const QString &message) const
{
    std::unique_ptr<QSqlQuery> q = m_statements->take(sql);
    if (q) {
        ++m_statements->hits;
    } else {
        q = std::make_unique<QSqlQuery>(database());
        // Rows are read once: Qt keeps no copy of them. Not on PostgreSQL: QPSQL reads a forward-only
        // result row by row from the server, and any other statement on the connection meanwhile
        // (a lookup while a list is read) throws the rest of those rows away.
        q->setForwardOnly(!m_dialect->isPostgres());
        if (!q->prepare(sql)) {
            return Error::storage(message.isEmpty() ? tr("The database could not do this.") : message,
                                  q->lastError().text() + QStringLiteral(" in: ") + sql);
        }
        ++m_statements->prepares;
    }
    if (Status done = runPrepared(*q, sql, values, message, *m_dialect, m_lastErrorRetryable); !done)
        return done.error(); // not cached: the statement is dropped with q
    return CachedQuery(m_statements, sql, std::move(q), m_statements->generation);
}

Store::StatementCacheStats Store::statementCacheStats() const
{
    return {m_statements->hits, m_statements->prepares, int(m_statements->lru.size())};
}

void Store::clearStatementCache() const
{
    if (m_statements)
        m_statements->clear();
}

QString Store::bindMarks(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Status Store::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status inner = work();
        --m_depth;
        return inner;
    }
    for (int attempt = 1;; ++attempt) {
        m_lastErrorRetryable = false;
        Status done = runTransaction(work);
        if (done.ok() || !m_dialect->isPostgres() || !m_lastErrorRetryable || attempt == kTransactionAttempts)
            return done;
    }
}

Status Store::runTransaction(const std::function<Status()> &work)
{
    QSqlQuery begin(database());
    if (!begin.exec(m_dialect->beginWrite()))
        return Error::storage(tr("The database is busy. Try again."), begin.lastError().text());
    ++m_depth;
    Status result = [&]() -> Status {
        try {
            return work();
        } catch (const std::exception &e) {
            return Error::internal(tr("Something went wrong; nothing was changed."), QString::fromLocal8Bit(e.what()));
        }
    }();
    --m_depth;
    QSqlQuery end(database());
    if (result.ok()) {
        if (end.exec(QStringLiteral("COMMIT")))
            return {};
        m_lastErrorRetryable = m_dialect->isRetryable(end.lastError());
        const QString detail = end.lastError().text();
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        return Error::storage(tr("The change could not be saved; nothing was changed."), detail);
    }
    end.exec(QStringLiteral("ROLLBACK"));
    return result;
}

int Store::schemaVersion(const QString &schema) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE schema_name = ?"));
    q.addBindValue(schema);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Store::migrate(const QList<Schema> &schemas)
{
    // Statements prepared against the old schema go; so do those prepared during the steps.
    clearStatementCache();
    struct ClearAfter
    {
        const Store &store;
        ~ClearAfter() { store.clearStatementCache(); }
    } clearAfter{*this};
    // Two lanes starting a new Qtill on one server at once: one upgrades, the other waits, then
    // finds nothing left to do. (SQLite: the write lock of each step's transaction does this.)
    if (m_dialect->isPostgres()) {
        auto locked = exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLockKey},
                           tr("Another lane is upgrading the database; try again in a moment."));
        if (!locked)
            return locked.error();
    }
    struct UnlockAfter
    {
        const Store &store;
        ~UnlockAfter()
        {
            if (store.dialect().isPostgres())
                (void)store.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLockKey});
        }
    } unlockAfter{*this};
    auto created = exec(m_dialect->ddl(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " schema_name TEXT NOT NULL,"
                                       " version INTEGER NOT NULL,"
                                       " description TEXT NOT NULL,"
                                       " applied_at TEXT NOT NULL,"
                                       " PRIMARY KEY (schema_name, version))")));
    if (!created)
        return created.error();

    bool backedUp = false;
    for (const Schema &schema : schemas) {
        const int current = schemaVersion(schema.name);
        if (current > schema.latestVersion()) {
            return Error::conflict(
                tr("This database was written by a newer Qtill (%1 version %2). Install the newer Qtill.")
                    .arg(schema.name)
                    .arg(current));
        }
        for (const Migration &m : schema.migrations) {
            if (m.version <= current)
                continue;
            if (!backedUp) {
                // A step writes: never onto a file nobody checked (the app opens without the check).
                if (!m_integrityChecked) {
                    if (Status sound = quickCheck(); !sound)
                        return sound;
                }
                const bool hasData = [&] {
                    auto applied = exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
                    return applied && applied->next() && applied->value(0).toInt() > 0;
                }(); // the query must be finished before VACUUM INTO
                if (hasData) {
                    auto saved = backup({}, QStringLiteral("pre-migration"));
                    if (!saved)
                        return saved.error();
                }
                backedUp = true;
            }
            Status applied = transaction([&]() -> Status {
                for (const QString &sql : m.statementsFor(*m_dialect)) {
                    auto step = exec(m_dialect->ddl(sql));
                    if (!step)
                        return step.error();
                }
                if (m.run) {
                    if (Status ran = m.run(*this); !ran)
                        return ran;
                }
                auto recorded = exec(QStringLiteral("INSERT INTO schema_migrations (schema_name, version, description, applied_at)"
                                                    " VALUES (?, ?, ?, ?)"),
                                     {schema.name, m.version, m.description, storedTime(m_clock.now())});
                if (!recorded)
                    return recorded.error();
                return {};
            });
            if (!applied) {
                return Error::storage(tr("The database could not be upgraded (%1 step %2). Nothing of that step was applied.")
                                          .arg(schema.name)
                                          .arg(m.version),
                                      applied.error().detail);
            }
        }
    }
    return {};
}

Result<QString> Store::newBackupPath(const QString &label) const
{
    if (!QDir().mkpath(backupDir()))
        return Error::storage(tr("The backup folder %1 cannot be created.").arg(backupDir()));
    const QString stem = backupDir() + QStringLiteral("/qtill-") + timestamp(m_clock) + QLatin1Char('-') + label;
    const QString extension = m_dialect->isPostgres() ? QStringLiteral(".dump") : QStringLiteral(".db");
    QString path = stem + extension;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1").arg(n) + extension;
    return path;
}

Result<QString> Store::backup(const QString &target, const QString &label)
{
    QString path = target;
    if (path.isEmpty()) {
        auto named = newBackupPath(label);
        if (!named)
            return named.error();
        path = *named;
    }
    if (QFileInfo::exists(path))
        return Error::conflict(tr("%1 exists already; choose another name.").arg(path));
    if (m_dialect->isPostgres())
        return dumpServer(path);
    if (!createPrivateFile(path))
        return Error::storage(tr("The backup file %1 cannot be created.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    QFile::remove(path); // VACUUM INTO wants to create it; the check above reserved the name
    auto done = exec(QStringLiteral("VACUUM INTO ?"), {path}, tr("The backup could not be written."));
    if (!done)
        return done.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

/// pg_dump's custom format (restored with pg_restore): a consistent snapshot taken while the lanes
/// keep selling. The connection is given as a libpq connection string without a password (pg_dump
/// finds it the way this process did: ~/.pgpass, PGPASSFILE, a service file).
Result<QString> Store::dumpServer(const QString &path)
{
    const QString conninfo = m_address.connectionString();
    if (!createPrivateFile(path))
        return Error::storage(tr("The backup file %1 cannot be created.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                           QStringLiteral("--file=") + path,
                                           QStringLiteral("--dbname=") + conninfo});
    const bool finished = dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(path);
        const QString detail = dump.error() == QProcess::FailedToStart ? QStringLiteral("pg_dump is not installed")
                                                                       : QString::fromLocal8Bit(dump.readAllStandardError());
        return Error::storage(tr("The backup could not be written."), detail);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

Status Store::restore(const QString &backupPath, const QString &databasePath, const Clock &clock)
{
    if (!QFileInfo(backupPath).isFile())
        return Error::notFound(tr("There is no backup file at %1.").arg(backupPath));
    auto address = DatabaseAddress::parse(databasePath);
    if (!address)
        return address.error();
    if (address->isServer())
        return restoreServer(backupPath, *address, clock);
    {
        Options check;
        check.path = backupPath;
        check.createIfMissing = false;
        auto opened = Store::open(check, clock);
        if (!opened) {
            const QString why = opened.error().code == Error::Code::Corrupt ? tr("the file is damaged or not a database")
                                                                             : opened.error().message;
            return Error::invalidInput(tr("%1 is not a usable backup (%2). Nothing was changed.").arg(backupPath, why),
                                       opened.error().detail);
        }
        if ((*opened)->schemaVersion(QStringLiteral("core")) <= 0)
            return Error::invalidInput(tr("%1 is not a Qtill backup.").arg(backupPath));
    }

    const QFileInfo target(databasePath);
    const QString backupDir = target.absolutePath() + QStringLiteral("/backups");
    QLockFile appLock(appLockPath(databasePath));
    appLock.setStaleLockTime(0);
    if (!appLock.tryLock(100))
        return Error::locked(tr("Qtill is still running on %1. Close it, then restore.").arg(databasePath));
    if (target.exists()) {
        // Refuse while another process is writing: an exclusive lock must be available.
        {
            const QString name = nextConnectionName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(databasePath);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
                if (db.open()) {
                    QSqlQuery q(db);
                    const bool exclusive = q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
                    const QString detail = q.lastError().text();
                    if (exclusive)
                        q.exec(QStringLiteral("ROLLBACK"));
                    db.close();
                    if (!exclusive && detail.contains(QStringLiteral("locked")))
                        return Error::locked(tr("Qtill is still using %1. Close it on this machine, then restore.").arg(databasePath),
                                             detail);
                }
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (!QDir().mkpath(backupDir))
            return Error::storage(tr("The backup folder %1 cannot be created.").arg(backupDir));
        const QString kept = backupDir + QStringLiteral("/qtill-") + timestamp(clock) + QStringLiteral("-before-restore.db");
        if (!QFile::copy(databasePath, kept))
            return Error::storage(tr("The current database could not be kept at %1; nothing was restored.").arg(kept));
        // A -wal file belongs to the old database and must not be replayed onto the restored one.
        QFile::remove(databasePath + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        if (!QFile::remove(databasePath))
            return Error::storage(tr("%1 could not be replaced.").arg(databasePath));
    } else if (!QDir().mkpath(target.absolutePath())) {
        return Error::storage(tr("The folder %1 cannot be created.").arg(target.absolutePath()));
    }
    if (!QFile::copy(backupPath, databasePath))
        return Error::storage(tr("The backup could not be copied to %1.").arg(databasePath));
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

// ===== PostgreSQL restore: pg_restore of a pg_dump custom-format backup (see restore()) =====

namespace {

/// Runs a PostgreSQL client tool to its end; its stderr is the error's detail. `out`: its stdout.
Status runClientTool(const QString &program, const QStringList &arguments, const QString &message, QByteArray *out = nullptr)
{
    QProcess tool;
    tool.start(program, arguments);
    const bool finished = tool.waitForFinished(-1);
    if (!finished || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        const QString detail = tool.error() == QProcess::FailedToStart ? program + QStringLiteral(" is not installed")
                                                                       : QString::fromLocal8Bit(tool.readAllStandardError());
        return Error::storage(message, detail);
    }
    if (out)
        *out = tool.readAllStandardOutput();
    return {};
}

} // namespace

Status Store::restoreServer(const QString &backupPath, const DatabaseAddress &address, const Clock &clock)
{
    QByteArray listing;
    const Status listed = runClientTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), backupPath},
                                        tr("%1 is not a usable backup for a PostgreSQL store (qtillctl backup writes one there, in "
                                           "pg_dump's custom format). Nothing was changed.").arg(backupPath), &listing);
    if (!listed)
        return Error::invalidInput(listed.error().message, listed.error().detail);
    if (!listing.contains(" schema_migrations "))
        return Error::invalidInput(tr("%1 is not a Qtill backup.").arg(backupPath));

    Options options;
    options.path = address.displayText();
    options.createIfMissing = false;
    auto opened = Store::open(options, clock);
    if (!opened)
        return opened.error();
    auto others = (*opened)->exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                                 " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
    if (!others)
        return others.error();
    const qint64 connected = others->next() ? others->value(0).toLongLong() : 0;
    if (connected > 0)
        return Error::locked(tr("%1 other connections (lanes, the app) use %2. Close them, then restore.")
                                 .arg(connected)
                                 .arg(address.displayText()));
    if (!(*opened)->isNew()) {
        auto kept = (*opened)->backup({}, QStringLiteral("before-restore"));
        if (!kept)
            return Error::storage(tr("The current database could not be kept; nothing was restored."), kept.error().detail);
    }
    opened->reset(); // this connection goes before pg_restore drops the tables
    return runClientTool(QStringLiteral("pg_restore"),
                         {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                          QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                          QStringLiteral("--dbname=") + address.connectionString(), backupPath},
                         tr("The backup could not be restored into %1; the database is as it was.").arg(address.displayText()));
}

Status Store::lookupBatched(const QVariantList &keys, const QString &sqlHead,
                            const std::function<void(const QSqlQuery &row)> &onRow, const QString &message,
                            int chunk) const
{
    chunk = std::clamp(chunk, 1, int(kLookupChunk));
    const QString text = message.isEmpty() ? tr("The database could not be read.") : message;
    // Named marks (":k0", ":k1", …) made once: QSqlQuery::bindValue(int) formats a name per value bound.
    QStringList names;
    names.reserve(std::min(qsizetype(chunk), keys.size()));
    for (qsizetype i = 0; i < std::min(qsizetype(chunk), keys.size()); ++i)
        names << QStringLiteral(":k%1").arg(i);
    QSqlDatabase db = database();
    QSqlQuery whole(db);   // the statement for a whole chunk, prepared on first use
    whole.setForwardOnly(!m_dialect->isPostgres()); // see execCached
    bool wholePrepared = false;
    for (qsizetype start = 0; start < keys.size(); start += chunk) {
        const qsizetype count = std::min(qsizetype(chunk), keys.size() - start);
        std::optional<QSqlQuery> shorter;   // the last chunk, when it is shorter
        if (count != chunk)
            shorter.emplace(db);
        QSqlQuery &q = shorter ? *shorter : whole;
        if (count != chunk || !wholePrepared) {
            const QString sql = sqlHead + QStringLiteral(" IN (") + names.mid(0, count).join(QStringLiteral(", "))
                + QLatin1Char(')');
            q.setForwardOnly(!m_dialect->isPostgres());
            if (!q.prepare(sql))
                return Error::storage(text, q.lastError().text() + QStringLiteral(" in: ") + sql);
            wholePrepared = wholePrepared || count == chunk;
        }
        for (qsizetype i = 0; i < count; ++i)
            q.bindValue(names.at(i), keys.at(start + i));
        if (!q.exec()) {
            return Error::storage(text, q.lastError().text() + QStringLiteral(" in: ") + sqlHead
                                            + QStringLiteral(" IN (%1 keys)").arg(count));
        }
        while (q.next())
            onRow(q);
        q.finish();
    }
    return {};
}

Status Store::lookupBatched(const QStringList &keys, const QString &sqlHead,
                            const std::function<void(const QSqlQuery &row)> &onRow, const QString &message,
                            int chunk) const
{
    QVariantList values;
    values.reserve(keys.size());
    for (const QString &key : keys)
        values.append(key);
    return lookupBatched(values, sqlHead, onRow, message, chunk);
}

} // namespace qtill
