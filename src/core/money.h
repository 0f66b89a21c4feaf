#pragma once

#include "currency.h"
#include "quantity.h"
#include "result.h"
#include "rounding.h"

#include <QString>
#include <compare>
#include <cstdint>
#include <stdexcept>

class QLocale;

namespace qtill {

/// Thrown by Money's operators when a result does not fit; the checked functions return an Error instead.
class MoneyOverflow : public std::overflow_error
{
public:
    MoneyOverflow() : std::overflow_error("money overflow") {}
};

/// An exact amount of money: a signed 64-bit count of minor units (fen) and a currency.
///
/// There is no constructor from double and no implicit conversion from an integer. Every division or
/// scaling names its RoundingMode. Overflow is an error (Result) or MoneyOverflow (operators), never a wrap.
///
/// There is no implicit currency: every factory takes one, and a Qtill amount's currency comes from
/// the store profile (`services.storeProfile().currency()`) or from the amount it is computed from.
/// Arithmetic between two currencies is an error, and so is arithmetic on an amount without a
/// currency (see Money()) — a total is either right or an error, never silently wrong.
class Money
{
public:
    /// An unset amount: zero with no currency (hasCurrency() is false). It exists only so structs
    /// with Money members can be default-constructed before they are filled in. Every arithmetic
    /// operation with an unset operand (plus, minus, times, …, and the operators) is an error
    /// (Error::Code::InvalidInput, std::invalid_argument from the operators) — it never adopts the
    /// other operand's currency, so a value someone forgot to load cannot slip into a total.
    /// It formats as its number without a symbol and equals no amount that has a currency.
    /// Start a sum with zero(currency), not with Money().
    Money() = default;
    /// `minor` minor units of `currency` (an invalid currency gives an amount no arithmetic accepts).
    static Money fromMinor(std::int64_t minor, const Currency &currency);
    /// Whole major units (yuan); an error when it does not fit or the currency is not valid.
    static Result<Money> fromMajor(std::int64_t major, const Currency &currency);
    /// Zero in `currency`: where a sum starts.
    static Money zero(const Currency &currency) { return fromMinor(0, currency); }

    std::int64_t minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    /// False only for an unset amount (Money()) or one made with an invalid currency.
    bool hasCurrency() const { return m_currency.isValid(); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> negated() const;
    /// Times a whole number.
    Result<Money> times(std::int64_t factor) const;
    /// Unit price times a quantity, rounded once by mode (DESIGN: line amount = price × qty, half-up).
    Result<Money> times(Quantity quantity, RoundingMode mode = RoundingMode::HalfUp) const;
    /// this × numerator / denominator, rounded once. denominator > 0.
    Result<Money> scaled(std::int64_t numerator, std::int64_t denominator, RoundingMode mode) const;
    /// A percentage given in basis points (1% = 100 bp), rounded by mode: a 12.5% discount is percent(1250).
    Result<Money> percent(std::int64_t basisPoints, RoundingMode mode) const;
    /// Rounded to a multiple of `step` minor units (cash rounding: step 10 drops the fen, 100 the jiao).
    Result<Money> roundedTo(std::int64_t step, RoundingMode mode) const;

    /// Checked operators: throw MoneyOverflow on overflow and std::invalid_argument on mixed currencies
    /// or an unset operand.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    /// Ordering within one currency (comparing different currencies orders by amount only; don't).
    friend std::strong_ordering operator<=>(const Money &a, const Money &b) { return a.m_minor <=> b.m_minor; }

    /// Parses what a person types: "12", "12.5", "12.50", "¥1,234.50", "-3.20", in the locale's
    /// decimal and group separators (and '.' always). More decimals than the currency has, letters,
    /// empty input or an amount beyond range is an error with a message for the cashier; so is an
    /// invalid currency. The store's currency symbol and code are accepted (and "¥"/"￥"/"元").
    static Result<Money> parse(const QString &text, const QLocale &locale, const Currency &currency);
    /// Keypad entry as on the seeds' terminals: digits fill from the right, so "1000" is 10.00.
    /// An invalid currency is an error.
    static Result<Money> fromKeypadDigits(const QString &digits, const Currency &currency);

    enum class Symbol { With, Without };
    /// "¥1,234.50" (or "1,234.50"), grouped and with the locale's separators; always all minor digits.
    /// An unset amount has no symbol to show: "0.00".
    QString format(const QLocale &locale, Symbol symbol = Symbol::With) const;
    /// "1234.50": no symbol, no grouping, '.' as separator — for CSV, JSON and logs.
    QString toPlainString() const;

private:
    Money(std::int64_t minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}
    Result<void> hasValidCurrency() const;
    Result<void> sameCurrency(const Money &other) const;

    std::int64_t m_minor = 0;
    Currency m_currency;
};

/// A running total that keeps the first error: the way to add up a list (lines of an order, rows of a
/// screen). Each add takes an amount or the Result of computing one (price × quantity), so a line that
/// could not be computed is never dropped silently; once an add fails (mixed currencies, overflow, an
/// unset amount) the total is that error for good.
///
///     MoneySum total(store.currency());
///     for (const Line &l : lines)
///         total.add(l.unitCost.times(l.quantity));
///     if (!total.ok()) … total.result().error().message …
class MoneySum
{
public:
    /// An empty sum (zero) in `currency`.
    explicit MoneySum(const Currency &currency) : m_total(Money::zero(currency)) {}

    void add(const Money &amount);
    void add(const Result<Money> &amount);

    bool ok() const { return m_total.ok(); }
    /// The total, or the first error.
    const Result<Money> &result() const { return m_total; }

private:
    Result<Money> m_total;
};

} // namespace qtill
