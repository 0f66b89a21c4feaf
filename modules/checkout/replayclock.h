#pragma once

#include "core/clock.h"

#include <QDateTime>

namespace qtill::checkout {

/// The clock a replay runs its services on: now() is the instant of the operation being replayed
/// (set() before each one), so the services book it AT that instant and on the business day of that
/// instant — the journal's times are the replayed times. Monotonic time comes from the real clock
/// (timeouts still run). Not thread-safe: the replay's thread only.
class ReplayClock final : public Clock
{
public:
    explicit ReplayClock(const Clock &monotonic) : m_monotonic(monotonic), m_now(monotonic.now()) {}
    /// The replayed instant, as local time (what Clock::now() promises).
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic.monotonicMs(); }
    /// The instant the next operation happens at (any offset; kept as the same instant).
    void set(const QDateTime &at) { m_now = at.toLocalTime(); }

private:
    const Clock &m_monotonic;
    QDateTime m_now;
};

} // namespace qtill::checkout
