#include "productsearchmodel.h"

#include "inventory/catalog.h"
#include "inventory/stockledger.h"

#include "shell/theme.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace qtill::inventory {

ProductSearchModel::ProductSearchModel(const Catalog &catalog, const StockLedger &ledger, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_ledger(ledger)
{
}

Status ProductSearchModel::refreshReferenceData()
{
    auto categories = m_catalog.categories();
    if (!categories)
        return categories.error();
    auto locations = m_ledger.locations();
    if (!locations)
        return locations.error();
    beginResetModel();
    m_categories.clear();
    for (const Category &c : *categories)
        m_categories.insert(c.id.value(), c.name);
    m_locations = *locations;
    for (Row &row : m_rows)
        row.onHand.resize(m_locations.size());
    endResetModel();
    return {};
}

Status ProductSearchModel::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    QList<Product> found;
    bool truncated = false;
    if (!trimmed.isEmpty()) {
        auto listed = m_catalog.search(trimmed, kLimit);
        if (!listed)
            return listed.error();
        found = *listed;
        truncated = found.size() >= kLimit;

        // A whole code also finds a delisted product (search() lists only listed ones).
        auto has = [&found](ProductId id) {
            return std::any_of(found.cbegin(), found.cend(), [id](const Product &p) { return p.id == id; });
        };
        if (auto bySku = m_catalog.productBySku(trimmed); bySku && !has(bySku->id))
            found.prepend(*bySku);
        if (auto byCode = m_catalog.lookup(trimmed); byCode && !has(byCode->product.id))
            found.prepend(byCode->product);
    }

    QList<Row> rows;
    rows.reserve(found.size());
    for (const Product &p : std::as_const(found)) {
        Row row{p, {}};
        for (const Location &location : std::as_const(m_locations)) {
            auto onHand = m_ledger.onHand(p.id, location.id);
            if (!onHand)
                return onHand.error();
            row.onHand << *onHand;
        }
        rows << row;
    }

    beginResetModel();
    m_text = trimmed;
    m_rows = rows;
    m_truncated = truncated;
    endResetModel();
    return {};
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : statusColumn() + 1;
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Product &p = row.product;
    const int column = index.column();
    const bool isStock = column >= FirstStockColumn && column < statusColumn();
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        if (isStock)
            return row.onHand.value(column - FirstStockColumn).toString(locale);
        if (column == statusColumn())
            return p.isListed() ? tr("Listed") : tr("Delisted");
        switch (column) {
        case CodeColumn: return p.sku;
        case NameColumn: return p.name;
        case CategoryColumn: return m_categories.value(p.categoryId.value());
        case UnitColumn: return p.soldByWeight ? tr("%1 (weighed)").arg(p.unit) : p.unit;
        case PriceColumn: return p.price.format(locale);
        case MemberPriceColumn: return p.memberPrice ? p.memberPrice->format(locale) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && !p.nameEn.isEmpty())
            return p.nameEn;
        break;
    case Qt::TextAlignmentRole:
        if (isStock || column == PriceColumn || column == MemberPriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == statusColumn() && !p.isListed())
            return shell::Theme::kDanger;
        if (!p.isListed())
            return shell::Theme::kTextSecondary;
        if (isStock && row.onHand.value(column - FirstStockColumn).isNegative())
            return shell::Theme::kDanger;
        break;
    case Qt::FontRole:
        if (column == PriceColumn) {
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

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == PriceColumn || section == MemberPriceColumn
            || (section >= FirstStockColumn && section < statusColumn());
        return QVariant((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section >= FirstStockColumn && section < statusColumn())
        return tr("On hand at %1").arg(m_locations.at(section - FirstStockColumn).name);
    if (role != Qt::DisplayRole)
        return {};
    if (section >= FirstStockColumn && section < statusColumn())
        return m_locations.at(section - FirstStockColumn).name;
    if (section == statusColumn())
        return tr("Status");
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case CategoryColumn: return tr("Category");
    case UnitColumn: return tr("Unit");
    case PriceColumn: return tr("Price");
    case MemberPriceColumn: return tr("Member price");
    }
    return {};
}

} // namespace qtill::inventory
