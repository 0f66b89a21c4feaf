#pragma once

#include "hal/backends/evdev/evdevreader.h"
#include "hal/backends/evdev/keystream.h"
#include "hal/wedge/scanframer.h"

namespace qtill::hal {

/// Evdev worker for a keyboard-wedge barcode scanner: keys → characters (layout-aware) → scans.
/// params: as EvdevReader, plus "layout" (default "us") and the ScanFraming keys; maxGapMs defaults
/// to 500 ms here (a grabbed scanner types in bursts; a stale half-scan is dropped).
class EvdevScanReader : public EvdevReader
{
    Q_OBJECT

public:
    explicit EvdevScanReader(QVariantMap params, QString sysRoot = u"/sys"_qs, QString devRoot = u"/dev"_qs);

    /// The framing in use (from the params).
    const ScanFraming &framing() const { return m_framer.framing(); }

Q_SIGNALS:
    void scanned(const QString &text, const QByteArray &raw);
    void rejected(const QString &message, const QString &detail);

protected:
    void handleKey(const RawKeyEvent &event) override;
    void handleReset() override;

private:
    KeyStream m_keys;
    ScanFramer m_framer;
};

} // namespace qtill::hal
