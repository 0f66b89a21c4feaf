#pragma once

#include "inventory/product.h"

#include "core/ids.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qtill::checkout {

/// One line of the ticket as the cashier sees it.
struct CartLine
{
    QString lineId;                 ///< client-made, stable while the line lives (logs, the persisted cart)
    inventory::ProductId product;
    inventory::CategoryId category; ///< the product's shelf category when scanned (promotions by category)
    QString sku;
    QString name;                   ///< as printed on the receipt
    QString code;                   ///< what was scanned or typed (a barcode, a PLU, a scale label)
    QString unit;
    QString taxClass;
    bool soldByWeight = false;
    bool serialTracked = false;
    QString serialNumber;           ///< the unit's serial, for serial-tracked goods (one unit per line)
    Quantity quantity;
    Money listPrice;                ///< the catalog price per unit (per kg when weighed)
    Money unitPrice;                ///< the price it sells at (list, or an override)
    std::optional<Money> fixedAmount; ///< a price-embedded scale label: the line amount printed on it
    std::optional<Money> memberPrice; ///< the catalog's member price per unit, when it has one
    Money discount;                 ///< amount off this line (≥ 0)
    QString discountReason;
    QString priceReason;            ///< why the price was overridden; empty when it was not
    OperatorId approvedBy;          ///< the supervisor who authorised the override or discount, if any

    bool isPriceOverridden() const { return unitPrice != listPrice; }
};

/// One promotion or coupon the pricing step applied to the ticket, with why.
struct CartDiscount
{
    QString ruleId;                 ///< the promotion's id or the coupon's code
    QString name;                   ///< "可乐 3 件 ¥10"
    Money amount;                   ///< > 0
    QString explanation;            ///< "3 × 可乐 ¥3.50 = ¥10.50 → ¥10.00, −¥0.50" (translated)
    bool coupon = false;
};

/// What the pricing step (PricingStep::apply) found for the ticket's lines as they were: it counts in
/// the totals only while the lines are as priced (Cart::isPriced()).
struct CartPricing
{
    QHash<QString, Money> lineDiscounts; ///< line id → the promotions' and coupons' discount on it
    QList<CartDiscount> discounts;  ///< in the order applied
    QStringList nearMisses;         ///< "Add 1 more 可乐 for 3 for ¥10"
    int pointsMultiplier = 100;     ///< ×100, from a points coupon
};

/// A line's figures after pricing: what it costs, what is off it, what the customer pays for it.
struct PricedLine
{
    Money amount;                   ///< unit price × quantity (half-up, once), or the label's amount
    Money lineDiscount;             ///< the line's own discount
    Money promotionDiscount;        ///< its part of the promotions and coupons (zero when not priced)
    Money orderDiscountShare;       ///< its part of the order discount (proportional, sums exactly)
    Money net;                      ///< amount − lineDiscount − promotionDiscount − orderDiscountShare
};

/// The ticket's totals. Every figure is exact and in the cart's currency; the lines' nets add up to total.
struct CartTotals
{
    QList<PricedLine> lines;        ///< in the cart's line order
    Money gross;                    ///< Σ amount
    Money lineDiscounts;            ///< Σ line discounts
    Money promotionDiscounts;       ///< Σ promotions and coupons (zero when the cart is not priced)
    Money orderDiscount;
    Money total;                    ///< gross − discounts: what the customer owes before cash rounding
    Quantity items;                 ///< Σ quantity of unweighed lines (what "5 items" counts)
};

/// The ticket in progress: lines, quantities, prices, discounts. Pure arithmetic on Money and Quantity:
/// no database, no clock, so the same cart prices the same on every lane, in a test and after a restart
/// (toJson/fromJson persist it as it changes). Every change is checked first and changes nothing when
/// refused, with a message the cashier understands.
///
/// Pricing: the list price, a price-embedded or weight-embedded scale label, a price override, manual
/// line discounts, then the promotions and coupons the pricing step found (setPricing), then the manual
/// order discount on what is left.
class Cart
{
public:
    /// A quantity above this on one line is a typo ("absurd quantity"), not a sale.
    static constexpr std::int64_t kMaxUnitsPerLine = 9999;
    /// A weighed line above this many kilograms is refused too.
    static constexpr std::int64_t kMaxKilogramsPerLine = 999;

    explicit Cart(Currency currency);

    const Currency &currency() const { return m_currency; }
    const QList<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    /// The order discount as an amount (zero when there is none or it is a percentage: totals() has
    /// the amount either way).
    const Money &orderDiscount() const { return m_orderDiscount; }
    /// The order discount as a percentage in basis points (1% = 100), 0 when it is an amount or none.
    int orderDiscountPercent() const { return m_orderDiscountBasisPoints; }
    bool hasOrderDiscount() const { return !m_orderDiscount.isZero() || m_orderDiscountBasisPoints > 0; }
    const QString &orderDiscountReason() const { return m_orderDiscountReason; }
    /// The supervisor who authorised the order discount (invalid when the cashier's own permission did).
    OperatorId orderDiscountApprover() const { return m_orderDiscountApprover; }

    /// Adds what a scan found, `times` scans of it (a case code counts its pack quantity). A plain item
    /// scanned again adds to its line; a weighed or labelled item, a serial-tracked item and a line
    /// with a changed price or discount always get a new line. Returns the index of the line.
    /// `weight` is the scale's stable weight for a weighed product without a weight label.
    Result<int> add(const inventory::ScanMatch &match, Quantity times = Quantity::units(1),
                    std::optional<Quantity> weight = std::nullopt);
    /// Sets the quantity of a line (× key). Refused: zero or less, a fraction of a unit for goods that
    /// are not weighed, above the per-line limit, a labelled (fixed amount) or serial-tracked line.
    Status setQuantity(int index, Quantity quantity);
    /// Sells the line at `price` per unit, with the reason and who approved it.
    Status overridePrice(int index, const Money &price, const QString &reason, OperatorId approvedBy);
    /// `amount` off the line (≤ the line's amount); zero removes the discount.
    Status setLineDiscount(int index, const Money &amount, const QString &reason, OperatorId approvedBy);
    /// `basisPoints` (1% = 100) off the line, rounded half-up to the fen.
    Status setLinePercentDiscount(int index, int basisPoints, const QString &reason, OperatorId approvedBy);
    /// `amount` off the whole order (≤ what the lines come to after their own discounts); zero removes it.
    Status setOrderDiscount(const Money &amount, const QString &reason, OperatorId approvedBy);
    /// `basisPoints` (1% = 100) off the whole order. It stays a percentage: lines added or changed
    /// afterwards are discounted too (rounded half-up to the fen once, on the order). Zero removes it.
    Status setOrderPercentDiscount(int basisPoints, const QString &reason, OperatorId approvedBy);
    /// Sets the serial number of a serial-tracked line.
    Status setSerialNumber(int index, const QString &serial);
    /// The promotions and coupons for the lines as they are now (PricingStep::apply). Refused (nothing
    /// changes) when it names a line not on the ticket or takes more off a line than it comes to.
    Status setPricing(CartPricing pricing);
    /// The last pricing set, whether or not the lines still match it.
    const CartPricing &pricing() const { return m_pricing; }
    /// True when the lines are as they were when setPricing() was called: only then do its discounts
    /// count in totals(). Any change to a line, its quantity, price or discount makes it stale.
    bool isPriced() const { return !m_pricedFingerprint.isEmpty() && m_pricedFingerprint == fingerprint(); }
    Status remove(int index);
    void clear();

    /// The priced lines and totals. Fails only when a sum does not fit (never silently wrong).
    Result<CartTotals> totals() const;

    /// The whole cart as JSON (amounts in minor units, quantities in milli), and back.
    QJsonObject toJson() const;
    static Result<Cart> fromJson(const QJsonObject &json);

private:
    Status checkIndex(int index) const;
    Result<Money> lineAmount(const CartLine &line) const;
    Status checkQuantity(const CartLine &line, Quantity quantity) const;
    Result<Money> orderDiscountOn(std::int64_t afterLineDiscounts) const;
    Status applyOrderDiscount(const Money &amount, int basisPoints, const QString &reason, OperatorId approvedBy);
    /// What pricing depends on: each line's id, quantity, prices and own discount.
    QByteArray fingerprint() const;

    Currency m_currency;
    QList<CartLine> m_lines;
    Money m_orderDiscount;
    int m_orderDiscountBasisPoints = 0;
    QString m_orderDiscountReason;
    OperatorId m_orderDiscountApprover;
    CartPricing m_pricing;
    QByteArray m_pricedFingerprint; ///< fingerprint() when m_pricing was set; empty: never priced
};

} // namespace qtill::checkout
