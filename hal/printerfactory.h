#pragma once

#include "hal/cashdrawer.h"
#include "hal/devicedetector.h"
#include "hal/deviceinfo.h"
#include "hal/receiptprinter.h"

#include <QList>
#include <memory>

namespace qtill::hal {

class DeviceManager;

/// Builds receipt printers and cash drawers from their stored settings and finds attached printers,
/// for the device settings screen and the application start-up.
///
/// Printer backends and their params (DeviceInfo::params):
///   tcp    host, port (9100), status (true: DLE EOT on the connection)
///   cups   queue, server (optional: host[:port] or socket path)
///   usblp  path (/dev/usb/lp0), status (false)
///   serial port (/dev/ttyS0), baud (9600), flow (hardware|software|none), status (true)
///   usb    vid, pid (hex, optional: else the first printer-class device), serial (optional)
///   sim    folder (where receipt pictures go)
/// and for all: paper ("58mm" | "80mm"), encoding ("gb18030" | "latin1"), drawerOpenWhenHigh (true),
/// retryMs (3000: how often a printer that cannot be reached is tried again; hot-plug tries at once).
/// Drawer backends: printer {printer: the printer's device id, pin: 2|5, onMs, offMs},
/// serial {port, baud, kick (escaped bytes; see SerialCashDrawer)}, sim.
class PrinterFactory
{
public:
    /// nullptr, with the reason in `error`, for an unknown backend or bad params.
    static std::unique_ptr<ReceiptPrinter> createPrinter(const DeviceInfo &info, Outcome *error = nullptr);
    /// A drawer wired to a printer already added to `manager` (backend "printer"), or simulated.
    static std::unique_ptr<CashDrawer> createDrawer(const DeviceInfo &info, const DeviceManager &manager,
                                                    Outcome *error = nullptr);
    /// Printers attached now: CUPS queues, /dev/usb/lp*, USB printer-class devices. `options` say
    /// where to look (tests point them at a fake /dev and their own CUPS server).
    static QList<DetectedDevice> detectPrinters(const DetectionOptions &options = {});
};

} // namespace qtill::hal
