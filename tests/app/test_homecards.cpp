// The home screen: the counter's tiles first and honest about the till (a cashier lands on the till when a
// module offers one); the module cards: the manager sees the stock alerts of the demo supermarket (how many
// products are below safety stock, the emptiest ones, a way to order them); a cashier does not.
#include "app/application.h"
#include "app/homemodule.h"
#include "app/appmodules.h"
#include "app/appshellcontext.h"
#include "app/mainwindow.h"
#include "app/signinscreen.h"
#include "app/workspace.h"
#include "checkout/ui/checkoutuimodule.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "inventory/ui/lowstockcard.h"
#include "shell/numerickeypad.h"
#include "shell/uimodule.h"

#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;
using ::testing::HasSubstr;

namespace {

class HomeCardsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        inventory::InventoryModule module;
        auto services = Services::open({.clock = m_clock,
                                        .path = dbPath(),
                                        .modules = {&module},
                                        .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
        ASSERT_TRUE(services.value()->operators().bootstrap(Services::firstRunOperators()).ok());
        auto owner = services.value()->operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
        ASSERT_TRUE(owner.ok());
        ASSERT_TRUE(inventory::DemoStore::populate(*services.value(), *owner).ok());
        // The products below safety stock, counted here without the ledger's code.
        auto low = services.value()->store().exec(QStringLiteral(
            "SELECT COUNT(*) FROM products p WHERE p.status = 'listed' AND p.safety_stock_milli >"
            " COALESCE((SELECT SUM(qty_milli) FROM stock_movements m WHERE m.product_id = p.id), 0)"));
        ASSERT_TRUE(low.ok() && low->next());
        m_expectedLow = low->value(0).toInt();
    }
    void TearDown() override { m_app.reset(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }

    void startAndSignIn(const QString &number, const QString &pin, std::unique_ptr<shell::UiModule> extra = {})
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        if (extra)
            m_app->addUiModule(std::move(extra));
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
        for (const QString &digits : {number, pin}) {
            for (const QChar c : digits)
                QTest::mouseClick(m_app->signInScreen()->keypad()->button(QString(c)), Qt::LeftButton);
            QTest::mouseClick(m_app->signInScreen()->keypad()->button(QStringLiteral("ok")), Qt::LeftButton);
        }
        ASSERT_TRUE(m_app->isSignedIn());
    }

    template <class T>
    T *find(const char *name) const
    {
        return m_app->mainWindow()->findChild<T *>(QLatin1String(name));
    }
    /// The top of a widget in the main window's coordinates (the home tiles' order on screen).
    int topOf(const QWidget *widget) const { return widget->mapTo(m_app->mainWindow(), QPoint(0, 0)).y(); }

    inventory::LowStockCard *card() const
    {
        return m_app->mainWindow()->findChild<inventory::LowStockCard *>(QStringLiteral("homeCard_lowStock"));
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Application> m_app;
    int m_expectedLow = 0;
};

} // namespace

TEST_F(HomeCardsTest, TheOwnerSeesTheProductsBelowSafetyStockAndCanGoOrderThem)
{
    startAndSignIn(QStringLiteral("00"), QStringLiteral("888888"));
    ASSERT_GT(m_expectedLow, 5) << "the demo store has low-stock items";
    inventory::LowStockCard *alerts = card();
    ASSERT_NE(alerts, nullptr);
    EXPECT_TRUE(alerts->isVisible());
    EXPECT_EQ(alerts->lowCount(), m_expectedLow);
    auto *summary = alerts->findChild<QLabel *>(QStringLiteral("lowStockSummary"));
    EXPECT_EQ(summary->text(), QStringLiteral("%1 product(s) below safety stock").arg(m_expectedLow));
    EXPECT_EQ(alerts->findChild<QLabel *>(QStringLiteral("lowStockList"))->text().count(QStringLiteral("<tr>")),
              inventory::LowStockCard::kShown);
    auto *open = alerts->findChild<QPushButton *>(QStringLiteral("lowStockOpen"));
    ASSERT_TRUE(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_TRUE(m_app->workspace()->currentScreenId().startsWith(QLatin1String("inventory.")))
        << m_app->workspace()->currentScreenId().toStdString();
}

TEST_F(HomeCardsTest, ACashierDoesNotGetTheManagersAlerts)
{
    startAndSignIn(QStringLiteral("01"), QStringLiteral("0000"));
    EXPECT_EQ(card(), nullptr);
}

namespace {

/// Where a tile sits on screen, top to bottom then left to right.
std::pair<int, int> placeOf(QWidget *tile, QWidget *window)
{
    const QPoint at = tile->mapTo(window, QPoint(0, 0));
    return {at.y(), at.x()};
}

} // namespace

TEST_F(HomeCardsTest, ACashierLandsOnTheTillAndHomeShowsTheCounterFirst)
{
    startAndSignIn(QStringLiteral("01"), QStringLiteral("0000"));
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QLatin1String(checkout::CheckoutUiModule::kSaleId));
    ASSERT_TRUE(m_app->workspace()->openScreen(HomeModule::kScreenId));
    QCoreApplication::processEvents(); // the home screen's layout, requested when it was shown
    EXPECT_EQ(find<QLabel>("noTillNotice"), nullptr) << "no notice once a till is there";

    auto *counter = find<QLabel>("counterHeading");
    auto *backOffice = find<QLabel>("backOfficeHeading");
    auto *till = find<QToolButton>("tile_checkout.sale");
    auto *products = find<QToolButton>("tile_inventory.products");
    auto *stock = find<QToolButton>("tile_inventory.stock");
    ASSERT_TRUE(counter && backOffice && till && products && stock);
    EXPECT_EQ(counter->text(), QStringLiteral("At the counter"));
    // On screen: the counter's heading, its tiles (the till first), then the back office's heading and tiles.
    EXPECT_LT(topOf(counter), topOf(till));
    EXPECT_LT(placeOf(till, m_app->mainWindow()), placeOf(products, m_app->mainWindow()));
    EXPECT_LT(topOf(products), topOf(backOffice));
    EXPECT_LT(topOf(backOffice), topOf(stock));
}

TEST_F(HomeCardsTest, TheOwnerLandsOnHomeWhereTheTillIsTheFirstCounterTile)
{
    startAndSignIn(QStringLiteral("00"), QStringLiteral("888888"));
    EXPECT_EQ(m_app->workspace()->currentScreenId(), HomeModule::kScreenId);
    EXPECT_EQ(find<QLabel>("noTillNotice"), nullptr);
    auto *till = find<QToolButton>("tile_checkout.sale");
    auto *sales = find<QToolButton>("tile_checkout.sales");
    auto *products = find<QToolButton>("tile_inventory.products");
    ASSERT_TRUE(till && sales && products);
    EXPECT_LT(placeOf(till, m_app->mainWindow()), placeOf(sales, m_app->mainWindow()));
    EXPECT_LT(placeOf(till, m_app->mainWindow()), placeOf(products, m_app->mainWindow()));
}
