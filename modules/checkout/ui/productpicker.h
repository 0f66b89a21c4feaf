#pragma once

#include "inventory/product.h"

#include "core/settings.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTimer;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

/// The right half of the till: a search box that searches the catalog as you type, the categories as
/// tabs (Favourites first: the best sellers of the last 30 days when the operator may see them) and big
/// product buttons; a tap emits productChosen().
///
/// Search as you type never stalls the till: typing restarts a short delay (kSearchDelayMs) and the
/// search itself is Catalog::search with a small limit — index range scans that stop at the limit, so
/// it stays quick on a million products (as the Products screen searches).
class ProductPicker final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;
    static constexpr int kSearchLimit = 24;
    static constexpr int kCategoryLimit = 60;
    static constexpr int kColumns = 3;
    /// Store setting: the Favourites tab's products, as SKUs in order ("100001,100002"). When it is
    /// empty the tab shows what sold most in the last 30 days, and in a new store the first shelf.
    static const Setting<QString> kFavourites;

    explicit ProductPicker(shell::ShellContext &context, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTabBar *categoryBar() const { return m_tabs; }
    /// The product buttons shown now, in order (for tests).
    QList<QPushButton *> productButtons() const { return m_buttons; }
    /// The products behind the buttons.
    const QList<inventory::Product> &products() const { return m_products; }

    /// Searches `text` at once (empty: back to the chosen category).
    void search(const QString &text);
    /// Shows category tab `index` (0: Favourites).
    void showCategory(int index);

Q_SIGNALS:
    /// A product button was tapped (or Enter on a search with one result).
    void productChosen(const qtill::inventory::Product &product);
    /// Enter in the search box on text that is a code, not a name: the screen treats it as a scan.
    void codeEntered(const QString &code);
    /// A catalog read failed: one line for the status strip.
    void failed(const QString &message);

private:
    void loadCategories();
    QList<inventory::Product> favourites();
    void runSearch();
    void submitSearch();
    void showProducts(const QList<inventory::Product> &products, const QString &emptyText);

    shell::ShellContext &m_context;
    QLineEdit *m_search;
    QTabBar *m_tabs;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_empty;
    QTimer *m_delay;
    QList<inventory::CategoryId> m_categoryIds;   ///< per tab after Favourites
    QList<inventory::Product> m_products;
    QList<QPushButton *> m_buttons;
    std::optional<QList<inventory::Product>> m_favourites;
};

} // namespace qtill::checkout
