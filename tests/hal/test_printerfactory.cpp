// Printers and drawers are built from their stored settings; bad settings give a message that says
// what to fix instead of a half-configured device.
#include "hal/devicemanager.h"
#include "hal/escpos/escposprinter.h"
#include "hal/escpos/printercashdrawer.h"
#include "hal/printerfactory.h"
#include "hal/sim/simulatedprinter.h"

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

TEST(PrinterFactory, DetectionRunsWithoutHardware)
{
    for (const DetectedDevice &found : PrinterFactory::detectPrinters()) {
        EXPECT_EQ(found.category, DeviceCategory::ReceiptPrinter);
        EXPECT_FALSE(found.name.isEmpty());
        EXPECT_FALSE(found.params.isEmpty());
    }
}
