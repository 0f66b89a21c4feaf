#pragma once

#include "core/permission.h"
#include "core/result.h"
#include "core/role.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QSet>

#include <functional>

namespace qtill::admin {

/// The role → permission table as a grid of checkboxes: one row per registered permission (its
/// translated title; the key as tooltip), one column per role. The owner column is always ticked and
/// cannot be changed. Ticking a box calls the change function (which saves through
/// PermissionService::setGranted); the box moves only when that succeeds.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Saves one change; returns the domain's verdict.
    using ChangeFunction = std::function<Status(Role role, const QString &key, bool granted)>;

    explicit PermissionMatrixModel(QObject *parent = nullptr);

    /// `titles` are already translated, in the same order as `keys`.
    void setTable(const QStringList &keys, const QStringList &titles, const QMap<Role, QSet<QString>> &granted);
    void setChangeFunction(ChangeFunction change) { m_change = std::move(change); }

    /// The columns' roles, left to right: cashier, supervisor, manager, owner.
    static QList<Role> roles() { return allRoles(); }
    /// The row of `key`, -1 when not listed.
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    QModelIndex indexOf(const QString &key, Role role) const;
    const QString &keyAt(int row) const { return m_keys.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A change was refused; `message` is the domain's, for the screen.
    void changeFailed(const QString &message);
    /// A change was saved.
    void changed(Role role, const QString &key, bool granted);

private:
    QStringList m_keys;
    QStringList m_titles;
    QMap<Role, QSet<QString>> m_granted;
    ChangeFunction m_change;
};

} // namespace qtill::admin
