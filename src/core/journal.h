#pragma once

#include "ids.h"
#include "migration.h"
#include "money.h"
#include "progress.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qtill {

class Store;

/// What a journal record records. Stable keys stored in journal.kind.
namespace JournalKind {
inline const QString kSale = QStringLiteral("sale");                    ///< a completed sale (+ its total)
inline const QString kVoid = QStringLiteral("void");                    ///< a sale undone the same day (− its total)
inline const QString kRefund = QStringLiteral("refund");                ///< goods returned (− what was paid back)
inline const QString kFailedPayment = QStringLiteral("failed_payment"); ///< a declined/cancelled payment (0)
inline const QString kPaidIn = QStringLiteral("paid_in");               ///< cash put into the drawer (0)
inline const QString kPaidOut = QStringLiteral("paid_out");             ///< cash taken out of the drawer (0)
inline const QString kNoSale = QStringLiteral("no_sale");               ///< the drawer opened without a sale (0)
inline const QString kShiftOpen = QStringLiteral("shift_open");         ///< a cashier's shift with its float (0)
inline const QString kShiftClose = QStringLiteral("shift_close");       ///< a shift closed with its count (0)
inline const QString kReprint = QStringLiteral("reprint");              ///< a receipt printed again (0)
inline const QString kZClose = QStringLiteral("z_close");               ///< the register's day closed (0)
} // namespace JournalKind

/// What a caller appends: one thing that happened at a register.
struct JournalDraft
{
    QString registerId;       ///< "R01"
    QString kind;             ///< a JournalKind key
    QString uuid;             ///< the client-made id of this record (a sale's, a refund's, …); unique
    QString document;         ///< its number: "R01-00000042", "Z-R01-00000007"; may be empty
    OperatorId operatorId;    ///< who did it; invalid for system records
    QDate businessDate;       ///< the register's business day it belongs to
    /// Its signed effect on the register's grand total: a sale's total, minus a refund's or a void's.
    /// Records that move no sales (cash in/out, shifts, reprints, Z) carry zero.
    Money amount;
    /// What happened, in full: the record a check compares the tables with. Written as canonical JSON
    /// (keys sorted, no spaces), so the same object always gives the same text and hash.
    QJsonObject payload;
};

/// One stored journal record.
struct JournalEntry
{
    QString registerId;
    qint64 seq = 0;            ///< 1, 2, 3, … per register, without gaps
    QString kind;
    QString uuid;
    QString document;
    QString at;                ///< as stored (storedTime: UTC with Z)
    OperatorId operatorId;
    QString businessDate;      ///< yyyy-MM-dd
    qint64 amountMinor = 0;    ///< in minor units of `currency`
    qint64 grandTotalMinor = 0; ///< the register's running total after this record
    QString currency;
    QString payload;           ///< canonical JSON text
    QString prevHash;          ///< hash of record seq-1 of the same register; 64 zeros for seq 1
    QString hash;              ///< SHA-256 hex of Journal::canonical()

    QJsonObject payloadObject() const;
};

/// What Journal::verify() found.
struct JournalVerifyReport
{
    bool ok = true;
    qint64 recordsChecked = 0;
    int registersChecked = 0;
    QString registerId;        ///< where the first problem is; empty when ok
    qint64 firstBadSeq = 0;    ///< 0 when ok
    QString reason;            ///< translated, names the record and what is wrong
};

/// The register journal: every sale, void, refund, cash movement, shift and Z close appends one record,
/// hash-chained per register with a running grand total. Nothing is updated or deleted (append-only
/// guards on both engines); a correction is a new record.
///
/// Each record's hash covers every field and the previous record's hash, so an edited amount, a removed
/// record or a changed grand total breaks the chain and verify() names the first bad record. The grand
/// total is the register's perpetual sales total (NF525-style): cutting off the newest records leaves
/// a shorter valid chain, but the Z records (which carry the grand total) and backups show it.
///
/// append() runs inside the caller's Store::transaction (with the sale it records); outside one it is
/// refused. Two writers on one register serialise on the register's transaction lock (PostgreSQL) or
/// the write transaction (SQLite). Threading: same as the Store it uses.
class Journal
{
public:
    explicit Journal(Store &store);

    /// The schema "journal" (table journal, append-only).
    static Schema schema();
    static QString genesisHash();

    /// Appends one record with the next seq of its register. InvalidInput for a missing register,
    /// kind or uuid, or an unset amount; Conflict when the uuid is already journalled.
    Result<JournalEntry> append(const JournalDraft &draft);

    /// The record with this uuid, if any.
    Result<std::optional<JournalEntry>> byUuid(const QString &uuid) const;
    /// Records of a register with seq > afterSeq, oldest first, at most `limit`.
    Result<QList<JournalEntry>> entries(const QString &registerId, qint64 afterSeq = 0, int limit = 500) const;
    /// The newest record of a register, if any.
    Result<std::optional<JournalEntry>> last(const QString &registerId) const;
    /// Every register that has records, sorted.
    Result<QStringList> registers() const;

    /// Walks every register's chain (or only `registerId`) from seq 1: gapless seq, each prev_hash is the
    /// previous hash, each hash matches, each grand total is the previous plus the amount. Stops at the
    /// first problem. Fails only when the database cannot be read or `progress` stops it.
    Result<JournalVerifyReport> verify(const QString &registerId = {}, const ProgressCallback &progress = {}) const;

    /// The text the hash covers: each field as `<UTF-8 length>:<bytes>\n` in the order register, seq,
    /// kind, uuid, document, at, operator, business date, amount, grand total, currency, payload, prev hash.
    static QByteArray canonical(const JournalEntry &entry);
    static QString computeHash(const JournalEntry &entry);
    /// The canonical JSON text of an object (sorted keys, compact).
    static QString canonicalJson(const QJsonObject &object);

private:
    Result<std::optional<JournalEntry>> lastLocked(const QString &registerId);

    Store &m_store;
};

} // namespace qtill
