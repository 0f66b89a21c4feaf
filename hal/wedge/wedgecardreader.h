#pragma once

#include "hal/cardreader.h"

#include <QPointer>

namespace qtill::hal {

class WedgeFilter;

/// A magnetic-stripe reader in keyboard mode with no setup, recognised by the application-level
/// WedgeFilter: a fast burst shaped like tracks ("%B…?", ";…=…?") ending in Enter. Backend key
/// "wedge". The swipe never reaches a text field; only CardData is delivered. A bad swipe raises
/// ErrorKind::Protocol. For stronger isolation (keys never pass through the desktop at all) use the
/// evdev card reader.
class WedgeCardReader : public CardReader
{
    Q_OBJECT

public:
    /// `filter`: the filter to use (not owned); default WedgeFilter::application().
    explicit WedgeCardReader(DeviceInfo info, WedgeFilter *filter = nullptr, QObject *parent = nullptr);
    ~WedgeCardReader() override;

protected:
    Outcome doOpen() override;
    Outcome doEnable() override;
    void doDisable() override;
    void doClose() override;

private:
    QPointer<WedgeFilter> m_filter;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace qtill::hal
