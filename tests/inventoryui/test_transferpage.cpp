// The Transfers tab of the Stock screen: lines added by scanning (a case barcode adds its pack),
// posting moves stock out of one location and into the other under one document number, the list
// of past transfers, bad input, and the supervisor a cashier needs.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/stockledger.h"
#include "inventory/ui/stockscreen.h"
#include "inventory/ui/transferpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

class TransferPageTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        m_ledger = &inventory().ledger();
        const Catalog &catalog = inventory().catalog();
        m_floor = m_ledger->location(QLatin1String(DemoStore::kFloorCode)).value().id;
        m_back = m_ledger->location(QLatin1String(DemoStore::kBackRoomCode)).value().id;
        m_cola = catalog.productBySku(QStringLiteral("140006")).value();
        m_rice = catalog.productBySku(QStringLiteral("100001")).value();
        openScreen();
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }
    void openScreen()
    {
        m_screen.reset();
        m_screen = std::make_unique<StockScreen>(context());
        show(m_screen.get());
        m_screen->tabs()->setCurrentIndex(1);
        m_page = m_screen->transferPage();
        ASSERT_TRUE(m_page->setLocations(QLatin1String(DemoStore::kBackRoomCode), QLatin1String(DemoStore::kFloorCode)));
    }
    qint64 onHand(const Product &p, LocationId at) const { return m_ledger->onHand(p.id, at).value().milli(); }
    /// Types a code into the scan box and presses Enter, as a scanner does.
    void scan(const QString &code)
    {
        typeInto(m_page->scanBox(), code);
        QTest::keyClick(m_page->scanBox(), Qt::Key_Return);
    }

    StockLedger *m_ledger = nullptr;
    LocationId m_floor;
    LocationId m_back;
    Product m_cola;
    Product m_rice;
    std::unique_ptr<StockScreen> m_screen;
    TransferPage *m_page = nullptr;
};

TEST_F(TransferPageTest, PostingMovesStockOutOfOneLocationAndIntoTheOther)
{
    const qint64 colaBack = onHand(m_cola, m_back), colaFloor = onHand(m_cola, m_floor);
    const qint64 riceBack = onHand(m_rice, m_back), riceFloor = onHand(m_rice, m_floor);

    scan(QStringLiteral("6942019049158"));          // a case of 24 cans
    typeInto(m_page->quantityBox(), QStringLiteral("3"));
    scan(QStringLiteral("100001"));                 // rice by item code, 3 bags
    ASSERT_EQ(m_page->lines().size(), 2);
    EXPECT_EQ(m_page->lines().at(0).quantity, Quantity::units(24));
    EXPECT_EQ(m_page->lines().at(1).quantity, Quantity::units(3));
    EXPECT_EQ(m_page->scanBox()->text(), QString());

    const QString number = m_page->post();
    ASSERT_THAT(number.toStdString(), HasSubstr("TR-R01-"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr(number.toStdString()));
    EXPECT_EQ(onHand(m_cola, m_back), colaBack - 24000);
    EXPECT_EQ(onHand(m_cola, m_floor), colaFloor + 24000);
    EXPECT_EQ(onHand(m_rice, m_back), riceBack - 3000);
    EXPECT_EQ(onHand(m_rice, m_floor), riceFloor + 3000);
    EXPECT_TRUE(m_page->lines().isEmpty());

    // Both sides are in the ledger under the same number, and it still adds up.
    auto history = m_ledger->history(m_cola.id, {}, {}, {}, 2);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->entries.size(), 2);
    EXPECT_EQ(history->entries.at(0).document, number);
    EXPECT_EQ(history->entries.at(1).document, number);
    auto check = m_ledger->verify();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok) << check->problems.join(QLatin1Char('\n')).toStdString();

    // The new transfer tops the list and its lines show.
    EXPECT_EQ(m_page->transfersTable()->item(0, 0)->text(), number);
    ASSERT_EQ(m_page->detailTable()->rowCount(), 2);
    EXPECT_EQ(m_page->detailTable()->item(0, 1)->text(), m_cola.name);
    EXPECT_EQ(m_page->detailTable()->item(0, 2)->text(), QStringLiteral("24"));
}

TEST_F(TransferPageTest, BadQuantitiesAndUnknownCodesAreRefusedWithAMessage)
{
    typeInto(m_page->quantityBox(), QStringLiteral("0"));
    scan(QStringLiteral("6924808758854"));
    EXPECT_TRUE(m_page->lines().isEmpty());
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Enter a quantity greater than zero."));

    typeInto(m_page->quantityBox(), QStringLiteral("-2"));
    scan(QStringLiteral("6924808758854"));
    EXPECT_TRUE(m_page->lines().isEmpty());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Enter a quantity greater than zero."));

    typeInto(m_page->quantityBox(), QStringLiteral("1"));
    scan(QStringLiteral("6900000000001"));
    EXPECT_TRUE(m_page->lines().isEmpty());
    EXPECT_TRUE(context().lastWasError());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("6900000000001"));
    EXPECT_EQ(m_page->scanBox()->text(), QStringLiteral("6900000000001")); // kept, to correct it

    EXPECT_FALSE(m_page->postButton()->isEnabled());
    EXPECT_EQ(m_page->post(), QString());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Add at least one product to transfer."));

    // Same location on both sides.
    scan(QStringLiteral("6924808758854"));
    ASSERT_TRUE(m_page->setLocations(QLatin1String(DemoStore::kFloorCode), QLatin1String(DemoStore::kFloorCode)));
    const qint64 floor = onHand(m_cola, m_floor);
    EXPECT_EQ(m_page->post(), QString());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Choose two different locations to transfer between."));
    EXPECT_EQ(onHand(m_cola, m_floor), floor);
}

TEST_F(TransferPageTest, ACashierNeedsASupervisorToPostATransfer)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    const qint64 back = onHand(m_cola, m_back);
    scan(QStringLiteral("6924808758854"));
    ASSERT_EQ(m_page->lines().size(), 1);
    EXPECT_EQ(m_page->post(), QString());
    EXPECT_EQ(onHand(m_cola, m_back), back);
    EXPECT_EQ(m_page->lines().size(), 1); // kept for the supervisor

    context().supervisor = SupervisorCredentials{QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    const QString number = m_page->post();
    EXPECT_FALSE(number.isEmpty());
    EXPECT_EQ(onHand(m_cola, m_back), back - 1000);
}

} // namespace
