#pragma once

#include "inventory/product.h"
#include "inventory/purchaseorder.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;
class PurchaseScanBar;

/// Purchasing → Returns: goods sent back to a supplier (damaged, expired, wrong). Choose the supplier,
/// where the goods are taken from and why, scan the goods (quantity, optionally the credited cost), and
/// Post return books supplier-return movements out of stock (purchasing.receive, with a supervisor
/// override when missing). Recent returns are listed beside it.
///
/// Serial-tracked goods (phones): scanning one asks for the serial of each unit going back, checked
/// at once (a unit of this product that is in the shop, not sold, not gone back); the units are
/// marked returned to the supplier with the return.
class SupplierReturnsTab : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        ProductId product;
        QString sku;
        QString name;
        QString unit;
        Quantity quantity;
        std::optional<Money> cost;
        Money currentCost;
        Quantity onHand; ///< at the chosen location when scanned
        bool serialTracked = false;
        QStringList serials {};   ///< serial-tracked goods: one per unit going back
    };

    /// Columns of table().
    enum Column { CodeColumn, NameColumn, OnHandColumn, ReturnColumn, CostColumn, ValueColumn, SerialColumn };

    SupplierReturnsTab(shell::ShellContext &context, QWidget *parent = nullptr);

    void reload();
    void setSupplier(SupplierId supplier);
    void setReason(const QString &reason);
    bool post();
    void clear();

    const QList<Line> &lines() const { return m_lines; }
    PurchaseScanBar *scanBar() const { return m_scan; }
    QComboBox *supplierCombo() const { return m_supplier; }
    QComboBox *reasonCombo() const { return m_reason; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *stopSerialsButton() const { return m_stopSerials; }
    QString summaryText() const;

Q_SIGNALS:
    void posted();

private:
    bool addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost);
    void refreshTable();
    void loadHistory();
    void promptSerial();
    void addSerial(const QString &serial);

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<Line> m_lines;
    QComboBox *m_supplier;
    QComboBox *m_location;
    QComboBox *m_reason;
    PurchaseScanBar *m_scan;
    QTableWidget *m_table;
    QTableWidget *m_history;
    QLabel *m_noHistory = nullptr;
    QLabel *m_summary;
    QPushButton *m_remove;
    QPushButton *m_post;
    QPushButton *m_stopSerials;
    int m_serialLine = -1;     ///< the line whose serials are being scanned
    int m_serialsWanted = 0;   ///< how many more
};

} // namespace qtill::inventory
