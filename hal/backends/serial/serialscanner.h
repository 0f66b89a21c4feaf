#pragma once

#include "hal/scanner.h"

#include <QPointer>

namespace qtill::hal {

class SerialScanWorker;

/// A barcode scanner on a serial port or in USB CDC-ACM / virtual COM mode (/dev/ttyACM*).
/// Backend key "serial". DeviceInfo::params: the SerialStreamWorker port keys ("port", "baud", …),
/// "encoding" ("utf-8" | "gb18030") and the ScanFraming keys ("prefix", "suffix", "terminator",
/// "minLength", "maxLength", "maxGapMs"). The port is opened when claimed.
class SerialScanner : public Scanner
{
    Q_OBJECT

public:
    explicit SerialScanner(DeviceInfo info, QObject *parent = nullptr);
    ~SerialScanner() override;

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

    QPointer<SerialScanWorker> m_worker;
};

} // namespace qtill::hal
