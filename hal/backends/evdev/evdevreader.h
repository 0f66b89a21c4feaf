#pragma once

#include "hal/backends/evdev/inputeventdecoder.h"
#include "hal/deviceerror.h"

#include <QObject>
#include <QVariantMap>

class QSocketNotifier;

namespace qtill::hal {

/// I/O-thread worker that reads one evdev node: resolves the configured device (path or VID:PID,
/// again on every start so a re-plugged device with a new eventN is found), opens it non-blocking,
/// grabs it (EVIOCGRAB: its keys no longer reach the desktop or other programs) and decodes
/// `struct input_event`s. Subclasses turn key events into scans or swipes.
///
/// Threading: created on the GUI thread, moved to the device's I/O thread; start()/stop() are
/// invoked there (queued). Signals are delivered to the device with queued connections.
class EvdevReader : public QObject
{
    Q_OBJECT

public:
    /// params: "path" or "vid"/"pid" (see EvdevDeviceFinder), "grab" (default true).
    /// `sysRoot`/`devRoot` are for tests.
    explicit EvdevReader(QVariantMap params, QString sysRoot = u"/sys"_qs, QString devRoot = u"/dev"_qs);
    ~EvdevReader() override;

    /// Handles bytes as if read from the device (tests, fuzzing and the simulator).
    void feed(QByteArrayView bytes);
    bool isOpen() const { return m_fd >= 0; }

public Q_SLOTS:
    /// (Re)opens the device; emits opened() or failed().
    void start();
    void stop();

Q_SIGNALS:
    void opened(const QString &path);
    void failed(const qtill::hal::DeviceError &error);

protected:
    virtual void handleKey(const RawKeyEvent &event) = 0;
    /// Events were lost (SYN_DROPPED) or the device went away: drop any partial input.
    virtual void handleReset() = 0;
    const QVariantMap &params() const { return m_params; }

private:
    void readAvailable();
    void closeDevice();
    void fail(ErrorKind kind, const QString &message, const QString &detail);

    QVariantMap m_params;
    QString m_sysRoot;
    QString m_devRoot;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    InputEventDecoder m_decoder;
};

} // namespace qtill::hal
