#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace qtill {

/// Where domain code gets the time. Never call QDateTime::currentDateTime() in a domain library:
/// take a Clock, so tests (and the business-day logic) can set the time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Local time now.
    virtual QDateTime now() const = 0;
    /// Milliseconds of a monotonic timer, for timeouts and idle locks (not wall time).
    virtual qint64 monotonicMs() const = 0;

    /// The business date `at` falls in, when the business day starts at `dayStart`:
    /// with dayStart 04:00, 2026-11-22 02:30 still belongs to business date 2026-11-21.
    static QDate businessDate(const QDateTime &at, QTime dayStart);
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

/// A clock that stands still until a test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace qtill
