#include "quantity.h"
#include "rounding.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace qtill {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Quantity", text);
}
Error overflowError()
{
    return Error::overflow(tr("The quantity is too large."), QStringLiteral("quantity overflow"));
}
} // namespace

Result<Quantity> Quantity::plus(Quantity other) const
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_milli, other.m_milli, &sum))
        return overflowError();
    return Quantity(sum);
}

Result<Quantity> Quantity::minus(Quantity other) const
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_milli, other.m_milli, &difference))
        return overflowError();
    return Quantity(difference);
}

Result<Quantity> Quantity::times(std::int64_t factor) const
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_milli, factor, &product))
        return overflowError();
    return Quantity(product);
}

Result<Quantity> Quantity::times(Quantity factor, RoundingMode mode) const
{
    std::int64_t out = 0;
    if (!divideRounded(static_cast<Int128>(m_milli) * factor.m_milli, kScale, mode, &out))
        return overflowError();
    return Quantity(out);
}

Result<Quantity> Quantity::parse(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    const Error bad = Error::invalidInput(tr("\"%1\" is not a quantity. Type it like 2 or 0.355.").arg(s),
                                          QStringLiteral("unparseable quantity: ") + text);
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1);
    }
    if (s.isEmpty())
        return Error::invalidInput(tr("Enter a quantity."), QStringLiteral("empty quantity"));
    const QChar decimal = locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : QLatin1Char('.');
    Int128 whole = 0;
    int fraction = 0;
    int digits = 0;
    bool inFraction = false;
    bool sawDigit = false;
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit() && c.unicode() < 128) {
            sawDigit = true;
            if (inFraction) {
                if (++digits > 3)
                    return Error::invalidInput(tr("A quantity can have at most three decimal places."),
                                               QStringLiteral("too many decimals: ") + text);
                fraction = fraction * 10 + (c.unicode() - '0');
            } else {
                whole = whole * 10 + (c.unicode() - '0');
                if (whole * kScale > std::numeric_limits<std::int64_t>::max())
                    return overflowError();
            }
        } else if ((c == decimal || c == QLatin1Char('.')) && !inFraction) {
            inFraction = true;
        } else {
            return bad;
        }
    }
    if (!sawDigit || (inFraction && digits == 0))
        return bad;
    for (int i = digits; i < 3; ++i)
        fraction *= 10;
    const auto milli = static_cast<std::int64_t>(whole * kScale + fraction);
    return Quantity(negative ? -milli : milli);
}

QString Quantity::toString(const QLocale &locale) const
{
    const unsigned long long magnitude = m_milli < 0 ? 0ULL - static_cast<unsigned long long>(m_milli)
                                                     : static_cast<unsigned long long>(m_milli);
    QString out = QString::number(magnitude / kScale);
    unsigned long long rest = magnitude % kScale;
    if (rest != 0) {
        QString frac = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        out += locale.decimalPoint() + frac;
    }
    if (m_milli < 0)
        out.prepend(locale.negativeSign());
    return out;
}

} // namespace qtill
