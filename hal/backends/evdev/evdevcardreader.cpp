#include "hal/backends/evdev/evdevcardreader.h"

#include "hal/backends/evdev/evdevswipereader.h"
#include "hal/backends/evdev/keymap.h"

namespace qtill::hal {

EvdevCardReader::EvdevCardReader(DeviceInfo info, QObject *parent) : CardReader(std::move(info), parent) {}

EvdevCardReader::~EvdevCardReader()
{
    stopReader();
}

void EvdevCardReader::setRoots(const QString &sysRoot, const QString &devRoot)
{
    m_sysRoot = sysRoot;
    m_devRoot = devRoot;
}

Outcome EvdevCardReader::doOpen()
{
    const QVariantMap &p = info().params;
    const QString layout = p.value(u"layout"_qs, u"us"_qs).toString();
    if (!KeyMap::forLayout(layout)) {
        return Outcome::failure(ErrorKind::Failure,
                                tr("The card reader's keyboard layout \"%1\" is not supported.").arg(layout));
    }
    if (p.value(u"path"_qs).toString().isEmpty()
        && (p.value(u"vid"_qs).toString().isEmpty() || p.value(u"pid"_qs).toString().isEmpty())) {
        return Outcome::failure(ErrorKind::NotFound, tr("Choose which card reader to use (device path or USB id)."),
                                u"evdev: neither path nor vid/pid"_qs);
    }
    return Outcome::success();
}

Outcome EvdevCardReader::doClaim()
{
    startReader();
    return Outcome::success();
}

void EvdevCardReader::doRelease()
{
    stopReader();
}

void EvdevCardReader::doClose()
{
    stopReader();
}

Outcome EvdevCardReader::doRetry()
{
    // A bad swipe needs nothing but a new swipe; other faults reopen the device.
    if (lastError().kind != ErrorKind::Protocol && m_reader)
        QMetaObject::invokeMethod(m_reader, &EvdevReader::start, Qt::QueuedConnection);
    return Outcome::success();
}

void EvdevCardReader::doReconnect()
{
    if (m_reader)
        QMetaObject::invokeMethod(m_reader, &EvdevReader::start, Qt::QueuedConnection);
}

void EvdevCardReader::startReader()
{
    stopReader();
    auto *reader = new EvdevSwipeReader(info().params, m_sysRoot, m_devRoot);
    connect(reader, &EvdevReader::opened, this, [this] {
        if (lastError().kind != ErrorKind::Protocol)
            recover();
    });
    connect(reader, &EvdevReader::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(reader, &EvdevSwipeReader::swiped, this, [this](const CardData &card) {
        if (isEnabled())
            deliverData(QVariant::fromValue(card));
    });
    connect(reader, &EvdevSwipeReader::swipeFailed, this, [this](const QString &message, const QString &detail) {
        if (isEnabled())
            raiseError(DeviceError{ErrorKind::Protocol, message, detail, true});
    });
    m_reader = reader;
    attachWorker(reader);
    QMetaObject::invokeMethod(reader, &EvdevReader::start, Qt::QueuedConnection);
}

void EvdevCardReader::stopReader()
{
    m_reader = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
