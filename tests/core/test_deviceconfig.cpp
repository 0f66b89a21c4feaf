// Device configuration per register: round trip (order, params as JSON, replace keeps the position),
// validation, permissions (owner and manager may, cashier and supervisor may not) and the audit trail.
#include "core/auditlog.h"
#include "core/deviceconfigservice.h"
#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/permissionservice.h"
#include "core/store.h"
#include "core/services.h"

#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

const QString kR01 = QStringLiteral("R01");

struct DeviceConfigTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    Session supervisor;

    void SetUp() override
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        services = std::move(opened.value());
        ASSERT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).value();
        supervisor = services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
    }

    DeviceConfigService &devices() { return services->deviceConfig(); }

    static DeviceConfig printer()
    {
        DeviceConfig c{QStringLiteral("printer"), QStringLiteral("receipt-printer"), QStringLiteral("前台打印机"),
                       QStringLiteral("tcp")};
        c.setParamMap({{QStringLiteral("host"), QStringLiteral("192.168.1.50")},
                       {QStringLiteral("port"), 9100},
                       {QStringLiteral("paper"), QStringLiteral("80mm")}});
        return c;
    }

    QStringList ids(const QString &registerId = kR01)
    {
        QStringList list;
        for (const DeviceConfig &c : devices().list(registerId).valueOr({}))
            list << c.id;
        return list;
    }

    QList<AuditEntry> audit(const QString &prefix)
    {
        AuditQuery q;
        q.actionPrefix = prefix;
        q.newestFirst = false;
        return services->auditLog().entries(q).valueOr({});
    }
};

} // namespace

TEST_F(DeviceConfigTest, ANewStoreHasNoDevicesConfigured)
{
    auto list = devices().list(kR01);
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->isEmpty());
}

TEST_F(DeviceConfigTest, RoundTripKeepsOrderParamsAndRegisters)
{
    ASSERT_TRUE(devices().save(owner, kR01, printer()).ok());
    DeviceConfig scanner{QStringLiteral("scanner"), QStringLiteral("scanner"), {}, QStringLiteral("wedge")};
    ASSERT_TRUE(devices().save(owner, kR01, scanner).ok());
    DeviceConfig drawer{QStringLiteral("drawer"), QStringLiteral("cash-drawer"), QStringLiteral("钱箱"),
                        QStringLiteral("serial"), QStringLiteral(R"({"port": "/dev/ttyS0", "kick": "\\x07"})")};
    ASSERT_TRUE(devices().save(owner, kR01, drawer).ok());
    ASSERT_TRUE(devices().save(owner, QStringLiteral("R02"), scanner).ok());

    EXPECT_EQ(ids(), (QStringList{QStringLiteral("printer"), QStringLiteral("scanner"), QStringLiteral("drawer")}));
    EXPECT_EQ(ids(QStringLiteral("R02")), QStringList{QStringLiteral("scanner")});
    const DeviceConfig stored = devices().find(kR01, QStringLiteral("printer")).value();
    EXPECT_EQ(stored.name, QStringLiteral("前台打印机"));
    EXPECT_EQ(stored.backend, QStringLiteral("tcp"));
    EXPECT_EQ(stored.paramMap().value(QStringLiteral("host")).toString(), QStringLiteral("192.168.1.50"));
    EXPECT_EQ(stored.paramMap().value(QStringLiteral("port")).toInt(), 9100);
    EXPECT_EQ(devices().find(kR01, QStringLiteral("drawer")).value().paramMap().value(QStringLiteral("kick")).toString(),
              QStringLiteral("\\x07"));
    EXPECT_EQ(devices().find(kR01, QStringLiteral("scanner")).value().params, QStringLiteral("{}"));

    // Replacing a device keeps its place in the list.
    DeviceConfig cups = printer();
    cups.backend = QStringLiteral("cups");
    cups.setParamMap({{QStringLiteral("queue"), QStringLiteral("receipt")}});
    ASSERT_TRUE(devices().save(owner, kR01, cups).ok());
    EXPECT_EQ(ids().first(), QStringLiteral("printer"));
    EXPECT_EQ(devices().find(kR01, QStringLiteral("printer")).value().paramMap(),
              (QVariantMap{{QStringLiteral("queue"), QStringLiteral("receipt")}}));

    ASSERT_TRUE(devices().remove(owner, kR01, QStringLiteral("scanner")).ok());
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("printer"), QStringLiteral("drawer")}));
    const Status again = devices().remove(owner, kR01, QStringLiteral("scanner"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::NotFound);
}

TEST_F(DeviceConfigTest, BadConfigurationsAreRefusedWithAReason)
{
    DeviceConfig badId = printer();
    badId.id = QStringLiteral("Front Printer");
    DeviceConfig badCategory = printer();
    badCategory.category = QStringLiteral("toaster");
    DeviceConfig noBackend = printer();
    noBackend.backend = QStringLiteral("  ");
    DeviceConfig badParams = printer();
    badParams.params = QStringLiteral("[1, 2]");
    DeviceConfig brokenJson = printer();
    brokenJson.params = QStringLiteral("{\"host\": ");
    for (const DeviceConfig &c : {badId, badCategory, noBackend, badParams, brokenJson}) {
        const Status s = devices().save(owner, kR01, c);
        ASSERT_FALSE(s.ok()) << c.id.toStdString() << " " << c.params.toStdString();
        EXPECT_EQ(s.error().code, Error::Code::InvalidInput);
        EXPECT_FALSE(s.error().message.isEmpty());
    }
    EXPECT_TRUE(devices().save(owner, kR01, badId).error().message.contains(QStringLiteral("Front Printer")));
    EXPECT_TRUE(ids().isEmpty());
}

TEST_F(DeviceConfigTest, OwnerAndManagerMayConfigureCashierAndSupervisorMayNot)
{
    EXPECT_TRUE(services->permissions().has(owner, Permissions::kDevicesConfigure));
    EXPECT_FALSE(services->permissions().has(cashier, Permissions::kDevicesConfigure));
    EXPECT_FALSE(services->permissions().has(supervisor, Permissions::kDevicesConfigure));
    auto manager = services->operators().create(owner, QStringLiteral("50"), QStringLiteral("店长"), Role::Manager,
                                                QStringLiteral("5050"));
    ASSERT_TRUE(manager.ok()) << manager.error().toString().toStdString();
    const Session managerSession = services->operators().signIn(QStringLiteral("50"), QStringLiteral("5050")).value();
    EXPECT_TRUE(devices().save(managerSession, kR01, printer()).ok());

    for (const Session &who : {cashier, supervisor}) {
        const Status s = devices().save(who, kR01, DeviceConfig{QStringLiteral("scale"), QStringLiteral("scale"), {},
                                                                 QStringLiteral("sim")});
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, Error::Code::PermissionDenied);
        const Status r = devices().remove(who, kR01, QStringLiteral("printer"));
        EXPECT_EQ(r.error().code, Error::Code::PermissionDenied);
    }
    EXPECT_EQ(ids(), QStringList{QStringLiteral("printer")});

    const QList<AuditEntry> denied = [&] {
        QList<AuditEntry> out;
        for (const AuditEntry &e : audit(QStringLiteral("device.")))
            if (e.outcome == AuditOutcome::kDenied)
                out << e;
        return out;
    }();
    ASSERT_EQ(denied.size(), 4);
    EXPECT_EQ(denied.first().actorId, cashier.operatorId);
    EXPECT_EQ(denied.first().target, QStringLiteral("device:R01/scale"));
}

TEST_F(DeviceConfigTest, EveryChangeIsAuditedOnceAndUnchangedSavesAreNot)
{
    ASSERT_TRUE(devices().save(owner, kR01, printer()).ok());
    ASSERT_TRUE(devices().save(owner, kR01, printer()).ok()); // the same again: nothing to record
    DeviceConfig moved = printer();
    moved.setParamMap({{QStringLiteral("host"), QStringLiteral("192.168.1.51")}, {QStringLiteral("port"), 9100}});
    ASSERT_TRUE(devices().save(owner, kR01, moved).ok());
    ASSERT_TRUE(devices().remove(owner, kR01, QStringLiteral("printer")).ok());

    const QList<AuditEntry> entries = audit(QStringLiteral("device."));
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("device.add"));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("device.update"));
    EXPECT_EQ(entries.at(2).action, QStringLiteral("device.remove"));
    for (const AuditEntry &e : entries) {
        EXPECT_EQ(e.actorId, owner.operatorId);
        EXPECT_EQ(e.target, QStringLiteral("device:R01/printer"));
        EXPECT_EQ(e.outcome, AuditOutcome::kOk);
    }
    EXPECT_TRUE(entries.at(1).detail.contains(QStringLiteral("192.168.1.50")));
    EXPECT_TRUE(entries.at(1).detail.contains(QStringLiteral("192.168.1.51")));
    EXPECT_TRUE(services->auditLog().verify().value().ok);
}

TEST_F(DeviceConfigTest, TheConfigurationSurvivesAReopen)
{
    ASSERT_TRUE(devices().save(owner, kR01, printer()).ok());
    const QString path = services->store().path();
    services.reset();
    auto reopened = Services::open(Services::Options{.clock = clock, .path = path,
                                                     .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value()->deviceConfig().list(kR01).value(), QList<DeviceConfig>{printer()});
}
