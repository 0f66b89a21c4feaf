// The real application wiring on a temporary store with the first-run operators (as `qtillctl init`
// creates them: owner 00 / 888888, cashier 01 / 0000, supervisor 99 / 123456), driven through the
// on-screen keypad as a cashier would.
#include "admin/adminuimodule.h"
#include "app/application.h"
#include "app/appmodules.h"
#include "app/appshellcontext.h"
#include "app/mainwindow.h"
#include "app/signinscreen.h"
#include "app/workspace.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/services.h"
#include "core/storesettings.h"
#include "shell/numerickeypad.h"
#include "shell/overridedialog.h"
#include "shell/uimodule.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

/// Screens for the rail test: one everyone may open, one only an owner may (permissions.edit).
class TestScreensModule final : public shell::UiModule
{
public:
    QString name() const override { return QStringLiteral("test"); }
    QList<shell::ScreenDescriptor> screens() const override
    {
        auto make = [](shell::ShellContext &, QWidget *parent) { return new QLabel(QStringLiteral("test"), parent); };
        return {{QStringLiteral("test.everyone"), QStringLiteral("Everyone"), QIcon(), QString(), 50, make},
                {QStringLiteral("test.owneronly"), QStringLiteral("Owner only"), QIcon(), Permissions::kPermissionsEdit,
                 60, make}};
    }
};

class SignInTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // What `qtillctl init` does to a new store.
        {
            auto services = Services::open({.clock = m_clock,
                                            .path = dbPath(),
                                            .pinParams = PinHasher::Params::fastest()});
            ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
            auto created = services.value()->operators().bootstrap(Services::firstRunOperators());
            ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        }
    }

    void TearDown() override { m_app.reset(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }

    void startApp(bool withTestScreens = false)
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        config.idlePollMs = 10;
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        if (withTestScreens)
            m_app->addUiModule(std::make_unique<TestScreensModule>());
        const Status started = m_app->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_app->mainWindow()->resize(1280, 800);
        m_app->mainWindow()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        // Signing in opens once the store's start-up check (on a worker) has passed.
        if (m_app->storeCheck() == Application::StoreCheck::Running) {
            QSignalSpy checked(m_app.get(), &Application::storeChecked);
            ASSERT_TRUE(checked.wait(30000));
        }
    }

    shell::NumericKeypad *keypad() const { return m_app->signInScreen()->keypad(); }

    /// Clicks the keypad keys for `digits`, then OK.
    void key(const QString &digits)
    {
        for (const QChar c : digits) {
            QPushButton *button = keypad()->button(QString(c));
            ASSERT_NE(button, nullptr) << "no key " << QString(c).toStdString();
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QTest::mouseClick(keypad()->button(QStringLiteral("ok")), Qt::LeftButton);
    }

    void signInWithKeypad(const QString &number, const QString &pin)
    {
        key(number);
        key(pin);
    }

    QString statusOperator() const
    {
        auto *label = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("operatorLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QStringList railIds() const
    {
        QStringList ids;
        const auto buttons = m_app->mainWindow()->findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            if (button->objectName().startsWith(QLatin1String("nav_")) && button->isVisible())
                ids << button->objectName().mid(4);
        ids.sort();
        return ids;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Application> m_app;
};

} // namespace

TEST_F(SignInTest, KeypadSignInShowsTheMainWindowWithTheOperator)
{
    startApp();
    EXPECT_TRUE(m_app->signInScreen()->isVisible());
    EXPECT_FALSE(m_app->mainWindow()->isWorkspaceShown());

    key(QStringLiteral("01"));
    EXPECT_EQ(m_app->signInScreen()->numberField()->text(), QStringLiteral("01"));
    key(QStringLiteral("0000"));

    ASSERT_TRUE(m_app->isSignedIn());
    EXPECT_TRUE(m_app->mainWindow()->isWorkspaceShown());
    EXPECT_FALSE(m_app->signInScreen()->isVisible());
    EXPECT_THAT(str(statusOperator()), StartsWith("01 "));
    // A cashier lands on the till.
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("checkout.sale"));
    EXPECT_TRUE(m_app->workspace()->screen(QStringLiteral("checkout.sale"))->isVisible());
}

TEST_F(SignInTest, KeyboardAloneSignsIn)
{
    startApp();
    QLineEdit *number = m_app->signInScreen()->numberField();
    QLineEdit *pin = m_app->signInScreen()->pinField();
    QTest::keyClicks(number, QStringLiteral("01"));
    QTest::keyClick(number, Qt::Key_Return);   // Enter moves on to the PIN
    EXPECT_EQ(m_app->signInScreen()->keypad()->target(), pin);
    QTest::keyClicks(pin, QStringLiteral("0x00"));   // letters are refused by the field
    EXPECT_EQ(pin->text(), QStringLiteral("000"));
    QTest::keyClick(pin, Qt::Key_Escape);      // Esc goes back to the number
    EXPECT_EQ(m_app->signInScreen()->keypad()->target(), number);
    QTest::keyClick(number, Qt::Key_Return);
    QTest::keyClicks(pin, QStringLiteral("0000"));
    QTest::keyClick(pin, Qt::Key_Return);

    ASSERT_TRUE(m_app->isSignedIn());
    EXPECT_THAT(str(statusOperator()), StartsWith("01 "));
}

TEST_F(SignInTest, WrongPinShowsTheMessageAndStaysOnSignIn)
{
    startApp();
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("9999"));

    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_TRUE(m_app->signInScreen()->isVisible());
    EXPECT_FALSE(m_app->mainWindow()->isWorkspaceShown());
    const QString message = m_app->signInScreen()->errorText();
    EXPECT_THAT(str(message), HasSubstr("Wrong PIN"));
    EXPECT_THAT(str(message), HasSubstr("4 tries left"));
    auto *error = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("formError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    // The PIN is cleared for the next try; the number stays.
    EXPECT_TRUE(m_app->signInScreen()->pinField()->text().isEmpty());
    EXPECT_EQ(m_app->signInScreen()->numberField()->text(), QStringLiteral("01"));
}

TEST_F(SignInTest, UnknownOperatorIsNamed)
{
    startApp();
    signInWithKeypad(QStringLiteral("42"), QStringLiteral("0000"));
    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_THAT(str(m_app->signInScreen()->errorText()), HasSubstr("42"));
}

TEST_F(SignInTest, FiveWrongPinsLockTheOperator)
{
    startApp();
    key(QStringLiteral("01"));
    for (int i = 0; i < OperatorService::kMaxFailedAttempts; ++i)
        key(QStringLiteral("9999"));

    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_THAT(str(m_app->signInScreen()->errorText()), HasSubstr("locked"));
    EXPECT_THAT(str(m_app->signInScreen()->errorText()), HasSubstr("owner"));

    // Even the right PIN does not get in now.
    key(QStringLiteral("0000"));
    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_THAT(str(m_app->signInScreen()->errorText()), HasSubstr("Ask the owner to unlock"));
}

TEST_F(SignInTest, IdleLockEngagesAfterTheConfiguredTimeAndThePinUnlocks)
{
    startApp();
    ASSERT_TRUE(kIdleLockMinutes.set(m_app->services().settings(), 2));
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());
    QWidget *home = m_app->workspace()->screen(QStringLiteral("checkout.sale")); // a cashier lands on the till
    ASSERT_NE(home, nullptr);

    m_clock.advanceMs(2 * 60 * 1000 - 1000);
    QTest::qWait(50);
    EXPECT_FALSE(m_app->isLocked()) << "locked before the configured two minutes";

    m_clock.advanceMs(1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->isLocked(), 2000);
    EXPECT_FALSE(m_app->mainWindow()->isWorkspaceShown());
    EXPECT_TRUE(m_app->signInScreen()->isVisible());
    EXPECT_EQ(m_app->signInScreen()->mode(), SignInScreen::Mode::Unlock);
    auto *lockedFor = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("lockedOperator"));
    ASSERT_NE(lockedFor, nullptr);
    EXPECT_THAT(str(lockedFor->text()), StartsWith("01 "));

    // A wrong PIN keeps it locked.
    key(QStringLiteral("1111"));
    EXPECT_TRUE(m_app->isLocked());
    EXPECT_THAT(str(m_app->signInScreen()->errorText()), HasSubstr("Wrong PIN"));

    // The operator's PIN (number already known) unlocks, back to the same screens.
    key(QStringLiteral("0000"));
    EXPECT_FALSE(m_app->isLocked());
    EXPECT_TRUE(m_app->mainWindow()->isWorkspaceShown());
    EXPECT_THAT(str(statusOperator()), StartsWith("01 "));
    EXPECT_EQ(m_app->workspace()->screen(QStringLiteral("checkout.sale")), home) << "unlocking must keep the screens";
}

TEST_F(SignInTest, InputKeepsTheScreenUnlocked)
{
    startApp();
    ASSERT_TRUE(kIdleLockMinutes.set(m_app->services().settings(), 1));
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());

    m_clock.advanceMs(50 * 1000);
    QTest::keyClick(m_app->mainWindow(), Qt::Key_Shift);
    m_clock.advanceMs(50 * 1000);
    QTest::qWait(50);
    EXPECT_FALSE(m_app->isLocked()) << "a key press 50 s ago must restart the idle time";
    m_clock.advanceMs(11 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->isLocked(), 2000);
}

TEST_F(SignInTest, AnotherOperatorCanTakeOverTheLockedRegister)
{
    startApp();
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());
    m_app->lock();
    ASSERT_TRUE(m_app->isLocked());

    auto *switchButton = m_app->mainWindow()->findChild<QPushButton *>(QStringLiteral("switchOperatorButton"));
    ASSERT_NE(switchButton, nullptr);
    ASSERT_TRUE(switchButton->isVisible());
    QTest::mouseClick(switchButton, Qt::LeftButton);
    signInWithKeypad(QStringLiteral("00"), QStringLiteral("888888"));

    EXPECT_FALSE(m_app->isLocked());
    EXPECT_EQ(m_app->session().number, QStringLiteral("00"));
    EXPECT_THAT(str(statusOperator()), StartsWith("00 "));
}

TEST_F(SignInTest, CashierDoesNotSeeOwnerOnlyScreens)
{
    startApp(/*withTestScreens=*/true);
    const QString permissionsScreen = QLatin1String(admin::AdminUiModule::kPermissionsId);   // owner-only by default
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());
    const QStringList cashierRail = railIds();
    EXPECT_TRUE(cashierRail.contains(QStringLiteral("home")));
    EXPECT_TRUE(cashierRail.contains(QStringLiteral("test.everyone")));
    EXPECT_FALSE(cashierRail.contains(QStringLiteral("test.owneronly")));
    EXPECT_FALSE(cashierRail.contains(permissionsScreen));
    EXPECT_FALSE(m_app->context().openScreen(QStringLiteral("test.owneronly")));
    ASSERT_TRUE(m_app->context().openScreen(QStringLiteral("home"))); // the cashier landed on the till
    EXPECT_EQ(m_app->mainWindow()->findChild<QToolButton *>(QStringLiteral("tile_test.owneronly")), nullptr);
    EXPECT_NE(m_app->mainWindow()->findChild<QToolButton *>(QStringLiteral("tile_test.everyone")), nullptr);

    // The owner sees them.
    QTest::mouseClick(m_app->mainWindow()->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    ASSERT_FALSE(m_app->isSignedIn());
    signInWithKeypad(QStringLiteral("00"), QStringLiteral("888888"));
    ASSERT_TRUE(m_app->isSignedIn());
    const QStringList ownerRail = railIds();
    EXPECT_TRUE(ownerRail.contains(QStringLiteral("test.owneronly")));
    // The roles screen is one of the settings: one rail entry opens their page of tiles.
    EXPECT_FALSE(ownerRail.contains(permissionsScreen));
    ASSERT_TRUE(ownerRail.contains(QStringLiteral("settings")));
    QTest::mouseClick(m_app->mainWindow()->findChild<QToolButton *>(QStringLiteral("nav_settings")), Qt::LeftButton);
    auto *rolesTile = m_app->mainWindow()->findChild<QPushButton *>(QStringLiteral("settingsTile_") + permissionsScreen);
    ASSERT_NE(rolesTile, nullptr);
    QTest::mouseClick(rolesTile, Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), permissionsScreen);
    EXPECT_TRUE(m_app->context().openScreen(QStringLiteral("test.owneronly")));
}

TEST_F(SignInTest, SupervisorOverrideOnTheKeypadGrantsWhatTheCashierLacks)
{
    startApp();
    signInWithKeypad(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(m_app->isSignedIn());

    QString firstError;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<shell::OverrideDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *pad = dialog->findChild<shell::NumericKeypad *>();
        auto press = [&](const QString &digits) {
            for (const QChar c : digits)
                QTest::mouseClick(pad->button(QString(c)), Qt::LeftButton);
            QTest::mouseClick(pad->button(QStringLiteral("ok")), Qt::LeftButton);
        };
        press(QStringLiteral("00"));
        press(QStringLiteral("1234"));   // wrong: the dialog says so and stays
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("formError"));
        firstError = error && error->isVisible() ? error->text() : QString();
        press(QStringLiteral("888888"));
    });
    const auto granted = m_app->context().authorize(Permissions::kSettingsEdit, QStringLiteral("Change the footer"),
                                                    m_app->mainWindow());
    EXPECT_THAT(str(firstError), HasSubstr("Wrong PIN"));
    ASSERT_TRUE(granted.has_value());
    EXPECT_TRUE(granted->isOverride());
    auto owner = m_app->services().operators().findByNumber(QStringLiteral("00"));
    ASSERT_TRUE(owner.ok());
    EXPECT_EQ(granted->approverId, owner->id);
    EXPECT_EQ(granted->actorId, m_app->session().operatorId);
}
