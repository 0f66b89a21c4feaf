// The Stocktake screen on the demo supermarket: starting a count, scan-to-count (case barcodes,
// typed quantities, two people counting), the variance report in quantity and value, approval
// booking stocktake adjustments that keep the ledger adding up, bad input, and overrides.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/stockledger.h"
#include "inventory/stocktakeservice.h"
#include "inventory/ui/stocktakescreen.h"

#include "shell/formdialog.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLocale>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

constexpr int kSkuColumn = 0;
constexpr int kCountedColumn = 3;
constexpr int kVarianceColumn = 4;
constexpr int kValueColumn = 5;

class StocktakeScreenTest : public test::AdminFixture
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
        m_cola = catalog.productBySku(QStringLiteral("140006")).value();   // 44 cans at ¥2.62
        m_cola2l = catalog.productBySku(QStringLiteral("140007")).value(); // cost ¥4.87
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
        m_screen = std::make_unique<StocktakeScreen>(context());
        show(m_screen.get());
    }
    /// Starts a count of the drinks (category 14) on the shop floor through the dialog.
    void startDrinksCount()
    {
        shell::FormDialog *dialog = m_screen->openStartDialog();
        ASSERT_NE(dialog, nullptr);
        auto *location = dialog->findChild<QComboBox *>(QStringLiteral("startLocation"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("startCategory"));
        location->setCurrentIndex(location->findData(QLatin1String(DemoStore::kFloorCode)));
        category->setCurrentIndex(category->findData(QStringLiteral("14")));
        ASSERT_GE(category->currentIndex(), 1);
        dialog->submit();
        ASSERT_EQ(dialog->errorText(), QString());
        ASSERT_TRUE(m_screen->selectedStocktake().isValid());
    }
    void scan(const QString &code, const QString &qty = QStringLiteral("1"))
    {
        typeInto(m_screen->quantityBox(), qty);
        typeInto(m_screen->scanBox(), code);
        QTest::keyClick(m_screen->scanBox(), Qt::Key_Return);
    }
    int rowOf(const QString &sku) const
    {
        for (int row = 0; row < m_screen->varianceTable()->rowCount(); ++row) {
            if (m_screen->varianceTable()->item(row, kSkuColumn)->text() == sku)
                return row;
        }
        return -1;
    }
    const StocktakeLine *line(ProductId product) const
    {
        for (const StocktakeLine &l : m_screen->report().lines) {
            if (l.product == product)
                return &l;
        }
        return nullptr;
    }
    qint64 onHand(const Product &p) const { return m_ledger->onHand(p.id, m_floor).value().milli(); }

    StockLedger *m_ledger = nullptr;
    LocationId m_floor;
    Product m_cola;
    Product m_cola2l;
    std::unique_ptr<StocktakeScreen> m_screen;
};

TEST_F(StocktakeScreenTest, StartingACountListsItAsCounting)
{
    startDrinksCount();
    EXPECT_EQ(m_screen->sessionsTable()->rowCount(), 1);
    EXPECT_EQ(m_screen->sessionsTable()->item(0, 2)->text(), QStringLiteral("Counting"));
    EXPECT_THAT(m_screen->titleText().toStdString(), HasSubstr("卖场 · 饮料"));
    EXPECT_TRUE(m_screen->scanBox()->isVisibleTo(m_screen.get()));
    EXPECT_GT(m_screen->varianceTable()->rowCount(), 5); // the frozen drinks on the floor
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("started"));
}

TEST_F(StocktakeScreenTest, ScansCountAndTheVarianceIsRightInQuantityAndValue)
{
    startDrinksCount();
    const QLocale locale;
    // Cola 330ml (44 on the books): a case (24) + 3 single scans + 5 typed = 32 → −12 × ¥2.62 = −¥31.44.
    scan(QStringLiteral("6942019049158"));
    for (int i = 0; i < 3; ++i)
        scan(QStringLiteral("6924808758854"));
    scan(QStringLiteral("6924808758854"), QStringLiteral("5"));
    EXPECT_THAT(m_screen->lastCountText().toStdString(), HasSubstr("counted 32 罐 in all, expected 44"));
    // A second person counts 2 Cola 2L bottoms on another shelf, the first counts 60 of them.
    const qint64 cola2lBook = onHand(m_cola2l);
    scan(QStringLiteral("140007"), QString::number(cola2lBook / 1000 + 1));
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    scan(QStringLiteral("6942019833986"), QStringLiteral("2"));

    const StocktakeLine *cola = line(m_cola.id);
    ASSERT_NE(cola, nullptr);
    EXPECT_EQ(cola->countedQty, Quantity::units(32));
    EXPECT_EQ(cola->variance, Quantity::units(-12));
    EXPECT_EQ(cola->varianceValue, Money::fromMinor(-3144, Currency::cny()));
    const StocktakeLine *cola2l = line(m_cola2l.id);
    ASSERT_NE(cola2l, nullptr);
    EXPECT_EQ(cola2l->counters, 2);
    EXPECT_EQ(cola2l->variance, Quantity::units(3));
    EXPECT_EQ(cola2l->varianceValue, Money::fromMinor(3 * 487, Currency::cny()));

    // What the table shows, largest difference by value first.
    const QTableWidget *table = m_screen->varianceTable();
    ASSERT_EQ(rowOf(m_cola.sku), 0);
    EXPECT_EQ(table->item(0, kCountedColumn)->text(), QStringLiteral("32"));
    EXPECT_EQ(table->item(0, kVarianceColumn)->text(), QStringLiteral("\u221212"));
    EXPECT_EQ(table->item(0, kValueColumn)->text(), Money::fromMinor(-3144, Currency::cny()).format(locale));
    EXPECT_EQ(rowOf(m_cola2l.sku), 1);
    EXPECT_EQ(table->item(1, kValueColumn)->text(), Money::fromMinor(1461, Currency::cny()).format(locale));
    EXPECT_EQ(table->item(2, kCountedColumn)->text(), QStringLiteral("not counted"));
    EXPECT_THAT(m_screen->totalsText().toStdString(), HasSubstr(Money::fromMinor(-3144 + 1461, Currency::cny()).format(locale).toStdString()));
}

TEST_F(StocktakeScreenTest, ApprovalBooksStocktakeAdjustmentsAndTheLedgerStillAddsUp)
{
    startDrinksCount();
    scan(QStringLiteral("6924808758854"), QStringLiteral("40"));
    const StocktakeId id = m_screen->selectedStocktake();
    const QString number = m_screen->report().stocktake.number;
    const qint64 cola2l = onHand(m_cola2l);

    ASSERT_TRUE(m_screen->approve());
    EXPECT_FALSE(context().lastWasError());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("approved: 1 stock adjustment(s) booked"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("Stock check: every counted product's figure equals the sum of its movements."));
    EXPECT_EQ(onHand(m_cola), 40000);
    EXPECT_EQ(onHand(m_cola2l), cola2l); // not counted: unchanged
    auto history = m_ledger->history(m_cola.id, m_floor, {}, {}, 1);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->entries.constFirst().reason, StockReason::kCount);
    EXPECT_EQ(StockReason::displayName(history->entries.constFirst().reason), QStringLiteral("Stocktake adjustment"));
    EXPECT_EQ(history->entries.constFirst().document, number);
    EXPECT_EQ(history->entries.constFirst().quantity, Quantity::units(-4));
    auto check = m_ledger->verify();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok);

    EXPECT_EQ(m_screen->selectedStocktake(), id);
    EXPECT_EQ(m_screen->sessionsTable()->item(0, 2)->text(), QStringLiteral("Approved"));
    EXPECT_FALSE(m_screen->scanBox()->isVisibleTo(m_screen.get()));
    EXPECT_FALSE(m_screen->approveButton()->isVisibleTo(m_screen.get()));
}

TEST_F(StocktakeScreenTest, BadInputIsRefusedWithAMessageAndCountsNothing)
{
    startDrinksCount();
    StocktakeService &service = inventory().stocktakes();
    const StocktakeId id = m_screen->selectedStocktake();

    scan(QStringLiteral("6900000000001"));
    EXPECT_TRUE(context().lastWasError());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("6900000000001"));
    scan(QStringLiteral("6924808758854"), QStringLiteral("0"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Count at least one."));
    // Taking back more than one counted is refused by the domain.
    scan(QStringLiteral("6924808758854"), QStringLiteral("-1"));
    EXPECT_TRUE(context().lastWasError());
    // A product outside the category being counted.
    scan(QStringLiteral("100001"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("not in 饮料"));
    EXPECT_TRUE(service.counts(id).value().isEmpty());
}

TEST_F(StocktakeScreenTest, ACashierCountsButNeedsAManagerToApprove)
{
    startDrinksCount();
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    m_screen->prepareScreenshot(); // selects the open count
    ASSERT_TRUE(m_screen->selectedStocktake().isValid());
    scan(QStringLiteral("6924808758854"), QStringLiteral("40"));
    EXPECT_FALSE(context().lastWasError());
    EXPECT_FALSE(m_screen->approve());
    EXPECT_EQ(onHand(m_cola), 44000);
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    EXPECT_TRUE(m_screen->approve());
    EXPECT_EQ(onHand(m_cola), 40000);
}

TEST_F(StocktakeScreenTest, TheScreenshotOfAStoreWithoutCountsShowsARealReport)
{
    m_screen->prepareScreenshot();
    ASSERT_TRUE(m_screen->selectedStocktake().isValid());
    EXPECT_EQ(m_screen->report().linesCounted, 4);
    EXPECT_GE(m_screen->report().linesWithVariance, 2);
    EXPECT_THAT(m_screen->titleText().toStdString(), HasSubstr("Counting"));
}

} // namespace
