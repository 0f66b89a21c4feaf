// The serial cash drawer on a pseudo-terminal: the kick sequence (default and configured) reaches the
// port, the opening is reported, an unplugged port is an Offline error, and the factory builds it.
#include "hal/backends/serial/serialcashdrawer.h"
#include "hal/devicemanager.h"
#include "hal/printerfactory.h"
#include "ptypair.h"
#include "waituntil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

DeviceInfo drawerInfo(const QString &port, const QString &kick = {})
{
    QVariantMap params{{u"port"_qs, port}};
    if (!kick.isEmpty())
        params.insert(u"kick"_qs, kick);
    return DeviceInfo{u"drawer"_qs, DeviceCategory::CashDrawer, u"Till drawer"_qs, u"serial"_qs, params};
}

} // namespace

TEST(SerialCashDrawer, SendsTheDefaultKickAndReportsTheOpening)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialCashDrawer>(drawerInfo(pty.slaveName));
    SerialCashDrawer *drawer = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QList<DeviceStatus> statuses;
    QObject::connect(drawer, &Device::statusChanged, [&](DeviceStatus s) { statuses << s; });
    QSignalSpy done(drawer, &Device::outputCompleted);

    EXPECT_FALSE(drawer->openDrawer()) << "not enabled yet";
    ASSERT_TRUE(manager.start(drawer, u"checkout"_qs));
    EXPECT_FALSE(drawer->canReportState());
    ASSERT_TRUE(drawer->openDrawer());
    ASSERT_TRUE(waitUntil([&] { return done.size() == 1; }));
    EXPECT_TRUE(drawer->isDrawerOpen());
    EXPECT_EQ(statuses, QList<DeviceStatus>{DeviceStatus::DrawerOpen});

    QByteArray got;
    ASSERT_TRUE(waitUntil([&] {
        got += pty.received();
        return got.size() >= 5;
    }));
    EXPECT_EQ(got, QByteArray("\x1bp\x00\x32\xfa", 5)); // ESC p 0, 100 ms on, 500 ms off
}

TEST(SerialCashDrawer, SendsAConfiguredKickEachTime)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialCashDrawer>(drawerInfo(pty.slaveName, u"\\x07"_qs));
    SerialCashDrawer *drawer = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy done(drawer, &Device::outputCompleted);
    ASSERT_TRUE(manager.start(drawer, u"checkout"_qs));
    ASSERT_TRUE(drawer->openDrawer());
    ASSERT_TRUE(drawer->openDrawer());
    ASSERT_TRUE(waitUntil([&] { return done.size() == 2; }));
    QByteArray got;
    ASSERT_TRUE(waitUntil([&] {
        got += pty.received();
        return got.size() >= 2;
    }));
    EXPECT_EQ(got, QByteArray("\x07\x07"));
}

TEST(SerialCashDrawer, AMissingPortIsAnErrorNotACrash)
{
    DeviceManager manager;
    auto noPort = std::make_unique<SerialCashDrawer>(drawerInfo(QString()));
    SerialCashDrawer *unset = noPort.get();
    ASSERT_TRUE(manager.add(std::move(noPort)));
    const Outcome started = manager.start(unset, u"checkout"_qs);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.message(), u"Choose the cash drawer's serial port."_qs);

    auto gone = std::make_unique<SerialCashDrawer>(
        DeviceInfo{u"gone"_qs, DeviceCategory::CashDrawer, {}, u"serial"_qs, {{u"port"_qs, u"/dev/qtill-no-such-tty"_qs}}});
    SerialCashDrawer *missing = gone.get();
    ASSERT_TRUE(manager.add(std::move(gone)));
    QSignalSpy errors(missing, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(missing, u"checkout"_qs));
    ASSERT_TRUE(waitUntil([&] { return errors.size() >= 1; }));
    EXPECT_EQ(missing->state(), Device::State::Error);
    EXPECT_FALSE(missing->openDrawer());
}

TEST(SerialCashDrawer, TheFactoryBuildsIt)
{
    DeviceManager manager;
    Outcome error;
    auto drawer = PrinterFactory::createDrawer(drawerInfo(u"/dev/ttyS0"_qs, u"\\x1bp\\x01\\x19\\xfa"_qs), manager, &error);
    ASSERT_NE(drawer, nullptr) << error.message().toStdString();
    auto *serial = qobject_cast<SerialCashDrawer *>(drawer.get());
    ASSERT_NE(serial, nullptr);
    EXPECT_EQ(serial->kickBytes(), QByteArray("\x1bp\x01\x19\xfa"));
}
