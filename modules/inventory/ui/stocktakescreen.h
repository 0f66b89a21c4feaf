#pragma once

#include "inventory/stocktake.h"

#include "shell/uimodule.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class FormDialog;
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;

/// Stocktake (盘点): the count sessions with their state; starting one for a location or one category
/// there (the book quantities are frozen); counting by scanning (each scan adds the quantity in the
/// box, a case barcode its pack; "Recount" replaces the operator's own tally; several people can count
/// the same session at once); the variance report (expected against counted, quantity and value at
/// cost, largest differences first, with totals); approval, which books the differences as stocktake
/// adjustments in the stock ledger (inventory.stocktake.approve; a supervisor override otherwise) and
/// then proves the ledger still adds up; and cancelling a count.
class StocktakeScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit StocktakeScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~StocktakeScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Opens "New count" (location, optional category, note). Deletes itself when closed.
    shell::FormDialog *openStartDialog();
    /// Opens "Cancel count" for the selected open count (nullptr when none).
    shell::FormDialog *openCancelDialog();
    /// Selects a session in the list by id. False when it is not listed.
    bool selectStocktake(StocktakeId id);
    StocktakeId selectedStocktake() const;
    /// Counts what `code` names with the quantity in the box, as Enter in the scan box does.
    /// False (and a message) when nothing was counted.
    bool countCode(const QString &code);
    /// Approves the selected count. True when it was booked.
    bool approve();

    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *varianceTable() const { return m_variance; }
    QLineEdit *scanBox() const { return m_scan; }
    QLineEdit *quantityBox() const { return m_quantity; }
    QCheckBox *recountBox() const { return m_recount; }
    QCheckBox *zeroUncountedBox() const { return m_zeroUncounted; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *startButton() const { return m_start; }
    /// The report shown (lines in table order).
    const StocktakeReport &report() const { return m_report; }
    QString titleText() const;
    QString totalsText() const;
    QString lastCountText() const;

private:
    void loadSessions(StocktakeId select = {});
    void showSelected();
    void showReport();

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<Stocktake> m_list;
    StocktakeReport m_report;

    shell::PageHeader *m_header;
    QPushButton *m_start;
    QTableWidget *m_sessions;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_body;
    QWidget *m_countRow;
    QLineEdit *m_scan;
    QLineEdit *m_quantity;
    QCheckBox *m_recount;
    QLabel *m_lastCount;
    QTableWidget *m_variance;
    QLabel *m_totals;
    QCheckBox *m_zeroUncounted;
    QPushButton *m_cancel;
    QPushButton *m_approve;
};

} // namespace qtill::inventory
