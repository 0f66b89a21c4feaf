#include "hal/backends/usblp/usblptransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace qtill::hal {

namespace {

// drivers/usb/class/usblp.c: the IEEE 1284 device id, two length bytes first.
#define QTILL_LPIOC_GET_DEVICE_ID(len) _IOC(_IOC_READ, 'P', 1, len)

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::UsbLpTransport", text);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString ieee1284Name(int fd)
{
    char buffer[1024] = {};
    if (ioctl(fd, QTILL_LPIOC_GET_DEVICE_ID(sizeof(buffer)), buffer) < 0) {
        return {};
    }
    const int length = std::min(int(sizeof(buffer)) - 1, ((quint8(buffer[0]) << 8) | quint8(buffer[1])));
    const QString id = QString::fromLatin1(buffer + 2, std::max(0, length - 2));
    QString maker;
    QString model;
    for (const QString &field : id.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = field.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = field.section(QLatin1Char(':'), 1).trimmed();
        if (key == QLatin1String("MFG") || key == QLatin1String("MANUFACTURER")) {
            maker = value;
        } else if (key == QLatin1String("MDL") || key == QLatin1String("MODEL")) {
            model = value;
        }
    }
    return QString(maker + QLatin1Char(' ') + model).trimmed();
}

} // namespace

UsbLpTransport::UsbLpTransport(Options options)
    : m_options(std::move(options))
{
}

UsbLpTransport::~UsbLpTransport()
{
    disconnect();
}

Outcome UsbLpTransport::connect()
{
    if (m_fd >= 0) {
        return Outcome::success();
    }
    const QByteArray path = QFile::encodeName(m_options.path);
    const int flags = (m_options.bidirectional ? O_RDWR : O_WRONLY) | O_NONBLOCK | O_CLOEXEC;
    m_fd = ::open(path.constData(), flags);
    if (m_fd >= 0) {
        return Outcome::success();
    }
    const int error = errno;
    const QString detail = m_options.path + QStringLiteral(": ") + errnoText(error);
    if (error == EACCES || error == EPERM) {
        return Outcome::failure(ErrorKind::PermissionDenied,
                                tr("Qtill may not use the USB printer %1. Install the udev rules that come with "
                                   "Qtill (installer/udev) and plug the printer in again.")
                                    .arg(m_options.path),
                                detail);
    }
    if (error == EBUSY) {
        return Outcome::failure(ErrorKind::Busy, tr("The USB printer is in use by another program."), detail);
    }
    return Outcome::failure(ErrorKind::Offline,
                            tr("The USB receipt printer is not connected. Check the cable and that it is switched on."),
                            detail);
}

void UsbLpTransport::disconnect()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

Outcome UsbLpTransport::send(const QByteArray &bytes)
{
    if (m_fd < 0) {
        return Outcome::failure(ErrorKind::Offline, tr("The USB receipt printer is not connected."),
                                m_options.path + QStringLiteral(": not open"));
    }
    QDeadlineTimer deadline(m_options.writeTimeoutMs);
    qsizetype written = 0;
    while (written < bytes.size()) {
        pollfd p{m_fd, POLLOUT, 0};
        const int ready = ::poll(&p, 1, int(std::max<qint64>(deadline.remainingTime(), 0)));
        if (ready == 0) {
            disconnect();
            return Outcome::failure(ErrorKind::Timeout,
                                    tr("The receipt printer stopped taking data. Check paper and cover."),
                                    m_options.path + QStringLiteral(": write timed out"));
        }
        const ssize_t n = ready > 0 ? ::write(m_fd, bytes.constData() + written, size_t(bytes.size() - written)) : -1;
        if (n < 0) {
            const int error = errno;
            if (error == EINTR || error == EAGAIN) {
                continue;
            }
            disconnect();
            return Outcome::failure(ErrorKind::Offline,
                                    tr("The USB receipt printer was unplugged or switched off."),
                                    m_options.path + QStringLiteral(": ") + errnoText(error));
        }
        written += n;
    }
    return Outcome::success();
}

QByteArray UsbLpTransport::read(int max, int timeoutMs)
{
    if (m_fd < 0 || !m_options.bidirectional) {
        return {};
    }
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0) {
        return {};
    }
    QByteArray buffer(max, Qt::Uninitialized);
    const ssize_t n = ::read(m_fd, buffer.data(), size_t(max));
    buffer.resize(n > 0 ? n : 0);
    return buffer;
}

QList<DetectedDevice> UsbLpTransport::detect(const QString &directory)
{
    QList<DetectedDevice> found;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList({QStringLiteral("lp*")}, QDir::System | QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(entry);
        QString name;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            name = ieee1284Name(fd);
            ::close(fd);
        }
        DetectedDevice d;
        d.category = DeviceCategory::ReceiptPrinter;
        d.backend = QStringLiteral("usblp");
        d.name = (name.isEmpty() ? tr("USB printer") : name) + QStringLiteral(" (") + path + QLatin1Char(')');
        d.params = {{QStringLiteral("path"), path}};
        found.append(d);
    }
    return found;
}

} // namespace qtill::hal
