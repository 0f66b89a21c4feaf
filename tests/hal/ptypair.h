#pragma once
// A pseudo-terminal pair standing in for a serial device: the code under test opens the slave by
// name with QSerialPort (the real code path); the test plays the device on the master side.

#include <QByteArray>
#include <QString>
#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace qtill::hal::test {

struct PtyPair
{
    int master = -1;
    int slave = -1; ///< kept open so the line does not hang up before the code opens it
    QString slaveName;

    PtyPair()
    {
        char name[256] = {};
        termios raw{};
        cfmakeraw(&raw);
        if (::openpty(&master, &slave, name, &raw, nullptr) == 0) {
            slaveName = QString::fromLocal8Bit(name);
            ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        }
    }
    ~PtyPair() { close(); }
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    bool ok() const { return master >= 0; }
    /// The device sends bytes.
    bool send(const QByteArray &bytes) const
    {
        return ::write(master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    /// What the code wrote to the device so far.
    QByteArray received() const
    {
        QByteArray out;
        char buffer[512];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            out.append(buffer, n);
        }
        return out;
    }
    /// The device is unplugged: both ends close, the slave node disappears.
    void close()
    {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
        slave = master = -1;
    }
};

} // namespace qtill::hal::test
