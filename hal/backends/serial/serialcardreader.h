#pragma once

#include "hal/cardreader.h"

#include <QPointer>

namespace qtill::hal {

class SerialSwipeWorker;

/// A magnetic-stripe reader on a serial port or virtual COM port. Backend key "serial".
/// DeviceInfo::params: port keys (see SerialStreamWorker), "lrc", "requireLuhn", "maxGapMs".
/// Each swipe arrives as CardData; a bad swipe raises ErrorKind::Protocol ("Swipe again").
class SerialCardReader : public CardReader
{
    Q_OBJECT

public:
    explicit SerialCardReader(DeviceInfo info, QObject *parent = nullptr);
    ~SerialCardReader() override;

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    void startWorker();
    void stopWorker();

    QPointer<SerialSwipeWorker> m_worker;
};

} // namespace qtill::hal
