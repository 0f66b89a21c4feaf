#include "currency.h"

namespace qtill {

Currency::Currency(QString code, int minorDigits, QString symbol)
    : m_code(std::move(code)), m_minorDigits(minorDigits), m_symbol(std::move(symbol))
{
}

Currency Currency::cny()
{
    return Currency(QStringLiteral("CNY"), 2, QStringLiteral("¥"));
}

Currency Currency::fromCode(const QString &code)
{
    struct Known { const char *code; int digits; const char16_t *symbol; };
    static constexpr Known kKnown[] = {
        {"CNY", 2, u"¥"},   {"HKD", 2, u"HK$"}, {"MOP", 2, u"MOP$"}, {"TWD", 2, u"NT$"},
        {"USD", 2, u"$"},   {"EUR", 2, u"€"},   {"GBP", 2, u"£"},    {"JPY", 0, u"¥"},
        {"KRW", 0, u"₩"},   {"SGD", 2, u"S$"},
    };
    const QString upper = code.trimmed().toUpper();
    for (const auto &k : kKnown) {
        if (upper == QLatin1String(k.code))
            return Currency(upper, k.digits, QString::fromUtf16(k.symbol));
    }
    return Currency();
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        factor *= 10;
    return factor;
}

} // namespace qtill
