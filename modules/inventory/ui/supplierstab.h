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

class InventoryServices;
class SupplierDialog;
class SupplierItemDialog;

/// Purchasing → Suppliers: every supplier (code, name, contact, phone, lead time, whether it takes
/// orders) and, for the chosen one, its paperwork (payment terms, address, tax id, bank) and what it
/// supplies: our item code and name, the supplier's own item code, the last cost, the order pack and
/// whether it is the preferred supplier. A manager adds (scan or search a product), edits and removes
/// those items here (purchasing.order, with a supervisor override when missing).
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
    /// Opens the dialog for a new item of the selected supplier / for the selected item (nullptr when
    /// nothing is selected).
    SupplierItemDialog *addItem();
    SupplierItemDialog *editItem();
    /// Removes the selected item from what the selected supplier supplies; false when refused.
    bool removeItem();
    void selectItemRow(int row);

    /// Columns of itemsTable().
    enum ItemColumn { ItemCodeColumn, ItemNameColumn, TheirCodeColumn, LastCostColumn, PackColumn, PreferredColumn };

    QTableWidget *table() const { return m_table; }
    QTableWidget *itemsTable() const { return m_items; }
    const QList<Supplier> &suppliers() const { return m_suppliers; }
    const QList<SupplierItem> &items() const { return m_itemList; }
    QString detailText() const;
    QPushButton *addItemButton() const { return m_addItem; }
    QPushButton *editItemButton() const { return m_editItem; }
    QPushButton *removeItemButton() const { return m_removeItem; }

private:
    void showItems();
    void updateItemButtons();
    const Supplier *selectedSupplier() const;

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<Supplier> m_suppliers;
    QList<SupplierItem> m_itemList;
    QTableWidget *m_table;
    QTableWidget *m_items;
    QLabel *m_detailTitle;
    QLabel *m_detailLine;
    QLabel *m_paperwork;
    QLabel *m_noItems;
    QPushButton *m_addItem;
    QPushButton *m_editItem;
    QPushButton *m_removeItem;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace qtill::inventory
