// A self-checkout register: with checkout/selfCheckout set the app signs in the kiosk operator (no PIN,
// audited) and shows the self-checkout screen full screen, not the sign-in; without its operator it
// starts on the sign-in as any register does.
#include "app/application.h"
#include "app/appmodules.h"
#include "app/mainwindow.h"

#include "checkout/checkoutmodule.h"
#include "checkout/ui/selfcheckoutscreen.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"

#include "core/auditlog.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storesettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;

namespace {

class SelfCheckoutAppTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    std::unique_ptr<Application> m_app;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }

    /// A store as `qtillctl init` leaves it, a kiosk operator 80 when `withKiosk`, the register a kiosk.
    void prepareStore(bool withKiosk)
    {
        inventory::InventoryModule inventoryModule;
        members::MembersModule membersModule;
        checkout::CheckoutModule checkoutModule;
        auto services = Services::open({.clock = m_clock,
                                        .path = dbPath(),
                                        .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                        .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
        Services &s = *services.value();
        ASSERT_TRUE(s.operators().bootstrap(Services::firstRunOperators()).ok());
        if (withKiosk) {
            auto owner = s.operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
            ASSERT_TRUE(owner.ok());
            ASSERT_TRUE(s.operators().create(*owner, QStringLiteral("80"), QStringLiteral("自助收银机"), Role::Cashier,
                                             QStringLiteral("24681357")).ok());
        }
        ASSERT_TRUE(checkout::SelfCheckoutScreen::kEnabled.set(s.settings(), true));
    }

    void startApp()
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        const Status started = m_app->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    }
};

} // namespace

TEST_F(SelfCheckoutAppTest, AKioskRegisterOpensTheSelfCheckoutAsItsOperatorWithoutSignIn)
{
    prepareStore(true);
    startApp();
    ASSERT_TRUE(m_app->startSelfCheckout());
    if (m_app->storeCheck() == Application::StoreCheck::Running) {
        QSignalSpy checked(m_app.get(), &Application::storeChecked);
        ASSERT_TRUE(checked.wait(30000));
    }
    auto *kiosk = qobject_cast<checkout::SelfCheckoutScreen *>(m_app->selfCheckoutScreen());
    ASSERT_TRUE(kiosk) << "shown once the store check passed";
    EXPECT_TRUE(kiosk->isVisible());
    EXPECT_TRUE(kiosk->isFullScreen());
    EXPECT_EQ(kiosk->step(), checkout::SelfCheckoutScreen::Step::Welcome);
    EXPECT_FALSE(m_app->mainWindow()->isVisible()) << "no sign-in screen for the shopper";
    ASSERT_TRUE(m_app->isSignedIn());
    EXPECT_EQ(m_app->session().number, QStringLiteral("80"));
    auto entries = m_app->services().auditLog().entries();
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(std::any_of(entries->cbegin(), entries->cend(),
                            [](const AuditEntry &e) { return e.action == QLatin1String("session.selfCheckout"); }));
}

TEST_F(SelfCheckoutAppTest, WithoutItsOperatorTheRegisterStartsOnSignIn)
{
    prepareStore(false);
    startApp();
    EXPECT_FALSE(m_app->startSelfCheckout());
    EXPECT_FALSE(m_app->selfCheckoutScreen());
    EXPECT_FALSE(m_app->isSignedIn());
}
