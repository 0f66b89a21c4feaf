#pragma once

#include <QImage>
#include <QVideoFrame>

namespace qtill::hal {

/// The 8-bit luminance of a camera frame, which is all a barcode decoder needs. Planar and
/// semi-planar YUV frames (what webcams deliver: NV12, YUV420P, YUYV, …) already carry it: the
/// Y plane is copied without any colour conversion. RGB frames are converted on the CPU, MJPEG
/// frames decoded. Null image when the frame cannot be mapped (GPU-only texture frames).
/// Thread-safe: no GUI objects are used (runs on the scanner's device thread).
class LuminanceImage
{
public:
    static QImage fromFrame(const QVideoFrame &frame);
};

} // namespace qtill::hal
