#pragma once

#include "hal/backends/camera/scandeduplicator.h"
#include "hal/scanner.h"

#include <QPointer>
#include <functional>
#include <memory>

class QCamera;
class QImage;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace qtill::hal {

class CameraScanWorker;
struct DecodedBarcode;

/// Scanning with a camera (webcam, the tablet's camera): Qt Multimedia frames are decoded with
/// ZXing on the device thread; the same code held in view is one scan (ScanDeduplicator).
/// Backend key "camera". DeviceInfo::params: "camera" (part of the camera's id or description;
/// default the system's default camera; "none" = frames come only through processFrame()),
/// "windowMs" (1500), "symbologies" (list of "ean13", "ean8", "upca", "upce", "code128", "qr",
/// "code39", "itf", "datamatrix", "pdf417"; default the retail ones).
/// The camera runs only while the device is enabled.
class CameraScanner : public Scanner
{
    Q_OBJECT

public:
    using TimeSource = std::function<qint64()>;

    explicit CameraScanner(DeviceInfo info, QObject *parent = nullptr);
    ~CameraScanner() override;

    bool reportsSymbology() const override { return true; }

    /// Decodes a frame (from the capture session, or a test). Dropped when not enabled or while the
    /// previous frame is still being decoded.
    void processFrame(const QVideoFrame &frame);
    /// The same for an image (tests, the simulator, a still from elsewhere).
    void processImage(const QImage &image);
    /// Milliseconds of a monotonic clock for de-duplication; tests inject their own.
    void setTimeSource(TimeSource source) { m_time = std::move(source); }
    /// Frames being decoded right now (0 or 1).
    int framesInFlight() const { return m_busy ? 1 : 0; }

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    Outcome doEnable() override;
    void doDisable() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;

private:
    void onDecoded(const QList<DecodedBarcode> &barcodes);
    void stopCamera();
    void stopWorker();

    ScanDeduplicator m_dedup;
    TimeSource m_time;
    QPointer<CameraScanWorker> m_worker;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
    bool m_busy = false;
};

} // namespace qtill::hal
