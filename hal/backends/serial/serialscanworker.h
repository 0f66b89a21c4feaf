#pragma once

#include "hal/backends/serial/serialstreamworker.h"
#include "hal/wedge/scanframer.h"

#include <QStringDecoder>

namespace qtill::hal {

/// Serial worker for a serial or USB CDC-ACM (virtual COM) barcode scanner: bytes → text in the
/// scanner's encoding ("encoding": "utf-8" (default) or "gb18030" for Chinese QR codes) → scans
/// framed by ScanFraming (terminator CR/LF by default; maxGapMs defaults to 1000 so line noise does
/// not stick to the next scan).
class SerialScanWorker : public SerialStreamWorker
{
    Q_OBJECT

public:
    explicit SerialScanWorker(QVariantMap params);

Q_SIGNALS:
    void scanned(const QString &text, const QByteArray &raw);
    void rejected(const QString &message, const QString &detail);

protected:
    void handleBytes(QByteArrayView bytes) override;
    void handleReset() override;
    QString deviceNoun() const override;

private:
    void byte(char b, qint64 now);

    ScanFramer m_framer;
    QStringDecoder m_decoder;
    QByteArray m_raw;            ///< bytes of the scan in progress
    qsizetype m_charStart = 0;   ///< where the character being decoded starts in m_raw
    bool m_charPending = false;  ///< inside a multi-byte character
};

} // namespace qtill::hal
