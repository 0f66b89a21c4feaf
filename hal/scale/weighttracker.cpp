#include "hal/scale/weighttracker.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::WeightTracker", text);
}

} // namespace

WeightTracker::WeightTracker(Settings settings) : m_settings(settings)
{
    m_settings.stableCount = qMax(1, m_settings.stableCount);
}

WeightTracker::Update WeightTracker::feed(const ScaleFrame &frame)
{
    Update update;
    update.reading = m_current;
    if (!frame.ok)
        return update;
    if (frame.mode == ScaleFrame::Mode::Tare) {
        m_scaleTareMg = frame.milligrams; // informational frame: the scale's own tare
        return update;
    }
    const bool overload = frame.status == ScaleFrame::Status::Overload;
    const bool underload = frame.status == ScaleFrame::Status::Underload;
    if (!overload && !underload) {
        m_raw = frame.milligrams;
        m_scaleNet = frame.mode == ScaleFrame::Mode::Net;
        m_recent.append(m_raw);
        while (m_recent.size() > m_settings.stableCount)
            m_recent.removeFirst();
    } else {
        m_recent.clear();
    }
    recompute(update, frame.status == ScaleFrame::Status::Stable, overload, underload);
    return update;
}

void WeightTracker::recompute(Update &update, bool stableFlag, bool overload, bool underload)
{
    bool agree = m_recent.size() >= m_settings.stableCount;
    for (qint64 w : std::as_const(m_recent))
        agree = agree && qAbs(w - m_recent.last()) <= m_settings.toleranceMg;

    m_gross = m_raw - m_zeroMg;
    WeightReading r;
    r.overload = overload || (m_settings.capacityMg > 0 && m_gross > m_settings.capacityMg && !m_scaleNet);
    r.underZero = underload || (!m_scaleNet && m_gross < 0);
    r.stable = stableFlag && agree && !r.overload;
    if (m_scaleNet) {
        r.netMilligrams = m_raw;
        r.tareMilligrams = m_scaleTareMg;
    } else {
        r.netMilligrams = m_gross - m_tareMg;
        r.tareMilligrams = m_tareMg;
    }
    if (r.overload || underload)
        r.netMilligrams = 0;

    const WeightReading &old = m_current;
    update.changed = r.netMilligrams != old.netMilligrams || r.tareMilligrams != old.tareMilligrams
        || r.stable != old.stable || r.overload != old.overload || r.underZero != old.underZero;
    m_current = r;
    update.reading = r;

    const DeviceStatus status = r.overload ? DeviceStatus::WeightOverload
        : r.underZero                       ? DeviceStatus::WeightUnderZero
        : r.stable                          ? DeviceStatus::WeightStable
                                            : DeviceStatus::WeightUnstable;
    if (!m_lastStatus || *m_lastStatus != status)
        update.statuses.append(status);
    m_lastStatus = status;

    if (r.stable && !r.underZero) {
        if (!m_lastStable || *m_lastStable != r.netMilligrams)
            update.newStableWeight = true;
        m_lastStable = r.netMilligrams;
    } else if (!r.stable) {
        m_lastStable.reset(); // the same weight after lifting and replacing is a new event
    }
}

Outcome WeightTracker::tare()
{
    if (!m_current.stable)
        return Outcome::failure(ErrorKind::Failure, tr("Wait until the weight is stable, then tare again."));
    if (m_current.overload)
        return Outcome::failure(ErrorKind::Failure, tr("The scale is overloaded. Remove weight, then tare."));
    if (m_scaleNet)
        return Outcome::failure(ErrorKind::Failure, tr("This scale tares itself. Use the scale's tare key."));
    if (m_gross <= 0)
        return Outcome::failure(ErrorKind::Failure, tr("Put the container on the scale, then tare."));
    m_tareMg = m_gross;
    WeightReading r = m_current;
    r.tareMilligrams = m_tareMg;
    r.netMilligrams = m_gross - m_tareMg;
    m_current = r;
    m_lastStable.reset();
    return Outcome::success();
}

void WeightTracker::clearTare()
{
    m_tareMg = 0;
    m_current.netMilligrams = m_gross;
    m_current.tareMilligrams = 0;
    m_lastStable.reset();
}

Outcome WeightTracker::zero()
{
    if (!m_current.stable && !m_current.underZero)
        return Outcome::failure(ErrorKind::Failure, tr("Wait until the weight is stable, then zero again."));
    if (m_scaleNet)
        return Outcome::failure(ErrorKind::Failure, tr("This scale zeroes itself. Use the scale's zero key."));
    const qint64 range = m_settings.capacityMg > 0 ? m_settings.capacityMg / 50 : 0; // ±2 %
    const qint64 raw = m_raw;
    if (m_settings.capacityMg > 0 && qAbs(raw) > range)
        return Outcome::failure(ErrorKind::Failure, tr("Empty the scale before zeroing it."));
    m_zeroMg = raw;
    m_tareMg = 0;
    m_gross = 0;
    m_current.netMilligrams = 0;
    m_current.tareMilligrams = 0;
    m_current.underZero = false;
    m_lastStable.reset();
    return Outcome::success();
}

} // namespace qtill::hal
