#include "hal/backends/camera/camerascanworker.h"

#include "hal/backends/camera/luminanceimage.h"

namespace qtill::hal {

CameraScanWorker::CameraScanWorker(QList<Symbology> symbologies) : m_decoder(std::move(symbologies)) {}

void CameraScanWorker::decodeFrame(const QVideoFrame &frame)
{
    decodeImage(LuminanceImage::fromFrame(frame));
}

void CameraScanWorker::decodeImage(const QImage &image)
{
    Q_EMIT decoded(m_decoder.decode(image));
}

} // namespace qtill::hal
