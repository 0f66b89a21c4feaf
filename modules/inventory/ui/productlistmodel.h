#pragma once

#include "inventory/catalog.h"

#include "core/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qtill::inventory {

/// The back office's product list: the whole catalog (or the products matching a filter) loaded page
/// by page as the view scrolls, or the results of a search as you type.
///
/// Browsing: rows come from Catalog::listPage, kPageSize at a time, each page starting after the key of
/// the last row loaded (keyset paging: no OFFSET, so the 10,000th page costs what the first costs).
/// The view asks for the next page through canFetchMore()/fetchMore() when it scrolls near the end;
/// only the pages scrolled to are in memory. matchCount() is the number of all matching products.
///
/// Searching (setSearchText with text): Catalog::search over listed and — unless the filter asks for
/// listed only — delisted products (name, pinyin initials, English name, item code and barcode prefix),
/// plus a whole code through Catalog::lookup (UPC forms, case codes), at most kSearchLimit, then the
/// filter applied to them. The Catalog must outlive the model.
class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        BarcodeColumn,
        CategoryColumn,
        UnitColumn,
        PriceColumn,
        MemberPriceColumn,
        OnHandColumn,
        StatusColumn,
        ColumnCount,
    };
    /// The product id of a row (qint64), for views and tests.
    static constexpr int kProductIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 100;
    static constexpr int kSearchLimit = 200;

    explicit ProductListModel(const Catalog &catalog, QObject *parent = nullptr);

    /// Reads the category names again (the category column).
    Status refreshReferenceData();
    /// Shows the products matching `filter` (or the search results filtered by it), from the top.
    Status setFilter(const ProductListFilter &filter);
    const ProductListFilter &filter() const { return m_filter; }
    /// Searches for `text`; an empty text goes back to browsing the whole (filtered) catalog.
    Status setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    bool isSearching() const { return !m_text.isEmpty(); }
    /// Loads the first page (or the search) again and counts again.
    Status reload();
    /// Reads every loaded row again in place and counts again, keeping the place the view has scrolled
    /// to (when the screen comes back: prices and stock may have changed elsewhere). A search runs again.
    Status refreshLoaded();
    /// Reads one product's row again in place (after an edit). Ok and nothing changes when it is not shown.
    Status refreshProduct(ProductId id);

    /// Browsing: how many products match the filter (all pages). Searching: how many were found.
    qint64 matchCount() const { return m_matchCount; }
    /// True when the search stopped at kSearchLimit (there may be more).
    bool isSearchTruncated() const { return m_truncated; }
    /// Pages read since the last reset, for tests.
    int pagesLoaded() const { return m_pagesLoaded; }

    const ProductListRow &rowAt(int row) const { return m_rows.at(row); }
    /// The row showing `id`, or -1.
    int rowOf(ProductId id) const;
    QString categoryName(CategoryId id) const { return m_categories.value(id.value()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page could not be read (fetchMore has no way to return an error).
    void loadFailed(const QString &message);

private:
    Status load();
    Status loadSearch();

    const Catalog &m_catalog;
    ProductListFilter m_filter;
    QString m_text;
    QList<ProductListRow> m_rows;
    QHash<qint64, QString> m_categories;
    qint64 m_matchCount = 0;
    bool m_atEnd = true;
    bool m_truncated = false;
    int m_pagesLoaded = 0;
};

} // namespace qtill::inventory
