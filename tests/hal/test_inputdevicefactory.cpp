// The input-device factory: every backend of every category it offers is built from settings (and
// of the right category), unknown backends are refused with a message, and detection of attached
// devices works on a machine without any (no crash, no hang).
#include "hal/devicemanager.h"
#include "hal/inputdevicefactory.h"
#include "hal/paymentterminal.h"
#include "hal/scale.h"

#include <QElapsedTimer>
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

TEST(InputDeviceFactory, DetectionIsQuickOnABareMachine)
{
    QElapsedTimer t;
    t.start();
    const QList<DetectedDevice> found = InputDeviceFactory::detect();
    EXPECT_LT(t.elapsed(), 5000);
    for (const DetectedDevice &d : found) {
        EXPECT_FALSE(d.backend.isEmpty());
        EXPECT_FALSE(d.name.isEmpty());
    }
}
