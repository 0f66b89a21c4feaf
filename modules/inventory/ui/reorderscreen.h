#pragma once

#include "inventory/reorderservice.h"
#include "inventory/salesanalysis.h"

#include "shell/uimodule.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace qtill::shell {
class BackgroundTask;
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;
struct ReorderFigures;

/// 补货 Reorder: what to order and what sells.
///
/// Tabs: low-stock alerts (below safety stock and out of stock, on hand per location, on order);
/// reorder suggestions ("自动订货") for one supplier at a time with the whole arithmetic in the columns
/// (sold a day × lead time + safety − on hand − on order = need, rounded up to whole packs), order
/// quantities a manager may change, and one button that turns the supplier's lines into a draft PO;
/// out-of-stock per location, best sellers and slow movers (no sale in N days).
///
/// Alerts and suggestions read up to a year of sales, so they are worked out on a worker
/// (shell::BackgroundTask with its own Services): meanwhile the screen says "Calculating…", the
/// suggestions cannot be edited or ordered, and everything else answers. Asking again while a
/// calculation runs (Refresh, another sales window) drops the running one's figures and calculates
/// once more with what was asked last.
class ReorderScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    enum Tab { AlertsTab, SuggestionsTab, OutOfStockTab, BestSellersTab, SlowMoversTab };
    /// Columns of the suggestion table.
    enum SuggestionColumn {
        kProduct, kAverage, kLead, kDemand, kSafety, kOnHand, kOnOrder, kNeed, kPack, kOrder, kValue, kSuggestionColumns
    };

    explicit ReorderScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ReorderScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Reads the analysis lists again and starts working out alerts and suggestions on the worker
    /// (order quantities typed are dropped when they arrive: loaded()).
    void refresh();
    /// True from refresh() (or a change of the sales window) until the figures are shown.
    bool isCalculating() const { return m_calculating; }
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *alertsTable() const { return m_alerts; }
    QTableWidget *suggestionsTable() const { return m_suggestions; }
    QTableWidget *outOfStockTable() const { return m_outOfStock; }
    QTableWidget *bestSellersTable() const { return m_bestSellers; }
    QTableWidget *slowMoversTable() const { return m_slowMovers; }
    QComboBox *supplierBox() const { return m_supplier; }
    QSpinBox *salesDaysBox() const { return m_salesDays; }
    QSpinBox *slowDaysBox() const { return m_slowDays; }
    QPushButton *createOrderButton() const { return m_createOrder; }

    /// Chooses the supplier whose suggestions the table shows (by the name in the list); false if absent.
    bool selectSupplier(const QString &name);
    /// The suggestions the table shows (for the chosen supplier), with the quantities as edited.
    QList<ReorderSuggestion> shownSuggestions() const;
    /// Types `text` into the Order cell of `row`, as a manager would. False when it was refused.
    bool setOrderQuantity(int row, const QString &text);
    /// The arithmetic of the selected suggestion in words (the panel under the table).
    QString formulaText() const;

    /// Creates the draft PO for the chosen supplier (what the button does).
    void createDraftOrder();

Q_SIGNALS:
    /// true when alerts and suggestions start being worked out, false once they are shown.
    void calculatingChanged(bool calculating);
    /// Alerts and suggestions from the last calculation are shown (or its error was).
    void loaded();

private:
    void buildAlertsTab();
    void buildSuggestionsTab();
    void buildAnalysisTabs();
    void calculate();
    void setCalculating(bool calculating);
    void showFigures(const Result<ReorderFigures> &figures);
    void showAlerts(const ReorderFigures &figures);
    void showSuggestions(const ReorderFigures &figures);
    void fillSuppliers();
    void fillSuggestionTable();
    void loadOutOfStock();
    void loadBestSellers();
    void loadSlowMovers();
    void updateFormula();
    void updateOrderTotals();
    void orderEdited(QTableWidgetItem *item);
    QList<int> shownIndexes() const;

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<ReorderSuggestion> m_all;      ///< every suggestion, with edited quantities
    bool m_filling = false;
    bool m_calculating = false;
    bool m_calculateAgain = false;       ///< asked again while running: drop its figures, run once more
    bool m_justBuilt = true;             ///< until the first activated(): the constructor refreshed

    shell::PageHeader *m_header;
    QTabWidget *m_tabs;
    QTableWidget *m_alerts = nullptr;
    QLabel *m_alertSummary = nullptr;
    QComboBox *m_supplier = nullptr;
    QSpinBox *m_salesDays = nullptr;
    QTableWidget *m_suggestions = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_orderTotal = nullptr;
    QPushButton *m_createOrder = nullptr;
    QComboBox *m_oosLocation = nullptr;
    QTableWidget *m_outOfStock = nullptr;
    QComboBox *m_bestPeriod = nullptr;
    QComboBox *m_bestBy = nullptr;
    QTableWidget *m_bestSellers = nullptr;
    QSpinBox *m_slowDays = nullptr;
    QTableWidget *m_slowMovers = nullptr;
    QLabel *m_slowSummary = nullptr;
    /// Declared last: destroyed first, so no figures arrive at a half-destroyed screen.
    std::unique_ptr<shell::BackgroundTask> m_task;
};

} // namespace qtill::inventory
