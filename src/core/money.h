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
/// Arithmetic between two currencies is an error.
class Money
{
public:
    /// Zero yuan.
    Money() : m_currency(Currency::cny()) {}
    static Money fromMinor(std::int64_t minor, const Currency &currency = Currency::cny());
    /// Whole major units (yuan); an error when it does not fit.
    static Result<Money> fromMajor(std::int64_t major, const Currency &currency = Currency::cny());
    static Money zero(const Currency &currency = Currency::cny()) { return fromMinor(0, currency); }

    std::int64_t minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
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

    /// Checked operators: throw MoneyOverflow on overflow and std::invalid_argument on mixed currencies.
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
    /// empty input or an amount beyond range is an error with a message for the cashier.
    static Result<Money> parse(const QString &text, const QLocale &locale,
                               const Currency &currency = Currency::cny());
    /// Keypad entry as on the seeds' terminals: digits fill from the right, so "1000" is 10.00.
    static Result<Money> fromKeypadDigits(const QString &digits, const Currency &currency = Currency::cny());

    enum class Symbol { With, Without };
    /// "¥1,234.50" (or "1,234.50"), grouped and with the locale's separators; always all minor digits.
    QString format(const QLocale &locale, Symbol symbol = Symbol::With) const;
    /// "1234.50": no symbol, no grouping, '.' as separator — for CSV, JSON and logs.
    QString toPlainString() const;

private:
    Money(std::int64_t minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}
    Result<void> sameCurrency(const Money &other) const;

    std::int64_t m_minor = 0;
    Currency m_currency;
};

} // namespace qtill
