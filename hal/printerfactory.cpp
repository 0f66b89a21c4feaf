#include "hal/printerfactory.h"

#include "hal/devicedetector.h"

#include "hal/backends/cups/cupstransport.h"
#include "hal/backends/serial/serialcashdrawer.h"
#include "hal/backends/serial/serialprintertransport.h"
#include "hal/backends/tcp/tcptransport.h"
#include "hal/backends/usb/libusbtransport.h"
#include "hal/backends/usblp/usblptransport.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposprinter.h"
#include "hal/escpos/printercashdrawer.h"
#include "hal/sim/simulatedcashdrawer.h"
#include "hal/sim/simulatedprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::PrinterFactory", text);
}

QString text(const QVariantMap &params, const char *key, const QString &fallback = {})
{
    const QVariant value = params.value(QLatin1String(key));
    return value.isValid() && !value.toString().isEmpty() ? value.toString() : fallback;
}

bool flag(const QVariantMap &params, const char *key, bool fallback)
{
    const QVariant value = params.value(QLatin1String(key));
    return value.isValid() ? value.toBool() : fallback;
}

int number(const QVariantMap &params, const char *key, int fallback)
{
    bool ok = false;
    const int value = params.value(QLatin1String(key)).toInt(&ok);
    return ok ? value : fallback;
}

bool hexId(const QVariantMap &params, const char *key, quint16 *out)
{
    const QString value = text(params, key);
    if (value.isEmpty()) {
        *out = 0;
        return true;
    }
    bool ok = false;
    const uint parsed = value.toUInt(&ok, 16);
    *out = quint16(parsed);
    return ok && parsed <= 0xFFFF;
}

void fail(Outcome *error, const QString &message, const QString &detail = {})
{
    if (error) {
        *error = Outcome::failure(ErrorKind::NotFound, message, detail);
    }
}

} // namespace

std::unique_ptr<ReceiptPrinter> PrinterFactory::createPrinter(const DeviceInfo &info, Outcome *error)
{
    const QVariantMap &p = info.params;
    PaperProfile profile = PaperProfile::fromKey(text(p, "paper", QStringLiteral("80mm")));
    if (text(p, "encoding").compare(QLatin1String("latin1"), Qt::CaseInsensitive) == 0) {
        profile.encoding = TextEncoding::Latin1;
    }
    PrinterSettings settings;
    settings.drawerOpenWhenHigh = flag(p, "drawerOpenWhenHigh", true);
    settings.retryIntervalMs = std::max(100, number(p, "retryMs", settings.retryIntervalMs));
    const QString backend = info.backend;
    EscPosPrinter::TransportFactory transport;
    if (backend == QLatin1String("tcp")) {
        TcpTransport::Options o;
        o.host = text(p, "host");
        o.port = quint16(number(p, "port", 9100));
        o.bidirectional = flag(p, "status", true);
        if (o.host.isEmpty()) {
            fail(error, tr("Enter the network printer's IP address."));
            return nullptr;
        }
        transport = [o] { return std::make_unique<TcpTransport>(o); };
    } else if (backend == QLatin1String("cups")) {
        CupsTransport::Options o;
        o.queue = text(p, "queue");
        o.server = text(p, "server");
        if (o.queue.isEmpty()) {
            fail(error, tr("Choose the print queue of the receipt printer."));
            return nullptr;
        }
        transport = [o] { return std::make_unique<CupsTransport>(o); };
    } else if (backend == QLatin1String("usblp")) {
        UsbLpTransport::Options o;
        o.path = text(p, "path", o.path);
        o.bidirectional = flag(p, "status", false);
        transport = [o] { return std::make_unique<UsbLpTransport>(o); };
    } else if (backend == QLatin1String("serial")) {
        SerialPrinterTransport::Options o;
        o.port = text(p, "port", o.port);
        o.baudRate = number(p, "baud", 9600);
        const QString flow = text(p, "flow", QStringLiteral("hardware"));
        o.flowControl = flow == QLatin1String("none")       ? SerialPrinterTransport::FlowControl::None
                        : flow == QLatin1String("software") ? SerialPrinterTransport::FlowControl::Software
                                                            : SerialPrinterTransport::FlowControl::Hardware;
        o.bidirectional = flag(p, "status", true);
        transport = [o] { return std::make_unique<SerialPrinterTransport>(o); };
    } else if (backend == QLatin1String("usb")) {
        LibUsbTransport::Options o;
        if (!hexId(p, "vid", &o.selector.vendorId) || !hexId(p, "pid", &o.selector.productId)) {
            fail(error, tr("The USB vendor and product ids must be four hex digits, like 04b8:0e28."),
                 text(p, "vid") + QLatin1Char(':') + text(p, "pid"));
            return nullptr;
        }
        o.selector.serialNumber = text(p, "serial");
        transport = [o] { return std::make_unique<LibUsbTransport>(o); };
    } else if (backend == QLatin1String("sim")) {
        const QString folder = text(p, "folder",
                                    QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                        + QStringLiteral("/simulated-receipts"));
        return std::make_unique<SimulatedPrinter>(info, profile, folder, settings);
    } else {
        fail(error, tr("Unknown kind of receipt printer connection \"%1\".").arg(backend));
        return nullptr;
    }
    return std::make_unique<EscPosPrinter>(info, profile, transport, settings);
}

std::unique_ptr<CashDrawer> PrinterFactory::createDrawer(const DeviceInfo &info, const DeviceManager &manager,
                                                         Outcome *error)
{
    const QVariantMap &p = info.params;
    if (info.backend == QLatin1String("sim")) {
        return std::make_unique<SimulatedCashDrawer>(info);
    }
    if (info.backend == QLatin1String("serial")) {
        return std::make_unique<SerialCashDrawer>(info);
    }
    if (info.backend == QLatin1String("printer")) {
        auto *printer = manager.device<EscPosPrinter>(text(p, "printer"));
        if (!printer) {
            fail(error, tr("The cash drawer is set to open through a receipt printer that is not configured."),
                 text(p, "printer"));
            return nullptr;
        }
        DrawerKick kick;
        kick.pin = number(p, "pin", 2) == 5 ? DrawerPin::Pin5 : DrawerPin::Pin2;
        kick.onMs = number(p, "onMs", kick.onMs);
        kick.offMs = number(p, "offMs", kick.offMs);
        return std::make_unique<PrinterCashDrawer>(info, printer, kick);
    }
    fail(error, tr("Unknown kind of cash drawer connection \"%1\".").arg(info.backend));
    return nullptr;
}

QList<DetectedDevice> PrinterFactory::detectPrinters(const DetectionOptions &options)
{
    using Source = DeviceDetector::Source;
    return DeviceDetector::detect(Source::CupsQueues | Source::PrinterPorts | Source::UsbPrinters, options);
}

} // namespace qtill::hal
