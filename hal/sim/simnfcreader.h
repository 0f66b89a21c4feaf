#pragma once

#include "hal/nfcreader.h"

namespace qtill::hal {

/// An NFC reader simulator (backend "sim"): tap a card UID on it and take it away.
class SimNfcReader : public NfcReader
{
    Q_OBJECT

public:
    using NfcReader::NfcReader;

    /// CardPresent, then the UID as data (when enabled). False when not enabled.
    bool tap(const QByteArray &uid);
    /// CardRemoved.
    void removeCard();
};

} // namespace qtill::hal
