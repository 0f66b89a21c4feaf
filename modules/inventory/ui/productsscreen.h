#pragma once

#include "inventory/product.h"

#include "shell/uimodule.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace qtill::shell {
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;
class ProductEditorDialog;
class ProductListModel;

/// Products: the whole catalog as a list that loads page by page as it scrolls (a million products
/// scroll smoothly), narrowed by category (with its subcategories), listing status, low stock and
/// sold-by-weight filters and sorted by item code or name; a search box that searches as you type
/// (name, pinyin initials, English name, item code or barcode prefix; Enter or a scanner's Enter
/// searches at once); the chosen product's details (codes, prices, stock per location against its
/// safety stock); and the product editor for new and existing products, plus delist / list again.
///
/// Changing products needs inventory.edit: an operator without it (a cashier) gets the supervisor
/// override dialog, and the change is saved as the approving supervisor.
class ProductsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    /// How long typing must pause before the search runs.
    static constexpr int kSearchDelayMs = 150;

    explicit ProductsScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ProductsScreen() override;

    /// Searches for `text` at once (and puts it in the search box); empty text: browse the catalog.
    void search(const QString &text);
    /// Selects a row (and shows its details).
    void selectRow(int row);

    /// Opens the editor for a new product / the selected product (window-modal, not blocking), after
    /// a supervisor override when the operator may not edit products. nullptr when refused, cancelled
    /// or nothing is selected.
    ProductEditorDialog *openNewProduct();
    ProductEditorDialog *openEditor();
    /// Delists the selected product, or lists it again when it is delisted.
    void toggleListing();

    void activated() override;
    void prepareScreenshot() override;

    QLineEdit *searchBox() const { return m_search; }
    ProductListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QCheckBox *lowStockFilter() const { return m_lowStockFilter; }
    QCheckBox *weighedFilter() const { return m_weighedFilter; }
    QComboBox *sortOrder() const { return m_sortOrder; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *listingButton() const { return m_listingButton; }
    /// The editor opened last (nullptr once it is closed).
    ProductEditorDialog *editor() const;
    /// The summary line under the search box ("315 products", "Nothing matches …").
    QString resultText() const;
    /// All text of the detail panel, for tests.
    QString detailText() const;

private:
    void applyFilter();
    void runSearch();
    void updateDetail();
    void updateResult();
    void loadCategories();
    int selectedRow() const;
    void showError(const QString &message);
    void editorSaved(ProductEditorDialog *dialog);

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<Location> m_locations;
    ProductListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_categoryFilter;
    QComboBox *m_statusFilter;
    QCheckBox *m_lowStockFilter;
    QCheckBox *m_weighedFilter;
    QComboBox *m_sortOrder;
    QLabel *m_result;
    QTableView *m_view;
    QTimer *m_delay;
    QScrollArea *m_detailScroll = nullptr;
    QWidget *m_detail;
    QVBoxLayout *m_detailLayout;
    QLabel *m_emptyDetail;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_listingButton;
    shell::PageHeader *m_header;
    QPointer<ProductEditorDialog> m_editor;
};

} // namespace qtill::inventory
