// The composition root: opens, migrates every schema, registers every permission, owns the services.
#include "core/module.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"

#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

/// A module as the real ones look: one schema, one permission for managers.
class FakeModule final : public DomainModule
{
public:
    QString name() const override { return QStringLiteral("fake"); }
    QList<Schema> schemas() const override
    {
        return {Schema{QStringLiteral("fake"),
                       {Migration{1, QStringLiteral("things"), {QStringLiteral("CREATE TABLE fake_things (id INTEGER PRIMARY KEY)")}},
                        Migration{2, QStringLiteral("names"), {QStringLiteral("ALTER TABLE fake_things ADD COLUMN name TEXT")}}}}};
    }
    QList<PermissionDef> permissions() const override
    {
        return {PermissionDef{QStringLiteral("fake.do"), "Do fake things", {Role::Manager}}};
    }
};

struct ServicesTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock;
    FakeModule module;

    QString path() const { return database.address(); }

    Result<std::unique_ptr<Services>> open(bool createIfMissing = true)
    {
        return Services::open(Services::Options{.clock = clock,
                                                .path = path(),
                                                .modules = {&module},
                                                .pinParams = PinHasher::Params::fastest(),
                                                .createIfMissing = createIfMissing});
    }
};

} // namespace

TEST_F(ServicesTest, OpenCreatesAndMigratesEverySchema)
{
    auto services = open();
    ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
    Store &store = (*services)->store();
    EXPECT_TRUE(store.isNew());
    EXPECT_EQ(store.path(), path());
    for (const Schema &schema : (*services)->allSchemas())
        EXPECT_EQ(store.schemaVersion(schema.name), schema.latestVersion()) << schema.name.toStdString();
    EXPECT_EQ(store.schemaVersion(QStringLiteral("fake")), 2);

    QStringList names;
    for (const Schema &schema : Services::foundationSchemas())
        names << schema.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("core"), QStringLiteral("documentnumbers"), QStringLiteral("auth"),
                                  QStringLiteral("audit"), QStringLiteral("tax"), QStringLiteral("devices"), QStringLiteral("journal")}));
}

TEST_F(ServicesTest, ModulePermissionsAreRegisteredWithTheirDefaultRoles)
{
    auto services = open();
    ASSERT_TRUE(services.ok());
    PermissionService &permissions = (*services)->permissions();
    EXPECT_TRUE(permissions.roleHas(Role::Manager, QStringLiteral("fake.do")));
    EXPECT_FALSE(permissions.roleHas(Role::Cashier, QStringLiteral("fake.do")));
    EXPECT_TRUE(permissions.roleHas(Role::Owner, QStringLiteral("fake.do")));
    EXPECT_TRUE(permissions.roleHas(Role::Manager, Permissions::kSettingsEdit));
    bool listed = false;
    for (const PermissionDef &def : permissions.definitions())
        listed = listed || def.key == QLatin1String("fake.do");
    EXPECT_TRUE(listed);
}

TEST_F(ServicesTest, ReopeningKeepsTheOwnersPermissionChanges)
{
    {
        auto services = open();
        ASSERT_TRUE(services.ok());
        ASSERT_TRUE((*services)->operators().bootstrap(Services::firstRunOperators()).ok());
        auto owner = (*services)->operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
        ASSERT_TRUE(owner.ok());
        ASSERT_TRUE((*services)->permissions().setGranted(*owner, Role::Manager, QStringLiteral("fake.do"), false).ok());
    }
    auto again = open(/*createIfMissing=*/false);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_FALSE((*again)->store().isNew());
    EXPECT_FALSE((*again)->permissions().roleHas(Role::Manager, QStringLiteral("fake.do")));
    EXPECT_EQ((*again)->operators().count().valueOr(0), 3);
}

TEST_F(ServicesTest, FirstRunOperatorsCanSignIn)
{
    auto services = open();
    ASSERT_TRUE(services.ok());
    ASSERT_TRUE((*services)->operators().bootstrap(Services::firstRunOperators()).ok());
    auto owner = (*services)->operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
    ASSERT_TRUE(owner.ok());
    EXPECT_EQ(owner->role, Role::Owner);
    auto cashier = (*services)->operators().signIn(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(cashier.ok());
    EXPECT_EQ(cashier->name, QStringLiteral("收银员01"));
    auto supervisor = (*services)->operators().signIn(QStringLiteral("99"), QStringLiteral("123456"));
    ASSERT_TRUE(supervisor.ok());
    EXPECT_EQ(supervisor->role, Role::Supervisor);
}

TEST_F(ServicesTest, AMissingFileIsNotCreatedUnlessAsked)
{
    QTILL_SQLITE_ONLY("a server's database is made by its owner, never by Qtill: there is no file to create");
    auto services = open(/*createIfMissing=*/false);
    ASSERT_FALSE(services.ok());
    EXPECT_EQ(services.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path()));
}

TEST_F(ServicesTest, ADamagedFileIsReportedAndLeftAlone)
{
    QTILL_SQLITE_ONLY("a damaged file; the server keeps its own pages sound");
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto services = open();
    ASSERT_FALSE(services.ok());
    EXPECT_EQ(services.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(services.error().message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(QFileInfo(path()).size(), 4096);
}

TEST_F(ServicesTest, AnEmptyPathUsesQtillDb)
{
    const QString fromEnv = dir.filePath(QStringLiteral("env.db"));
    qputenv("QTILL_DB", fromEnv.toLocal8Bit());
    auto services = Services::open(Services::Options{.clock = clock, .pinParams = PinHasher::Params::fastest()});
    qunsetenv("QTILL_DB");
    ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
    EXPECT_EQ((*services)->store().path(), fromEnv);
    EXPECT_TRUE(QFileInfo::exists(fromEnv));
}
