#pragma once

#include "inventory/inventoryids.h"

#include "core/money.h"
#include "core/quantity.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace qtill::members {

using inventory::CategoryId;
using inventory::ProductId;

/// One line of the cart as the pricing engine sees it. Whole quantities are that many units; a weighed
/// line (or any fractional quantity) is one indivisible unit worth price × quantity (half-up).
struct PricingLine
{
    QString key;                    ///< stable while the line lives; unique in the input
    ProductId product;
    QString name;                   ///< for explanations ("可乐")
    QList<CategoryId> categories;   ///< the product's categories, ancestors included
    Money unitPrice;                ///< per unit (per kg when weighed), ≥ 0
    Quantity quantity;              ///< > 0
    bool weighed = false;
    /// False for a price-overridden or manually discounted line: it takes no promotion and no coupon.
    bool takesPromotions = true;
};

/// What a promotion or coupon applies to.
struct PricingScope
{
    enum class Kind { All, Categories, Products };
    Kind kind = Kind::All;
    QList<CategoryId> categories;
    QList<ProductId> products;

    static PricingScope all() { return {}; }
    static PricingScope ofProducts(QList<ProductId> products) { return {Kind::Products, {}, std::move(products)}; }
    static PricingScope ofCategories(QList<CategoryId> categories) { return {Kind::Categories, std::move(categories), {}}; }
    /// True when the line's product (or one of its categories) is in scope.
    bool covers(const PricingLine &line) const;
};

/// When a promotion runs, in the store's local time. Empty parts do not restrict.
struct TimeWindow
{
    QDate from;                     ///< first day (inclusive)
    QDate until;                    ///< last day (inclusive)
    int weekdays = 0;               ///< bit (1 << Qt::DayOfWeek): Monday = 1 << 1 … Sunday = 1 << 7; 0 = every day
    QTime start;                    ///< happy hour from (inclusive) …
    QTime end;                      ///< … to (exclusive); end before start runs over midnight

    bool contains(const QDate &date, const QTime &time) const;
};

/// An automatic promotion (for everyone, or for some member tiers).
struct Promotion
{
    enum class Kind {
        PercentOff,     ///< percentBasisPoints off each unit in scope
        AmountOff,      ///< amount off each unit in scope (never below zero)
        MemberPrice,    ///< amount is the unit price for the tiers (products in scope)
        BuyGetFree,     ///< buy `buy`, get `get` free: the cheapest of each group of buy + get units
        BundlePrice,    ///< `buy` units for amount (N for ¥X), dearest units grouped first
        Threshold,      ///< spend `threshold` (after item discounts) get amount (or percent) off; once or every
    };

    QString id;                     ///< stable, unique among the input's promotions
    QString name;                   ///< as the owner named it ("3 for ¥10 cola")
    Kind kind = Kind::PercentOff;
    PricingScope scope;
    QStringList tiers;              ///< empty: everyone; else only members of these tiers
    TimeWindow window;
    int percentBasisPoints = 0;     ///< 1% = 100 (PercentOff; Threshold when amount is zero)
    Money amount;                   ///< see Kind
    int buy = 0;
    int get = 0;
    Money threshold;                ///< Threshold: the spend it needs
    bool every = false;             ///< Threshold: every `threshold` spent, not once
    int perOrderLimit = 0;          ///< times applied per order (units, groups or steps); 0 = no limit
    int priority = 0;               ///< higher first: breaks ties and orders stackable promotions
    bool stackable = false;         ///< false: exclusive (its units take no other item promotion)

    bool isItemLevel() const { return kind != Kind::Threshold; }
    bool isGroup() const { return kind == Kind::BuyGetFree || kind == Kind::BundlePrice; }
};

/// A coupon the customer presents (already verified as theirs and unused by the coupon service).
struct Coupon
{
    enum class Kind {
        AmountOff,          ///< amount off what is in scope
        PercentOff,         ///< percentBasisPoints off, at most cap (zero cap: none)
        Threshold,          ///< amount off when minimumSpend is reached (满X减Y)
        FreeItem,           ///< the dearest unit in scope free
        PointsMultiplier,   ///< no money: pointsMultiplier (×100) reported for the points step
    };

    QString code;
    QString name;
    Kind kind = Kind::AmountOff;
    PricingScope scope;
    Money amount;
    int percentBasisPoints = 0;
    Money cap;
    Money minimumSpend;             ///< on what the scope comes to after promotions; unset or zero: none
    int pointsMultiplier = 100;     ///< 200 = double points
    bool stackable = true;          ///< false: no other money coupon on the same order
    QDateTime validFrom;            ///< unset: no start
    QDateTime validUntil;           ///< unset: no end (exclusive)
};

/// Everything the engine needs; the same input prices the same, byte for byte.
struct PricingInput
{
    Currency currency = Currency::fromCode(QString()); ///< the store's; unset (invalid) is an error
    QList<PricingLine> lines;
    QString memberTier;             ///< empty: no member attached
    QDateTime instant;              ///< when (UTC), for coupon validity
    QDate localDate;                ///< the store's local date and time, for promotion windows
    QTime localTime;
    QList<Promotion> promotions;    ///< the active promotions (the engine checks tiers and windows)
    QList<Coupon> coupons;          ///< the coupons offered, in the order presented
};

} // namespace qtill::members
