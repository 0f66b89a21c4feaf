#include "ticketmodel.h"

#include "shell/theme.h"

#include <QBrush>
#include <QFont>

namespace qtill::checkout {

TicketModel::TicketModel(const Cart &cart, QObject *parent) : QAbstractTableModel(parent), m_cart(cart)
{
    m_rows = int(cart.lines().size());
    recompute();
}

int TicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketModel::quantityText(const CartLine &line) const
{
    if (line.soldByWeight)
        return tr("%1 kg").arg(line.quantity.toString(m_locale));
    return line.quantity.toString(m_locale);
}

QString TicketModel::discountText(int row) const
{
    const CartLine &line = m_cart.lines().at(row);
    if (line.discount.isZero())
        return {};
    // The reason under the amount, in the same column: the ticket says why at a glance.
    const QString amount = QStringLiteral("−") + line.discount.format(m_locale, Money::Symbol::Without);
    return line.discountReason.isEmpty() ? amount : amount + QLatin1Char('\n') + line.discountReason;
}

QVariant TicketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= m_cart.lines().size())
        return {};
    const CartLine &line = m_cart.lines().at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: {
            // A price override says why under the name; a serial-numbered unit shows its serial.
            QString text = line.name;
            if (line.serialTracked)
                text += QLatin1Char('\n') + (line.serialNumber.isEmpty() ? tr("Serial number: scan it") : tr("SN %1").arg(line.serialNumber));
            if (line.isPriceOverridden() && !line.priceReason.isEmpty())
                text += QLatin1Char('\n') + tr("Price: %1").arg(line.priceReason);
            return text;
        }
        case QuantityColumn:
            return quantityText(line);
        case PriceColumn:
            return line.unitPrice.format(m_locale, Money::Symbol::Without);
        case DiscountColumn:
            return discountText(index.row());
        case AmountColumn: {
            if (index.row() >= m_totals.lines.size())
                return {};
            const PricedLine &priced = m_totals.lines.at(index.row());
            return (priced.amount - priced.lineDiscount).format(m_locale, Money::Symbol::Without);
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == DiscountColumn && !line.discountReason.isEmpty())
        return line.discountReason;
    if (role == Qt::ForegroundRole) {
        if (column == DiscountColumn)
            return QBrush(shell::Theme::kDanger);
        if (column == PriceColumn && line.isPriceOverridden())
            return QBrush(shell::Theme::kWarning);
    }
    if (role == Qt::FontRole && column == AmountColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && line.isPriceOverridden())
        return tr("List price %1").arg(line.listPrice.format(m_locale));
    return {};
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Discount");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

void TicketModel::lineChanged(int row)
{
    const int lines = int(m_cart.lines().size());
    if (lines == m_rows + 1 && row == m_rows) {
        recompute();
        beginInsertRows({}, row, row);
        m_rows = lines;
        endInsertRows();
    } else if (lines == m_rows - 1 && row >= 0 && row < m_rows) {
        beginRemoveRows({}, row, row);
        m_rows = lines;
        recompute();
        endRemoveRows();
    } else if (lines == m_rows && row >= 0 && row < m_rows) {
        recompute();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        resetLines();
        return;
    }
    Q_EMIT totalsChanged();
}

void TicketModel::resetLines()
{
    beginResetModel();
    m_rows = int(m_cart.lines().size());
    recompute();
    endResetModel();
    Q_EMIT totalsChanged();
}

void TicketModel::recompute()
{
    auto totals = m_cart.totals();
    if (totals) {
        m_totals = *totals;
        m_totalsError.clear();
    } else {
        const Money zero = Money::zero(m_cart.currency());
        m_totals = CartTotals{{}, zero, zero, zero, zero, zero, Quantity()};
        m_totalsError = totals.error().message;
    }
}

} // namespace qtill::checkout
