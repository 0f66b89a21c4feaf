#include "hal/wedge/wedgecardreader.h"

#include "hal/wedge/wedgefilter.h"

namespace qtill::hal {

WedgeCardReader::WedgeCardReader(DeviceInfo info, WedgeFilter *filter, QObject *parent)
    : CardReader(std::move(info), parent), m_filter(filter)
{
}

WedgeCardReader::~WedgeCardReader()
{
    doDisable();
}

Outcome WedgeCardReader::doOpen()
{
    if (!m_filter)
        m_filter = WedgeFilter::application();
    if (!m_filter)
        return Outcome::failure(ErrorKind::Failure, tr("Keyboard card readers need the application to be running."));
    return Outcome::success();
}

Outcome WedgeCardReader::doEnable()
{
    if (!m_filter)
        return Outcome::failure(ErrorKind::Failure, tr("Keyboard card readers need the application to be running."));
    m_connections << connect(m_filter, &WedgeFilter::swiped, this,
                             [this](const CardData &card) { deliverData(QVariant::fromValue(card)); });
    m_connections << connect(m_filter, &WedgeFilter::swipeFailed, this,
                             [this](const QString &message, const QString &detail) {
                                 raiseError(DeviceError{ErrorKind::Protocol, message, detail, true});
                             });
    m_filter->setSwipesEnabled(true);
    return Outcome::success();
}

void WedgeCardReader::doDisable()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_filter)
        m_filter->setSwipesEnabled(false);
}

void WedgeCardReader::doClose()
{
    doDisable();
}

} // namespace qtill::hal
