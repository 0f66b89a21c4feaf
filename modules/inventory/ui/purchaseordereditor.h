#pragma once

#include "inventory/product.h"
#include "inventory/purchaseorder.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;
class PurchaseScanBar;

/// One purchase order, new or stored. A draft is edited here: supplier (new orders only), delivery
/// location, note, and lines added by scanning or searching (quantity, cost per unit in yuan; both
/// editable in the table), with the order's value; Save keeps it as a draft, Send saves and sends it.
/// A sent order shows ordered against received; it can be cancelled while nothing came, closed when
/// nothing more will come, or received (the Receiving tab opens with it).
/// Every action asks the domain, which checks purchasing.order (a supervisor override when missing).
class PurchaseOrderEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, SupplierCodeColumn, OrderedColumn, ReceivedColumn, CostColumn, ValueColumn };

    PurchaseOrderEditor(shell::ShellContext &context, QWidget *parent = nullptr);
    ~PurchaseOrderEditor() override;

    /// Starts a new order (optionally for one supplier).
    void startNew(SupplierId supplier = {});
    /// Shows the stored order `id`.
    bool load(PurchaseOrderId id);

    bool save();
    bool send();
    bool cancelOrder();
    bool closeOrder();

    /// The order as stored (invalid id while a new one is unsaved).
    PurchaseOrderId orderId() const;
    const QList<PurchaseOrderLine> &lines() const { return m_lines; }
    bool isDirty() const { return m_dirty; }

    PurchaseScanBar *scanBar() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QComboBox *supplierCombo() const { return m_supplier; }
    QComboBox *locationCombo() const { return m_location; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *receiveButton() const { return m_receive; }
    QString titleText() const;
    QString totalText() const;

Q_SIGNALS:
    void backRequested();
    void receiveRequested(qtill::inventory::PurchaseOrderId id);
    /// The stored order changed (saved, sent, cancelled, closed).
    void changed();

private:
    bool isEditable() const;
    bool addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost);
    void cellEdited(int row, int column);
    void removeSelected();
    void refreshTable();
    void refreshState();
    QList<DraftOrderLine> draftLines() const;

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    std::optional<PurchaseOrder> m_order;
    QList<PurchaseOrderLine> m_lines;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_supplier;
    QComboBox *m_location;
    QLineEdit *m_note;
    PurchaseScanBar *m_scan;
    QTableWidget *m_table;
    QLabel *m_total;
    QPushButton *m_back;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_receive;
};

} // namespace qtill::inventory
