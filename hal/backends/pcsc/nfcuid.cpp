#include "hal/backends/pcsc/nfcuid.h"

namespace qtill::hal {

QByteArray NfcUid::getUidCommand()
{
    return QByteArray("\xFF\xCA\x00\x00\x00", 5);
}

NfcUid::Parsed NfcUid::parseResponse(QByteArrayView response)
{
    Parsed p;
    if (response.size() < 2) {
        p.error = QStringLiteral("response shorter than a status word (%1 bytes)").arg(response.size());
        return p;
    }
    const quint8 sw1 = quint8(response[response.size() - 2]);
    const quint8 sw2 = quint8(response[response.size() - 1]);
    if (sw1 != 0x90 || sw2 != 0x00) {
        const char *meaning = (sw1 == 0x6A && sw2 == 0x81) ? "function not supported"
            : (sw1 == 0x63 && sw2 == 0x00)                 ? "operation failed"
            : (sw1 == 0x6B && sw2 == 0x00)                 ? "wrong parameters"
                                                           : "error";
        p.error = QStringLiteral("SW %1%2: %3")
                      .arg(sw1, 2, 16, QLatin1Char('0'))
                      .arg(sw2, 2, 16, QLatin1Char('0'))
                      .arg(QLatin1String(meaning))
                      .toUpper();
        return p;
    }
    const QByteArrayView uid = response.first(response.size() - 2);
    if (uid.size() != 4 && uid.size() != 7 && uid.size() != 10) {
        p.error = QStringLiteral("UID of %1 bytes (4, 7 or 10 expected)").arg(uid.size());
        return p;
    }
    p.ok = true;
    p.uid = uid.toByteArray();
    return p;
}

QString NfcUid::hex(const QByteArray &uid)
{
    return QString::fromLatin1(uid.toHex()).toUpper();
}

QString NfcUid::colonHex(const QByteArray &uid)
{
    return QString::fromLatin1(uid.toHex(':')).toUpper();
}

QString NfcUid::decimal10(const QByteArray &uid)
{
    if (uid.size() != 4)
        return {};
    const quint32 value = quint32(quint8(uid[0])) | (quint32(quint8(uid[1])) << 8) | (quint32(quint8(uid[2])) << 16)
        | (quint32(quint8(uid[3])) << 24);
    return QStringLiteral("%1").arg(value, 10, 10, QLatin1Char('0'));
}

NfcTag NfcUid::tag(const QByteArray &uid, const QString &reader)
{
    return NfcTag{uid, hex(uid), reader};
}

} // namespace qtill::hal
