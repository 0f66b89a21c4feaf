#include "idlewatcher.h"

#include "core/clock.h"

#include <QEvent>
#include <QTimer>

namespace qtill::app {

IdleWatcher::IdleWatcher(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(0, ms);
}

void IdleWatcher::setPollIntervalMs(int ms)
{
    m_timer->setInterval(qMax(1, ms));
}

void IdleWatcher::restart()
{
    m_lastInputMs = m_clock.monotonicMs();
    m_watching = m_timeoutMs > 0;
    if (m_watching)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

void IdleWatcher::check()
{
    if (!m_watching || m_timeoutMs <= 0)
        return;
    if (m_clock.monotonicMs() - m_lastInputMs >= m_timeoutMs) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_lastInputMs = m_clock.monotonicMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qtill::app
