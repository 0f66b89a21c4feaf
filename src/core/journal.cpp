#include "journal.h"

#include "hashchain.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "store.h"
#include "storedtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace qtill {

namespace {


QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Journal", text);
}

const QString kColumns = QStringLiteral("register_id, seq, kind, uuid, document, at, operator_id, business_date,"
                                        " amount, grand_total, currency, payload, prev_hash, hash");

/// The transaction locks of the registers' chains: this base plus a stable number from the register id.
constexpr qint64 kChainLockBase = 7361720100;

qint64 chainLockKey(const QString &registerId)
{
    const QByteArray digest = QCryptographicHash::hash(registerId.toUtf8(), QCryptographicHash::Sha256);
    qint64 n = 0;
    for (int i = 0; i < 4; ++i)
        n = (n << 8) | quint8(digest.at(i));
    return kChainLockBase + n;
}

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.registerId = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.uuid = q.value(3).toString();
    e.document = q.value(4).toString();
    e.at = q.value(5).toString();
    e.operatorId = OperatorId(q.value(6).toLongLong());
    e.businessDate = q.value(7).toString();
    e.amountMinor = q.value(8).toLongLong();
    e.grandTotalMinor = q.value(9).toLongLong();
    e.currency = q.value(10).toString();
    e.payload = q.value(11).toString();
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    return e;
}

Status checkDraft(const JournalDraft &draft)
{
    if (draft.registerId.isEmpty() || draft.kind.isEmpty() || draft.uuid.isEmpty() || !draft.businessDate.isValid())
        return Error::invalidInput(tr("The journal record is incomplete."),
            QStringLiteral("journal draft without register, kind, uuid or business date"));
    if (!draft.amount.hasCurrency())
        return Error::invalidInput(tr("The journal record is incomplete."),
            QStringLiteral("journal draft without an amount in a currency"));
    return {};
}

} // namespace

QJsonObject JournalEntry::payloadObject() const
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

Journal::Journal(Store &store) : m_store(store) { }

Schema Journal::schema()
{
    const QStringList table{QStringLiteral("CREATE TABLE journal ("
                                           " id INTEGER PRIMARY KEY,"
                                           " register_id TEXT NOT NULL,"
                                           " seq INTEGER NOT NULL,"
                                           " kind TEXT NOT NULL,"
                                           " uuid TEXT NOT NULL UNIQUE,"
                                           " document TEXT NOT NULL,"
                                           " at TEXT NOT NULL,"
                                           " operator_id INTEGER,"
                                           " business_date TEXT NOT NULL,"
                                           " amount INTEGER NOT NULL,"
                                           " grand_total INTEGER NOT NULL,"
                                           " currency TEXT NOT NULL,"
                                           " payload TEXT NOT NULL,"
                                           " prev_hash TEXT NOT NULL,"
                                           " hash TEXT NOT NULL,"
                                           " UNIQUE (register_id, seq))"),
        QStringLiteral("CREATE INDEX journal_day ON journal (register_id, business_date, seq)"),
        QStringLiteral("CREATE INDEX journal_document ON journal (document)")};
    Migration v1{1, QStringLiteral("append-only hash-chained register journal"), {}};
    v1.build = [table](const SqlDialect &dialect) { return table + dialect.appendOnly(QStringLiteral("journal")); };
    return Schema{QStringLiteral("journal"), {v1}};
}

QString Journal::genesisHash()
{
    return hashchain::genesisHash();
}

QString Journal::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, and compact output has no optional spaces: one text per object.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray Journal::canonical(const JournalEntry &e)
{
    QByteArray out;
    hashchain::appendField(out, e.registerId);
    hashchain::appendField(out, QString::number(e.seq));
    hashchain::appendField(out, e.kind);
    hashchain::appendField(out, e.uuid);
    hashchain::appendField(out, e.document);
    hashchain::appendField(out, e.at);
    hashchain::appendField(out, e.operatorId.isValid() ? QString::number(e.operatorId.value()) : QString());
    hashchain::appendField(out, e.businessDate);
    hashchain::appendField(out, QString::number(e.amountMinor));
    hashchain::appendField(out, QString::number(e.grandTotalMinor));
    hashchain::appendField(out, e.currency);
    hashchain::appendField(out, e.payload);
    hashchain::appendField(out, e.prevHash);
    return out;
}

QString Journal::computeHash(const JournalEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<JournalEntry>> Journal::lastLocked(const QString &registerId)
{
    // Nobody else may append to this register between reading its head and inserting the next record:
    // SQLite's write transaction holds the file; on PostgreSQL the register's transaction lock does.
    if (const QString lock = m_store.dialect().transactionLock(); !lock.isEmpty()) {
        auto locked = m_store.execCached(lock, {chainLockKey(registerId)}, tr("The journal could not be written."));
        if (!locked)
            return locked.error();
    }
    return last(registerId);
}

Result<JournalEntry> Journal::append(const JournalDraft &draft)
{
    if (!m_store.inTransaction())
        return Error::internal(tr("The journal could not be written."),
            QStringLiteral("Journal::append outside the transaction of what it records"));
    if (auto ok = checkDraft(draft); !ok)
        return ok.error();
    auto head = lastLocked(draft.registerId);
    if (!head)
        return head.error();
    JournalEntry e;
    e.registerId = draft.registerId;
    e.seq = *head ? (*head)->seq + 1 : 1;
    e.prevHash = *head ? (*head)->hash : genesisHash();
    e.kind = draft.kind;
    e.uuid = draft.uuid;
    e.document = sqlvalues::text(draft.document);
    e.at = storedTime(m_store.clock().now());
    e.operatorId = draft.operatorId;
    e.businessDate = draft.businessDate.toString(Qt::ISODate);
    e.amountMinor = draft.amount.minor();
    e.currency = draft.amount.currency().code();
    const qint64 previousTotal = *head ? (*head)->grandTotalMinor : 0;
    if (__builtin_add_overflow(previousTotal, e.amountMinor, &e.grandTotalMinor))
        return Error::invalidInput(tr("The register's grand total would overflow."),
            QStringLiteral("journal grand total overflow at %1").arg(e.registerId));
    e.payload = canonicalJson(draft.payload);
    e.hash = computeHash(e);
    auto inserted = m_store.execCached(QStringLiteral("INSERT INTO journal (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.registerId, e.seq, e.kind, e.uuid, e.document, e.at, sqlvalues::optionalId(e.operatorId.value()), e.businessDate, e.amountMinor,
            e.grandTotalMinor, e.currency, e.payload, e.prevHash, e.hash},
        tr("The journal could not be written."));
    if (!inserted) {
        if (inserted.error().code == Error::Code::Conflict)
            return Error::conflict(tr("This record is already in the journal."),
                QStringLiteral("journal uuid %1: ").arg(e.uuid) + inserted.error().detail);
        return inserted.error();
    }
    return e;
}

Result<std::optional<JournalEntry>> Journal::byUuid(const QString &uuid) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal WHERE uuid = ?"), {uuid},
        tr("The journal could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(readEntry(*q));
}

Result<QList<JournalEntry>> Journal::entries(const QString &registerId, qint64 afterSeq, int limit) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM journal WHERE register_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {registerId, afterSeq, limit}, tr("The journal could not be read."));
    if (!q)
        return q.error();
    QList<JournalEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Result<std::optional<JournalEntry>> Journal::last(const QString &registerId) const
{
    // Read before every append: a cached statement.
    auto q = m_store.execCached(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM journal WHERE register_id = ? ORDER BY seq DESC LIMIT 1"),
        {registerId}, tr("The journal could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(readEntry(q->query()));
}

Result<QStringList> Journal::registers() const
{
    auto q = m_store.exec(QStringLiteral("SELECT DISTINCT register_id FROM journal ORDER BY register_id"), {},
        tr("The journal could not be read."));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace qtill
