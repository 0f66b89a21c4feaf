#include "ean13.h"

namespace qtill::inventory {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

int Ean13::checkDigit(QStringView payload)
{
    if (!allDigits(payload))
        return -1;
    int sum = 0;
    bool triple = true; // the digit next to the check digit weighs 3
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int digit = payload.at(i).unicode() - '0';
        sum += triple ? digit * 3 : digit;
        triple = !triple;
    }
    return (10 - sum % 10) % 10;
}

bool Ean13::isValidLength(QStringView code, qsizetype length)
{
    if (code.size() != length || !allDigits(code))
        return false;
    return checkDigit(code.first(length - 1)) == code.last(1).at(0).unicode() - '0';
}

bool Ean13::isValid(QStringView code)
{
    return isValidLength(code, 13);
}

bool Ean13::isValidEan8(QStringView code)
{
    return isValidLength(code, 8);
}

bool Ean13::isValidUpcA(QStringView code)
{
    return isValidLength(code, 12);
}

QString Ean13::complete(QStringView payload12)
{
    if (payload12.size() != 12)
        return {};
    const int check = checkDigit(payload12);
    if (check < 0)
        return {};
    return payload12.toString() + QChar(u'0' + check);
}

QString Ean13::fromUpcA(QStringView upcA)
{
    if (!isValidUpcA(upcA))
        return {};
    return QLatin1Char('0') + upcA.toString();
}

bool Ean13::isChinesePrefix(QStringView code)
{
    return code.size() >= 3 && allDigits(code.first(3)) && code.startsWith(QLatin1String("69"));
}

bool Ean13::isInStore(QStringView code)
{
    return code.size() >= 2 && code.at(0) == QLatin1Char('2') && allDigits(code.first(2));
}

} // namespace qtill::inventory
