#include "hal/backends/evdev/evdevreader.h"

#include "hal/backends/evdev/evdevdevicefinder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace qtill::hal {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

EvdevReader::EvdevReader(QVariantMap params, QString sysRoot, QString devRoot)
    : m_params(std::move(params)), m_sysRoot(std::move(sysRoot)), m_devRoot(std::move(devRoot))
{
}

EvdevReader::~EvdevReader()
{
    closeDevice();
}

void EvdevReader::fail(ErrorKind kind, const QString &message, const QString &detail)
{
    Q_EMIT failed(DeviceError{kind, message, detail, true});
}

void EvdevReader::start()
{
    closeDevice();
    QString why;
    const QString path = EvdevDeviceFinder(m_sysRoot, m_devRoot).resolve(m_params, &why);
    if (path.isEmpty()) {
        fail(ErrorKind::Offline, tr("The scanner is not connected. Check its cable."), why);
        return;
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        if (e == EACCES || e == EPERM) {
            fail(ErrorKind::PermissionDenied,
                 tr("Qtill may not read the scanner. Install Qtill's udev rules and plug the scanner in again."),
                 path + u": "_qs + errnoText(e));
        } else {
            fail(ErrorKind::Offline, tr("The scanner is not connected. Check its cable."),
                 path + u": "_qs + errnoText(e));
        }
        return;
    }
    if (m_params.value(u"grab"_qs, true).toBool() && ::ioctl(fd, EVIOCGRAB, 1) != 0) {
        const int e = errno;
        ::close(fd);
        if (e == EBUSY) {
            fail(ErrorKind::Busy, tr("Another program is using the scanner. Close it and press Retry."),
                 path + u": EVIOCGRAB: "_qs + errnoText(e));
        } else {
            fail(ErrorKind::Failure, tr("The configured scanner device is not an input device."),
                 path + u": EVIOCGRAB: "_qs + errnoText(e));
        }
        return;
    }
    m_fd = fd;
    m_decoder.reset();
    handleReset();
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevReader::readAvailable);
    Q_EMIT opened(path);
}

void EvdevReader::stop()
{
    closeDevice();
}

void EvdevReader::closeDevice()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::ioctl(m_fd, EVIOCGRAB, 0); // harmless when not grabbed (or not an evdev node)
        ::close(m_fd);
        m_fd = -1;
    }
}

void EvdevReader::readAvailable()
{
    char buffer[64 * 24];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            feed(QByteArrayView(buffer, qsizetype(n)));
            continue;
        }
        const int e = errno;
        if (n < 0 && e == EINTR)
            continue;
        if (n < 0 && (e == EAGAIN || e == EWOULDBLOCK))
            return;
        // 0 (end of stream) or ENODEV: unplugged.
        closeDevice();
        handleReset();
        fail(ErrorKind::Offline, tr("The scanner was disconnected. Plug it in again."),
             n == 0 ? u"end of stream"_qs : errnoText(e));
        return;
    }
}

void EvdevReader::feed(QByteArrayView bytes)
{
    const InputEventDecoder::Output out = m_decoder.feed(bytes);
    for (qsizetype i = 0; i < out.keys.size(); ++i) {
        if (i == out.droppedBefore)
            handleReset();
        handleKey(out.keys.at(i));
    }
    if (out.droppedBefore == out.keys.size())
        handleReset();
}

} // namespace qtill::hal
