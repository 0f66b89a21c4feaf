// The input-device factory: every backend of every category it offers is built from settings (and
// of the right category), unknown backends are refused with a message, and detection of attached
// devices offers what is attached (a fake /dev here), each ready to be built.
#include "hal/devicemanager.h"
#include "hal/inputdevicefactory.h"
#include "hal/paymentterminal.h"
#include "hal/scale.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill::hal;

TEST(InputDeviceFactory, BuildsEveryBackendItOffers)
{
    const DeviceCategory categories[] = {DeviceCategory::Scanner, DeviceCategory::CardReader,
                                         DeviceCategory::NfcReader, DeviceCategory::Scale,
                                         DeviceCategory::CustomerDisplay, DeviceCategory::PaymentTerminal};
    int built = 0;
    for (const DeviceCategory c : categories) {
        const QStringList backends = InputDeviceFactory::backends(c);
        ASSERT_FALSE(backends.isEmpty());
        EXPECT_TRUE(backends.contains(u"sim"_qs)) << categoryKey(c).toStdString(); // --simulate-hardware
        for (const QString &backend : backends) {
            Outcome error;
            const auto device = InputDeviceFactory::create(
                DeviceInfo{categoryKey(c) + u"-"_qs + backend, c, {}, backend, {}}, &error);
            ASSERT_TRUE(device) << backend.toStdString() << ": " << error.message().toStdString();
            EXPECT_EQ(device->category(), c);
            EXPECT_EQ(device->state(), Device::State::Closed);
            ++built;
        }
    }
    EXPECT_EQ(built, 5 + 4 + 2 + 2 + 3 + 1);
}

TEST(InputDeviceFactory, RefusesUnknownBackendsWithAMessage)
{
    Outcome error;
    EXPECT_FALSE(InputDeviceFactory::create(
        DeviceInfo{u"x"_qs, DeviceCategory::Scale, {}, u"camera"_qs, {}}, &error));
    EXPECT_FALSE(error);
    EXPECT_FALSE(error.message().isEmpty());
    EXPECT_FALSE(InputDeviceFactory::create(
        DeviceInfo{u"p"_qs, DeviceCategory::ReceiptPrinter, {}, u"sim"_qs, {}}, &error)); // PrinterFactory's
}

TEST(InputDeviceFactory, SimulatedDevicesWorkThroughTheManager)
{
    DeviceManager manager;
    auto scale = InputDeviceFactory::create(DeviceInfo{u"scale"_qs, DeviceCategory::Scale, {}, u"sim"_qs, {}});
    Scale *s = qobject_cast<Scale *>(scale.get());
    ASSERT_TRUE(s);
    ASSERT_TRUE(manager.add(std::move(scale)));
    ASSERT_TRUE(manager.start(s, u"checkout"_qs));
    EXPECT_FALSE(s->tare()); // nothing on the platter yet
}

TEST(InputDeviceFactory, DetectionOffersTheScannersAndPortsAttached)
{
    // A fake /dev: a keyboard-mode scanner, a plain keyboard and a USB serial adapter; no pcscd.
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    const auto node = [&](const QString &path, const QString &link) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QDir().mkpath(QFileInfo(link).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && QFile::link(path, link);
    };
    const QString scanner = dev.filePath(u"input/by-id/usb-Honeywell_Imaging___Mobility_1900-event-kbd"_qs);
    const QString serial = dev.filePath(u"serial/by-id/usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0"_qs);
    ASSERT_TRUE(node(dev.filePath(u"input/event5"_qs), scanner));
    ASSERT_TRUE(node(dev.filePath(u"input/event2"_qs), dev.filePath(u"input/by-id/usb-Logitech_USB_Keyboard-event-kbd"_qs)));
    ASSERT_TRUE(node(dev.filePath(u"ttyUSB0"_qs), serial));
    DetectionOptions options;
    options.devRoot = dev.path();
    options.sysRoot = dev.filePath(u"sys"_qs);
    options.systemSerialPorts = false;
    qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(dev.filePath(u"no-pcscd.comm"_qs)));

    const QList<DetectedDevice> found = InputDeviceFactory::detect(options);
    qunsetenv("PCSCLITE_CSOCK_NAME");
    QStringList offered;
    for (const DetectedDevice &d : found) {
        if (d.backend == QLatin1String("camera"))
            continue; // this machine's own cameras, if any
        offered << d.backend + u" "_qs + categoryKey(d.category) + u" "_qs + d.name;
        // What the settings form would store builds a device of the offered category.
        Outcome error;
        const auto device = InputDeviceFactory::create(DeviceInfo{u"found"_qs, d.category, d.name, d.backend, d.params}, &error);
        ASSERT_TRUE(device) << d.name.toStdString() << ": " << error.message().toStdString();
        EXPECT_EQ(device->category(), d.category);
    }
    offered.sort();
    EXPECT_EQ(offered, (QStringList{u"evdev scanner Honeywell Imaging Mobility 1900"_qs,
                                    u"serial scale Prolific Technology Inc. USB-Serial Controller (ttyUSB0)"_qs}))
        << offered.join(u"; "_qs).toStdString();
}
