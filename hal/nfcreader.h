#pragma once

#include "hal/device.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// The payload of NfcReader::dataReceived: a card's UID (member cards).
struct NfcTag
{
    QByteArray uid;
    QString uidHex;  ///< upper-case hex without separators, e.g. "04A224B2C35E80"
    QString reader;  ///< PC/SC reader name
};

/// A contactless reader (PC/SC). Reports CardPresent/CardRemoved as status and the UID as data.
class NfcReader : public Device
{
    Q_OBJECT

public:
    using Device::Device;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::NfcTag)
