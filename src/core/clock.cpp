#include "clock.h"

#include <QElapsedTimer>

namespace qtill {

QDate Clock::businessDate(const QDateTime &at, QTime dayStart)
{
    const QDate date = at.date();
    if (at.time() < dayStart)
        return date.addDays(-1);
    return date;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

} // namespace qtill
