#pragma once

#include "checkout/cart.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace qtill::checkout {

/// The ticket as a table: one row per cart line — name, quantity, price, discount with its reason and
/// the line's amount after its own discount. Reads a Cart it does not own (the sale screen's); the
/// screen changes the cart and then tells the model what changed (lineChanged, resetLines), so a scan
/// repaints one row, not the ticket. totals() are the cart's, recomputed on every change.
class TicketModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, QuantityColumn, PriceColumn, DiscountColumn, AmountColumn, ColumnCount };

    /// `cart` must outlive the model.
    explicit TicketModel(const Cart &cart, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Line `row` was added (row == the old line count) or changed in place; a removed line when the cart
    /// has one line fewer. Emits the matching row signals and totalsChanged().
    void lineChanged(int row);
    /// The whole cart changed (recalled, cleared, order discount): every row again.
    void resetLines();

    /// The totals of the cart as last told; an empty cart's when a sum failed (totalsError says why).
    const CartTotals &totals() const { return m_totals; }
    QString totalsError() const { return m_totalsError; }

Q_SIGNALS:
    void totalsChanged();

private:
    void recompute();
    QString quantityText(const CartLine &line) const;
    QString discountText(int row) const;

    const Cart &m_cart;
    int m_rows = 0;
    CartTotals m_totals;
    QString m_totalsError;
    QLocale m_locale;
};

} // namespace qtill::checkout
