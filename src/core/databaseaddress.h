#pragma once

#include "result.h"

#include <QString>
#include <QList>
#include <QStringList>

#include <utility>

class QSqlDatabase;

namespace qtill {

/// Where a store lives: a SQLite file (a path) or a PostgreSQL database on a server, written as a
/// libpq URI: `postgresql://user@host:port/dbname?sslmode=require` (`postgres://` too). A socket
/// folder is given as `?host=/run/postgresql` (or `postgresql://user@%2Frun%2Fpostgresql/dbname`).
///
/// A password is never part of an address: libpq finds it itself (PGPASSFILE / ~/.pgpass, a service
/// file, PGPASSWORD in the environment of a service manager) or the command asks for it. An address
/// with a password is refused, so no secret is ever logged or shown; displayText() is what may be.
class DatabaseAddress
{
public:
    /// Reads `text`: a postgresql:// URI, else a file path. An unusable URI is an InvalidInput error
    /// a person understands (a password in it, an unknown parameter, no database name).
    static Result<DatabaseAddress> parse(const QString &text);
    /// True for text that names a server (starts with postgresql:// or postgres://).
    static bool isServerText(const QString &text);

    bool isServer() const { return m_server; }
    /// The file (SQLite) — empty for a server.
    const QString &filePath() const { return m_path; }
    /// Shown in messages, logs and `db status`, and usable as an address again: the file path, or
    /// the URI (which never holds a secret).
    QString displayText() const;

    // A server's parts (empty/0 when not given: libpq's defaults and PG* environment apply).
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_database; }
    /// libpq keywords from the URI's query (sslmode, connect_timeout, application_name, options, …),
    /// as "key='value'" items of a libpq connection string.
    QStringList options() const;

    /// A libpq connection string (host, port, user, dbname and the options; never a password) for
    /// pg_dump and pg_restore, which find the password the way this process did.
    QString connectionString() const;
    /// Sets a QPSQL connection to this server and database, with the options and `extraOptions`
    /// ("key=value" items of a connection string).
    void applyTo(QSqlDatabase &db, const QStringList &extraOptions = {}) const;

    /// The same server and options with another database name (a maintenance connection, a test's
    /// fresh database, the target of a copy).
    DatabaseAddress withDatabase(const QString &databaseName) const;

private:
    bool m_server = false;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_database;
    QList<std::pair<QString, QString>> m_options; ///< key, value (decoded)
};

} // namespace qtill
