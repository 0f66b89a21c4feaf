#pragma once

#include "hal/device.h"

#include <QString>

namespace qtill::hal {

enum class CardBrand { Unknown, UnionPay, Visa, Mastercard, Amex, Jcb, Discover, DinersClub, Maestro };

/// The payload of CardReader::dataReceived. Only this leaves the HAL: brand, masked number and
/// expiry — never the PAN, the tracks or the holder's name. The backend wipes the raw track data from
/// memory after parsing.
struct CardData
{
    CardBrand brand = CardBrand::Unknown;
    QString maskedNumber; ///< e.g. "**** **** **** 1234"
    QString last4;        ///< "1234"
    bool luhnValid = false;
    int expiryYear = 0;   ///< e.g. 2027; 0 when unknown
    int expiryMonth = 0;  ///< 1..12; 0 when unknown

    /// "12/27" (MM/YY), empty when unknown: what a receipt or a screen may show.
    QString expiryText() const
    {
        if (expiryYear <= 0 || expiryMonth < 1 || expiryMonth > 12)
            return {};
        return QStringLiteral("%1/%2").arg(expiryMonth, 2, 10, QLatin1Char('0')).arg(expiryYear % 100, 2, 10, QLatin1Char('0'));
    }
};

/// A magnetic-stripe reader (UnifiedPOS MSR). A bad swipe is an errorOccurred with
/// ErrorKind::Protocol ("Could not read the card. Swipe again.").
class CardReader : public Device
{
    Q_OBJECT

public:
    using Device::Device;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::CardData)
