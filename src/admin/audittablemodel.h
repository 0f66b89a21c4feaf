#pragma once

#include "core/auditlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qtill::admin {

/// One page of audit entries: time, operator, approver, action, target, outcome, detail.
/// Operator ids are shown as "01 Wang Fang" from the names given with setOperatorNames().
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ApproverColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    /// Operator id → "01 Wang Fang".
    void setOperatorNames(const QHash<qint64, QString> &names) { m_names = names; }

    /// A readable, translated name for an action key ("operator.signIn" → "Sign in"); the key itself
    /// when unknown (modules' actions read fine as keys until they are added here).
    static QString actionText(const QString &action);
    /// "ok" → "Done", "denied" → "Refused", …; the word itself when unknown.
    static QString outcomeText(const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString operatorText(OperatorId id) const;

    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_names;
};

} // namespace qtill::admin
