#include "money.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace qtill {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("qtill::Money", text, nullptr, n);
}

Error noCurrencyError()
{
    return Error::invalidInput(tr("The amount cannot be calculated: its currency is not known."),
                               QStringLiteral("money without a currency"));
}

Error overflowError()
{
    return Error::overflow(tr("The amount is too large."), QStringLiteral("money overflow"));
}

Result<Money> fromWide(Int128 value, const Currency &currency)
{
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
        return overflowError();
    return Money::fromMinor(static_cast<std::int64_t>(value), currency);
}

} // namespace

Money Money::fromMinor(std::int64_t minor, const Currency &currency)
{
    return Money(minor, currency);
}

Result<Money> Money::fromMajor(std::int64_t major, const Currency &currency)
{
    if (!currency.isValid())
        return noCurrencyError();
    return fromWide(static_cast<Int128>(major) * currency.minorPerMajor(), currency);
}

Result<void> Money::hasValidCurrency() const
{
    if (!m_currency.isValid())
        return noCurrencyError();
    return {};
}

Result<void> Money::sameCurrency(const Money &other) const
{
    if (!m_currency.isValid() || !other.m_currency.isValid())
        return noCurrencyError();
    if (m_currency == other.m_currency)
        return {};
    return Error::invalidInput(tr("Amounts in different currencies cannot be combined."),
                               m_currency.code() + QStringLiteral(" vs ") + other.m_currency.code());
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto same = sameCurrency(other); !same)
        return same.error();
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflowError();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto same = sameCurrency(other); !same)
        return same.error();
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return overflowError();
    return Money(difference, m_currency);
}

Result<Money> Money::negated() const
{
    if (auto valid = hasValidCurrency(); !valid)
        return valid.error();
    if (m_minor == std::numeric_limits<std::int64_t>::min())
        return overflowError();
    return Money(-m_minor, m_currency);
}

Result<Money> Money::times(std::int64_t factor) const
{
    if (auto valid = hasValidCurrency(); !valid)
        return valid.error();
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return overflowError();
    return Money(product, m_currency);
}

Result<Money> Money::times(Quantity quantity, RoundingMode mode) const
{
    return scaled(quantity.milli(), Quantity::kScale, mode);
}

Result<Money> Money::scaled(std::int64_t numerator, std::int64_t denominator, RoundingMode mode) const
{
    if (auto valid = hasValidCurrency(); !valid)
        return valid.error();
    if (denominator <= 0)
        return Error::internal(tr("The amount cannot be calculated."), QStringLiteral("non-positive denominator"));
    std::int64_t out = 0;
    if (!divideRounded(static_cast<Int128>(m_minor) * numerator, denominator, mode, &out))
        return overflowError();
    return Money(out, m_currency);
}

Result<Money> Money::percent(std::int64_t basisPoints, RoundingMode mode) const
{
    return scaled(basisPoints, 10000, mode);
}

Result<Money> Money::roundedTo(std::int64_t step, RoundingMode mode) const
{
    if (auto valid = hasValidCurrency(); !valid)
        return valid.error();
    if (step <= 0)
        return Error::internal(tr("The amount cannot be calculated."), QStringLiteral("non-positive rounding step"));
    std::int64_t units = 0;
    if (!divideRounded(m_minor, step, mode, &units))
        return overflowError();
    return fromWide(static_cast<Int128>(units) * step, m_currency);
}

namespace {
template<typename R>
Money orThrow(R result)
{
    if (result.ok())
        return result.value();
    if (result.error().code == Error::Code::Overflow)
        throw MoneyOverflow();
    throw std::invalid_argument(result.error().detail.toStdString());
}
} // namespace

Money Money::operator+(const Money &other) const { return orThrow(plus(other)); }
Money Money::operator-(const Money &other) const { return orThrow(minus(other)); }
Money Money::operator-() const { return orThrow(negated()); }
Money &Money::operator+=(const Money &other) { return *this = *this + other; }
Money &Money::operator-=(const Money &other) { return *this = *this - other; }

Result<Money> Money::parse(const QString &text, const QLocale &locale, const Currency &currency)
{
    if (!currency.isValid())
        return noCurrencyError();
    const Error bad = Error::invalidInput(tr("\"%1\" is not an amount. Type it like 12.50.").arg(text.trimmed()),
                                          QStringLiteral("unparseable money: ") + text);
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(s.startsWith(QLatin1Char('-')) ? 1 : locale.negativeSign().size()).trimmed();
    }
    for (const QString &symbol : {currency.symbol(), currency.code(), QStringLiteral("¥"), QStringLiteral("￥")}) {
        if (!symbol.isEmpty() && s.startsWith(symbol)) {
            s = s.mid(symbol.size()).trimmed();
            break;
        }
    }
    if (s.endsWith(QStringLiteral("元")))
        s.chop(1);
    if (!negative && s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1);
    }
    if (s.isEmpty())
        return Error::invalidInput(tr("Enter an amount."), QStringLiteral("empty money"));

    const QChar decimal = locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : QLatin1Char('.');
    const QChar group = locale.groupSeparator().size() == 1 ? locale.groupSeparator().at(0) : QLatin1Char(',');
    Int128 whole = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool sawDigit = false;
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit() && c.unicode() < 128) {
            sawDigit = true;
            const int digit = c.unicode() - '0';
            if (inFraction) {
                if (++fractionDigits > currency.minorDigits()) {
                    return Error::invalidInput(
                        tr("An amount can have at most %n decimal place(s).", currency.minorDigits()),
                        QStringLiteral("too many decimals: ") + text);
                }
                fraction = fraction * 10 + digit;
            } else {
                whole = whole * 10 + digit;
                if (whole > std::numeric_limits<std::int64_t>::max())
                    return overflowError();
            }
        } else if ((c == decimal || c == QLatin1Char('.')) && !inFraction && c != group) {
            inFraction = true;
        } else if (c == group && !inFraction) {
            continue;
        } else {
            return bad;
        }
    }
    if (!sawDigit)
        return bad;
    if (inFraction && fractionDigits == 0 && currency.minorDigits() > 0)
        return bad;
    for (int i = fractionDigits; i < currency.minorDigits(); ++i)
        fraction *= 10;
    Int128 minor = whole * currency.minorPerMajor() + fraction;
    if (negative)
        minor = -minor;
    return fromWide(minor, currency);
}

Result<Money> Money::fromKeypadDigits(const QString &digits, const Currency &currency)
{
    if (!currency.isValid())
        return noCurrencyError();
    if (digits.isEmpty())
        return Money(0, currency);
    Int128 minor = 0;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() >= 128)
            return Error::invalidInput(tr("Use the number keys only."), QStringLiteral("keypad: ") + digits);
        minor = minor * 10 + (c.unicode() - '0');
        if (minor > std::numeric_limits<std::int64_t>::max())
            return overflowError();
    }
    return fromWide(minor, currency);
}

QString Money::format(const QLocale &locale, Symbol symbol) const
{
    const qint64 per = m_currency.minorPerMajor();
    const unsigned long long magnitude = m_minor < 0 ? 0ULL - static_cast<unsigned long long>(m_minor)
                                                     : static_cast<unsigned long long>(m_minor);
    const unsigned long long major = magnitude / static_cast<unsigned long long>(per);
    const unsigned long long minorPart = magnitude % static_cast<unsigned long long>(per);
    QString out = locale.toString(static_cast<qulonglong>(major));
    if (m_currency.minorDigits() > 0) {
        out += locale.decimalPoint()
            + QStringLiteral("%1").arg(static_cast<qulonglong>(minorPart), m_currency.minorDigits(), 10, QLatin1Char('0'));
    }
    if (symbol == Symbol::With && m_currency.isValid())
        out = m_currency.symbol() + out;
    if (m_minor < 0)
        out = locale.negativeSign() + out;
    return out;
}

QString Money::toPlainString() const
{
    return format(QLocale::c(), Symbol::Without).remove(QLatin1Char(','));
}

void MoneySum::add(const Money &amount)
{
    if (m_total.ok())
        m_total = m_total.value().plus(amount);
}

void MoneySum::add(const Result<Money> &amount)
{
    if (!m_total.ok())
        return;
    if (!amount.ok()) {
        m_total = amount.error();
        return;
    }
    add(amount.value());
}

} // namespace qtill
