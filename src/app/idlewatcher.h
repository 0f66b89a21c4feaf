#pragma once

#include <QObject>

class QTimer;

namespace qtill {
class Clock;
}

namespace qtill::app {

/// Watches the whole application for user input (keys, mouse, touch, wheel) and emits idle() once
/// when none came for the timeout. Time is read from the Clock's monotonic counter, so tests move a
/// ManualClock instead of waiting.
///
/// Install it on the QApplication (it filters events, never eats them). It polls every
/// pollIntervalMs; restart() starts a new idle period (after sign-in or unlock).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(const Clock &clock, QObject *parent = nullptr);

    /// 0 turns the lock off.
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setPollIntervalMs(int ms);

    /// Starts watching from now. Emits idle() at most once per start.
    void restart();
    /// Stops watching (nobody signed in, or already locked).
    void stop();
    bool isWatching() const { return m_watching; }

    /// Checks now (the poll timer calls it too).
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer *m_timer;
    qint64 m_timeoutMs = 0;
    qint64 m_lastInputMs = 0;
    bool m_watching = false;
};

} // namespace qtill::app
