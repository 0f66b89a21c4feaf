#pragma once

#include <QList>

#include <cstdint>

namespace qtill {

/// 128-bit intermediate for exact money arithmetic (GCC/Clang extension).
__extension__ typedef __int128 Int128;

/// How a fractional number of minor units becomes a whole one. Every rounding in Qtill names one.
enum class RoundingMode {
    HalfUp,     ///< ties away from zero (Chinese retail default: 0.5 fen -> 1 fen)
    HalfEven,   ///< ties to the even neighbour (banker's rounding)
    HalfDown,   ///< ties toward zero
    Down,       ///< toward zero (truncate; "抹零" drops the fen)
    Up,         ///< away from zero
    Floor,      ///< toward negative infinity
    Ceiling,    ///< toward positive infinity
};

/// numerator / denominator rounded by mode. denominator must be > 0.
/// Returns false (and leaves out untouched) when the result does not fit in int64.
bool divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode, std::int64_t *out);

/// Shares `amount` (minor units) out over `bases` in proportion, by largest remainder: the shares add up
/// to exactly `amount`, ties go to the earlier base. Nothing is shared when `amount` or the bases' sum is
/// not above zero. Used for an order discount over a ticket's lines, a multi-buy or coupon over its units.
QList<std::int64_t> shareOutLargestRemainder(std::int64_t amount, const QList<std::int64_t> &bases);

const char *roundingModeName(RoundingMode mode);
bool roundingModeFromName(const char *name, RoundingMode *out);

} // namespace qtill
