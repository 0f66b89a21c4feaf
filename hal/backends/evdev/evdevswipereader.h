#pragma once

#include "hal/backends/evdev/evdevreader.h"
#include "hal/backends/evdev/keystream.h"
#include "hal/cardreader.h"
#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

namespace qtill::hal {

/// Evdev worker for a magnetic-stripe reader in keyboard mode. The typed track characters go
/// straight into a SecureBuffer (never a QString); at Enter they are parsed and wiped, and only the
/// masked CardData leaves this thread. params: as EvdevReader, plus "layout", "maxGapMs" (default
/// 500: a stale half-swipe is wiped), "lrc" and "requireLuhn" (see TrackParser::Options).
class EvdevSwipeReader : public EvdevReader
{
    Q_OBJECT

public:
    explicit EvdevSwipeReader(QVariantMap params, QString sysRoot = u"/sys"_qs, QString devRoot = u"/dev"_qs);

    /// For tests: whether raw track bytes are held right now (false after every swipe).
    bool holdsTrackData() const { return !m_raw.isEmpty() || !m_raw.isAllZero(); }

Q_SIGNALS:
    void swiped(const qtill::hal::CardData &card);
    void swipeFailed(const QString &message, const QString &detail);

protected:
    void handleKey(const RawKeyEvent &event) override;
    void handleReset() override;

private:
    void finish();

    KeyStream m_keys;
    SecureBuffer m_raw;
    TrackParser::Options m_options;
    int m_maxGapMs = 500;
    qint64 m_lastMs = 0;
    bool m_overflow = false;
};

} // namespace qtill::hal
