#pragma once

#include "operator.h"
#include "result.h"
#include "store.h"

#include <QString>

namespace qtill {

class AuditLog;
class Clock;
class PermissionService;

/// Backups of the shop's database: a consistent copy taken while the tills keep working (VACUUM INTO
/// through Store::backup), needing Permissions::kBackupRun of the acting Session, and recorded in the
/// audit log as "backup.create" with the file as target — outcome ok, or failed with the reason, or
/// denied when the permission is missing. An audit entry that cannot be written is reported as an
/// error, never dropped: a backup nobody can see in the log is not taken quietly. Restores are
/// recorded here too ("backup.restore"), after qtillctl replaced the file (Store::restore).
///
/// Two ways to take one:
///  - backUp(): everything on the calling thread (qtillctl).
///  - prepare() on the owner thread → write() on a worker thread (its own connection to the file) →
///    finish() on the owner thread (the screen, which stays responsive meanwhile).
///
/// Threading: an object belongs to the thread of the Store it uses; only write() runs anywhere.
/// All references must outlive this object.
class BackupService
{
public:
    BackupService(Store &store, PermissionService &permissions, AuditLog &audit);

    /// One backup on its way, made by prepare(): plain values, safe to copy to a worker thread.
    struct Job
    {
        Session actor {};
        QString target {};         ///< the file to write (absolute), chosen by prepare()
        Store::Options source {};  ///< how a worker opens its own connection to the database
    };

    /// Takes a backup now on this thread and audits it. `target` empty: a timestamped file in the
    /// backup folder. Returns the file written. Errors: PermissionDenied (audited as denied), the
    /// write's error (audited as failed), or the audit's own error when the entry cannot be written.
    Result<QString> backUp(const Session &actor, const QString &target = {});

    /// Checks the permission (a refusal is audited as denied) and chooses the file to write.
    Result<Job> prepare(const Session &actor, const QString &target = {});
    /// Writes the copy for `job` on the calling thread through its own Store on the file (opened and
    /// closed here; `clock` is only read). For a worker thread; touches nothing of this object.
    static Result<QString> write(const Job &job, const Clock &clock);
    /// Audits the outcome of `job` (`written` is what write() returned) and returns it; when the audit
    /// entry cannot be written, an error that says the backup was (or was not) written and why the log
    /// could not record it.
    Result<QString> finish(const Job &job, const Result<QString> &written);

    /// Records a restore just done into this (restored) store: `backupPath` the file restored from,
    /// `by` who did it (an operator's name, or who could reach the file when the store was damaged).
    Status recordRestore(const QString &backupPath, const QString &by);

private:
    Store &m_store;
    PermissionService &m_permissions;
    AuditLog &m_audit;
};

} // namespace qtill
