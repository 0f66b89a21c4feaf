#pragma once

#include "hal/nfcreader.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// Card UIDs as PC/SC readers return them and as member-card systems print them.
class NfcUid
{
public:
    /// The PC/SC "get data" command for the UID (PC/SC part 3 pseudo-APDU): FF CA 00 00 00.
    static QByteArray getUidCommand();

    struct Parsed
    {
        bool ok = false;
        QByteArray uid;
        QString error; ///< technical ("SW 6A81: function not supported"), when !ok
    };
    /// The response to getUidCommand(): UID bytes followed by SW1 SW2 = 90 00. A UID is 4, 7 or
    /// 10 bytes (ISO/IEC 14443 single/double/triple size); anything else is an error.
    static Parsed parseResponse(QByteArrayView response);

    /// "04A224B2C35E80": upper-case hex, no separators.
    static QString hex(const QByteArray &uid);
    /// "04:A2:24:B2:C3:5E:80".
    static QString colonHex(const QByteArray &uid);
    /// The 10-digit decimal many Chinese member-card systems and USB "ID card" readers print for a
    /// 4-byte UID: the bytes read little-endian as an unsigned 32-bit number, zero-padded
    /// (04 A2 24 B2 → 0xB224A204 → "2988745220"). Empty for other lengths.
    static QString decimal10(const QByteArray &uid);
    /// The NfcTag payload for a UID.
    static NfcTag tag(const QByteArray &uid, const QString &reader);
};

} // namespace qtill::hal
