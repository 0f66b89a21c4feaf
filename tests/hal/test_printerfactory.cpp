// Printers and drawers are built from their stored settings; bad settings give a message that says
// what to fix instead of a half-configured device.
#include "hal/devicemanager.h"
#include "hal/escpos/escposprinter.h"
#include "hal/escpos/printercashdrawer.h"
#include "hal/printerfactory.h"
#include "hal/sim/simulatedprinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {
DeviceInfo printerInfo(const QString &backend, const QVariantMap &params)
{
    return DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, QStringLiteral("Receipt printer"),
                      backend, params};
}
} // namespace

TEST(PrinterFactory, BuildsEachBackendWithItsPaper)
{
    const QList<std::pair<QString, QVariantMap>> configs{
        {QStringLiteral("tcp"), {{QStringLiteral("host"), QStringLiteral("192.168.1.50")}}},
        {QStringLiteral("cups"), {{QStringLiteral("queue"), QStringLiteral("receipts")}}},
        {QStringLiteral("usblp"), {{QStringLiteral("path"), QStringLiteral("/dev/usb/lp0")}}},
        {QStringLiteral("serial"), {{QStringLiteral("port"), QStringLiteral("/dev/ttyUSB0")}}},
        {QStringLiteral("usb"), {{QStringLiteral("vid"), QStringLiteral("04b8")}, {QStringLiteral("pid"), QStringLiteral("0e28")}}},
    };
    for (const auto &[backend, params] : configs) {
        QVariantMap withPaper = params;
        withPaper.insert(QStringLiteral("paper"), QStringLiteral("58mm"));
        Outcome error;
        const auto printer = PrinterFactory::createPrinter(printerInfo(backend, withPaper), &error);
        ASSERT_TRUE(printer) << backend.toStdString() << ": " << error.message().toStdString();
        EXPECT_EQ(printer->profile().columns, 32);
        EXPECT_NE(qobject_cast<EscPosPrinter *>(printer.get()), nullptr);
    }
    const auto simulated = PrinterFactory::createPrinter(printerInfo(QStringLiteral("sim"), {}));
    EXPECT_NE(qobject_cast<SimulatedPrinter *>(simulated.get()), nullptr);
    EXPECT_EQ(simulated->profile().columns, 48) << "80 mm unless told";
}

TEST(PrinterFactory, BadSettingsSayWhatToFix)
{
    Outcome error;
    EXPECT_FALSE(PrinterFactory::createPrinter(printerInfo(QStringLiteral("tcp"), {}), &error));
    EXPECT_EQ(error.message(), QStringLiteral("Enter the network printer's IP address."));
    EXPECT_FALSE(PrinterFactory::createPrinter(
        printerInfo(QStringLiteral("usb"), {{QStringLiteral("vid"), QStringLiteral("xyz")}}), &error));
    EXPECT_EQ(error.message(), QStringLiteral("The USB vendor and product ids must be four hex digits, like 04b8:0e28."));
    EXPECT_FALSE(PrinterFactory::createPrinter(printerInfo(QStringLiteral("bluetooth"), {}), &error));
    EXPECT_EQ(error.message(), QStringLiteral("Unknown kind of receipt printer connection \"bluetooth\"."));
}

TEST(PrinterFactory, DrawerOpensThroughTheConfiguredPrinter)
{
    DeviceManager manager;
    ASSERT_TRUE(manager.add(PrinterFactory::createPrinter(
        printerInfo(QStringLiteral("tcp"), {{QStringLiteral("host"), QStringLiteral("127.0.0.1")}}))));
    const DeviceInfo drawer{QStringLiteral("drawer"), DeviceCategory::CashDrawer, {}, QStringLiteral("printer"),
                            {{QStringLiteral("printer"), QStringLiteral("printer")}, {QStringLiteral("pin"), 5}}};
    EXPECT_NE(qobject_cast<PrinterCashDrawer *>(PrinterFactory::createDrawer(drawer, manager).get()), nullptr);

    DeviceInfo orphan = drawer;
    orphan.params.insert(QStringLiteral("printer"), QStringLiteral("missing"));
    Outcome error;
    EXPECT_FALSE(PrinterFactory::createDrawer(orphan, manager, &error));
    EXPECT_EQ(error.message(),
              QStringLiteral("The cash drawer is set to open through a receipt printer that is not configured."));
}

TEST(PrinterFactory, DetectionFindsThePrinterPortsAndAsksTheConfiguredCupsServer)
{
    // A fake /dev with two printer ports (and something that is not one); CUPS pointed at a socket
    // nobody listens on, as on a till without cupsd: that is no printer, not an error or a hang.
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    for (const char *name : {"usb/lp0", "usb/lp1", "usb/hiddev0"}) {
        const QString path = dev.filePath(QLatin1String(name));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile node(path);
        ASSERT_TRUE(node.open(QIODevice::WriteOnly));
    }
    DetectionOptions options;
    options.devRoot = dev.path();
    options.sysRoot = dev.filePath(QStringLiteral("sys"));
    options.cupsServer = dev.filePath(QStringLiteral("no-cupsd-here"));
    options.systemSerialPorts = false;

    const QList<DetectedDevice> found = PrinterFactory::detectPrinters(options);
    QStringList ports;
    for (const DetectedDevice &d : found) {
        EXPECT_EQ(d.category, DeviceCategory::ReceiptPrinter) << d.name.toStdString();
        EXPECT_FALSE(d.name.isEmpty());
        if (d.backend == QLatin1String("usblp"))
            ports << d.params.value(QStringLiteral("path")).toString();
        else
            EXPECT_EQ(d.backend, QStringLiteral("usb")) << "only a real USB printer on this machine may add to the ports";
    }
    ports.sort();
    EXPECT_EQ(ports, (QStringList{dev.filePath(QStringLiteral("usb/lp0")), dev.filePath(QStringLiteral("usb/lp1"))}));
    // What the settings form stores for a port builds a printer.
    for (const DetectedDevice &d : found) {
        if (d.backend != QLatin1String("usblp"))
            continue;
        Outcome error;
        EXPECT_TRUE(PrinterFactory::createPrinter(printerInfo(d.backend, d.params), &error)) << error.message().toStdString();
    }
}
