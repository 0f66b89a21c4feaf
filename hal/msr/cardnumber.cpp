#include "hal/msr/cardnumber.h"

namespace qtill::hal {

namespace {

/// The first `count` digits as a number (digits must hold at least `count`).
int prefix(std::string_view digits, size_t count)
{
    int value = 0;
    for (size_t i = 0; i < count && i < digits.size(); ++i)
        value = value * 10 + (digits[i] - '0');
    return value;
}

bool inRange(int value, int low, int high)
{
    return value >= low && value <= high;
}

} // namespace

bool CardNumber::plausible(std::string_view digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool CardNumber::luhnValid(std::string_view digits)
{
    if (!plausible(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

CardBrand CardNumber::brand(std::string_view digits)
{
    if (!plausible(digits))
        return CardBrand::Unknown;
    const size_t len = digits.size();
    const int p2 = prefix(digits, 2);
    const int p3 = prefix(digits, 3);
    const int p4 = prefix(digits, 4);

    // China UnionPay first: 62 overlaps Discover's co-branded range and is UnionPay at a Chinese till.
    if (p2 == 62 || p2 == 81)
        return len >= 16 ? CardBrand::UnionPay : CardBrand::Unknown;
    if (p2 == 34 || p2 == 37)
        return len == 15 ? CardBrand::Amex : CardBrand::Unknown;
    if (digits[0] == '4')
        return (len == 13 || len == 16 || len == 19) ? CardBrand::Visa : CardBrand::Unknown;
    if (inRange(p2, 51, 55) || inRange(p4, 2221, 2720))
        return len == 16 ? CardBrand::Mastercard : CardBrand::Unknown;
    if (inRange(p4, 3528, 3589))
        return len >= 16 ? CardBrand::Jcb : CardBrand::Unknown;
    if (p4 == 6011 || inRange(p3, 644, 649) || p2 == 65)
        return len >= 16 ? CardBrand::Discover : CardBrand::Unknown;
    if (inRange(p3, 300, 305) || p2 == 36 || p2 == 38 || p2 == 39)
        return len >= 14 ? CardBrand::DinersClub : CardBrand::Unknown;
    if (p2 == 50 || inRange(p2, 56, 58) || digits[0] == '6')
        return CardBrand::Maestro;
    return CardBrand::Unknown;
}

QString CardNumber::masked(std::string_view digits)
{
    if (digits.size() < 4)
        return {};
    const qsizetype hidden = qsizetype(digits.size()) - 4;
    QString out;
    for (qsizetype i = 0; i < hidden; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += QLatin1Char('*');
    }
    if (hidden > 0)
        out += QLatin1Char(' ');
    out += last4(digits);
    return out;
}

QString CardNumber::last4(std::string_view digits)
{
    if (digits.size() < 4)
        return {};
    return QString::fromLatin1(digits.substr(digits.size() - 4).data(), 4);
}

QString CardNumber::brandName(CardBrand brand)
{
    switch (brand) {
    case CardBrand::UnionPay: return QStringLiteral("UnionPay");
    case CardBrand::Visa: return QStringLiteral("Visa");
    case CardBrand::Mastercard: return QStringLiteral("Mastercard");
    case CardBrand::Amex: return QStringLiteral("American Express");
    case CardBrand::Jcb: return QStringLiteral("JCB");
    case CardBrand::Discover: return QStringLiteral("Discover");
    case CardBrand::DinersClub: return QStringLiteral("Diners Club");
    case CardBrand::Maestro: return QStringLiteral("Maestro");
    case CardBrand::Unknown: break;
    }
    return QStringLiteral("Card");
}

} // namespace qtill::hal
