#pragma once

#include "inventory/serialnumberservice.h"

#include "shell/uimodule.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;

/// After-sales lookup (售后查询) for serial-numbered goods: scan or type a serial (an IMEI, a laptop's
/// serial) and see the product, where the unit is, when it was sold on which receipt to which
/// customer, and whether its warranty still runs — with every event in its history. Scanning a
/// product's barcode instead lists all units of that product, so a phone counter can check which
/// IMEIs are on the shelf. Read only: needs inventory.view.
class SerialLookupScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit SerialLookupScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~SerialLookupScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Looks `code` up: a serial first, then a product code. False (and a message on the screen)
    /// when neither is known.
    bool lookup(const QString &code);
    /// Shows the unit in row `row` of the units table.
    void showUnit(int row);

    QTableWidget *unitsTable() const { return m_units; }
    QTableWidget *historyTable() const { return m_history; }
    /// What the detail card says, for tests: status, warranty line, sale, customer, receipt.
    QString statusText() const;
    QString warrantyText() const;
    QString saleText() const;
    QString customerText() const;
    QString receivedText() const;
    /// The line under the search field ("1 unit", "Nothing has serial number X").
    QString resultText() const;

private:
    void showUnits(const QList<SerialRecord> &units, const QString &summary);
    void clearDetail();
    QString operatorText(OperatorId id) const;
    QString locationText(LocationId id) const;

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<SerialRecord> m_rows;
    QLineEdit *m_search;
    QLabel *m_result;
    QTableWidget *m_units;
    QLabel *m_title;
    QLabel *m_serial;
    QLabel *m_status;
    QLabel *m_warranty;
    QLabel *m_sale;
    QLabel *m_customer;
    QLabel *m_received;
    QTableWidget *m_history;
};

} // namespace qtill::inventory
