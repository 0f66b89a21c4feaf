#pragma once

#include "shell/uimodule.h"

#include "core/taxclass.h"

#include <QAbstractTableModel>
#include <QWidget>

class QPushButton;
class QTableView;

namespace qtill::shell {
class FormDialog;
class ShellContext;
} // namespace qtill::shell

namespace qtill::admin {

/// The store's tax classes as a table: code, name, rate, default.
class TaxClassModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, RateColumn, DefaultColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setClasses(const QList<TaxClass> &classes);
    const QList<TaxClass> &classes() const { return m_classes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TaxClass> m_classes;
};

/// Tax classes: the list, and add / edit (code, name, rate %, default) through TaxClassService,
/// which checks settings.edit and audits.
class TaxClassesScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit TaxClassesScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void reload();
    void activated() override;

    /// Opens the add dialog (window-modal; returned for tests).
    shell::FormDialog *addClass();
    /// Opens the edit dialog for the selected class; null when none is selected.
    shell::FormDialog *editSelected();

    TaxClassModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    shell::FormDialog *openDialog(const std::optional<TaxClass> &existing);
    void updateButtons();

    shell::ShellContext &m_context;
    TaxClassModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace qtill::admin
