#include "productlistmodel.h"

#include "shell/theme.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace qtill::inventory {

ProductListModel::ProductListModel(const Catalog &catalog, QObject *parent) : QAbstractTableModel(parent), m_catalog(catalog)
{
}

Status ProductListModel::refreshReferenceData()
{
    auto categories = m_catalog.categories();
    if (!categories)
        return categories.error();
    m_categories.clear();
    for (const Category &c : std::as_const(*categories))
        m_categories.insert(c.id.value(), c.name);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CategoryColumn), index(int(m_rows.size()) - 1, CategoryColumn));
    return {};
}

Status ProductListModel::setFilter(const ProductListFilter &filter)
{
    m_filter = filter;
    return load();
}

Status ProductListModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    return load();
}

Status ProductListModel::reload()
{
    return load();
}

Status ProductListModel::load()
{
    if (isSearching())
        return loadSearch();
    auto count = m_catalog.listCount(m_filter);
    if (!count)
        return count.error();
    auto page = m_catalog.listPage(m_filter, std::nullopt, kPageSize);
    if (!page)
        return page.error();
    beginResetModel();
    m_rows = std::move(*page);
    m_matchCount = *count;
    m_atEnd = m_rows.size() < kPageSize;
    m_truncated = false;
    m_pagesLoaded = 1;
    endResetModel();
    return {};
}

Status ProductListModel::loadSearch()
{
    const bool includeDelisted = m_filter.status != ProductListFilter::Status::Listed;
    auto found = m_catalog.search(m_text, kSearchLimit, includeDelisted);
    if (!found)
        return found.error();
    QList<ProductId> ids;
    for (const Product &p : std::as_const(*found))
        ids << p.id;
    const bool truncated = ids.size() >= kSearchLimit;
    // A whole code in any of its forms (UPC-A as EAN-13, a case code, a scale label) finds its product first.
    if (auto byCode = m_catalog.lookup(m_text); byCode && !ids.contains(byCode->product.id))
        ids.prepend(byCode->product.id);
    auto rows = m_catalog.listRows(ids, m_filter);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    m_matchCount = m_rows.size();
    m_atEnd = true;
    m_truncated = truncated;
    m_pagesLoaded = 0;
    endResetModel();
    return {};
}

Status ProductListModel::refreshLoaded()
{
    if (isSearching() || m_rows.isEmpty())
        return load();
    auto count = m_catalog.listCount(m_filter);
    if (!count)
        return count.error();
    constexpr qsizetype kChunk = 500;
    QHash<qint64, ProductListRow> fresh;
    for (qsizetype from = 0; from < m_rows.size(); from += kChunk) {
        QList<ProductId> ids;
        for (qsizetype i = from; i < std::min(from + kChunk, m_rows.size()); ++i)
            ids << m_rows.at(i).product.id;
        auto rows = m_catalog.listRows(ids);
        if (!rows)
            return rows.error();
        for (ProductListRow &row : *rows)
            fresh.insert(row.product.id.value(), std::move(row));
    }
    for (ProductListRow &row : m_rows)
        row = fresh.value(row.product.id.value(), row);
    m_matchCount = *count;
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    return {};
}

Status ProductListModel::refreshProduct(ProductId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return {};
    auto fresh = m_catalog.listRows({id});
    if (!fresh)
        return fresh.error();
    if (fresh->isEmpty())
        return {};
    m_rows[row] = fresh->constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

int ProductListModel::rowOf(ProductId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).product.id == id)
            return row;
    }
    return -1;
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isSearching() && !m_atEnd && !m_rows.isEmpty();
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_catalog.listPage(m_filter, m_rows.constLast().key(m_filter.order), kPageSize);
    if (!page) {
        m_atEnd = true; // do not retry on every scroll; reload() tries again
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    ++m_pagesLoaded;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(*page));
    endInsertRows();
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductListRow &row = m_rows.at(index.row());
    const Product &p = row.product;
    const int column = index.column();
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return p.sku;
        case NameColumn: return p.name;
        case BarcodeColumn: return row.barcode;
        case CategoryColumn: return m_categories.value(p.categoryId.value());
        case UnitColumn: return p.soldByWeight ? tr("%1 (weighed)").arg(p.unit) : p.unit;
        case PriceColumn: return p.price.format(locale);
        case MemberPriceColumn: return p.memberPrice ? p.memberPrice->format(locale) : QString();
        case OnHandColumn: return row.onHand.toString(locale);
        case StatusColumn: return p.isListed() ? tr("Listed") : tr("Delisted");
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && !p.nameEn.isEmpty())
            return p.nameEn;
        if (column == OnHandColumn && row.isLowOnStock())
            return tr("Below the safety stock of %1").arg(p.safetyStock.toString(locale));
        break;
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == MemberPriceColumn || column == OnHandColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn && !p.isListed())
            return shell::Theme::kDanger;
        if (!p.isListed())
            return shell::Theme::kTextSecondary;
        if (column == OnHandColumn && row.onHand.isNegative())
            return shell::Theme::kDanger;
        if (column == OnHandColumn && row.isLowOnStock())
            return shell::Theme::kWarning;
        break;
    case Qt::FontRole:
        if (column == PriceColumn || (column == OnHandColumn && row.isLowOnStock())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case kProductIdRole:
        return QVariant::fromValue(p.id.value());
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == PriceColumn || section == MemberPriceColumn || section == OnHandColumn;
        return QVariant((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == OnHandColumn)
        return tr("On hand in all locations together");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case BarcodeColumn: return tr("Barcode");
    case CategoryColumn: return tr("Category");
    case UnitColumn: return tr("Unit");
    case PriceColumn: return tr("Price");
    case MemberPriceColumn: return tr("Member");
    case OnHandColumn: return tr("On hand");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace qtill::inventory
