#include "documentnumbers.h"

#include "store.h"
#include "storeprofileservice.h"

#include <QCoreApplication>
#include <QStringList>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::DocumentNumbers", text);
}

/// The longest register id StoreProfile accepts.
constexpr int kMaxRegisterLength = 8;

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString DocumentKind::format(const QString &registerId, qint64 sequence) const
{
    return DocumentNumbers::format(prefix, registerId, sequence, width);
}

DocumentNumbers::DocumentNumbers(Store &store, const StoreProfileService &profile) : m_store(store), m_profile(profile) {}

QString DocumentNumbers::registerId() const
{
    const QString id = m_profile.registerId().trimmed();
    return id.isEmpty() ? QStringLiteral("R01") : id;
}

Result<QString> DocumentNumbers::next(const DocumentKind &kind)
{
    const QString lane = registerId();
    auto sequence = nextSequence(kind.key, lane);
    if (!sequence)
        return sequence.error();
    return kind.format(lane, *sequence);
}

Result<qint64> DocumentNumbers::nextSequence(const QString &kind, const QString &registerId)
{
    if (!m_store.inTransaction()) {
        return Error::internal(tr("Something went wrong; nothing was changed."),
                               QStringLiteral("DocumentNumbers::nextSequence(%1, %2) outside a transaction: the number "
                                              "would not be given back if the document is not saved")
                                   .arg(kind, registerId));
    }
    if (kind.isEmpty() || registerId.isEmpty()) {
        return Error::invalidInput(tr("The next document number could not be taken."),
                                   QStringLiteral("empty kind or register id"));
    }
    // One statement: the counter row is written (and locked) before its new value is read, so two
    // writers can never read the same value. RETURNING: SQLite ≥ 3.35, PostgreSQL.
    auto q = m_store.execCached(QStringLiteral("INSERT INTO document_counters (register_id, kind, last_sequence)"
                                               " VALUES (?, ?, 1)"
                                               " ON CONFLICT (register_id, kind)"
                                               " DO UPDATE SET last_sequence = document_counters.last_sequence + 1"
                                               " RETURNING last_sequence"),
                                {registerId, kind}, tr("The next document number could not be taken."));
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::storage(tr("The next document number could not be taken."),
                              QStringLiteral("the counter update returned no row"));
    }
    return q->value(0).toLongLong();
}

Result<qint64> DocumentNumbers::lastSequence(const QString &kind, const QString &registerId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT last_sequence FROM document_counters WHERE register_id = ? AND kind = ?"),
                          {registerId, kind}, tr("The document numbers could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString DocumentNumbers::format(const QString &prefix, const QString &registerId, qint64 sequence, int width)
{
    const QString tail = registerId + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0'));
    return prefix.isEmpty() ? tail : prefix + QLatin1Char('-') + tail;
}

QString DocumentNumbers::seedStatement(const DocumentKind &kind, const QString &table, const QString &column)
{
    // "PO-R01-00000042": the register id has no '-', so for each possible length L of it the number
    // is head, L characters, '-', then the sequence. One SELECT per length, highest per register.
    const QString head = kind.prefix.isEmpty() ? QString() : kind.prefix + QLatin1Char('-');
    const qsizetype h = head.size();
    QStringList perLength;
    for (int length = 1; length <= kMaxRegisterLength; ++length) {
        QString select = QStringLiteral("SELECT substr(%1, %2, %3) AS register_id, CAST(substr(%1, %4) AS INTEGER) AS sequence"
                                        " FROM %5 WHERE %1 IS NOT NULL AND length(%1) >= %6"
                                        " AND substr(%1, %7, 1) = '-' AND substr(%1, %2, %3) NOT LIKE '%-%'")
                             .arg(column)
                             .arg(h + 1)
                             .arg(length)
                             .arg(h + length + 2)
                             .arg(table)
                             .arg(h + length + 1 + kind.width)
                             .arg(h + length + 1);
        if (h > 0)
            select += QStringLiteral(" AND substr(%1, 1, %2) = %3").arg(column).arg(h).arg(sqlText(head));
        perLength << select;
    }
    return QStringLiteral("INSERT INTO document_counters (register_id, kind, last_sequence)"
                          " SELECT register_id, %1, MAX(sequence) FROM (%2) numbered GROUP BY register_id")
        .arg(sqlText(kind.key), perLength.join(QStringLiteral(" UNION ALL ")));
}

Schema DocumentNumbers::schema()
{
    return Schema{QStringLiteral("documentnumbers"),
                  {Migration{1, QStringLiteral("document counters: the last number per register and document kind"),
                             {QStringLiteral("CREATE TABLE document_counters ("
                                             " register_id TEXT NOT NULL,"
                                             " kind TEXT NOT NULL,"
                                             " last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0),"
                                             " PRIMARY KEY (register_id, kind))")}}}};
}

} // namespace qtill
