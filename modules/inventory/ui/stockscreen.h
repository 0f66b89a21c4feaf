#pragma once

#include "inventory/product.h"
#include "inventory/stockledger.h"

#include "shell/uimodule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace qtill::shell {
class BackgroundTask;
class FormDialog;
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;
class TransferPage;

/// Stock (库存): two tabs.
///
/// "On hand": the stock list of one location (卖场, 仓库, departments …) with search (name, item code
/// or barcode; a scanner's Enter selects the product), rows below safety stock highlighted, value at
/// cost; the selected product's movement history at that location (reason, change, running balance,
/// operator, time, source document) in pages; manual adjustment and damage/loss (permission
/// inventory.adjust, a supervisor override for a cashier); and "Check stock", which runs the ledger's
/// proof that every on-hand figure is the sum of its movements on a worker thread (it reads the whole
/// ledger): the button shows how far it got, the screen stays usable, the verdict comes as a message.
///
/// "Transfers": see TransferPage.
class StockScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    static constexpr int kPageRows = 200;      ///< stock rows loaded at a time ("Show more" loads the next)
    static constexpr int kHistoryRows = 20;    ///< movements per history page
    static constexpr int kSearchDelayMs = 150;

    /// What the two stock-change buttons open.
    enum class ChangeKind { Adjustment, DamageOrLoss };

    explicit StockScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~StockScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Shows the stock of the location with this code. False when there is none.
    bool selectLocation(const QString &code);
    /// Searches at once (as Enter does) and puts `text` in the search box.
    void search(const QString &text);
    /// Selects a row of the stock list (and shows its history).
    void selectRow(int row);
    /// Selects the product's row when it is in the list. False otherwise.
    bool selectProduct(ProductId product);
    /// The product selected, invalid when none.
    ProductId selectedProduct() const;

    /// Opens the adjustment or damage/loss dialog for the selected product (nullptr when none is
    /// selected). Window-modal; the dialog deletes itself when closed.
    shell::FormDialog *openChangeDialog(ChangeKind kind);
    /// Starts the ledger check on the worker; ledgerChecked() brings the verdict, also shown as a
    /// message. False when a check is running already.
    bool checkLedger();
    /// The last check's verdict as shown (empty before the first one ends).
    QString checkText() const { return m_checkText; }
    /// Shows the older / newer page of the history.
    void showOlderHistory();
    void showNewerHistory();

    QComboBox *locationBox() const { return m_location; }
    QLineEdit *searchBox() const { return m_search; }
    QTableWidget *stockTable() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    TransferPage *transferPage() const { return m_transfers; }
    /// The line under the search box ("312 products · value at cost ¥…").
    QString summaryText() const;
    /// The history's page line ("1–20 of 57 movements").
    QString historyPageText() const;
    /// All the texts of the detail panel, for tests.
    QString detailText() const;

Q_SIGNALS:
    /// The ledger check ended; `text` is the verdict shown (or why it could not run).
    void ledgerChecked(const QString &text, bool ok);

private:
    void loadLocations();
    void reload(bool keepSelection = true);
    void loadMore();
    void appendRows(const LocationStockPage &page);
    void updateDetail();
    void loadHistory();
    LocationId currentLocation() const;
    void showCheckProgress(qint64 done, qint64 total);
    void showCheckResult(const Result<StockVerifyReport> &report);

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<StockLocation> m_locations;
    QList<ProductId> m_filter;              ///< the search's products; empty with m_filtered: nothing
    bool m_filtered = false;
    QList<LocationStockRow> m_rows;
    qint64 m_total = 0;
    int m_historyOffset = 0;
    qint64 m_historyTotal = 0;

    shell::PageHeader *m_header;
    QTabWidget *m_tabs;
    QComboBox *m_location;
    QLineEdit *m_search;
    QCheckBox *m_lowOnly;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_more;
    QTimer *m_delay;
    QLabel *m_productName;
    QLabel *m_productFacts;
    QLabel *m_emptyDetail;
    QWidget *m_detailBody;
    QPushButton *m_adjust;
    QPushButton *m_damage;
    QTableWidget *m_history;
    QLabel *m_historyPage;
    QPushButton *m_newer;
    QPushButton *m_older;
    QPushButton *m_check;
    TransferPage *m_transfers;
    shell::BackgroundTask *m_checkTask = nullptr;   ///< made on the first check
    QString m_checkText;
};

} // namespace qtill::inventory
