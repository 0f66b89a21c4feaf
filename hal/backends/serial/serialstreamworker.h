#pragma once

#include "hal/deviceerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVariantMap>

class QSerialPort;

namespace qtill::hal {

/// I/O-thread worker owning one serial port (RS-232, USB CDC-ACM /dev/ttyACM*, USB-serial
/// /dev/ttyUSB*, or a pty in tests) for the input devices: scanners, card readers, scales and pole
/// displays. Subclasses parse what arrives in handleBytes(); write() sends commands.
///
/// params: "port" (device path or name, e.g. "/dev/ttyACM0"), "baud" (9600), "dataBits" (8),
/// "parity" ("none" | "even" | "odd"), "stopBits" (1 | 2), "flowControl" ("none" | "hardware" |
/// "software").
/// Threading: created on the GUI thread and moved to the device's I/O thread; start(), stop() and
/// write() are invoked there (queued). Signals reach the device through queued connections.
class SerialStreamWorker : public QObject
{
    Q_OBJECT

public:
    explicit SerialStreamWorker(QVariantMap params);
    ~SerialStreamWorker() override;

    /// Handles bytes as if read from the port (tests, fuzzing, the simulator).
    void feed(QByteArrayView bytes);
    bool isOpen() const;
    const QVariantMap &params() const { return m_params; }

    /// A command typed in settings with C escapes (`T\r\n`, `\x1b@`) as bytes.
    static QByteArray commandBytes(const QString &escaped);

public Q_SLOTS:
    /// (Re)opens the port; emits opened() or failed().
    void start();
    void stop();
    /// Writes bytes (commands, display text); emits written(id) when they left, or failed().
    void write(const QByteArray &bytes, int id = 0);

Q_SIGNALS:
    void opened(const QString &port);
    void failed(const qtill::hal::DeviceError &error);
    void written(int id);

protected:
    virtual void handleBytes(QByteArrayView bytes) { Q_UNUSED(bytes); }
    /// The port closed or reopened: drop partial input.
    virtual void handleReset() {}
    /// Milliseconds of a monotonic clock (for timing partial input).
    qint64 nowMs() const { return m_clock.elapsed(); }
    /// The category's name for messages ("scanner", "scale", ...); translated by the subclass.
    virtual QString deviceNoun() const;

private:
    void readAvailable();
    void portError(int error);
    void fail(ErrorKind kind, const QString &message, const QString &detail);

    QVariantMap m_params;
    QSerialPort *m_port = nullptr;
    QElapsedTimer m_clock;
};

} // namespace qtill::hal
