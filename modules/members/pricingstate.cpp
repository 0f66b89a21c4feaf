#include "pricingstate.h"

#include "members/pricingengine.h"

#include "core/rounding.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace qtill::members::detail {
namespace {

constexpr qsizetype kMaxUnits = 200000;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::PricingEngine", text);
}

Error badInput(const QString &detail)
{
    return Error::invalidInput(tr("The cart or a promotion cannot be priced. Ask the manager to check the promotions."),
                               detail);
}

bool sameCurrency(const Money &m, const Currency &c)
{
    return m.hasCurrency() && m.currency() == c;
}

Status checkPromotion(const Promotion &p, const Currency &currency)
{
    using K = Promotion::Kind;
    const auto bad = [&](const char *why) { return badInput(QStringLiteral("promotion %1: %2").arg(p.id, QLatin1String(why))); };
    if (p.id.isEmpty())
        return bad("no id");
    if (p.perOrderLimit < 0)
        return bad("negative per-order limit");
    const bool needsAmount = p.kind == K::AmountOff || p.kind == K::MemberPrice || p.kind == K::BundlePrice;
    if (needsAmount && (!sameCurrency(p.amount, currency) || p.amount.isNegative()))
        return bad("amount missing, negative or in another currency");
    switch (p.kind) {
    case K::PercentOff:
        return p.percentBasisPoints > 0 && p.percentBasisPoints <= 10000 ? Status() : bad("percent outside 0-100");
    case K::AmountOff:
    case K::MemberPrice:
        return {};
    case K::BuyGetFree:
        return p.buy > 0 && p.get > 0 && p.buy + p.get <= 1000 ? Status() : bad("buy and get must be positive");
    case K::BundlePrice:
        return p.buy > 0 && p.buy <= 1000 ? Status() : bad("bundle size must be positive");
    case K::Threshold:
        if (!sameCurrency(p.threshold, currency) || p.threshold.isNegative())
            return bad("threshold missing, negative or in another currency");
        if (sameCurrency(p.amount, currency) && p.amount.isPositive())
            return {};
        return p.percentBasisPoints > 0 && p.percentBasisPoints <= 10000 ? Status() : bad("no reward");
    }
    return bad("unknown kind");
}

/// A coupon's figures, when set, are in the cart's currency and not negative.
Status checkCoupon(const Coupon &c, const Currency &currency)
{
    for (const Money *m : {&c.amount, &c.cap, &c.minimumSpend}) {
        if (m->hasCurrency() ? (m->currency() != currency || m->isNegative()) : !m->isZero())
            return badInput(QStringLiteral("coupon %1: an amount in another currency or negative").arg(c.code));
    }
    if (c.code.isEmpty() || c.percentBasisPoints < 0 || c.percentBasisPoints > 10000)
        return badInput(QStringLiteral("coupon '%1': no code or a percent outside 0-100").arg(c.code));
    return {};
}

Status checkLines(const PricingInput &input)
{
    QSet<QString> keys;
    for (const PricingLine &line : input.lines) {
        if (line.key.isEmpty() || keys.contains(line.key))
            return badInput(QStringLiteral("line key '%1' empty or repeated").arg(line.key));
        keys.insert(line.key);
        if (!sameCurrency(line.unitPrice, input.currency) || line.unitPrice.isNegative())
            return badInput(QStringLiteral("line %1: price missing, negative or in another currency").arg(line.key));
        if (line.quantity.milli() <= 0)
            return badInput(QStringLiteral("line %1: quantity must be positive").arg(line.key));
    }
    return {};
}

/// On equal priority, the order that gives the customer most when they stack: a member price sets the
/// price, a percentage then takes its share of the most, an amount off comes last.
int kindRank(Promotion::Kind kind)
{
    switch (kind) {
    case Promotion::Kind::MemberPrice: return 0;
    case Promotion::Kind::PercentOff: return 1;
    case Promotion::Kind::BuyGetFree:
    case Promotion::Kind::BundlePrice: return 2;
    case Promotion::Kind::AmountOff: return 3;
    case Promotion::Kind::Threshold: return 4;
    }
    return 5;
}

bool isActive(const Promotion &p, const PricingInput &input)
{
    if (!p.tiers.isEmpty() && (input.memberTier.isEmpty() || !p.tiers.contains(input.memberTier)))
        return false;
    return p.window.contains(input.localDate, input.localTime);
}

} // namespace

Result<PricingState> PricingState::build(const PricingInput &input)
{
    if (!input.currency.isValid())
        return badInput(QStringLiteral("no currency"));
    if (Status s = checkLines(input); !s)
        return s.error();
    for (const Coupon &coupon : input.coupons) {
        if (Status s = checkCoupon(coupon, input.currency); !s)
            return s.error();
    }
    PricingState state;
    state.m_input = &input;
    state.ordersLeft = PricingEngine::kMaxOrders;
    if (Status s = state.expandUnits(); !s)
        return s.error();
    if (Status s = state.collectPromotions(); !s)
        return s.error();
    state.indexPromotions();
    state.rankKeys();
    return state;
}

Status PricingState::expandUnits()
{
    const PricingInput &input = *m_input;
    lineOrder.resize(input.lines.size());
    std::iota(lineOrder.begin(), lineOrder.end(), 0);
    std::sort(lineOrder.begin(), lineOrder.end(), [&](int a, int b) {
        const PricingLine &x = input.lines[a], &y = input.lines[b];
        if (x.unitPrice.minor() != y.unitPrice.minor())
            return x.unitPrice.minor() > y.unitPrice.minor();
        if (x.product != y.product)
            return x.product < y.product;
        return x.key < y.key;
    });
    lineUnits.resize(input.lines.size());
    MoneySum gross(input.currency); // every sum below is at most this: checked once here
    for (int l : std::as_const(lineOrder)) {
        const PricingLine &line = input.lines[l];
        const bool single = line.weighed || !line.quantity.isWhole();
        auto amount = line.unitPrice.times(line.quantity, RoundingMode::HalfUp);
        if (!amount)
            return amount.error();
        gross.add(*amount);
        if (!gross.ok())
            return gross.result().error();
        const std::int64_t count = single ? 1 : line.quantity.milli() / Quantity::kScale;
        if (units.size() + count > kMaxUnits)
            return badInput(QStringLiteral("more than %1 units").arg(kMaxUnits));
        const std::int64_t each = single ? amount->minor() : line.unitPrice.minor();
        lineUnits[l] = {int(units.size()), int(count)};
        for (std::int64_t k = 0; k < count; ++k)
            units.append(Unit{l, each, each});
    }
    return {};
}

Status PricingState::collectPromotions()
{
    const PricingInput &input = *m_input;
    QSet<QString> ids;
    for (int p = 0; p < input.promotions.size(); ++p) {
        const Promotion &promotion = input.promotions[p];
        if (Status s = checkPromotion(promotion, input.currency); !s)
            return s;
        if (ids.contains(promotion.id))
            return badInput(QStringLiteral("promotion id %1 repeated").arg(promotion.id));
        ids.insert(promotion.id);
        if (isActive(promotion, input))
            activePromotions.append(p);
    }
    std::sort(activePromotions.begin(), activePromotions.end(), [&](int a, int b) {
        const Promotion &x = input.promotions[a], &y = input.promotions[b];
        if (x.priority != y.priority)
            return x.priority > y.priority;
        if (kindRank(x.kind) != kindRank(y.kind))
            return kindRank(x.kind) < kindRank(y.kind);
        return x.id < y.id;
    });
    return {};
}

void PricingState::indexPromotions()
{
    const PricingInput &input = *m_input;
    covers.resize(input.promotions.size());
    unitsOf.resize(input.promotions.size());
    QList<int> perUnitStackable;
    for (int p : std::as_const(activePromotions)) {
        QList<bool> in(input.lines.size(), false);
        QList<int> its;
        for (int l : std::as_const(lineOrder)) {
            in[l] = input.lines[l].takesPromotions && input.promotions[p].scope.covers(input.lines[l]);
            for (int k = 0; in[l] && k < lineUnits[l].second; ++k)
                its.append(lineUnits[l].first + k);
        }
        covers[p] = std::move(in);
        unitsOf[p] = std::move(its);
        const Promotion &promotion = input.promotions[p];
        if (promotion.stackable && promotion.isItemLevel() && !promotion.isGroup())
            perUnitStackable.append(p);
    }
    chainEstimate = QList<std::int64_t>(input.lines.size(), 0);
    for (int l = 0; l < input.lines.size(); ++l) {
        const std::int64_t base = units[lineUnits[l].first].base;
        std::int64_t reduced = base;
        for (int p : std::as_const(perUnitStackable)) {
            if (std::as_const(covers)[p][l])
                reduced -= unitDiscount(input.promotions[p], input.lines[l], reduced);
        }
        chainEstimate[l] = base - reduced;
    }
}

void PricingState::rankKeys()
{
    const PricingInput &input = *m_input;
    lineByKey.resize(input.lines.size());
    std::iota(lineByKey.begin(), lineByKey.end(), 0);
    std::sort(lineByKey.begin(), lineByKey.end(), [&](int a, int b) { return input.lines[a].key < input.lines[b].key; });
    keyRank.resize(input.lines.size());
    for (int r = 0; r < lineByKey.size(); ++r)
        keyRank[lineByKey[r]] = r;
}

void PricingState::commit(const Application &a)
{
    for (int i = 0; i < a.units.size(); ++i)
        units[a.units[i]].reduced -= a.perUnit[i];
    applied.append(a);
}

std::int64_t unitDiscount(const Promotion &promotion, const PricingLine &line, std::int64_t reduced)
{
    switch (promotion.kind) {
    case Promotion::Kind::PercentOff:
        return percentOf(reduced, promotion.percentBasisPoints);
    case Promotion::Kind::AmountOff:
        return std::min(promotion.amount.minor(), reduced);
    case Promotion::Kind::MemberPrice: {
        const bool single = line.weighed || !line.quantity.isWhole();
        auto member = single ? promotion.amount.times(line.quantity, RoundingMode::HalfUp) : Result<Money>(promotion.amount);
        if (!member)
            return 0; // a member price too large to compute is no discount
        return std::max<std::int64_t>(0, reduced - member->minor());
    }
    default:
        return 0;
    }
}

std::int64_t percentOf(std::int64_t value, int basisPoints)
{
    std::int64_t out = 0;
    divideRounded(Int128(value) * basisPoints, 10000, RoundingMode::HalfUp, &out);
    return out;
}

} // namespace qtill::members::detail
