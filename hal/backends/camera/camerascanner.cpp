#include "hal/backends/camera/camerascanner.h"

#include "hal/backends/camera/camerascanworker.h"

#include <QCamera>
#include <QCameraDevice>
#include <QElapsedTimer>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace qtill::hal {

namespace {

QList<Symbology> symbologiesOf(const QVariantMap &params)
{
    const QStringList names = params.value(u"symbologies"_qs).toStringList();
    if (names.isEmpty())
        return ZxingDecoder::retailSymbologies();
    static const QHash<QString, Symbology> byName{
        {u"ean13"_qs, Symbology::Ean13}, {u"ean8"_qs, Symbology::Ean8}, {u"upca"_qs, Symbology::UpcA},
        {u"upce"_qs, Symbology::UpcE}, {u"code128"_qs, Symbology::Code128}, {u"qr"_qs, Symbology::Qr},
        {u"code39"_qs, Symbology::Code39}, {u"itf"_qs, Symbology::Itf}, {u"datamatrix"_qs, Symbology::DataMatrix},
        {u"pdf417"_qs, Symbology::Pdf417}};
    QList<Symbology> out;
    for (const QString &n : names) {
        const auto it = byName.constFind(n.toLower());
        if (it != byName.constEnd())
            out << *it;
    }
    return out.isEmpty() ? ZxingDecoder::retailSymbologies() : out;
}

/// The configured camera, or a null device.
QCameraDevice findCamera(const QString &wanted)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (wanted.isEmpty())
        return QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &c : cameras) {
        if (QString::fromUtf8(c.id()).contains(wanted) || c.description().contains(wanted, Qt::CaseInsensitive))
            return c;
    }
    return {};
}

} // namespace

CameraScanner::CameraScanner(DeviceInfo info, QObject *parent)
    : Scanner(std::move(info), parent), m_dedup(this->info().params.value(u"windowMs"_qs, 1500).toInt())
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_time = [clock] { return clock->elapsed(); };
}

CameraScanner::~CameraScanner()
{
    stopCamera();
    stopWorker();
}

Outcome CameraScanner::doOpen()
{
    const QString wanted = info().params.value(u"camera"_qs).toString();
    if (wanted == u"none")
        return Outcome::success();
    if (findCamera(wanted).isNull()) {
        return Outcome::failure(ErrorKind::NotFound, tr("No camera was found for scanning. Connect a camera."),
                                QStringLiteral("camera \"%1\" not among %2 video inputs")
                                    .arg(wanted)
                                    .arg(QMediaDevices::videoInputs().size()));
    }
    return Outcome::success();
}

Outcome CameraScanner::doClaim()
{
    stopWorker();
    auto *worker = new CameraScanWorker(symbologiesOf(info().params));
    connect(worker, &CameraScanWorker::decoded, this, &CameraScanner::onDecoded);
    m_worker = worker;
    attachWorker(worker);
    return Outcome::success();
}

Outcome CameraScanner::doEnable()
{
    m_dedup.reset();
    const QString wanted = info().params.value(u"camera"_qs).toString();
    if (wanted == u"none")
        return Outcome::success();
    const QCameraDevice device = findCamera(wanted);
    if (device.isNull())
        return Outcome::failure(ErrorKind::Offline, tr("The camera is not connected."), u"camera vanished"_qs);
    m_camera = std::make_unique<QCamera>(device);
    m_sink = std::make_unique<QVideoSink>();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &CameraScanner::processFrame);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
        raiseError(DeviceError{ErrorKind::Offline, tr("The camera stopped working. Check its cable."), text, true});
    });
    m_camera->start();
    return Outcome::success();
}

void CameraScanner::doDisable()
{
    stopCamera();
}

void CameraScanner::doRelease()
{
    stopWorker();
}

void CameraScanner::doClose()
{
    stopCamera();
    stopWorker();
}

Outcome CameraScanner::doRetry()
{
    if (isEnabled()) {
        stopCamera();
        return doEnable();
    }
    return Outcome::success();
}

void CameraScanner::stopCamera()
{
    if (m_camera)
        m_camera->stop();
    m_session.reset();
    m_sink.reset();
    m_camera.reset();
}

void CameraScanner::stopWorker()
{
    m_worker = nullptr;
    m_busy = false;
    stopIoThread();
}

void CameraScanner::processFrame(const QVideoFrame &frame)
{
    if (!isEnabled() || hasError() || m_busy || !m_worker)
        return;
    m_busy = true;
    CameraScanWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, frame] { worker->decodeFrame(frame); }, Qt::QueuedConnection);
}

void CameraScanner::processImage(const QImage &image)
{
    if (!isEnabled() || hasError() || m_busy || !m_worker)
        return;
    m_busy = true;
    CameraScanWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, image] { worker->decodeImage(image); }, Qt::QueuedConnection);
}

void CameraScanner::onDecoded(const QList<DecodedBarcode> &barcodes)
{
    m_busy = false;
    if (!isEnabled())
        return;
    const qint64 now = m_time();
    for (const DecodedBarcode &b : barcodes) {
        if (m_dedup.accept(b.text, now))
            deliverData(QVariant::fromValue(ScanData{b.text, b.symbology, b.text.toUtf8(), id()}));
    }
}

} // namespace qtill::hal
