#pragma once

#include <QMetaType>
#include <QString>

namespace qtill::hal {

/// What went wrong with a device, in terms a cashier can act on.
enum class ErrorKind {
    Offline,          ///< unplugged, unreachable or powered off; the manager keeps trying to reconnect
    NotFound,         ///< the configured device does not exist (wrong path, VID:PID, queue, address)
    PermissionDenied, ///< the OS refuses access (udev rules missing)
    Busy,             ///< claimed by someone else, or in use by another program
    PaperOut,         ///< printer: no paper
    CoverOpen,        ///< printer: cover open
    Timeout,          ///< the device did not answer in time
    Protocol,         ///< the device answered with something we do not understand
    Failure,          ///< anything else
};

/// How the cashier answers an error event (UnifiedPOS ErrorResponse).
enum class ErrorResponse {
    Retry, ///< try the failed operation again (e.g. reprint after loading paper)
    Clear, ///< give up the failed operation (the queued output is dropped) and go on
};

/// An error event. `message` is translated and cashier-readable ("The receipt printer is out of
/// paper. Load paper, then press Retry."); `detail` is technical (errno text, bytes, URLs) for the log.
struct DeviceError
{
    ErrorKind kind = ErrorKind::Failure;
    QString message;
    QString detail;
    bool retryable = true; ///< whether offering "Retry" makes sense
};

/// The outcome of a synchronous call: success, or a cashier-readable message plus a technical detail.
class Outcome
{
public:
    Outcome() = default;
    static Outcome success() { return {}; }
    static Outcome failure(ErrorKind kind, QString message, QString detail = {})
    {
        Outcome o;
        o.m_ok = false;
        o.m_error = DeviceError{kind, std::move(message), std::move(detail), true};
        return o;
    }
    static Outcome failure(DeviceError error)
    {
        Outcome o;
        o.m_ok = false;
        o.m_error = std::move(error);
        return o;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const DeviceError &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    const QString &detail() const { return m_error.detail; }

private:
    bool m_ok = true;
    DeviceError m_error;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::DeviceError)
