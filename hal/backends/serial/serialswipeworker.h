#pragma once

#include "hal/backends/serial/serialstreamworker.h"
#include "hal/cardreader.h"
#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

namespace qtill::hal {

/// Serial worker for a magnetic-stripe reader in serial / virtual COM mode. Bytes go straight into
/// a SecureBuffer; a swipe ends at CR, LF or ETX (readers that frame with STX…ETX) and is then
/// parsed and wiped; only CardData leaves. A half swipe older than "maxGapMs" (default 300) is wiped.
/// params: port keys, "lrc", "requireLuhn", "maxGapMs".
class SerialSwipeWorker : public SerialStreamWorker
{
    Q_OBJECT

public:
    explicit SerialSwipeWorker(QVariantMap params);

    /// For tests: whether raw track bytes are held right now.
    bool holdsTrackData() const { return !m_raw.isEmpty() || !m_raw.isAllZero(); }

Q_SIGNALS:
    void swiped(const qtill::hal::CardData &card);
    void swipeFailed(const QString &message, const QString &detail);

protected:
    void handleBytes(QByteArrayView bytes) override;
    void handleReset() override;
    QString deviceNoun() const override;

private:
    void finish();

    SecureBuffer m_raw;
    TrackParser::Options m_options;
    int m_maxGapMs = 300;
    qint64 m_lastMs = 0;
    bool m_overflow = false;
};

} // namespace qtill::hal
