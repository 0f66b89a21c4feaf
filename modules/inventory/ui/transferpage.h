#pragma once

#include "inventory/transferservice.h"

#include <QWidget>

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

/// The Transfers tab of the Stock screen: a new transfer (from, to, lines added by scanning or typing a
/// code with a quantity; a case barcode adds its pack quantity), posted as one document that records
/// both sides (inventory.transfer; a supervisor override for a cashier), and the list of past
/// transfers with the selected one's lines.
class TransferPage : public QWidget
{
    Q_OBJECT
public:
    explicit TransferPage(shell::ShellContext &context, QWidget *parent = nullptr);
    ~TransferPage() override;

    /// Reloads locations and the list of past transfers.
    void refresh();

    /// Chooses the locations by code. False when one is unknown.
    bool setLocations(const QString &fromCode, const QString &toCode);
    /// Adds what `code` names (barcode, PLU, item code, or a name matching one product) with the
    /// quantity in the quantity box (× the code's pack quantity), as Enter in the scan box does.
    /// False (and a message) for an unknown code or a bad quantity; the lines are unchanged then.
    bool addCode(const QString &code);
    /// Removes the selected line.
    void removeSelectedLine();
    /// Posts the transfer. The number on success, empty on failure (the shell shows why).
    QString post();
    /// Selects a past transfer and shows its lines.
    void selectTransfer(int row);

    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QLineEdit *scanBox() const { return m_scan; }
    QLineEdit *quantityBox() const { return m_quantity; }
    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *transfersTable() const { return m_list; }
    QTableWidget *detailTable() const { return m_detail; }
    QPushButton *postButton() const { return m_post; }
    /// The quantity on each line, by product.
    QList<TransferLine> lines() const { return m_draft; }

Q_SIGNALS:
    /// A transfer was posted: stock figures changed.
    void stockChanged();

private:
    void loadLocations();
    void loadTransfers();
    void showLines();
    void showDetail();

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<TransferLine> m_draft;
    QList<QString> m_draftUnits;
    QList<Transfer> m_transfers;

    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_scan;
    QLineEdit *m_quantity;
    QLineEdit *m_note;
    QTableWidget *m_lines;
    QPushButton *m_remove;
    QPushButton *m_post;
    QLabel *m_linesSummary;
    QTableWidget *m_list;
    QLabel *m_detailTitle;
    QTableWidget *m_detail;
};

} // namespace qtill::inventory
