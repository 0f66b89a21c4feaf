#include "hal/sim/simscale.h"

namespace qtill::hal {

namespace {

WeightTracker::Settings settingsOf(const QVariantMap &params)
{
    WeightTracker::Settings s;
    s.capacityMg = params.value(u"capacityG"_qs, 15000).toLongLong() * 1000;
    return s;
}

} // namespace

SimScale::SimScale(DeviceInfo info, QObject *parent)
    : Scale(std::move(info), parent), m_tracker(settingsOf(this->info().params))
{
}

Outcome SimScale::tare()
{
    if (!isEnabled())
        return Outcome::failure(ErrorKind::Failure, tr("The scale is not ready."));
    return m_tracker.tare();
}

Outcome SimScale::zero()
{
    if (!isEnabled())
        return Outcome::failure(ErrorKind::Failure, tr("The scale is not ready."));
    return m_tracker.zero();
}

void SimScale::setWeight(qint64 milligrams, bool stable)
{
    ScaleFrame frame;
    frame.ok = true;
    frame.milligrams = milligrams;
    frame.status = stable ? ScaleFrame::Status::Stable : ScaleFrame::Status::Unstable;
    // A real scale repeats a settled weight several times a second: enough for the tracker.
    for (int i = 0; i < (stable ? 3 : 1); ++i)
        feed(frame);
}

void SimScale::overload()
{
    ScaleFrame frame;
    frame.ok = true;
    frame.status = ScaleFrame::Status::Overload;
    feed(frame);
}

void SimScale::feed(const ScaleFrame &frame)
{
    const WeightTracker::Update update = m_tracker.feed(frame);
    for (const DeviceStatus status : update.statuses)
        reportStatus(status);
    if (update.newStableWeight && isEnabled())
        deliverData(QVariant::fromValue(update.reading));
}

} // namespace qtill::hal
