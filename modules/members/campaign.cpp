#include "campaign.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace qtill::members {

namespace {

using Kind = Coupon::Kind;

constexpr std::array<std::pair<Kind, const char *>, 5> kKinds {{
    {Kind::AmountOff, "amount_off"},
    {Kind::PercentOff, "percent_off"},
    {Kind::Threshold, "threshold"},
    {Kind::FreeItem, "free_item"},
    {Kind::PointsMultiplier, "points_multiplier"},
}};

constexpr std::array<std::pair<Campaign::Status, const char *>, 3> kStatuses {{
    {Campaign::Status::Active, "active"},
    {Campaign::Status::Paused, "paused"},
    {Campaign::Status::Ended, "ended"},
}};

} // namespace

Coupon Campaign::toPricingCoupon(const QString &code, const QDateTime &couponFrom, const QDateTime &couponUntil) const
{
    Coupon c;
    c.code = code;
    c.name = name;
    c.kind = kind;
    c.scope = scope;
    c.amount = amount;
    c.percentBasisPoints = percentBasisPoints;
    c.cap = cap;
    c.minimumSpend = minimumSpend;
    c.pointsMultiplier = pointsMultiplier;
    c.stackable = stackable;
    c.validFrom = couponFrom;
    c.validUntil = couponUntil;
    return c;
}

QString couponKindKey(Coupon::Kind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QLatin1String(key);
    }
    return {};
}

bool couponKindFromKey(const QString &key, Coupon::Kind *kind)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QLatin1String(name)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString campaignStatusKey(Campaign::Status status)
{
    for (const auto &[s, key] : kStatuses) {
        if (s == status)
            return QLatin1String(key);
    }
    return {};
}

bool campaignStatusFromKey(const QString &key, Campaign::Status *status)
{
    for (const auto &[s, name] : kStatuses) {
        if (key == QLatin1String(name)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString couponKindName(Coupon::Kind kind)
{
    const char *text = "";
    switch (kind) {
    case Kind::AmountOff:
        text = QT_TRANSLATE_NOOP("qtill::members::Campaign", "Amount off");
        break;
    case Kind::PercentOff:
        text = QT_TRANSLATE_NOOP("qtill::members::Campaign", "Percent off");
        break;
    case Kind::Threshold:
        text = QT_TRANSLATE_NOOP("qtill::members::Campaign", "Spend and save");
        break;
    case Kind::FreeItem:
        text = QT_TRANSLATE_NOOP("qtill::members::Campaign", "Free item");
        break;
    case Kind::PointsMultiplier:
        text = QT_TRANSLATE_NOOP("qtill::members::Campaign", "Extra points");
        break;
    }
    return QCoreApplication::translate("qtill::members::Campaign", text);
}

} // namespace qtill::members
