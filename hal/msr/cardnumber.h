#pragma once

#include "hal/cardreader.h"

#include <QString>
#include <string_view>

namespace qtill::hal {

/// Pure functions over a card number (PAN) given as ASCII digits. They never store or log the number.
class CardNumber
{
public:
    /// The Luhn (mod 10) check; false for anything but 12..19 ASCII digits.
    static bool luhnValid(std::string_view digits);
    /// The brand from the issuer identification number (BIN) prefix and the length:
    /// UnionPay 62 / 81, Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, JCB 3528-3589,
    /// Discover 6011 / 644-649 / 65, Diners 300-305 / 36 / 38-39, Maestro 50 / 56-58 / 6 (rest).
    static CardBrand brand(std::string_view digits);
    /// "**** **** **** 1234": stars for all but the last four digits, grouped by four.
    static QString masked(std::string_view digits);
    /// The last four digits ("1234"), or empty when shorter than four.
    static QString last4(std::string_view digits);
    /// A display name ("UnionPay", "Visa", ...), untranslated brand names.
    static QString brandName(CardBrand brand);
    /// Whether the string is 12..19 ASCII digits.
    static bool plausible(std::string_view digits);
};

} // namespace qtill::hal
