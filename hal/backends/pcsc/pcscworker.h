#pragma once

#include "hal/deviceerror.h"
#include "hal/nfcreader.h"

#include <QObject>
#include <QVariantMap>
#include <atomic>

namespace qtill::hal {

/// I/O-thread worker for a PC/SC contactless reader (pcsc-lite; e.g. ACS ACR122U, ACR1252U):
/// establishes a context with the pcscd service, picks the reader ("reader" param: part of its
/// name; default the first), then waits in SCardGetStatusChange for cards. On a card it connects,
/// sends FF CA 00 00 00 and reports the UID; on removal it reports that.
///
/// run() blocks (it is the thread's work) until the thread is asked to stop: it wakes every
/// `pollMs` (default 250) to check QThread::isInterruptionRequested(); cancel() (any thread) wakes
/// it at once. When the service or the reader is missing it emits failed(Offline) and returns;
/// the device's reconnect runs it again.
class PcscWorker : public QObject
{
    Q_OBJECT

public:
    explicit PcscWorker(QVariantMap params);
    ~PcscWorker() override;

    /// Wakes a blocked run() (thread-safe; SCardCancel).
    void cancel();
    /// The PC/SC readers attached now (empty without pcscd). Quick; any thread.
    static QStringList listReaders();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void ready(const QString &reader);
    void failed(const qtill::hal::DeviceError &error);
    void cardPresent(const qtill::hal::NfcTag &tag);
    void cardRemoved();

private:
    bool stopRequested() const;
    void readCard(const QString &reader);

    QVariantMap m_params;
    std::atomic<long> m_context{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace qtill::hal
