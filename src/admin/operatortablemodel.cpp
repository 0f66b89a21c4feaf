#include "operatortablemodel.h"

#include "shell/theme.h"

#include <QColor>

namespace qtill::admin {

void OperatorTableModel::setOperators(const QList<Operator> &operators)
{
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

int OperatorTableModel::rowOf(OperatorId id) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).id == id)
            return row;
    }
    return -1;
}

QString OperatorTableModel::statusText(const Operator &op)
{
    if (!op.active)
        return tr("Inactive");
    if (op.locked)
        return tr("Locked");
    return tr("Active");
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size())
        return {};
    const Operator &op = m_operators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return op.number;
        case NameColumn: return op.name;
        case RoleColumn: return roleDisplayName(op.role);
        case StatusColumn: return statusText(op);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (!op.active)
                return shell::Theme::kTextSecondary;
            return op.locked ? shell::Theme::kDanger : shell::Theme::kSuccess;
        }
        if (!op.active)
            return shell::Theme::kTextSecondary;
        break;
    case Qt::UserRole:
        return qlonglong(op.id.value());
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace qtill::admin
