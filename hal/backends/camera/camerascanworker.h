#pragma once

#include "hal/backends/camera/zxingdecoder.h"

#include <QObject>
#include <QVideoFrame>

namespace qtill::hal {

/// I/O-thread worker of the camera scanner: frame → luminance → ZXing. One frame at a time; the
/// device drops frames while one is being decoded (a camera delivers 30 a second; a scan needs one).
class CameraScanWorker : public QObject
{
    Q_OBJECT

public:
    explicit CameraScanWorker(QList<Symbology> symbologies);

    void decodeFrame(const QVideoFrame &frame);
    void decodeImage(const QImage &image);

Q_SIGNALS:
    /// Emitted for every frame, with what was found (often nothing).
    void decoded(const QList<qtill::hal::DecodedBarcode> &barcodes);

private:
    ZxingDecoder m_decoder;
};

} // namespace qtill::hal
