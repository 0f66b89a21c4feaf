#include "rounding.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace qtill {

bool divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode, std::int64_t *out)
{
    if (denominator <= 0)
        return false;
    Int128 q = numerator / denominator; // truncates toward zero
    const Int128 r = numerator % denominator;
    if (r != 0) {
        const bool negative = numerator < 0;
        const Int128 twice = (r < 0 ? -r : r) * 2;
        bool awayFromZero = false;
        switch (mode) {
        case RoundingMode::HalfUp: awayFromZero = twice >= denominator; break;
        case RoundingMode::HalfDown: awayFromZero = twice > denominator; break;
        case RoundingMode::HalfEven:
            awayFromZero = twice > denominator || (twice == denominator && (q % 2) != 0);
            break;
        case RoundingMode::Down: awayFromZero = false; break;
        case RoundingMode::Up: awayFromZero = true; break;
        case RoundingMode::Floor: awayFromZero = negative; break;
        case RoundingMode::Ceiling: awayFromZero = !negative; break;
        }
        if (awayFromZero)
            q += negative ? -1 : 1;
    }
    if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min())
        return false;
    *out = static_cast<std::int64_t>(q);
    return true;
}

namespace {
struct ModeName { RoundingMode mode; const char *name; };
constexpr ModeName kModeNames[] = {
    {RoundingMode::HalfUp, "half-up"},   {RoundingMode::HalfEven, "half-even"},
    {RoundingMode::HalfDown, "half-down"}, {RoundingMode::Down, "down"},
    {RoundingMode::Up, "up"},            {RoundingMode::Floor, "floor"},
    {RoundingMode::Ceiling, "ceiling"},
};
} // namespace

const char *roundingModeName(RoundingMode mode)
{
    for (const auto &m : kModeNames) {
        if (m.mode == mode)
            return m.name;
    }
    return "half-up";
}

bool roundingModeFromName(const char *name, RoundingMode *out)
{
    for (const auto &m : kModeNames) {
        if (std::strcmp(m.name, name) == 0) {
            *out = m.mode;
            return true;
        }
    }
    return false;
}

QList<std::int64_t> shareOutLargestRemainder(std::int64_t amount, const QList<std::int64_t> &bases)
{
    QList<std::int64_t> shares(bases.size(), 0);
    Int128 total = 0;
    for (std::int64_t b : bases)
        total += b;
    if (amount <= 0 || total <= 0)
        return shares;
    QList<std::pair<Int128, qsizetype>> remainders;
    std::int64_t given = 0;
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const Int128 exact = Int128(amount) * bases.at(i);
        shares[i] = std::int64_t(exact / total);
        given += shares[i];
        remainders.append({exact % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < amount && k < remainders.size(); ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

} // namespace qtill
