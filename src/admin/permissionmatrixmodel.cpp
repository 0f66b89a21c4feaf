#include "permissionmatrixmodel.h"

namespace qtill::admin {

PermissionMatrixModel::PermissionMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void PermissionMatrixModel::setTable(const QStringList &keys, const QStringList &titles,
                                     const QMap<Role, QSet<QString>> &granted)
{
    beginResetModel();
    m_keys = keys;
    m_titles = titles;
    m_granted = granted;
    endResetModel();
}

QModelIndex PermissionMatrixModel::indexOf(const QString &key, Role role) const
{
    const int row = rowOf(key);
    const int column = int(roles().indexOf(role));
    return row < 0 || column < 0 ? QModelIndex() : index(row, column + 1);
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    // Column 0: the permission's title; then one per role.
    return parent.isValid() ? 0 : int(roles().size()) + 1;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const QString &key = m_keys.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: return m_titles.value(index.row(), key);
        case Qt::ToolTipRole: return key;
        }
        return {};
    }
    const Role column = roles().at(index.column() - 1);
    switch (role) {
    case Qt::CheckStateRole:
        return column == Role::Owner || m_granted.value(column).contains(key) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return column == Role::Owner ? tr("The owner always has every permission.") : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    }
    return {};
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() == 0 || index.row() >= m_keys.size())
        return false;
    const Role column = roles().at(index.column() - 1);
    if (column == Role::Owner)
        return false;
    const QString key = m_keys.at(index.row());
    const bool granted = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (m_granted.value(column).contains(key) == granted)
        return true;
    if (m_change) {
        const Status saved = m_change(column, key, granted);
        if (!saved) {
            Q_EMIT changeFailed(saved.error().message);
            Q_EMIT dataChanged(index, index, {Qt::CheckStateRole}); // the box shows the stored state again
            return false;
        }
    }
    if (granted)
        m_granted[column].insert(key);
    else
        m_granted[column].remove(key);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT changed(column, key, granted);
    return true;
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == 0)
        return Qt::ItemIsEnabled;
    if (roles().at(index.column() - 1) == Role::Owner)
        return Qt::ItemIsUserCheckable; // shown ticked, greyed: cannot be changed
    return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Permission") : roleDisplayName(roles().at(section - 1));
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    return {};
}

} // namespace qtill::admin
