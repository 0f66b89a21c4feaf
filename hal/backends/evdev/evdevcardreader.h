#pragma once

#include "hal/cardreader.h"

#include <QPointer>

namespace qtill::hal {

class EvdevSwipeReader;

/// A magnetic-stripe reader in keyboard (HID) mode, read from its evdev node and grabbed: the
/// track characters never pass through the desktop or a text field. Backend key "evdev".
/// DeviceInfo::params: "path" or "vid"+"pid", "layout", "grab", "maxGapMs", "lrc", "requireLuhn".
/// Each swipe arrives as CardData; a bad swipe raises ErrorKind::Protocol ("Swipe again"), which
/// Retry or Clear dismisses.
class EvdevCardReader : public CardReader
{
    Q_OBJECT

public:
    explicit EvdevCardReader(DeviceInfo info, QObject *parent = nullptr);
    ~EvdevCardReader() override;

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
    QPointer<EvdevSwipeReader> m_reader;
};

} // namespace qtill::hal
