#pragma once

#include "inventory/product.h"

#include "core/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qtill::inventory {

class Catalog;
class StockLedger;

/// The products matching a search, as a table: code, name, category, unit, price, member price,
/// one "on hand" column per stock location, status (listed / delisted).
///
/// search() asks Catalog::search (name, English name, SKU, barcode prefix; listed products) and,
/// when the text is a whole item code or barcode, Catalog::productBySku / lookup as well so a delisted
/// product can still be found by its code. Stock comes from the StockLedger.
/// The Catalog and the ledger must outlive the model.
class ProductSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn {
        CodeColumn,
        NameColumn,
        CategoryColumn,
        UnitColumn,
        PriceColumn,
        MemberPriceColumn,
        FirstStockColumn,   ///< then one column per location, then the status column
    };
    /// The product of a row, for views and tests.
    static constexpr int kProductIdRole = Qt::UserRole + 1;

    static constexpr int kLimit = 50;

    ProductSearchModel(const Catalog &catalog, const StockLedger &ledger, QObject *parent = nullptr);

    /// Reads the categories and locations again (they name the columns and cells).
    Status refreshReferenceData();
    /// Runs the search and replaces the rows; an empty text clears them.
    Status search(const QString &text);
    const QString &searchText() const { return m_text; }

    const QList<Location> &locations() const { return m_locations; }
    const Product &productAt(int row) const { return m_rows.at(row).product; }
    Quantity onHandAt(int row, int locationIndex) const { return m_rows.at(row).onHand.value(locationIndex); }
    QString categoryName(CategoryId id) const { return m_categories.value(id.value()); }
    int statusColumn() const { return FirstStockColumn + int(m_locations.size()); }
    /// True when the last search stopped at kLimit rows (there may be more).
    bool isTruncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Product product;
        QList<Quantity> onHand;   ///< per location, in locations() order
    };

    const Catalog &m_catalog;
    const StockLedger &m_ledger;
    QString m_text;
    QList<Row> m_rows;
    QList<Location> m_locations;
    QHash<qint64, QString> m_categories;
    bool m_truncated = false;
};

} // namespace qtill::inventory
