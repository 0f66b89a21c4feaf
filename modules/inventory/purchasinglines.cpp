#include "purchasinglines.h"

#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace qtill::inventory::purchasing {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::PurchaseOrderService", text);
}

QVariant number64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qlonglong>(v));
}

QString qtyText(Quantity q)
{
    return q.toString(QLocale());
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseStoredTime(v.toString());
}

Result<ProductCost> productCost(const Store &store, ProductId product, const Currency &currency)
{
    auto q = store.exec(QStringLiteral("SELECT sku, name, cost_fen, serial_tracked FROM products WHERE id = ?"),
                        {idValue(product.value())},
                        tr("The product could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no product with id %1.").arg(product.value()));
    return ProductCost{q->value(0).toString(), q->value(1).toString(), Money::fromMinor(q->value(2).toLongLong(), currency),
                       q->value(3).toInt() != 0};
}

Result<std::optional<Money>> supplierCost(const Store &store, SupplierId supplier, ProductId product,
                                          const Currency &currency)
{
    auto q = store.exec(QStringLiteral("SELECT last_cost_fen FROM supplier_items WHERE supplier_id = ? AND product_id = ?"),
                        {idValue(supplier.value()), idValue(product.value())}, tr("The supplier items could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Money>();
    return std::optional<Money>(Money::fromMinor(q->value(0).toLongLong(), currency));
}

QList<ReceiptLine> merged(const QList<ReceiptLine> &lines)
{
    QList<ReceiptLine> out;
    for (const ReceiptLine &line : lines) {
        auto it = std::find_if(out.begin(), out.end(), [&](const ReceiptLine &l) { return l.product == line.product; });
        if (it == out.end()) {
            out << line;
        } else {
            it->quantity = Quantity::fromMilli(it->quantity.milli() + line.quantity.milli()); // checked by checkLines
            if (line.unitCost)
                it->unitCost = line.unitCost;
            it->serials += line.serials;
        }
    }
    return out;
}

Status checkCost(const std::optional<Money> &cost, const Currency &currency)
{
    if (!cost)
        return {};
    if (cost->currency() != currency) {
        return Error::invalidInput(tr("A cost must be in the store's currency (%1).").arg(currency.code()),
                                   QStringLiteral("cost in ") + cost->currency().code());
    }
    if (cost->isNegative())
        return Error::invalidInput(tr("A cost cannot be negative."));
    return {};
}

Status checkLines(const QList<ReceiptLine> &lines, const Currency &currency)
{
    if (lines.isEmpty())
        return Error::invalidInput(tr("Add at least one product."));
    QHash<ProductId, Quantity> perProduct;
    for (const ReceiptLine &line : lines) {
        if (line.quantity.milli() <= 0)
            return Error::invalidInput(tr("Every quantity must be more than zero."));
        if (Status cost = checkCost(line.unitCost, currency); !cost)
            return cost;
        auto sum = perProduct.value(line.product).plus(line.quantity);
        if (!sum)
            return sum.error();
        perProduct.insert(line.product, *sum);
    }
    return {};
}

Status checkSerials(const ProductCost &product, const ReceiptLine &line, GoodsDirection direction)
{
    if (!product.serialTracked) {
        if (line.serials.isEmpty())
            return {};
        return Error::invalidInput(tr("%1 (%2) does not take serial numbers.").arg(product.name, product.sku));
    }
    const qint64 units = line.quantity.milli() / 1000;
    if (line.quantity.isWhole() && line.serials.size() == units)
        return {};
    const QString message
        = direction == GoodsDirection::In
        ? tr("%1 (%2) needs one serial number per unit: %3 received, %4 serial numbers scanned.")
        : tr("%1 (%2) needs one serial number per unit: %3 going back, %4 serial numbers scanned.");
    return Error::invalidInput(message.arg(product.name, product.sku, qtyText(line.quantity)).arg(line.serials.size()));
}

} // namespace qtill::inventory::purchasing
