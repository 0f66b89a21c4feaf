#pragma once

#include "result.h"
#include "rounding.h"

#include <QString>
#include <compare>
#include <cstdint>

class QLocale;

namespace qtill {

/// An amount of goods in milli-units: 1 piece = 1000, 1 kg = 1000 (so 0.355 kg = 355).
/// Exact; no floating point. Pieces and weights share the type, the product's unit says which.
class Quantity
{
public:
    static constexpr std::int64_t kScale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(std::int64_t milli) { return Quantity(milli); }
    static constexpr Quantity units(std::int64_t whole) { return Quantity(whole * kScale); }

    constexpr std::int64_t milli() const { return m_milli; }
    constexpr bool isZero() const { return m_milli == 0; }
    constexpr bool isNegative() const { return m_milli < 0; }
    constexpr bool isWhole() const { return m_milli % kScale == 0; }

    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr auto operator<=>(const Quantity &) const = default;

    /// Sum; an error on overflow.
    Result<Quantity> plus(Quantity other) const;
    Result<Quantity> minus(Quantity other) const;
    /// Times a whole number; an error on overflow.
    Result<Quantity> times(std::int64_t factor) const;
    /// Times another quantity read as a count (a scanned 2 × a case of 24 = 48): this × factor / 1000,
    /// rounded once by mode to the milli-unit; an error on overflow.
    Result<Quantity> times(Quantity factor, RoundingMode mode = RoundingMode::HalfUp) const;

    /// "2", "0.355", "1.5" — at most three decimals, no grouping. Bad input is an error.
    static Result<Quantity> parse(const QString &text, const QLocale &locale);
    /// Whole numbers without decimals ("3"), others with as few as needed ("0.355", "1.5").
    QString toString(const QLocale &locale) const;

private:
    constexpr explicit Quantity(std::int64_t milli) : m_milli(milli) {}
    std::int64_t m_milli = 0;
};

} // namespace qtill
