// The rail's Settings entry: the store's settings screens (store, taxes, operators, roles, audit,
// backup, devices) share one rail entry that opens a page of large tiles; a tile opens its screen,
// which shows the way back, and the rail keeps Settings marked. A cashier, who may open none of
// them, has no Settings entry. With QTILL_GRAB_DIR set, the page is saved as a PNG to look at.
#include "admin/adminuimodule.h"
#include "app/application.h"
#include "app/appmodules.h"
#include "app/mainwindow.h"
#include "app/navigationrail.h"
#include "app/settingshub.h"
#include "app/workspace.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok());
        ASSERT_TRUE(services.value()->operators().bootstrap(Services::firstRunOperators()).ok());
    }
    void TearDown() override { m_app.reset(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }

    void startApp(const QString &number, const QString &pin)
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        config.simulateHardware = true;
        config.simulatorFolder = m_dir.filePath(QStringLiteral("receipts"));
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        ASSERT_TRUE(m_app->start().ok());
        m_app->mainWindow()->resize(1280, 800);
        m_app->mainWindow()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        auto session = m_app->services().operators().signIn(number, pin);
        ASSERT_TRUE(session.ok());
        m_app->beginSession(session.value());
    }

    QStringList rail() const { return m_app->workspace()->rail()->screenIds(); }
    QToolButton *railButton(const QString &id) const { return m_app->workspace()->rail()->button(id); }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Application> m_app;
};

} // namespace

TEST_F(SettingsTest, OneRailEntryOpensThePageOfSettings)
{
    startApp(QStringLiteral("00"), QStringLiteral("888888"));
    const QStringList ids = rail();
    ASSERT_TRUE(ids.contains(QStringLiteral("settings")));
    EXPECT_EQ(ids.last(), QStringLiteral("settings")); // at the bottom, after the daily work
    for (const char *grouped : {admin::AdminUiModule::kStoreProfileId, admin::AdminUiModule::kTaxClassesId,
                                admin::AdminUiModule::kOperatorsId, admin::AdminUiModule::kPermissionsId,
                                admin::AdminUiModule::kAuditId, admin::AdminUiModule::kBackupId, "devices"})
        EXPECT_FALSE(ids.contains(QLatin1String(grouped))) << grouped;
    EXPECT_EQ(railButton(QStringLiteral("settings"))->text(), QStringLiteral("Settings"));

    QTest::mouseClick(railButton(QStringLiteral("settings")), Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("settings"));
    auto *hub = qobject_cast<SettingsHub *>(m_app->workspace()->screen(QStringLiteral("settings")));
    ASSERT_NE(hub, nullptr);
    EXPECT_EQ(hub->tileIds(),
              (QStringList{QLatin1String(admin::AdminUiModule::kStoreProfileId), QStringLiteral("devices"),
                           QLatin1String(admin::AdminUiModule::kTaxClassesId),
                           QLatin1String(admin::AdminUiModule::kOperatorsId),
                           QLatin1String(admin::AdminUiModule::kPermissionsId),
                           QLatin1String(admin::AdminUiModule::kAuditId), QLatin1String(admin::AdminUiModule::kBackupId),
                           QStringLiteral("inventory.scaleLabels")}));
    // Each tile says what it is for.
    auto *devicesTile = hub->findChild<QPushButton *>(QStringLiteral("settingsTile_devices"));
    ASSERT_NE(devicesTile, nullptr);
    EXPECT_TRUE(devicesTile->isVisible());
    QStringList texts;
    for (QLabel *label : devicesTile->findChildren<QLabel *>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Devices")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Scanners, printers, cash drawers, scales, displays")));
    EXPECT_GE(devicesTile->height(), 96);
    QTest::qWait(50); // let the page settle before it is pictured
    // Two columns side by side, both whole inside the page at 1280 px.
    auto *storeTile = hub->findChild<QPushButton *>(QStringLiteral("settingsTile_") + QLatin1String(admin::AdminUiModule::kStoreProfileId));
    ASSERT_NE(storeTile, nullptr);
    EXPECT_EQ(storeTile->mapTo(hub, QPoint()).y(), devicesTile->mapTo(hub, QPoint()).y());
    EXPECT_LE(devicesTile->mapTo(hub, QPoint(devicesTile->width(), 0)).x(), hub->width());

    if (const QByteArray dir = qgetenv("QTILL_GRAB_DIR"); !dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        m_app->mainWindow()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h1-settings-hub.png"));
    }

    // A tile opens its screen; Settings stays marked in the rail and the way back is shown.
    auto *back = m_app->mainWindow()->findChild<QPushButton *>(QStringLiteral("backToGroupButton"));
    ASSERT_NE(back, nullptr);
    EXPECT_FALSE(back->isVisible());
    QTest::mouseClick(devicesTile, Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("devices"));
    EXPECT_TRUE(railButton(QStringLiteral("settings"))->isChecked());
    ASSERT_TRUE(back->isVisible());
    EXPECT_EQ(back->text(), QStringLiteral("Back to settings"));
    if (const QByteArray dir = qgetenv("QTILL_GRAB_DIR"); !dir.isEmpty())
        m_app->mainWindow()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h1-devices-in-settings.png"));
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("settings"));
    EXPECT_FALSE(back->isVisible());

    // Home's tiles follow the rail: one Settings tile, not one per settings screen.
    QTest::mouseClick(railButton(QStringLiteral("home")), Qt::LeftButton);
    EXPECT_NE(m_app->mainWindow()->findChild<QToolButton *>(QStringLiteral("tile_settings")), nullptr);
    EXPECT_EQ(m_app->mainWindow()->findChild<QToolButton *>(QStringLiteral("tile_devices")), nullptr);
    // Grouped screens still open directly (the status bar's device chip does).
    EXPECT_TRUE(m_app->workspace()->openScreen(QStringLiteral("devices")));
    EXPECT_TRUE(railButton(QStringLiteral("settings"))->isChecked());
}

TEST_F(SettingsTest, ACashierHasNoSettingsEntry)
{
    startApp(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());
    const QList<shell::ScreenDescriptor> mine = m_app->workspace()->groupScreens(QLatin1String(shell::kSettingsGroup));
    EXPECT_EQ(rail().contains(QStringLiteral("settings")), !mine.isEmpty());
    EXPECT_FALSE(m_app->workspace()->openScreen(QStringLiteral("devices")));
    for (const shell::ScreenDescriptor &screen : mine)
        EXPECT_NE(screen.id, QStringLiteral("devices"));
}
