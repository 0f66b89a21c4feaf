// The device model: UnifiedPOS order, exclusive claims, data delivery one event at a time on the GUI
// thread, faults raised from a device thread, Retry/Clear, and hot-plug reconnection.
#include "hal/devicemanager.h"
#include "hal/scanner.h"
#include "waituntil.h"

#include <QSignalSpy>
#include <QThread>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

/// A scanner whose backend is scripted by the test; it records the hooks the manager calls.
class ScriptedScanner : public Scanner
{
public:
    explicit ScriptedScanner(QString id = QStringLiteral("scanner"))
        : Scanner(DeviceInfo{std::move(id), DeviceCategory::Scanner, QStringLiteral("Front scanner"),
                             QStringLiteral("test"), {}})
    {
    }

    QStringList calls;
    Outcome openResult = Outcome::success();
    Outcome retryResult = Outcome::success();
    bool reconnectSucceeds = false;

    /// Simulates the device thread finding a scan.
    void scanFromDeviceThread(const QString &code)
    {
        QMetaObject::invokeMethod(
            worker(),
            [this, code] { deliverData(QVariant::fromValue(ScanData{code, Symbology::Ean13, code.toUtf8(), id()})); },
            Qt::QueuedConnection);
    }
    void faultFromDeviceThread(DeviceError error)
    {
        QMetaObject::invokeMethod(worker(), [this, error] { raiseError(error); }, Qt::QueuedConnection);
    }

private:
    QObject *worker()
    {
        if (!m_worker) {
            m_worker = new QObject;
            attachWorker(m_worker);
        }
        return m_worker;
    }
    QPointer<QObject> m_worker;

protected:
    Outcome doOpen() override { calls << QStringLiteral("open"); return openResult; }
    Outcome doClaim() override { calls << QStringLiteral("claim"); return Outcome::success(); }
    Outcome doEnable() override { calls << QStringLiteral("enable"); return Outcome::success(); }
    void doDisable() override { calls << QStringLiteral("disable"); }
    void doRelease() override { calls << QStringLiteral("release"); }
    void doClose() override { calls << QStringLiteral("close"); }
    Outcome doRetry() override { calls << QStringLiteral("retry"); return retryResult; }
    void doClearError() override { calls << QStringLiteral("clear"); }
    void doReconnect() override
    {
        calls << QStringLiteral("reconnect");
        if (reconnectSucceeds) {
            recover();
        }
    }
};

struct DeviceManagerTest : ::testing::Test
{
    DeviceManager manager;
    ScriptedScanner *scanner = nullptr;

    void SetUp() override
    {
        auto owned = std::make_unique<ScriptedScanner>();
        scanner = owned.get();
        ASSERT_TRUE(manager.add(std::move(owned)));
    }
};

} // namespace

TEST_F(DeviceManagerTest, FollowsTheUnifiedPosOrderAndClosesBackwards)
{
    EXPECT_EQ(scanner->state(), Device::State::Closed);
    ASSERT_TRUE(manager.open(scanner));
    EXPECT_EQ(scanner->state(), Device::State::Opened);
    ASSERT_TRUE(manager.claim(scanner, QStringLiteral("checkout")));
    EXPECT_EQ(scanner->state(), Device::State::Claimed);
    EXPECT_EQ(scanner->claimant(), QStringLiteral("checkout"));
    ASSERT_TRUE(manager.enable(scanner, QStringLiteral("checkout")));
    EXPECT_EQ(scanner->state(), Device::State::Enabled);

    manager.close(scanner);
    EXPECT_EQ(scanner->state(), Device::State::Closed);
    EXPECT_TRUE(scanner->claimant().isEmpty());
    EXPECT_EQ(scanner->calls, (QStringList{QStringLiteral("open"), QStringLiteral("claim"), QStringLiteral("enable"),
                                           QStringLiteral("disable"), QStringLiteral("release"),
                                           QStringLiteral("close")}));
}

TEST_F(DeviceManagerTest, ClaimIsExclusiveAndTheSecondClaimantIsToldWhoHasIt)
{
    ASSERT_TRUE(manager.start(scanner, QStringLiteral("checkout")));

    const Outcome second = manager.claim(scanner, QStringLiteral("settings"));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ErrorKind::Busy);
    EXPECT_EQ(second.message(), QStringLiteral("The Front scanner is in use by checkout."));
    // The intruder can neither disable nor release it.
    EXPECT_FALSE(manager.disable(scanner, QStringLiteral("settings")));
    EXPECT_FALSE(manager.release(scanner, QStringLiteral("settings")));
    EXPECT_EQ(scanner->state(), Device::State::Enabled);
    // Claiming again by the holder is harmless.
    EXPECT_TRUE(manager.claim(scanner, QStringLiteral("checkout")));

    ASSERT_TRUE(manager.release(scanner, QStringLiteral("checkout")));
    EXPECT_EQ(scanner->state(), Device::State::Opened);
    EXPECT_TRUE(manager.claim(scanner, QStringLiteral("settings")));
    EXPECT_EQ(scanner->claimant(), QStringLiteral("settings"));
}

TEST_F(DeviceManagerTest, AFailedOpenLeavesTheDeviceClosedWithTheReason)
{
    scanner->openResult = Outcome::failure(ErrorKind::NotFound, QStringLiteral("No scanner at /dev/ttyACM0."));
    const Outcome opened = manager.start(scanner, QStringLiteral("checkout"));
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.message(), QStringLiteral("No scanner at /dev/ttyACM0."));
    EXPECT_EQ(scanner->state(), Device::State::Closed);
    EXPECT_FALSE(manager.claim(scanner, QStringLiteral("checkout")));
}

TEST_F(DeviceManagerTest, DataArrivesOnlyWhileEnabledOneEventAtATimeOnTheGuiThread)
{
    QStringList scans;
    bool onGuiThread = true;
    QObject::connect(scanner, &Device::dataReceived, [&](const QVariant &data) {
        onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
        scans << data.value<ScanData>().text;
    });
    ASSERT_TRUE(manager.open(scanner));
    ASSERT_TRUE(manager.claim(scanner, QStringLiteral("checkout")));
    scanner->scanFromDeviceThread(QStringLiteral("6901234567892"));
    ASSERT_TRUE(waitUntil([&] { return scanner->dataCount() == 1; }));
    QCoreApplication::sendPostedEvents(); // a delivery, had one been scheduled, runs here
    EXPECT_TRUE(scans.isEmpty()) << "claimed but not enabled: the scan waits";

    scanner->setAutoDisable(true);
    ASSERT_TRUE(manager.enable(scanner, QStringLiteral("checkout")));
    scanner->scanFromDeviceThread(QStringLiteral("4006381333931"));
    ASSERT_TRUE(waitUntil([&] { return scans.size() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return scanner->dataCount() == 1; })) << "the second scan arrives and waits";
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(scans, QStringList{QStringLiteral("6901234567892")}) << "auto-disable: one scan until re-armed";
    EXPECT_EQ(scanner->dataCount(), 1);

    scanner->setDataEventEnabled(true);
    ASSERT_TRUE(waitUntil([&] { return scans.size() == 2; }));
    EXPECT_EQ(scans.last(), QStringLiteral("4006381333931"));
    EXPECT_TRUE(onGuiThread);
}

TEST_F(DeviceManagerTest, AFaultFromTheDeviceThreadIsAnErrorEventAndRetryRecovers)
{
    ASSERT_TRUE(manager.start(scanner, QStringLiteral("checkout")));
    QList<DeviceError> errors;
    bool onGuiThread = true;
    QObject::connect(scanner, &Device::errorOccurred, [&](const DeviceError &e) {
        onGuiThread = QThread::currentThread() == qApp->thread();
        errors << e;
    });
    QSignalSpy managerErrors(&manager, &DeviceManager::deviceError);

    scanner->faultFromDeviceThread(
        {ErrorKind::Failure, QStringLiteral("The scanner stopped answering."), QStringLiteral("EIO"), true});
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_TRUE(onGuiThread);
    EXPECT_EQ(scanner->state(), Device::State::Error);
    EXPECT_EQ(scanner->baseState(), Device::State::Enabled);
    EXPECT_EQ(errors.first().message, QStringLiteral("The scanner stopped answering."));
    EXPECT_EQ(managerErrors.count(), 1);

    // Retry that fails again keeps the device in Error with the new reason.
    scanner->retryResult = Outcome::failure(ErrorKind::Timeout, QStringLiteral("Still no answer."));
    manager.respond(scanner, ErrorResponse::Retry);
    EXPECT_EQ(scanner->state(), Device::State::Error);
    EXPECT_EQ(scanner->lastError().message, QStringLiteral("Still no answer."));
    EXPECT_EQ(errors.size(), 2);

    scanner->retryResult = Outcome::success();
    manager.respond(scanner, ErrorResponse::Retry);
    EXPECT_EQ(scanner->state(), Device::State::Enabled);
    EXPECT_EQ(scanner->calls.count(QStringLiteral("retry")), 2);
}

TEST_F(DeviceManagerTest, ClearDropsTheFailedOperationAndReturnsToTheStateBelow)
{
    ASSERT_TRUE(manager.start(scanner, QStringLiteral("checkout")));
    ASSERT_TRUE(manager.disable(scanner, QStringLiteral("checkout")));
    scanner->faultFromDeviceThread({ErrorKind::Protocol, QStringLiteral("Unreadable data."), {}, false});
    ASSERT_TRUE(waitUntil([&] { return scanner->hasError(); }));
    manager.respond(scanner, ErrorResponse::Clear);
    EXPECT_EQ(scanner->state(), Device::State::Claimed);
    EXPECT_TRUE(scanner->calls.contains(QStringLiteral("clear")));
}

TEST_F(DeviceManagerTest, AnUnpluggedDeviceIsReconnectedByTheManager)
{
    manager.setReconnectInterval(20);
    ASSERT_TRUE(manager.start(scanner, QStringLiteral("checkout")));
    scanner->faultFromDeviceThread({ErrorKind::Offline, QStringLiteral("The scanner was unplugged."), {}, true});
    ASSERT_TRUE(waitUntil([&] { return scanner->calls.count(QStringLiteral("reconnect")) >= 2; }));
    EXPECT_EQ(scanner->state(), Device::State::Error);

    scanner->reconnectSucceeds = true; // plugged back in
    ASSERT_TRUE(waitUntil([&] { return scanner->state() == Device::State::Enabled; }));
    const auto attempts = scanner->calls.count(QStringLiteral("reconnect"));
    qtill::hal::test::spin(100);
    EXPECT_EQ(scanner->calls.count(QStringLiteral("reconnect")), attempts) << "no polling once back";
}

TEST_F(DeviceManagerTest, IdsAreUniqueAndCategoriesAreListed)
{
    EXPECT_FALSE(manager.add(std::make_unique<ScriptedScanner>()));
    ASSERT_TRUE(manager.add(std::make_unique<ScriptedScanner>(QStringLiteral("scanner2"))));
    EXPECT_EQ(manager.devices(DeviceCategory::Scanner).size(), 2);
    EXPECT_TRUE(manager.devices(DeviceCategory::ReceiptPrinter).isEmpty());
    EXPECT_EQ(manager.device<Scanner>(QStringLiteral("scanner2"))->id(), QStringLiteral("scanner2"));
    manager.remove(QStringLiteral("scanner2"));
    EXPECT_EQ(manager.device(QStringLiteral("scanner2")), nullptr);
}
