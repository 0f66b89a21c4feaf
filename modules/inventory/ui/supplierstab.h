#pragma once

#include "inventory/supplier.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class SupplierDialog;

/// Purchasing → Suppliers: every supplier (code, name, contact, phone, lead time, whether it takes
/// orders) and, for the chosen one, what it supplies: our item code and name, the supplier's own
/// item code, the last cost and the order pack.
class SuppliersTab : public QWidget
{
    Q_OBJECT
public:
    explicit SuppliersTab(shell::ShellContext &context, QWidget *parent = nullptr);

    void reload();
    void selectRow(int row);
    /// Opens the dialog for a new supplier / for the selected one (nullptr when none is selected).
    SupplierDialog *addSupplier();
    SupplierDialog *editSelected();

    QTableWidget *table() const { return m_table; }
    QTableWidget *itemsTable() const { return m_items; }
    const QList<Supplier> &suppliers() const { return m_suppliers; }

private:
    void showItems();

    shell::ShellContext &m_context;
    QList<Supplier> m_suppliers;
    QTableWidget *m_table;
    QTableWidget *m_items;
    QLabel *m_detailTitle;
    QLabel *m_detailLine;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace qtill::inventory
