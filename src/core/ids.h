#pragma once

#include <QHashFunctions>
#include <QString>

#include <compare>
#include <cstdint>

namespace qtill {

/// A typed integer id, so an OperatorId cannot be passed where a ProductId is wanted.
/// 0 means "no id".
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value) : m_value(value) {}
    constexpr std::int64_t value() const { return m_value; }
    constexpr bool isValid() const { return m_value != 0; }
    constexpr auto operator<=>(const Id &) const = default;

private:
    std::int64_t m_value = 0;
};

template<typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

struct OperatorTag;
using OperatorId = Id<OperatorTag>;

/// A document number that does not collide across lanes: the register id plus a per-register
/// sequence, printed "R01-00000042". Used for receipts, journal entries and other lane documents.
struct DocumentNumber
{
    QString registerId;
    std::int64_t sequence = 0;
    QString toString() const
    {
        return registerId + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 8, 10, QLatin1Char('0'));
    }
    auto operator<=>(const DocumentNumber &) const = default;
};

} // namespace qtill
