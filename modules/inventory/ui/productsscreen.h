#pragma once

#include "shell/uimodule.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QScrollArea;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace qtill::shell {
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class Catalog;
class ProductSearchModel;
class StockLedger;

/// Products (read-only for now): a search box that searches as you type (name, English name, item code
/// or barcode prefix; Enter or a scanner's Enter searches at once), the matching products as a table
/// with stock per location, and the selected product's details: barcodes, prices, tax class and
/// stock in each location against its safety stock.
class ProductsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    /// How long typing must pause before the search runs.
    static constexpr int kSearchDelayMs = 150;

    explicit ProductsScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ProductsScreen() override;

    /// Searches for `text` at once (and puts it in the search box).
    void search(const QString &text);
    /// Selects a result row (and shows its details).
    void selectRow(int row);

    void activated() override;
    void prepareScreenshot() override;

    QLineEdit *searchBox() const { return m_search; }
    ProductSearchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The summary line under the search box ("3 products", "Nothing matches …").
    QString resultText() const;
    /// All text of the detail panel, for tests.
    QString detailText() const;

private:
    void runSearch();
    void updateDetail();
    void updateCount();

    shell::ShellContext &m_context;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<StockLedger> m_ledger;
    ProductSearchModel *m_model;
    QLineEdit *m_search;
    QLabel *m_result;
    QTableView *m_view;
    QTimer *m_delay;
    QScrollArea *m_detailScroll = nullptr;
    QWidget *m_detail;
    QVBoxLayout *m_detailLayout;
    QLabel *m_emptyDetail;
    shell::PageHeader *m_header;
};

} // namespace qtill::inventory
