#pragma once

// Builders for the pricing engine's table tests: amounts in fen, quantities in whole units unless milli.
#include "members/pricingengine.h"

#include <QAnyStringView>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace qtill::members::test {

inline const Currency kCny = Currency::cny();
constexpr std::int64_t kDrinks = 1;
constexpr std::int64_t kSnacks = 2;
constexpr std::int64_t kCola = 101;
constexpr std::int64_t kJuice = 102;
constexpr std::int64_t kChips = 201;

inline Money fen(std::int64_t minor)
{
    return Money::fromMinor(minor, kCny);
}

inline PricingLine line(QAnyStringView key, std::int64_t product, QAnyStringView name, std::int64_t priceFen, int units,
                        QList<std::int64_t> categories = {})
{
    PricingLine l;
    l.key = key.toString();
    l.product = ProductId(product);
    l.name = name.toString();
    for (std::int64_t c : categories)
        l.categories.append(CategoryId(c));
    l.unitPrice = fen(priceFen);
    l.quantity = Quantity::units(units);
    return l;
}

inline PricingLine cola(QAnyStringView key, int units) { return line(key, kCola, u"可乐", 450, units, {kDrinks}); }
inline PricingLine juice(QAnyStringView key, int units) { return line(key, kJuice, QStringLiteral("Juice"), 500, units, {kDrinks}); }

inline Promotion promotion(QAnyStringView id, Promotion::Kind kind, PricingScope scope)
{
    Promotion p;
    p.id = id.toString();
    p.name = p.id;
    p.kind = kind;
    p.scope = std::move(scope);
    return p;
}

inline PricingScope drinks() { return PricingScope::ofCategories({CategoryId(kDrinks)}); }
inline PricingScope colaOnly() { return PricingScope::ofProducts({ProductId(kCola)}); }

inline Promotion percentOff(QAnyStringView id, int basisPoints, PricingScope scope, bool stackable = false)
{
    Promotion p = promotion(id, Promotion::Kind::PercentOff, std::move(scope));
    p.percentBasisPoints = basisPoints;
    p.stackable = stackable;
    return p;
}

inline Promotion amountOff(QAnyStringView id, std::int64_t offFen, PricingScope scope, bool stackable = false)
{
    Promotion p = promotion(id, Promotion::Kind::AmountOff, std::move(scope));
    p.amount = fen(offFen);
    p.stackable = stackable;
    return p;
}

inline Promotion bundle(QAnyStringView id, int n, std::int64_t forFen, PricingScope scope)
{
    Promotion p = promotion(id, Promotion::Kind::BundlePrice, std::move(scope));
    p.buy = n;
    p.amount = fen(forFen);
    return p;
}

inline Promotion buyGet(QAnyStringView id, int buy, int get, PricingScope scope)
{
    Promotion p = promotion(id, Promotion::Kind::BuyGetFree, std::move(scope));
    p.buy = buy;
    p.get = get;
    return p;
}

inline Promotion threshold(QAnyStringView id, std::int64_t spendFen, std::int64_t offFen, bool every,
                           PricingScope scope = PricingScope::all())
{
    Promotion p = promotion(id, Promotion::Kind::Threshold, std::move(scope));
    p.threshold = fen(spendFen);
    p.amount = fen(offFen);
    p.every = every;
    return p;
}

inline Coupon coupon(QAnyStringView code, Coupon::Kind kind, PricingScope scope = PricingScope::all())
{
    Coupon c;
    c.code = code.toString();
    c.name = c.code;
    c.kind = kind;
    c.scope = std::move(scope);
    return c;
}

/// Monday 7 December 2026, 12:00 local.
inline PricingInput input(QList<PricingLine> lines, QList<Promotion> promotions = {}, QList<Coupon> coupons = {})
{
    PricingInput in;
    in.currency = kCny;
    in.lines = std::move(lines);
    in.promotions = std::move(promotions);
    in.coupons = std::move(coupons);
    in.localDate = QDate(2026, 12, 7);
    in.localTime = QTime(12, 0);
    in.instant = QDateTime(in.localDate, QTime(4, 0), Qt::UTC);
    return in;
}

/// Prices `in`, failing the test on an error.
inline PricingResult priced(const PricingInput &in)
{
    auto result = PricingEngine::price(in);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toString().toStdString());
    return result.ok() ? *result : PricingResult{};
}

inline std::int64_t discountOn(const PricingResult &r, QAnyStringView key)
{
    const LinePricing *l = r.line(key.toString());
    return l ? l->discount.minor() : -1;
}

inline QByteArray bytes(const PricingResult &r)
{
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace qtill::members::test
