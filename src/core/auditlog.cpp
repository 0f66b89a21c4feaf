#include "auditlog.h"

#include "hashchain.h"
#include "sqldialect.h"
#include "store.h"
#include "sqlvalues.h"
#include "storedtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace qtill {

namespace {

using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::AuditLog", text);
}

const QString kColumns
    = QStringLiteral("seq, at, actor_id, approver_id, action, target, outcome, detail, prev_hash, hash");

QVariant idValue(OperatorId id)
{
    return id.isValid() ? QVariant(qlonglong(id.value())) : QVariant(QMetaType(QMetaType::LongLong));
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actorId = OperatorId(q.value(2).toLongLong());
    e.approverId = OperatorId(q.value(3).toLongLong());
    e.action = q.value(4).toString();
    e.target = q.value(5).toString();
    e.outcome = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

QString idText(OperatorId id)
{
    return id.isValid() ? QString::number(id.value()) : QString();
}

/// The WHERE clause and its values for a query's filters.
QString whereClause(const AuditQuery &query, QVariantList &values)
{
    QStringList parts;
    if (query.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        values << storedTime(query.from);
    }
    if (query.to.isValid()) {
        parts << QStringLiteral("at < ?");
        values << storedTime(query.to);
    }
    if (query.operatorId.isValid()) {
        parts << QStringLiteral("(actor_id = ? OR approver_id = ?)");
        values << qlonglong(query.operatorId.value()) << qlonglong(query.operatorId.value());
    }
    if (!query.actionPrefix.isEmpty()) {
        // substr instead of LIKE: no wildcards to escape, and the same on PostgreSQL.
        parts << QStringLiteral("substr(action, 1, ?) = ?");
        values << query.actionPrefix.size() << query.actionPrefix;
    }
    if (!query.outcome.isEmpty()) {
        parts << QStringLiteral("outcome = ?");
        values << query.outcome;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

QDateTime AuditEntry::atTime() const
{
    return parseStoredTime(at);
}

AuditLog::AuditLog(Store &store) : m_store(store) { }

Schema AuditLog::schema()
{
    const QStringList table{QStringLiteral("CREATE TABLE audit_log ("
                                           " seq INTEGER PRIMARY KEY,"
                                           " at TEXT NOT NULL,"
                                           " actor_id INTEGER,"
                                           " approver_id INTEGER,"
                                           " action TEXT NOT NULL,"
                                           " target TEXT NOT NULL,"
                                           " outcome TEXT NOT NULL,"
                                           " detail TEXT NOT NULL,"
                                           " prev_hash TEXT NOT NULL,"
                                           " hash TEXT NOT NULL)"),
                            QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
                            QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_id)"),
                            QStringLiteral("CREATE INDEX audit_log_approver ON audit_log (approver_id)")};
    Migration v1{1, QStringLiteral("append-only hash-chained audit log"), {}};
    v1.build = [table](const SqlDialect &dialect) { return table + dialect.appendOnly(QStringLiteral("audit_log")); };
    return Schema{QStringLiteral("audit"), {v1}};
}

QString AuditLog::genesisHash()
{
    return hashchain::genesisHash();
}

QByteArray AuditLog::canonical(const AuditEntry &entry)
{
    QByteArray out;
    hashchain::appendField(out, QString::number(entry.seq));
    hashchain::appendField(out, entry.at);
    hashchain::appendField(out, idText(entry.actorId));
    hashchain::appendField(out, idText(entry.approverId));
    hashchain::appendField(out, entry.action);
    hashchain::appendField(out, entry.target);
    hashchain::appendField(out, entry.outcome);
    hashchain::appendField(out, entry.detail);
    hashchain::appendField(out, entry.prevHash);
    return out;
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

namespace {
/// The PostgreSQL transaction lock that serialises appends to the audit chain.
constexpr qint64 kChainLockKey = 7361720002;
} // namespace

Result<qint64> AuditLog::append(const AuditRecord &record)
{
    if (record.action.isEmpty())
        return Error::internal(
            tr("The audit log could not be written."), QStringLiteral("audit record without action"));
    AuditEntry entry;
    const Status written = m_store.transaction([&]() -> Status {
        // Nobody else may append between reading the head and inserting the next entry: SQLite's
        // BEGIN IMMEDIATE holds the file; on PostgreSQL the chain's transaction lock does (two lanes
        // read the same head otherwise, and the second insert fails on its seq — test_twolanes).
        if (const QString lock = m_store.dialect().transactionLock(); !lock.isEmpty()) {
            auto locked = m_store.exec(lock, {kChainLockKey}, tr("The audit log could not be written."));
            if (!locked)
                return locked.error();
        }
        auto last = m_store.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {},
            tr("The audit log could not be read."));
        if (!last)
            return last.error();
        entry.seq = 1;
        entry.prevHash = genesisHash();
        if (last->next()) {
            entry.seq = last->value(0).toLongLong() + 1;
            entry.prevHash = last->value(1).toString();
        }
        entry.at = storedTime(m_store.clock().now());
        entry.actorId = record.actorId;
        entry.approverId = record.approverId;
        entry.action = text(record.action);
        entry.target = text(record.target);
        entry.outcome = text(record.outcome);
        entry.detail = text(record.detail);
        entry.hash = computeHash(entry);
        auto inserted = m_store.exec(QStringLiteral("INSERT INTO audit_log (") + kColumns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.seq, entry.at, idValue(entry.actorId), idValue(entry.approverId), entry.action, entry.target,
                entry.outcome, entry.detail, entry.prevHash, entry.hash},
            tr("The audit log could not be written."));
        if (!inserted)
            return inserted.error();
        return {};
    });
    if (!written)
        return written.error();
    return entry.seq;
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditQuery &query) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") + whereClause(query, values)
        + (query.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq ASC"));
    if (query.limit > 0 || query.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << (query.limit > 0 ? qlonglong(query.limit) : qlonglong(-1)) << qMax(0, query.offset);
    }
    auto q = m_store.exec(sql, values, tr("The audit log could not be read."));
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Result<qint64> AuditLog::count(const AuditQuery &query) const
{
    QVariantList values;
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereClause(query, values), values,
        tr("The audit log could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> AuditLog::lastSeq() const
{
    auto q = m_store.exec(QStringLiteral("SELECT MAX(seq) FROM audit_log"), {}, tr("The audit log could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<AuditVerifyReport> AuditLog::verify(const ProgressCallback &progress) const
{
    // Paged by seq so a log of millions of rows is checked in constant memory.
    constexpr int kPage = 2000;
    AuditVerifyReport report;
    auto fail = [&report](qint64 seq, QString reason) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.reason = std::move(reason);
        return report;
    };
    qint64 expectedSeq = 1;
    qint64 lastSeen = 0;
    QString prevHash = genesisHash();
    qint64 total = 0;
    if (progress) {
        auto last = lastSeq();
        if (!last)
            return last.error();
        total = *last;
    }
    for (;;) {
        if (progress && !progress(std::min(lastSeen, total), total))
            return Error::conflict(tr("The audit log check was stopped before it finished."));
        auto q = m_store.exec(QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM audit_log WHERE seq > ? ORDER BY seq ASC LIMIT ?"),
            {lastSeen, kPage}, tr("The audit log could not be read."));
        if (!q)
            return q.error();
        int rows = 0;
        while (q->next()) {
            ++rows;
            const AuditEntry e = readEntry(*q);
            lastSeen = e.seq;
            if (e.seq != expectedSeq) {
                if (expectedSeq == 1)
                    return fail(1, tr("Entries before %1 are missing: the log starts at %1.").arg(e.seq));
                if (e.seq == expectedSeq + 1)
                    return fail(expectedSeq,
                        tr("Entry %1 is missing: the log jumps from %2 to %3.")
                            .arg(expectedSeq)
                            .arg(expectedSeq - 1)
                            .arg(e.seq));
                return fail(expectedSeq,
                    tr("Entries %1 to %2 are missing: the log jumps from %3 to %4.")
                        .arg(expectedSeq)
                        .arg(e.seq - 1)
                        .arg(expectedSeq - 1)
                        .arg(e.seq));
            }
            if (e.prevHash != prevHash) {
                return fail(e.seq,
                    tr("Entry %1 does not follow entry %2: the chain is broken (an entry was changed,"
                       " removed or inserted).")
                        .arg(e.seq)
                        .arg(e.seq - 1));
            }
            if (computeHash(e) != e.hash) {
                return fail(e.seq,
                    tr("Entry %1 was changed after it was written: its contents do not match its hash.").arg(e.seq));
            }
            ++report.rowsChecked;
            prevHash = e.hash;
            ++expectedSeq;
        }
        if (rows < kPage) {
            if (progress)
                progress(total, total);
            return report;
        }
    }
}

} // namespace qtill
