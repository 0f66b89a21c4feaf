#include "hal/backends/camera/luminanceimage.h"

#include <cstring>

namespace qtill::hal {

QImage LuminanceImage::fromFrame(const QVideoFrame &input)
{
    if (!input.isValid())
        return {};
    QVideoFrame frame = input; // shallow copy; mapping needs a non-const frame
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const int width = frame.width();
    const int height = frame.height();
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        QImage out(width, height, QImage::Format_Grayscale8);
        const uchar *src = frame.bits(0);
        const int stride = frame.bytesPerLine(0);
        for (int y = 0; y < height; ++y)
            std::memcpy(out.scanLine(y), src + qsizetype(y) * stride, size_t(width));
        frame.unmap();
        return out;
    }
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        QImage out(width, height, QImage::Format_Grayscale8);
        const uchar *src = frame.bits(0);
        const int stride = frame.bytesPerLine(0);
        const int offset = format == QVideoFrameFormat::Format_YUYV ? 0 : 1; // Y0 U Y1 V / U Y0 V Y1
        for (int y = 0; y < height; ++y) {
            const uchar *row = src + qsizetype(y) * stride;
            uchar *dst = out.scanLine(y);
            for (int x = 0; x < width; ++x)
                dst[x] = row[2 * x + offset];
        }
        frame.unmap();
        return out;
    }
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_YUV420P10: {
        // 16-bit little-endian luminance: the high byte is the 8-bit grey.
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        QImage out(width, height, QImage::Format_Grayscale8);
        const uchar *src = frame.bits(0);
        const int stride = frame.bytesPerLine(0);
        for (int y = 0; y < height; ++y) {
            const uchar *row = src + qsizetype(y) * stride;
            uchar *dst = out.scanLine(y);
            for (int x = 0; x < width; ++x)
                dst[x] = row[2 * x + 1];
        }
        frame.unmap();
        return out;
    }
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        QImage out(width, height, QImage::Format_Grayscale8);
        const uchar *src = frame.bits(0);
        const int stride = frame.bytesPerLine(0);
        for (int y = 0; y < height; ++y) {
            const uchar *row = src + qsizetype(y) * stride;
            uchar *dst = out.scanLine(y);
            for (int x = 0; x < width; ++x)
                dst[x] = row[4 * x + 1]; // A Y U V
        }
        frame.unmap();
        return out;
    }
    case QVideoFrameFormat::Format_Jpeg: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        const QImage decoded = QImage::fromData(frame.bits(0), frame.mappedBytes(0), "JPG");
        frame.unmap();
        return decoded.isNull() ? QImage() : decoded.convertToFormat(QImage::Format_Grayscale8);
    }
    default:
        break;
    }
    // RGB formats map onto a QImage format directly. (QVideoFrame::toImage() is avoided: in Qt 6.4
    // it needs a QGuiApplication and may use the GPU; a device thread must not.)
    const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(format);
    if (imageFormat == QImage::Format_Invalid || !frame.map(QVideoFrame::ReadOnly))
        return {};
    const QImage wrapped(frame.bits(0), width, height, frame.bytesPerLine(0), imageFormat);
    QImage out = wrapped.convertToFormat(QImage::Format_Grayscale8); // a deep copy
    frame.unmap();
    return out;
}

} // namespace qtill::hal
