#pragma once

#include "inventory/product.h"
#include "inventory/purchaseorder.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
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

/// Purchasing → Receiving: booking a delivery in by scanning, against a purchase order (each line shows
/// ordered, received before and this delivery) or without one (choose the supplier). More than
/// ordered, or a product not on the order, is refused at the scan with the numbers, unless "Accept
/// more than ordered" is ticked (a manager's decision: purchasing.order, asked for when booking).
/// Serial-tracked goods ask for one serial number per unit, scanned one after the other.
/// Book in posts it all in one step (stock, moving-average cost, the order's state, serials).
class ReceivingTab : public QWidget
{
    Q_OBJECT
public:
    /// One product of the delivery being scanned.
    struct Line
    {
        ProductId product;
        QString sku;
        QString name;
        QString unit;
        bool serialTracked = false;
        bool onOrder = false;
        Quantity ordered;
        Quantity receivedBefore;
        Quantity now; ///< this delivery
        std::optional<Money> cost; ///< typed by the receiver; else expectedCost
        Money expectedCost; ///< the order's (or supplier's, or current) cost per unit
        QStringList serials;
    };

    ReceivingTab(shell::ShellContext &context, QWidget *parent = nullptr);

    /// Reloads the open orders, suppliers and locations (keeping what is chosen).
    void reload();
    /// Receive against `order` (invalid: without an order). Clears the lines scanned so far.
    void setOrder(PurchaseOrderId order);
    /// Without an order: the supplier who delivered.
    void setSupplier(SupplierId supplier);
    /// Books the delivery in; true when booked.
    bool post();
    /// Forgets the scanned lines.
    void clear();

    const QList<Line> &lines() const { return m_lines; }
    PurchaseScanBar *scanBar() const { return m_scan; }
    QComboBox *orderCombo() const { return m_order; }
    QComboBox *supplierCombo() const { return m_supplier; }
    QCheckBox *acceptExtraCheck() const { return m_acceptExtra; }
    QLineEdit *deliveryNoteEdit() const { return m_note; }
    QTableWidget *table() const { return m_table; }
    QPushButton *postButton() const { return m_post; }
    QString summaryText() const;

Q_SIGNALS:
    /// Stock and orders changed.
    void posted();

private:
    bool addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost);
    void addSerial(const QString &serial);
    void orderChosen();
    void refreshTable();
    void promptSerial();
    Quantity allowedNow(const Line &line) const;

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    std::optional<PurchaseOrder> m_po;
    QList<Line> m_lines;
    int m_serialLine = -1; ///< the line whose serials are being scanned
    int m_serialsWanted = 0; ///< serials still to scan for it
    QComboBox *m_order;
    QComboBox *m_supplier;
    QComboBox *m_location;
    QLineEdit *m_note;
    PurchaseScanBar *m_scan;
    QTableWidget *m_table;
    QCheckBox *m_acceptExtra;
    QLabel *m_summary;
    QPushButton *m_stopSerials;
    QPushButton *m_clear;
    QPushButton *m_post;
};

} // namespace qtill::inventory
