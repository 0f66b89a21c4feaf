#pragma once

#include "hal/scanner.h"

#include <QPointer>

namespace qtill::hal {

class WedgeFilter;

/// The no-setup scanner: any USB scanner in keyboard mode, recognised by the application-level
/// WedgeFilter (fast burst + Enter, wherever the focus is). Backend key "wedge".
/// DeviceInfo::params: "maxGapMs" (40), "minLength" (4), "maxLength", "prefix", "suffix".
/// Scans are recognised only while the device is enabled; otherwise keys pass through untouched.
class WedgeScanner : public Scanner
{
    Q_OBJECT

public:
    /// `filter`: the filter to use (not owned); default WedgeFilter::application().
    explicit WedgeScanner(DeviceInfo info, WedgeFilter *filter = nullptr, QObject *parent = nullptr);
    ~WedgeScanner() override;

protected:
    Outcome doOpen() override;
    Outcome doEnable() override;
    void doDisable() override;
    void doClose() override;

private:
    QPointer<WedgeFilter> m_filter;
    QMetaObject::Connection m_connection;
};

} // namespace qtill::hal
