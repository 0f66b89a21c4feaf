// Cart::toJson / fromJson: the persisted cart (amounts in minor units, quantities in milli-units).
#include "cart.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qtill::checkout {

namespace {

QJsonValue minor(const Money &m)
{
    return QString::number(m.minor()); // text: a JSON number is a double and loses digits past 2^53
}

Money money(const QJsonValue &v, const Currency &currency)
{
    return Money::fromMinor(v.toString().toLongLong(), currency);
}

QJsonObject lineToJson(const CartLine &l)
{
    QJsonObject o{{QStringLiteral("lineId"), l.lineId},
        {QStringLiteral("product"), QString::number(l.product.value())},
        {QStringLiteral("sku"), l.sku},
        {QStringLiteral("category"), QString::number(l.category.value())},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("code"), l.code},
        {QStringLiteral("unit"), l.unit},
        {QStringLiteral("taxClass"), l.taxClass},
        {QStringLiteral("weighed"), l.soldByWeight},
        {QStringLiteral("serialTracked"), l.serialTracked},
        {QStringLiteral("serial"), l.serialNumber},
        {QStringLiteral("qty"), QString::number(l.quantity.milli())},
        {QStringLiteral("listPrice"), minor(l.listPrice)},
        {QStringLiteral("unitPrice"), minor(l.unitPrice)},
        {QStringLiteral("discount"), minor(l.discount)},
        {QStringLiteral("discountReason"), l.discountReason},
        {QStringLiteral("priceReason"), l.priceReason},
        {QStringLiteral("approvedBy"), QString::number(l.approvedBy.value())}};
    if (l.fixedAmount)
        o.insert(QStringLiteral("fixedAmount"), minor(*l.fixedAmount));
    if (l.memberPrice)
        o.insert(QStringLiteral("memberPrice"), minor(*l.memberPrice));
    return o;
}

CartLine lineFromJson(const QJsonObject &o, const Currency &c)
{
    CartLine l;
    l.lineId = o.value(QStringLiteral("lineId")).toString();
    l.product = inventory::ProductId(o.value(QStringLiteral("product")).toString().toLongLong());
    l.category = inventory::CategoryId(o.value(QStringLiteral("category")).toString().toLongLong()); // 0: saved before
    l.sku = o.value(QStringLiteral("sku")).toString();
    l.name = o.value(QStringLiteral("name")).toString();
    l.code = o.value(QStringLiteral("code")).toString();
    l.unit = o.value(QStringLiteral("unit")).toString();
    l.taxClass = o.value(QStringLiteral("taxClass")).toString();
    l.soldByWeight = o.value(QStringLiteral("weighed")).toBool();
    l.serialTracked = o.value(QStringLiteral("serialTracked")).toBool();
    l.serialNumber = o.value(QStringLiteral("serial")).toString();
    l.quantity = Quantity::fromMilli(o.value(QStringLiteral("qty")).toString().toLongLong());
    l.listPrice = money(o.value(QStringLiteral("listPrice")), c);
    l.unitPrice = money(o.value(QStringLiteral("unitPrice")), c);
    l.discount = money(o.value(QStringLiteral("discount")), c);
    l.discountReason = o.value(QStringLiteral("discountReason")).toString();
    l.priceReason = o.value(QStringLiteral("priceReason")).toString();
    l.approvedBy = OperatorId(o.value(QStringLiteral("approvedBy")).toString().toLongLong());
    if (o.contains(QStringLiteral("fixedAmount")))
        l.fixedAmount = money(o.value(QStringLiteral("fixedAmount")), c);
    if (o.contains(QStringLiteral("memberPrice")))
        l.memberPrice = money(o.value(QStringLiteral("memberPrice")), c);
    return l;
}

} // namespace

QJsonObject Cart::toJson() const
{
    QJsonArray lines;
    for (const CartLine &l : m_lines)
        lines.append(lineToJson(l));
    return QJsonObject{{QStringLiteral("currency"), m_currency.code()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("orderDiscount"), minor(m_orderDiscount)},
        {QStringLiteral("orderDiscountPercent"), m_orderDiscountBasisPoints},
        {QStringLiteral("orderDiscountReason"), m_orderDiscountReason},
        {QStringLiteral("orderDiscountApprover"), QString::number(m_orderDiscountApprover.value())}};
}

Result<Cart> Cart::fromJson(const QJsonObject &json)
{
    const Currency currency = Currency::fromCode(json.value(QStringLiteral("currency")).toString());
    if (!currency.isValid())
        return Error::corrupt(QCoreApplication::translate("qtill::checkout::Cart", "The saved ticket could not be read."),
            QStringLiteral("cart JSON without a known currency"));
    Cart cart(currency);
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &v : lines)
        cart.m_lines.append(lineFromJson(v.toObject(), currency));
    cart.m_orderDiscount = money(json.value(QStringLiteral("orderDiscount")), currency);
    cart.m_orderDiscountBasisPoints = json.value(QStringLiteral("orderDiscountPercent")).toInt();
    cart.m_orderDiscountReason = json.value(QStringLiteral("orderDiscountReason")).toString();
    cart.m_orderDiscountApprover = OperatorId(json.value(QStringLiteral("orderDiscountApprover")).toString().toLongLong());
    if (auto priced = cart.totals(); !priced)
        return Error::corrupt(QCoreApplication::translate("qtill::checkout::Cart", "The saved ticket could not be read."),
            QStringLiteral("cart JSON does not price: ") + priced.error().message);
    return cart;
}

} // namespace qtill::checkout
