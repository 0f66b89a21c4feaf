#include "purchaseorder.h"

#include <QCoreApplication>

namespace qtill::inventory {

QString purchaseOrderStatusKey(PurchaseOrderStatus status)
{
    switch (status) {
    case PurchaseOrderStatus::Draft:
        return QStringLiteral("draft");
    case PurchaseOrderStatus::Sent:
        return QStringLiteral("sent");
    case PurchaseOrderStatus::PartlyReceived:
        return QStringLiteral("partly_received");
    case PurchaseOrderStatus::Received:
        return QStringLiteral("received");
    case PurchaseOrderStatus::Closed:
        return QStringLiteral("closed");
    case PurchaseOrderStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

PurchaseOrderStatus purchaseOrderStatusFromKey(const QString &key)
{
    for (PurchaseOrderStatus s : {PurchaseOrderStatus::Draft, PurchaseOrderStatus::Sent, PurchaseOrderStatus::PartlyReceived,
                                  PurchaseOrderStatus::Received, PurchaseOrderStatus::Closed,
                                  PurchaseOrderStatus::Cancelled}) {
        if (purchaseOrderStatusKey(s) == key)
            return s;
    }
    return PurchaseOrderStatus::Draft;
}

QString purchaseOrderStatusName(PurchaseOrderStatus status)
{
    const char *name = "";
    switch (status) {
    case PurchaseOrderStatus::Draft:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Draft");
        break;
    case PurchaseOrderStatus::Sent:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Sent");
        break;
    case PurchaseOrderStatus::PartlyReceived:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Partly received");
        break;
    case PurchaseOrderStatus::Received:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Received");
        break;
    case PurchaseOrderStatus::Closed:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Closed");
        break;
    case PurchaseOrderStatus::Cancelled:
        name = QT_TRANSLATE_NOOP("qtill::inventory::PurchaseOrder", "Cancelled");
        break;
    }
    return QCoreApplication::translate("qtill::inventory::PurchaseOrder", name);
}

Result<Money> PurchaseOrder::orderedValue(const Currency &currency) const
{
    Money total = Money::zero(currency);
    for (const PurchaseOrderLine &line : lines) {
        auto amount = line.unitCost.times(line.ordered);
        if (!amount)
            return amount.error();
        auto sum = total.plus(*amount);
        if (!sum)
            return sum.error();
        total = *sum;
    }
    return total;
}

} // namespace qtill::inventory
