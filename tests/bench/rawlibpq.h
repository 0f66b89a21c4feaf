#pragma once

#include <QByteArray>
#include <QString>

#include <libpq-fe.h>

#include <vector>

namespace qtill::bench {

/// A plain libpq connection (no Qt SQL): the raw PostgreSQL baselines and the bench store's bulk load.
class RawLibpq
{
public:
    /// Connects with a libpq connection string (DatabaseAddress::connectionString()).
    explicit RawLibpq(const QString &connectionString);
    ~RawLibpq();
    RawLibpq(const RawLibpq &) = delete;
    RawLibpq &operator=(const RawLibpq &) = delete;

    bool ok() const;
    /// The last error (connection or statement).
    const QString &error() const { return m_error; }
    PGconn *connection() { return m_conn; }

    /// Runs `sql` with text parameters; false on failure (error()).
    bool exec(const QString &sql, const std::vector<QByteArray> &params = {});
    /// The rows of `sql` as text, columns separated by '|', rows by '\n'; empty on failure.
    QString rows(const QString &sql, const std::vector<QByteArray> &params = {});
    /// The first column of the first row ("" when none or on failure).
    QString value(const QString &sql, const std::vector<QByteArray> &params = {});

    /// COPY … FROM STDIN: start(), then line() per row (fields already escaped, see field()), then finish().
    bool startCopy(const QString &copySql);
    bool copyLine(const QByteArray &line);
    bool finishCopy();
    /// `text` as a COPY text-format field (backslash, tab, newline and carriage return escaped).
    static QByteArray field(const QString &text);

private:
    bool flushCopy();

    PGconn *m_conn = nullptr;
    QString m_error;
    QByteArray m_copyBuffer;
};

} // namespace qtill::bench
