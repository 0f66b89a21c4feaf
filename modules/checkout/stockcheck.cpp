// SaleService::checkStock: the till's out-of-stock refusal at the scan, where the store blocks it.
#include "saleservice.h"

#include "cart.h"

#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/services.h"
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

} // namespace qtill::checkout
