#include "backupservice.h"

#include "auditlog.h"
#include "permission.h"
#include "permissionservice.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::BackupService", text);
}

const QString kCreateAction = QStringLiteral("backup.create");
const QString kRestoreAction = QStringLiteral("backup.restore");

/// What the audit row says about a failed backup: the technical detail, else the message.
QString failureDetail(const Error &error)
{
    return error.detail.isEmpty() ? error.message : error.detail;
}

} // namespace

BackupService::BackupService(Store &store, PermissionService &permissions, AuditLog &audit)
    : m_store(store), m_permissions(permissions), m_audit(audit)
{
}

Result<QString> BackupService::backUp(const Session &actor, const QString &target)
{
    auto job = prepare(actor, target);
    if (!job)
        return job.error();
    // On this thread the open connection writes the copy: no second one needed.
    return finish(*job, m_store.backup(job->target));
}

Result<BackupService::Job> BackupService::prepare(const Session &actor, const QString &target)
{
    if (Status allowed = m_permissions.require(actor, Permissions::kBackupRun); !allowed) {
        const auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), kCreateAction,
                                                        target.isEmpty() ? m_store.backupDir() : target,
                                                        AuditOutcome::kDenied, {}});
        if (!audited) {
            return Error{allowed.error().code, allowed.error().message,
                         allowed.error().detail + QStringLiteral("; not audited: ") + audited.error().detail};
        }
        return allowed.error();
    }
    Job job{actor, target.isEmpty() ? QString() : QFileInfo(target).absoluteFilePath(), m_store.workerOptions()};
    if (job.target.isEmpty()) {
        auto named = m_store.newBackupPath();
        if (!named)
            return finish(job, named.error()).error(); // audited as failed like any other write failure
        job.target = *named;
    }
    return job;
}

Result<QString> BackupService::write(const Job &job, const Clock &clock)
{
    auto store = Store::open(job.source, clock);
    if (!store)
        return store.error();
    return (*store)->backup(job.target);
}

Result<QString> BackupService::finish(const Job &job, const Result<QString> &written)
{
    const auto audited = m_audit.append(AuditRecord{job.actor.auditActor(), job.actor.auditApprover(), kCreateAction,
                                                    written ? *written : job.target.isEmpty() ? m_store.backupDir() : job.target,
                                                    written ? AuditOutcome::kOk : AuditOutcome::kFailed,
                                                    written ? QString() : failureDetail(written.error())});
    if (audited)
        return written;
    if (written) {
        return Error{audited.error().code,
                     tr("The backup was written to %1, but the audit log could not record it: %2")
                         .arg(*written, audited.error().message),
                     audited.error().detail};
    }
    return Error{written.error().code,
                 tr("%1 The audit log could not record this either: %2").arg(written.error().message, audited.error().message),
                 written.error().detail + QStringLiteral("; audit: ") + audited.error().detail};
}

Status BackupService::recordRestore(const QString &backupPath, const QString &by)
{
    const auto audited = m_audit.append(
        AuditRecord{{}, {}, kRestoreAction, backupPath, AuditOutcome::kOk, QStringLiteral("by ") + by});
    if (!audited) {
        return Error{audited.error().code,
                     tr("The store was restored from %1, but the audit log could not record it: %2")
                         .arg(backupPath, audited.error().message),
                     audited.error().detail};
    }
    return {};
}

} // namespace qtill
