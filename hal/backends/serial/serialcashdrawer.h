#pragma once

#include "hal/cashdrawer.h"

#include <QByteArray>
#include <QPointer>

namespace qtill::hal {

class SerialStreamWorker;

/// A cash drawer with its own serial opener (an RS-232 / USB-serial drawer interface): openDrawer()
/// writes the kick sequence to the port and the opening is reported (statusChanged(DrawerOpen)) when
/// the bytes left. These openers cannot read the drawer switch, so a closing is never reported.
/// Backend key "serial". DeviceInfo::params: the port keys of SerialStreamWorker ("port", "baud"
/// 9600, ...), "kick": the bytes to send, with C escapes (default `\x1bp\x00\x32\xfa`, the ESC p
/// pulse most openers understand; some want a single byte such as `\x07`).
///
/// Threading and faults as the other serial devices: the port lives on the device thread; an unplugged
/// port raises an Offline error and the manager reconnects.
class SerialCashDrawer : public CashDrawer
{
    Q_OBJECT

public:
    /// The default kick sequence, as typed in settings.
    static constexpr const char *kDefaultKick = "\\x1bp\\x00\\x32\\xfa";

    explicit SerialCashDrawer(DeviceInfo info, QObject *parent = nullptr);
    ~SerialCashDrawer() override;

    Outcome openDrawer() override;
    bool canReportState() const override { return false; }
    bool isDrawerOpen() const override { return m_open; }
    /// The bytes sent for each opening.
    QByteArray kickBytes() const { return m_kick; }

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    void startWorker();
    void stopWorker();

    QByteArray m_kick;
    QPointer<SerialStreamWorker> m_worker;
    int m_nextOutputId = 1;
    bool m_open = false;
};

} // namespace qtill::hal
