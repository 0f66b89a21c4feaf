#pragma once

#include "core/operator.h"

#include <QAbstractTableModel>
#include <QList>

namespace qtill::admin {

/// Operators as a table: number, name, role, status (active / locked / inactive).
class OperatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, RoleColumn, StatusColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOperators(const QList<Operator> &operators);
    const QList<Operator> &operators() const { return m_operators; }
    /// The row of the operator with `id`, -1 when not listed.
    int rowOf(OperatorId id) const;

    /// "Active", "Locked" or "Inactive", translated.
    static QString statusText(const Operator &op);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Operator> m_operators;
};

} // namespace qtill::admin
