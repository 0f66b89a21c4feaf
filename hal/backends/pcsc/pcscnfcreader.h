#pragma once

#include "hal/nfcreader.h"

#include <QPointer>

namespace qtill::hal {

class PcscWorker;

/// A contactless (NFC) reader through PC/SC (pcsc-lite and the pcscd service), for member cards.
/// Backend key "pcsc". DeviceInfo::params: "reader" (part of the PC/SC reader name; default the
/// first reader), "pollMs". Events: status CardPresent / CardRemoved, data NfcTag (the UID) per
/// card placed. Without pcscd, or without a reader, the device raises an Offline error naming the
/// cause; the manager's reconnect retries.
class PcscNfcReader : public NfcReader
{
    Q_OBJECT

public:
    explicit PcscNfcReader(DeviceInfo info, QObject *parent = nullptr);
    ~PcscNfcReader() override;

protected:
    Outcome doClaim() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    void startWorker();
    void stopWorker();

    QPointer<PcscWorker> m_worker;
};

} // namespace qtill::hal
