#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <map>

namespace qtill::hal {

/// Where simulated devices get time and delays from: the real one uses QTimer; tests use
/// ManualScheduler and move the time themselves (nothing sleeps). GUI thread only.
class SimScheduler
{
public:
    virtual ~SimScheduler() = default;
    /// Milliseconds of a monotonic clock.
    virtual qint64 nowMs() const = 0;
    /// Runs `callback` once, `delayMs` from now, unless `context` is destroyed first.
    virtual void after(int delayMs, QObject *context, std::function<void()> callback) = 0;
};

/// Real time: QElapsedTimer and QTimer::singleShot.
class TimerScheduler final : public SimScheduler
{
public:
    TimerScheduler();
    qint64 nowMs() const override;
    void after(int delayMs, QObject *context, std::function<void()> callback) override;

private:
    qint64 m_start = 0;
};

/// Test time: stands still until advance(), which runs every callback that falls due, in time order
/// (callbacks scheduled by callbacks included).
class ManualScheduler final : public SimScheduler
{
public:
    qint64 nowMs() const override { return m_now; }
    void after(int delayMs, QObject *context, std::function<void()> callback) override;
    void advance(qint64 ms);
    /// Callbacks not yet run.
    int pending() const { return int(m_queue.size()); }

private:
    struct Entry
    {
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    qint64 m_now = 0;
    quint64 m_sequence = 0;
    std::multimap<std::pair<qint64, quint64>, Entry> m_queue;
};

} // namespace qtill::hal
