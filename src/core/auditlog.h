#pragma once

#include "ids.h"
#include "migration.h"
#include "progress.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {

class Store;

/// Standard outcome words for audit entries. Modules may use others, but these read best in the viewer.
namespace AuditOutcome {
inline const QString kOk = QStringLiteral("ok"); ///< the action was done
inline const QString kFailed = QStringLiteral("failed"); ///< tried and failed (e.g. wrong PIN)
inline const QString kDenied = QStringLiteral("denied"); ///< refused: no permission, locked, inactive
inline const QString kGranted = QStringLiteral("granted"); ///< permission check passed on the actor's own rights
inline const QString kOverride = QStringLiteral("override"); ///< permission granted by a supervisor override
} // namespace AuditOutcome

/// What a caller appends. `action` is a stable dotted key ("operator.signIn", "sale.void");
/// `target` names what it was done to ("operator:3", "sale:R01-00000042", a permission key);
/// `detail` is free text for people (never a PIN, never card data).
struct AuditRecord
{
    OperatorId actorId {}; ///< who did it; invalid for system actions (qtillctl init, migrations)
    OperatorId approverId {}; ///< the supervisor who authorised it; invalid when none
    QString action {};
    QString target {};
    QString outcome = AuditOutcome::kOk;
    QString detail {};
};

/// One stored row of the audit log.
struct AuditEntry
{
    qint64 seq = 0; ///< 1, 2, 3, … without gaps
    /// Time as stored and hashed: storedTime() text (UTC with "Z"); entries written before times were UTC
    /// keep their local text without an offset (the chain covers it, so no migration rewrites it).
    QString at {};
    OperatorId actorId {};
    OperatorId approverId {};
    QString action {};
    QString target {};
    QString outcome {};
    QString detail {};
    QString prevHash {}; ///< hash of entry seq-1; 64 zeros for entry 1
    QString hash {}; ///< SHA-256 hex of canonical() — see AuditLog::canonical

    /// `at` as an instant in local time (parseStoredTime).
    QDateTime atTime() const;
};

/// Filters for the viewer. Empty / invalid fields do not filter.
struct AuditQuery
{
    QDateTime from {}; ///< at >= from (compared as storedTime text; entries from before UTC times compare by their local text)
    QDateTime to {}; ///< at < to
    OperatorId operatorId {}; ///< rows where this operator is the actor or the approver
    QString actionPrefix {}; ///< "operator." matches every operator action
    QString outcome {};
    int limit = 100; ///< at most this many rows (<= 0: no limit)
    int offset = 0;
    bool newestFirst = true;
};

/// The result of AuditLog::verify().
struct AuditVerifyReport
{
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; ///< the first bad (or first missing) seq; 0 when ok
    QString reason {}; ///< translated, names the entry and what is wrong; empty when ok
};

/// The append-only, hash-chained audit log: who did what, when, with whose approval.
///
/// Table audit_log(seq, at, actor_id, approver_id, action, target, outcome, detail, prev_hash, hash).
/// Each row's hash is the lowercase hex SHA-256 of canonical(row), which covers every field and the
/// previous row's hash, so an edited field, a removed row or a reordered row breaks the chain and
/// verify() names the first bad seq. SQLite triggers abort any UPDATE or DELETE on the table (the
/// migration uses SQLite trigger syntax; a PostgreSQL port needs its own trigger function).
/// Known limit of any hash chain: cutting off the newest rows leaves a valid shorter chain; backups
/// and the register journal are the defence against that.
///
/// Reading is not permission-checked here; screens and qtillctl check Permissions::kAuditView.
/// Threading: same as the Store it uses.
class AuditLog
{
public:
    explicit AuditLog(Store &store);

    /// The "audit" schema (version 1: audit_log table, indexes and the append-only triggers).
    static Schema schema();

    /// The first entry's prev_hash: 64 '0' characters.
    static QString genesisHash();

    /// Appends one entry and returns its seq. Joins the caller's Store::transaction, so the audited
    /// change and its audit row commit together or not at all; outside a transaction it runs in its
    /// own. The time comes from the store's clock.
    Result<qint64> append(const AuditRecord &record);

    /// Entries matching `query`, newest first by default.
    Result<QList<AuditEntry>> entries(const AuditQuery &query = {}) const;
    /// How many entries match `query` (limit and offset ignored), for paging.
    Result<qint64> count(const AuditQuery &query = {}) const;
    /// The newest entry's seq (0 when the log is empty).
    Result<qint64> lastSeq() const;

    /// Walks the whole chain from seq 1: checks seq has no gaps, each prev_hash equals the previous
    /// row's hash (64 zeros for the first) and each hash matches its recomputed value. Stops at the
    /// first problem. The Result fails only when the database cannot be read, or when `progress`
    /// (told the entries checked of the newest seq, per page) returns false to stop it (Conflict).
    /// Reads the whole log: screens run it off the GUI thread (shell::BackgroundTask).
    Result<AuditVerifyReport> verify(const ProgressCallback &progress = {}) const;

    /// The canonical serialization that `hash` covers, as UTF-8: for each of seq, at, actor_id,
    /// approver_id, action, target, outcome, detail, prev_hash in this order, the field's text as
    /// `<length in UTF-8 bytes>:<bytes>\n` (a netstring-like form, so no separator can be forged).
    /// Integers are decimal; an invalid (absent) operator id is the empty string.
    static QByteArray canonical(const AuditEntry &entry);
    /// Lowercase hex SHA-256 of canonical(entry).
    static QString computeHash(const AuditEntry &entry);

private:
    Store &m_store;
};

} // namespace qtill
