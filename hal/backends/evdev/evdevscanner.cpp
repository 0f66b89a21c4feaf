#include "hal/backends/evdev/evdevscanner.h"

#include "hal/backends/evdev/evdevscanreader.h"
#include "hal/backends/evdev/keymap.h"

#include <QLoggingCategory>

namespace qtill::hal {

namespace {
Q_LOGGING_CATEGORY(lcEvdevScanner, "qtill.hal.evdev.scanner")
} // namespace

EvdevScanner::EvdevScanner(DeviceInfo info, QObject *parent) : Scanner(std::move(info), parent) {}

EvdevScanner::~EvdevScanner()
{
    stopReader();
}

void EvdevScanner::setRoots(const QString &sysRoot, const QString &devRoot)
{
    m_sysRoot = sysRoot;
    m_devRoot = devRoot;
}

Outcome EvdevScanner::doOpen()
{
    const QVariantMap &p = info().params;
    const QString layout = p.value(u"layout"_qs, u"us"_qs).toString();
    if (!KeyMap::forLayout(layout)) {
        return Outcome::failure(ErrorKind::Failure,
                                tr("The scanner's keyboard layout \"%1\" is not supported. Choose one of: %2.")
                                    .arg(layout, KeyMap::layouts().join(u", "_qs)));
    }
    if (p.value(u"path"_qs).toString().isEmpty()
        && (p.value(u"vid"_qs).toString().isEmpty() || p.value(u"pid"_qs).toString().isEmpty())) {
        return Outcome::failure(ErrorKind::NotFound, tr("Choose which scanner to use (device path or USB id)."),
                                u"evdev: neither path nor vid/pid"_qs);
    }
    return Outcome::success();
}

Outcome EvdevScanner::doClaim()
{
    startReader();
    return Outcome::success();
}

void EvdevScanner::doRelease()
{
    stopReader();
}

void EvdevScanner::doClose()
{
    stopReader();
}

Outcome EvdevScanner::doRetry()
{
    if (m_reader)
        QMetaObject::invokeMethod(m_reader, &EvdevReader::start, Qt::QueuedConnection);
    return Outcome::success();
}

void EvdevScanner::doReconnect()
{
    doRetry();
}

void EvdevScanner::startReader()
{
    stopReader();
    auto *reader = new EvdevScanReader(info().params, m_sysRoot, m_devRoot);
    connect(reader, &EvdevReader::opened, this, [this] { recover(); });
    connect(reader, &EvdevReader::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(reader, &EvdevScanReader::scanned, this, [this](const QString &text, const QByteArray &raw) {
        if (isEnabled()) // scans while disabled are dropped, never delivered late
            deliverData(QVariant::fromValue(ScanData{text, Symbology::Unknown, raw, id()}));
    });
    // A malformed scan is dropped (the cashier scans again); it must not stop the scanner.
    connect(reader, &EvdevScanReader::rejected, this, [this](const QString &, const QString &detail) {
        qCWarning(lcEvdevScanner) << id() << "scan rejected:" << detail;
    });
    m_reader = reader;
    attachWorker(reader);
    QMetaObject::invokeMethod(reader, &EvdevReader::start, Qt::QueuedConnection);
}

void EvdevScanner::stopReader()
{
    m_reader = nullptr;
    stopIoThread(); // the reader closes and ungrabs the node when the thread stops
}

} // namespace qtill::hal
