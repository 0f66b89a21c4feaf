// Start-up: the sign-in window shows at once and the store's integrity check (quick_check, 2 s on a
// 1,000,000-product store) runs on a worker meanwhile. Until it passes nobody signs in; a damaged file
// stops everyone with the same message as when the check ran before the window.
#include "app/application.h"
#include "app/appmodules.h"
#include "app/mainwindow.h"
#include "app/signinscreen.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"
#include "checkout/checkoutmodule.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "shell/numerickeypad.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <future>

using namespace qtill;
using namespace qtill::app;
using ::testing::HasSubstr;

namespace {

class StartupCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // What `qtillctl init` does (every module's schemas, so the app finds nothing to upgrade and
        // checks the file on its worker), plus a table of filler rows so that the middle of the file is
        // data nothing reads at start-up (there a damaged page is found by quick_check alone).
        inventory::InventoryModule inventory;
        members::MembersModule membersModule;
        checkout::CheckoutModule checkout;
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .modules = {&inventory, &membersModule, &checkout},
                                        .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
        Store &store = services.value()->store();
        ASSERT_TRUE(services.value()->operators().bootstrap(Services::firstRunOperators()).ok());
        ASSERT_TRUE(store.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
        const Status filled = store.transaction([&]() -> Status {
            for (int i = 0; i < 4000; ++i) {
                auto row = store.exec(QStringLiteral("INSERT INTO filler (text) VALUES (?)"),
                                      {QString(500, QChar(u'a' + i % 26))});
                if (!row)
                    return row.error();
            }
            return {};
        });
        ASSERT_TRUE(filled.ok());
        ASSERT_TRUE(store.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void TearDown() override
    {
        releaseCheck();   // a check still waiting would keep the application from closing
        m_app.reset();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }

    /// Starts the application; the integrity check waits for releaseCheck() when `gated`.
    void startApp(bool gated)
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        if (gated) {
            config.integrityCheck = [gate = m_gate.get_future().share()](const Store::Options &options, const Clock &clock) {
                gate.wait();
                return Store::checkIntegrity(options, clock);
            };
        }
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        const Status started = m_app->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_app->mainWindow()->resize(1280, 800);
        m_app->mainWindow()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    }

    void releaseCheck()
    {
        if (!m_released) {
            m_released = true;
            m_gate.set_value();
        }
    }

    /// Overwrites a page in the middle of the file (filler rows), keeping the header sound.
    void damageTheFile()
    {
        QFile f(dbPath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 256 * 4096);
        f.seek(size / 2 / 4096 * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }

    /// Clicks the keypad keys for `digits`, then OK.
    void key(const QString &digits)
    {
        shell::NumericKeypad *keypad = m_app->signInScreen()->keypad();
        for (const QChar c : digits)
            QTest::mouseClick(keypad->button(QString(c)), Qt::LeftButton);
        QTest::mouseClick(keypad->button(QStringLiteral("ok")), Qt::LeftButton);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(8, 0))};
    std::promise<void> m_gate;
    bool m_released = false;
    std::unique_ptr<Application> m_app;
};

} // namespace

TEST_F(StartupCheckTest, TheSignInScreenShowsWhileTheStoreIsCheckedAndSignInWaitsForIt)
{
    startApp(/*gated=*/true);
    // The window is up and the check has not finished: it cannot, until the test lets it.
    EXPECT_EQ(m_app->storeCheck(), Application::StoreCheck::Running);
    SignInScreen *signIn = m_app->signInScreen();
    EXPECT_TRUE(signIn->isVisible());
    EXPECT_THAT(signIn->storeStateText().toStdString(), HasSubstr("Checking the store"));

    // A cashier who is quick types number and PIN: held, not signed in, and told why.
    key(QStringLiteral("01"));
    key(QStringLiteral("0000"));
    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_FALSE(m_app->mainWindow()->isWorkspaceShown());
    EXPECT_THAT(signIn->storeStateText().toStdString(), HasSubstr("as soon as it is done"));

    QSignalSpy checked(m_app.get(), &Application::storeChecked);
    releaseCheck();
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_EQ(m_app->storeCheck(), Application::StoreCheck::Passed);
    // The sign-in typed meanwhile goes ahead.
    ASSERT_TRUE(m_app->isSignedIn());
    EXPECT_EQ(m_app->session().number, QStringLiteral("01"));
    EXPECT_TRUE(m_app->mainWindow()->isWorkspaceShown());
}

TEST_F(StartupCheckTest, ADamagedFileStopsEveryoneWithTheSameMessage)
{
    damageTheFile();
    // What the check before the window said (and still says, for qtillctl and a checked open).
    Store::Options checked;
    checked.path = dbPath();
    checked.createIfMissing = false;
    const auto refused = Store::open(checked, m_clock);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.error().code, Error::Code::Corrupt);
    const QString expected = refused.error().message;
    EXPECT_THAT(expected.toStdString(), HasSubstr("is damaged"));
    EXPECT_THAT(expected.toStdString(), HasSubstr("qtillctl restore"));

    startApp(/*gated=*/false);   // the window shows; the real check runs on the worker
    QSignalSpy failed(m_app.get(), &Application::storeCheckFailed);
    if (m_app->storeCheck() == Application::StoreCheck::Running) {
        ASSERT_TRUE(failed.wait(30000));
    }
    ASSERT_EQ(m_app->storeCheck(), Application::StoreCheck::Failed);
    EXPECT_EQ(m_app->storeCheckMessage(), expected);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().toString(), expected);

    // The sign-in screen says it and lets nobody in, not even the owner.
    SignInScreen *signIn = m_app->signInScreen();
    EXPECT_EQ(signIn->storeStateText(), expected);
    EXPECT_TRUE(signIn->isBlocked());
    EXPECT_FALSE(signIn->keypad()->isEnabled());
    signIn->numberField()->setText(QStringLiteral("00"));
    signIn->pinField()->setText(QStringLiteral("888888"));
    signIn->submit();
    EXPECT_FALSE(m_app->isSignedIn());
    EXPECT_FALSE(m_app->mainWindow()->isWorkspaceShown());
    EXPECT_EQ(signIn->storeStateText(), expected);
}

TEST_F(StartupCheckTest, ASoundFileOpensSignInAfterTheCheck)
{
    startApp(/*gated=*/false);
    if (m_app->storeCheck() == Application::StoreCheck::Running) {
        QSignalSpy checked(m_app.get(), &Application::storeChecked);
        ASSERT_TRUE(checked.wait(30000));
    }
    EXPECT_EQ(m_app->storeCheck(), Application::StoreCheck::Passed);
    EXPECT_TRUE(m_app->signInScreen()->storeStateText().isEmpty());
    key(QStringLiteral("00"));
    key(QStringLiteral("888888"));
    EXPECT_TRUE(m_app->isSignedIn());
}
