#include "importskeleton.h"

#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"

#include <algorithm>

namespace qtill::inventory {

QSet<int> ImportSkeleton::sortIssues(ImportReport &report)
{
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    QSet<int> rows;
    for (const ImportIssue &issue : std::as_const(report.issues))
        rows.insert(issue.row);
    return rows;
}

Status ImportSkeleton::write(Services &services, const Session &actor, const QStringList &permissions,
                             const ImportReport &report, bool &validated, ProductImporter::Mode mode,
                             const std::function<Status()> &write)
{
    for (const QString &permission : permissions) {
        if (Status allowed = services.permissions().require(actor, permission); !allowed)
            return allowed;
    }
    if (Status importable = CsvSheet::checkImportable(report, validated, mode); !importable)
        return importable;
    if (Status done = services.store().transaction(write); !done)
        return done;
    validated = false;
    return {};
}

Status ImportSkeleton::audit(Services &services, const Session &actor, const QString &action, const QString &target,
                             const QString &detail)
{
    auto appended = services.auditLog().append(
        AuditRecord{actor.auditActor(), actor.auditApprover(), action, target, AuditOutcome::kOk, detail});
    if (!appended)
        return appended.error();
    return {};
}

} // namespace qtill::inventory
