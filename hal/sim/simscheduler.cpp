#include "hal/sim/simscheduler.h"

#include <QElapsedTimer>
#include <QTimer>

namespace qtill::hal {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

TimerScheduler::TimerScheduler() : m_start(monotonicMs()) {}

qint64 TimerScheduler::nowMs() const
{
    return monotonicMs() - m_start;
}

void TimerScheduler::after(int delayMs, QObject *context, std::function<void()> callback)
{
    QTimer::singleShot(qMax(0, delayMs), context, std::move(callback));
}

void ManualScheduler::after(int delayMs, QObject *context, std::function<void()> callback)
{
    m_queue.emplace(std::make_pair(m_now + qMax(0, delayMs), m_sequence++), Entry{context, std::move(callback)});
}

void ManualScheduler::advance(qint64 ms)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    while (!m_queue.empty() && m_queue.begin()->first.first <= target) {
        auto node = m_queue.extract(m_queue.begin());
        m_now = node.key().first;
        if (node.mapped().context)
            node.mapped().callback();
    }
    m_now = target;
}

} // namespace qtill::hal
