#include "rawlibpq.h"

namespace qtill::bench {

namespace {

constexpr qsizetype kCopyChunk = 1 << 20;

/// Runs `sql` with text parameters (unnamed statement, planned for these values).
PGresult *run(PGconn *conn, const QString &sql, const std::vector<QByteArray> &params)
{
    std::vector<const char *> values;
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    return PQexecParams(conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
}

bool succeeded(PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN;
}

} // namespace

RawLibpq::RawLibpq(const QString &connectionString)
    : m_conn(PQconnectdb(connectionString.toUtf8().constData()))
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr); // "does not exist, skipping"
}

RawLibpq::~RawLibpq()
{
    PQfinish(m_conn);
}

bool RawLibpq::ok() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool RawLibpq::exec(const QString &sql, const std::vector<QByteArray> &params)
{
    PGresult *result = run(m_conn, sql, params);
    const bool done = succeeded(result);
    if (!done)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed() + QStringLiteral(" [") + sql.left(200) + QLatin1Char(']');
    PQclear(result);
    return done;
}

QString RawLibpq::rows(const QString &sql, const std::vector<QByteArray> &params)
{
    PGresult *result = run(m_conn, sql, params);
    QString out;
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result); ++r) {
            for (int c = 0; c < PQnfields(result); ++c)
                out += (c ? QStringLiteral("|") : QString()) + QString::fromUtf8(PQgetvalue(result, r, c));
            out += QLatin1Char('\n');
        }
    } else {
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    PQclear(result);
    return out;
}

QString RawLibpq::value(const QString &sql, const std::vector<QByteArray> &params)
{
    PGresult *result = run(m_conn, sql, params);
    QString out;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0)
        out = QString::fromUtf8(PQgetvalue(result, 0, 0));
    else if (PQresultStatus(result) != PGRES_TUPLES_OK)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return out;
}

bool RawLibpq::startCopy(const QString &copySql)
{
    m_copyBuffer.clear();
    return exec(copySql);
}

bool RawLibpq::copyLine(const QByteArray &line)
{
    m_copyBuffer += line;
    m_copyBuffer += '\n';
    return m_copyBuffer.size() < kCopyChunk || flushCopy();
}

bool RawLibpq::flushCopy()
{
    if (!m_copyBuffer.isEmpty() && PQputCopyData(m_conn, m_copyBuffer.constData(), int(m_copyBuffer.size())) != 1) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    m_copyBuffer.clear();
    return true;
}

bool RawLibpq::finishCopy()
{
    if (!flushCopy() || PQputCopyEnd(m_conn, nullptr) != 1) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    PGresult *result = PQgetResult(m_conn);
    const bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!done)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    while ((result = PQgetResult(m_conn)) != nullptr)
        PQclear(result);
    return done;
}

QByteArray RawLibpq::field(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
    return out;
}

} // namespace qtill::bench
