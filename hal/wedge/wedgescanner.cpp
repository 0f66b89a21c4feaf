#include "hal/wedge/wedgescanner.h"

#include "hal/wedge/wedgefilter.h"

namespace qtill::hal {

WedgeScanner::WedgeScanner(DeviceInfo info, WedgeFilter *filter, QObject *parent)
    : Scanner(std::move(info), parent), m_filter(filter)
{
}

WedgeScanner::~WedgeScanner()
{
    doDisable();
}

Outcome WedgeScanner::doOpen()
{
    if (!m_filter)
        m_filter = WedgeFilter::application();
    if (!m_filter)
        return Outcome::failure(ErrorKind::Failure, tr("Keyboard scanners need the application to be running."));
    m_filter->setSettings(WedgeSettings::fromParams(info().params));
    return Outcome::success();
}

Outcome WedgeScanner::doEnable()
{
    if (!m_filter)
        return Outcome::failure(ErrorKind::Failure, tr("Keyboard scanners need the application to be running."));
    m_connection = connect(m_filter, &WedgeFilter::scanned, this, [this](const QString &code) {
        deliverData(QVariant::fromValue(ScanData{code, Symbology::Unknown, code.toUtf8(), id()}));
    });
    m_filter->setScansEnabled(true);
    return Outcome::success();
}

void WedgeScanner::doDisable()
{
    disconnect(m_connection);
    if (m_filter)
        m_filter->setScansEnabled(false);
}

void WedgeScanner::doClose()
{
    doDisable();
}

} // namespace qtill::hal
