#pragma once

#include <QString>
#include <QStringView>

namespace qtill::inventory {

/// GS1 check digits for the barcodes on retail goods: EAN-13 (and its subsets UPC-A and EAN-8).
/// All three use one rule: weights 3,1,3,1,… from the right of the payload, check digit brings the
/// weighted sum to a multiple of 10.
class Ean13
{
public:
    /// The check digit (0–9) for a payload of ASCII digits (12 for EAN-13, 11 for UPC-A, 7 for EAN-8);
    /// -1 when the payload is empty or holds anything but digits.
    static int checkDigit(QStringView payload);

    /// True for 13 digits whose last is the right check digit.
    static bool isValid(QStringView code);
    static bool isValidEan8(QStringView code);
    static bool isValidUpcA(QStringView code);

    /// The 13-digit code for a 12-digit payload; empty when the payload is not 12 digits.
    static QString complete(QStringView payload12);

    /// A UPC-A code (12 digits) as the EAN-13 a scanner may also send: "0" + code. Empty when invalid.
    static QString fromUpcA(QStringView upcA);

    /// True for GS1 prefixes 690–699 (China).
    static bool isChinesePrefix(QStringView code);
    /// True for prefixes 20–29: in-store codes (weighed or price-embedded labels printed by scales).
    static bool isInStore(QStringView code);

private:
    static bool isValidLength(QStringView code, qsizetype length);
};

} // namespace qtill::inventory
