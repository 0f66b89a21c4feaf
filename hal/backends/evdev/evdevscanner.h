#pragma once

#include "hal/scanner.h"

#include <QPointer>

namespace qtill::hal {

class EvdevScanReader;

/// A USB barcode scanner in keyboard (HID) mode, read directly from its evdev node and grabbed, so
/// its keys never reach a text field. Backend key "evdev".
///
/// DeviceInfo::params: "path" (/dev/input/by-id/…-event-kbd) or "vid"+"pid" (hex) [+ "index"],
/// "layout" ("us", "gb", "de", "fr"; default "us"), "grab" (default true), "prefix", "suffix",
/// "terminator", "minLength", "maxLength", "maxGapMs" (see ScanFraming).
/// The node is opened when claimed; unplugging raises an Offline error and the manager's hot-plug
/// retries find it again (by VID:PID or by-id link) when it comes back.
class EvdevScanner : public Scanner
{
    Q_OBJECT

public:
    explicit EvdevScanner(DeviceInfo info, QObject *parent = nullptr);
    ~EvdevScanner() override;

    /// For tests: fake sysfs/dev roots.
    void setRoots(const QString &sysRoot, const QString &devRoot);

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    void startReader();
    void stopReader();

    QString m_sysRoot = u"/sys"_qs;
    QString m_devRoot = u"/dev"_qs;
    QPointer<EvdevScanReader> m_reader;
};

} // namespace qtill::hal
