#include "pricingresult.h"

#include <QJsonArray>

namespace qtill::members {
namespace {

qint64 minor(const Money &m)
{
    return qint64(m.minor());
}

QJsonArray sharesJson(const QList<DiscountShare> &shares, const QString &keyName)
{
    QJsonArray out;
    for (const DiscountShare &s : shares)
        out.append(QJsonObject{{keyName, s.lineKey}, {QStringLiteral("amount"), minor(s.amount)}});
    return out;
}

QJsonObject discountJson(const DiscountLine &d)
{
    QJsonArray units;
    for (const UnitSpan &u : d.units)
        units.append(QJsonObject{{QStringLiteral("line"), u.lineKey}, {QStringLiteral("quantity"), qint64(u.quantity.milli())}});
    const Explanation &e = d.explanation;
    return QJsonObject{
        {QStringLiteral("source"), d.source == DiscountLine::Source::Coupon ? QStringLiteral("coupon") : QStringLiteral("promotion")},
        {QStringLiteral("rule"), d.ruleId},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("units"), units},
        {QStringLiteral("amount"), minor(d.amount)},
        {QStringLiteral("shares"), sharesJson(d.shares, QStringLiteral("line"))},
        {QStringLiteral("explanation"),
         QJsonObject{{QStringLiteral("kind"), e.kind},
                     {QStringLiteral("parameters"), e.parameters},
                     {QStringLiteral("base"), minor(e.base)},
                     {QStringLiteral("computation"), e.computation},
                     {QStringLiteral("text"), e.text}}},
    };
}

} // namespace

QJsonObject PricingResult::toJson() const
{
    QJsonArray lineArray, discountArray, couponArray, missArray;
    for (const LinePricing &l : lines) {
        lineArray.append(QJsonObject{{QStringLiteral("key"), l.key},
                                     {QStringLiteral("amount"), minor(l.amount)},
                                     {QStringLiteral("discount"), minor(l.discount)},
                                     {QStringLiteral("net"), minor(l.net)},
                                     {QStringLiteral("discounts"), sharesJson(l.discounts, QStringLiteral("rule"))}});
    }
    for (const DiscountLine &d : discounts)
        discountArray.append(discountJson(d));
    for (const CouponOutcome &c : coupons) {
        couponArray.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("reason"), int(c.reason)},
                                       {QStringLiteral("amount"), minor(c.amount)}, {QStringLiteral("text"), c.text}});
    }
    for (const NearMiss &m : nearMisses) {
        missArray.append(QJsonObject{{QStringLiteral("promotion"), m.promotionId},
                                     {QStringLiteral("missingUnits"), m.missingUnits},
                                     {QStringLiteral("missingAmount"), minor(m.missingAmount)},
                                     {QStringLiteral("value"), minor(m.value)},
                                     {QStringLiteral("text"), m.text}});
    }
    return QJsonObject{{QStringLiteral("lines"), lineArray},
                       {QStringLiteral("discounts"), discountArray},
                       {QStringLiteral("gross"), minor(gross)},
                       {QStringLiteral("totalDiscount"), minor(totalDiscount)},
                       {QStringLiteral("total"), minor(total)},
                       {QStringLiteral("coupons"), couponArray},
                       {QStringLiteral("pointsMultiplier"), pointsMultiplier},
                       {QStringLiteral("nearMisses"), missArray},
                       {QStringLiteral("exact"), exact}};
}

const LinePricing *PricingResult::line(const QString &key) const
{
    for (const LinePricing &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

} // namespace qtill::members
