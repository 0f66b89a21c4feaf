#include "audittablemodel.h"

#include "shell/theme.h"

#include <QLocale>

namespace qtill::admin {

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditTableModel::actionText(const QString &action)
{
    static const std::pair<const char *, const char *> kActions[] = {
        {"operator.signIn", QT_TR_NOOP("Sign in")},
        {"operator.signOut", QT_TR_NOOP("Sign out")},
        {"operator.lockout", QT_TR_NOOP("Locked out")},
        {"operator.create", QT_TR_NOOP("Add operator")},
        {"operator.pinChange", QT_TR_NOOP("Change own PIN")},
        {"operator.pinReset", QT_TR_NOOP("Reset PIN")},
        {"operator.unlock", QT_TR_NOOP("Unlock operator")},
        {"operator.setRole", QT_TR_NOOP("Change role")},
        {"operator.setActive", QT_TR_NOOP("Activate or deactivate")},
        {"operator.rename", QT_TR_NOOP("Rename operator")},
        {"permission.grant", QT_TR_NOOP("Grant permission")},
        {"permission.revoke", QT_TR_NOOP("Revoke permission")},
        {"authorize", QT_TR_NOOP("Permission check")},
        {"settings.profile", QT_TR_NOOP("Store profile")},
        {"tax.add", QT_TR_NOOP("Add tax class")},
        {"tax.update", QT_TR_NOOP("Change tax class")},
        {"backup.create", QT_TR_NOOP("Backup")},
        {"backup.restore", QT_TR_NOOP("Restore backup")},
    };
    for (const auto &[key, text] : kActions) {
        if (action == QLatin1String(key))
            return tr(text);
    }
    return action;
}

QString AuditTableModel::outcomeText(const QString &outcome)
{
    if (outcome == AuditOutcome::kOk)
        return tr("Done");
    if (outcome == AuditOutcome::kFailed)
        return tr("Failed");
    if (outcome == AuditOutcome::kDenied)
        return tr("Refused");
    if (outcome == AuditOutcome::kGranted)
        return tr("Allowed");
    if (outcome == AuditOutcome::kOverride)
        return tr("Supervisor approved");
    return outcome;
}

QString AuditTableModel::operatorText(OperatorId id) const
{
    if (!id.isValid())
        return {};
    return m_names.value(id.value(), tr("#%1").arg(id.value()));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime at = e.atTime();
            return at.isValid() ? QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.at;
        }
        case OperatorColumn: return e.actorId.isValid() ? operatorText(e.actorId) : tr("System");
        case ApproverColumn: return operatorText(e.approverId);
        case ActionColumn: return actionText(e.action);
        case TargetColumn: return e.target;
        case OutcomeColumn: return outcomeText(e.outcome);
        case DetailColumn: return e.detail;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return tr("Entry %1").arg(e.seq);
        case ActionColumn: return e.action;
        case DetailColumn: return e.detail;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn) {
            if (e.outcome == AuditOutcome::kDenied || e.outcome == AuditOutcome::kFailed)
                return shell::Theme::kDanger;
            if (e.outcome == AuditOutcome::kOverride)
                return shell::Theme::kWarning;
        }
        if (index.column() == OperatorColumn && !e.actorId.isValid())
            return shell::Theme::kTextSecondary;
        break;
    case Qt::UserRole:
        return e.seq;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case OperatorColumn: return tr("Operator");
    case ApproverColumn: return tr("Approved by");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case OutcomeColumn: return tr("Outcome");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

} // namespace qtill::admin
