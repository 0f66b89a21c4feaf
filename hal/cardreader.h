#pragma once

#include "hal/device.h"

#include <QString>

namespace qtill::hal {

enum class CardBrand { Unknown, UnionPay, Visa, Mastercard, Amex, Jcb, Discover, DinersClub, Maestro };

/// The payload of CardReader::dataReceived. Only this leaves the HAL: never the PAN, the tracks or
/// the holder's name. The backend wipes the raw track data from memory after parsing.
struct CardData
{
    CardBrand brand = CardBrand::Unknown;
    QString maskedNumber; ///< e.g. "**** **** **** 1234"
    QString last4;        ///< "1234"
    bool luhnValid = false;
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
