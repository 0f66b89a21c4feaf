#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace qtill::hal::test {

/// Runs the event loop until `done()` holds or `timeoutMs` passes; returns done().
template<class Predicate>
bool waitUntil(Predicate done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return done();
}

/// Runs the event loop for a while (to prove that something does NOT happen).
inline void spin(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
}

} // namespace qtill::hal::test
