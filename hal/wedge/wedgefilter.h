#pragma once

#include "hal/cardreader.h"
#include "hal/wedge/scanframer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QKeyEvent;

namespace qtill::hal {

/// Settings of the application-level keyboard-wedge recogniser.
struct WedgeSettings
{
    int maxGapMs = 40;    ///< keys closer than this belong to one burst (scanners: 1-20 ms; people: 80+ ms)
    int minLength = 4;    ///< shorter bursts are typing, not scans
    int maxLength = 4096; ///< longer bursts are given back as typing
    QString prefix;       ///< optional scanner prefix, stripped (a burst without it is typing)
    QString suffix;       ///< optional suffix before Enter, stripped

    static WedgeSettings fromParams(const QVariantMap &params);
};

/// Recognises a plain USB scanner (or magnetic-stripe reader) in keyboard mode without any setup:
/// installed as an application event filter, it holds printable key presses back for up to
/// maxGapMs; a fast burst of at least minLength characters ending in Enter is a scan (scanned()),
/// wherever the focus is, and its keys never reach the widget. Anything slower is given back to its
/// receiver in order, so a person typing sees every key (delayed by at most maxGapMs).
/// A burst shaped like magnetic-stripe tracks ("%B…?" / ";digits…=…?") is never given to a widget:
/// it is parsed in a wiped buffer and reported as swiped() (or swipeFailed()).
///
/// Timing comes from the key events' own timestamps when the platform sets them, else from the time
/// source (injectable for tests). Single-key shortcuts on printable keys fire before any event
/// filter sees the key; do not bind them if a scanner is used in wedge mode.
/// Lives on the GUI thread.
class WedgeFilter : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<qint64()>;

    explicit WedgeFilter(WedgeSettings settings = {}, QObject *parent = nullptr);
    ~WedgeFilter() override;

    /// The application's filter, created on first use as a child of the QCoreApplication and
    /// installed on it (GUI thread only). Wedge scanner and card reader devices share it.
    static WedgeFilter *application();

    const WedgeSettings &settings() const { return m_settings; }
    void setSettings(const WedgeSettings &settings);
    /// Milliseconds of a monotonic clock; defaults to QElapsedTimer.
    void setTimeSource(TimeSource source);

    /// Scans are recognised only while enabled (a Scanner device turns this on when enabled).
    void setScansEnabled(bool enabled);
    bool scansEnabled() const { return m_scansEnabled; }
    /// Card swipes are delivered only while enabled (a CardReader device turns this on); a swipe is
    /// swallowed whenever the filter is active (scans or swipes enabled).
    void setSwipesEnabled(bool enabled);
    bool swipesEnabled() const { return m_swipesEnabled; }

    bool eventFilter(QObject *watched, QEvent *event) override;

    /// Gives held keys back when the burst went quiet for longer than maxGapMs. Called by an internal
    /// timer; tests call it after moving their time source.
    void flushStale();
    /// Keys held back right now.
    int heldKeyCount() const { return int(m_held.size()); }

Q_SIGNALS:
    void scanned(const QString &code);
    void swiped(const qtill::hal::CardData &card);
    void swipeFailed(const QString &message, const QString &detail);

private:
    struct Held
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };
    bool handlePress(QObject *watched, QKeyEvent *key);
    bool handleRelease(QObject *watched, QKeyEvent *key);
    bool finishBurst(QObject *watched, QKeyEvent *enter);
    void hold(QObject *watched, QKeyEvent *key);
    void replay();
    void discard();
    qint64 timeOf(const QKeyEvent *key) const;
    bool looksLikeSwipe() const;
    void deliverSwipe();

    WedgeSettings m_settings;
    TimeSource m_time;
    QTimer m_staleTimer;
    std::vector<Held> m_held;
    QString m_text;          ///< characters of the held burst
    qint64 m_lastKeyMs = 0;  ///< event time of the last held key
    qint64 m_lastArrivalMs = 0;
    bool m_scansEnabled = false;
    bool m_swipesEnabled = false;
    bool m_replaying = false;
    QList<int> m_swallowedPresses; ///< native keys whose release must be swallowed too
};

} // namespace qtill::hal
