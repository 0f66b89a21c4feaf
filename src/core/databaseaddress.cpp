#include "databaseaddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::DatabaseAddress", text);
}

/// libpq keywords a Qtill address may carry in its query. Not "password" (never in an address) and
/// not "dbname"/"user"/"port" (those are the URI's own parts); "host" names a socket folder.
const QStringList kKeywords{QStringLiteral("host"),           QStringLiteral("hostaddr"),
                            QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
                            QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
                            QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                            QStringLiteral("options"),        QStringLiteral("service"),
                            QStringLiteral("passfile"),       QStringLiteral("target_session_attrs"),
                            QStringLiteral("keepalives"),     QStringLiteral("keepalives_idle")};

/// A value quoted for a libpq connection string: single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool DatabaseAddress::isServerText(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress address;
    if (!isServerText(text)) {
        address.m_path = text;
        return address;
    }
    address.m_server = true;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalidInput(tr("%1 is not a database address (postgresql://user@host:port/database).")
                                       .arg(text.section(QLatin1Char('@'), -1)));
    if (!url.password().isEmpty() || text.section(QLatin1Char('?'), 1).contains(QLatin1String("password=")))
        return Error::invalidInput(
            tr("A database address must not contain a password. Put it in ~/.pgpass (or PGPASSFILE) instead."));
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(0);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.m_database.isEmpty())
        return Error::invalidInput(tr("The database address names no database: postgresql://user@host/DATABASE."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kKeywords.contains(key))
            return Error::invalidInput(tr("The database address has an unknown setting \"%1\".").arg(key));
        if (key == QLatin1String("host"))
            address.m_host = value;
        else
            address.m_options.append({key, value});
    }
    return address;
}

QString DatabaseAddress::displayText() const
{
    if (!m_server)
        return m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    if (!m_host.startsWith(QLatin1Char('/')))
        text += m_host;
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + m_database;
    QStringList query;
    const auto add = [&query](const QString &key, const QString &value) {
        query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
    };
    if (m_host.startsWith(QLatin1Char('/')))
        add(QStringLiteral("host"), m_host);
    for (const auto &[key, value] : m_options)
        add(key, value);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QStringList DatabaseAddress::options() const
{
    QStringList items;
    for (const auto &[key, value] : m_options)
        items << key + QLatin1Char('=') + quoted(value);
    return items;
}

QString DatabaseAddress::connectionString() const
{
    QStringList items;
    const auto add = [&items](const char *key, const QString &value) {
        if (!value.isEmpty())
            items << QLatin1String(key) + QLatin1Char('=') + quoted(value);
    };
    add("host", m_host);
    add("port", m_port > 0 ? QString::number(m_port) : QString());
    add("user", m_user);
    add("dbname", m_database);
    return (items + options()).join(QLatin1Char(' '));
}

void DatabaseAddress::applyTo(QSqlDatabase &db, const QStringList &extraOptions) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_database);
    db.setConnectOptions((options() + extraOptions).join(QLatin1Char(';')));
}

DatabaseAddress DatabaseAddress::withDatabase(const QString &databaseName) const
{
    DatabaseAddress other = *this;
    other.m_database = databaseName;
    return other;
}

} // namespace qtill
