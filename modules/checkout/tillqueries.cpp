// What the till asks of the stock and the sales while ringing up: SaleService::checkStock (out of stock
// refused at the scan where the store blocks it) and SaleService::mostSold (the picker's favourites).
#include "saleservice.h"

#include "cart.h"

#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/services.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storesettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::SaleService", text);
}

} // namespace

Status SaleService::checkStock(const Cart &cart, int index)
{
    if (index < 0 || index >= cart.lines().size())
        return {};
    if (inventory::StockLedger::kAllowNegativeStock.get(m_core.settings()))
        return {};
    const CartLine &line = cart.lines().at(index);
    qint64 wanted = 0;
    for (const CartLine &l : cart.lines()) {
        if (l.product == line.product)
            wanted += l.quantity.milli();
    }
    auto location = sellingLocation();
    if (!location)
        return location.error();
    auto onHand = m_inventory.ledger().onHand(line.product, *location);
    if (!onHand)
        return onHand.error();
    if (onHand->milli() >= wanted)
        return {};
    if (onHand->milli() <= 0)
        return Error::conflict(tr("%1 is out of stock.").arg(line.name));
    return Error::conflict(tr("Only %1 of %2 in stock.").arg(onHand->toString(QLocale()), line.name));
}

Result<QList<inventory::ProductId>> SaleService::mostSold(const QDateTime &since, int limit) const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT l.product_id FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.at >= ?"
                       " GROUP BY l.product_id ORDER BY SUM(l.quantity) DESC, l.product_id LIMIT ?"),
        {storedTime(since), limit}, tr("The best sellers could not be read."));
    if (!q)
        return q.error();
    QList<inventory::ProductId> products;
    while (q->next())
        products << inventory::ProductId(q->value(0).toLongLong());
    return products;
}

} // namespace qtill::checkout
