// What the customer sees while the till sells: the ticket on the second-screen customer display (its
// CustomerDisplayModel) after each scan, the payment, "Thank you" with the change, the promotions
// after it — and a pole display gets the same calls in two lines. A display fault stops nothing.
#include "salecontext.h"

#include "../checkout/checkoutfixture.h"

#include "checkout/ui/customerdisplayfeed.h"
#include "checkout/ui/paymentpanel.h"
#include "checkout/ui/salescreen.h"
#include "checkout/ui/tillscreen.h"

#include "core/storesettings.h"

#include "hal/display/customerdisplaymodel.h"
#include "hal/sim/simcustomerdisplay.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QImage>
#include <QLineEdit>

using namespace qtill;
using namespace qtill::checkout;
using Mode = hal::CustomerDisplayModel::Mode;

namespace {

const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50
const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90

class CustomerDisplayFeedTest : public ::testing::Test, public qtill::checkout::test::CheckoutFixture
{
protected:
    std::unique_ptr<qtill::checkout::test::SaleContext> context;
    hal::SimCustomerDisplay *screen = nullptr;   // a second screen (lines 0): its model is what the window shows
    hal::SimCustomerDisplay *pole = nullptr;     // a two-line pole display
    std::unique_ptr<TillScreen> till;
    QList<CommittedSale> booked;

    void SetUp() override
    {
        ASSERT_TRUE(services);
        context = std::make_unique<qtill::checkout::test::SaleContext>(*services);
        context->session_ = cashier;
        screen = addDisplay(QStringLiteral("screen"), 0);
        pole = addDisplay(QStringLiteral("pole"), 2);
        till = std::make_unique<TillScreen>(*context);
        QObject::connect(till->paymentPanel(), &PaymentPanel::paid, [this](const CommittedSale &sale) { booked << sale; });
        till->resize(1280, 800);
        till->show();
        QApplication::setActiveWindow(till.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(till.get()));
    }
    void TearDown() override
    {
        till.reset();
        context.reset();
    }
    hal::SimCustomerDisplay *addDisplay(const QString &id, int lines)
    {
        auto owned = std::make_unique<hal::SimCustomerDisplay>(hal::DeviceInfo{
            id, hal::DeviceCategory::CustomerDisplay, id, QStringLiteral("sim"), {{QStringLiteral("lines"), lines}}});
        auto *display = owned.get();
        hal::DeviceManager &manager = context->testDevices.manager();
        EXPECT_TRUE(manager.add(std::move(owned)));
        EXPECT_TRUE(manager.start(display, QStringLiteral("test")));
        return display;
    }
    hal::CustomerDisplayModel &model() { return *screen->model(); }
    /// Scans `code` and waits for the display's one update of that event-loop turn.
    void scanAndWait(const QString &code)
    {
        QSignalSpy changed(&model(), &hal::CustomerDisplayModel::changed);
        Q_EMIT context->testDevices.scanned(code, QStringLiteral("scanner"));
        ASSERT_TRUE(changed.wait(2000)) << "the display follows the ticket";
    }
    QStringList shownLines()
    {
        QStringList lines;
        for (const hal::DisplayLine &line : model().cart().lines)
            lines << line.name + QLatin1Char(' ') + line.quantity + QLatin1Char(' ') + line.amount;
        return lines;
    }
};

} // namespace

TEST_F(CustomerDisplayFeedTest, TwoItemsAndCashTheCustomerSeesEveryStep)
{
    scanAndWait(kCola);
    EXPECT_EQ(model().mode(), Mode::Cart);
    EXPECT_EQ(shownLines(), QStringList{QStringLiteral("可乐 330ml ×1 ¥3.50")});
    EXPECT_EQ(model().cart().total, QStringLiteral("¥3.50"));
    EXPECT_TRUE(pole->last().line1.contains(QStringLiteral("可乐"))) << pole->last().line1.toStdString();

    scanAndWait(kRice);
    EXPECT_EQ(shownLines(), (QStringList{QStringLiteral("可乐 330ml ×1 ¥3.50"), QStringLiteral("东北大米 5kg ×1 ¥39.90")}));
    EXPECT_EQ(model().cart().total, QStringLiteral("¥43.40"));
    EXPECT_TRUE(model().cart().discount.isEmpty());
    EXPECT_TRUE(pole->last().line1.contains(QStringLiteral("东北大米"))) << "a pole display shows the last item";
    EXPECT_TRUE(pole->last().line2.contains(QStringLiteral("43.40"))) << pole->last().line2.toStdString();

    QTest::keyClick(till->saleScreen()->entry(), Qt::Key_F12);   // Pay
    EXPECT_EQ(model().mode(), Mode::Payment);
    EXPECT_EQ(model().total(), QStringLiteral("¥43.40"));
    EXPECT_EQ(model().paid(), QStringLiteral("¥0.00"));

    for (QChar c : QStringLiteral("5000"))   // ¥50.00 in cash
        QTest::keyClick(till->paymentPanel(), c.toLatin1());
    QTest::keyClick(till->paymentPanel(), Qt::Key_Return);
    ASSERT_EQ(booked.size(), 1) << till->paymentPanel()->statusText().toStdString();
    EXPECT_EQ(model().mode(), Mode::Message);
    EXPECT_EQ(model().line1(), QStringLiteral("Thank you"));
    EXPECT_EQ(model().line2(), QStringLiteral("Change ¥6.60"));
    EXPECT_EQ(pole->last().line1.trimmed(), QStringLiteral("Thank you"));

    // The next ticket starts empty: "Thank you" stays its time, then the promotions.
    QTest::qWait(0);
    QCoreApplication::processEvents();
    EXPECT_EQ(model().mode(), Mode::Message) << "the empty new ticket does not wipe the thanks";
    CustomerDisplayFeed *feed = till->customerDisplayFeed();
    EXPECT_TRUE(feed->isThanking());
    feed->showIdle();   // what the thank-you timer does
    EXPECT_EQ(model().mode(), Mode::Idle);

    scanAndWait(kCola);   // the next customer
    EXPECT_EQ(model().mode(), Mode::Cart);
    EXPECT_EQ(shownLines(), QStringList{QStringLiteral("可乐 330ml ×1 ¥3.50")});
}

TEST_F(CustomerDisplayFeedTest, AScannerBurstIsOneUpdate)
{
    QSignalSpy changed(&model(), &hal::CustomerDisplayModel::changed);
    for (int i = 0; i < 5; ++i)
        Q_EMIT context->testDevices.scanned(kCola, QStringLiteral("scanner"));
    ASSERT_TRUE(changed.wait(2000));
    QCoreApplication::processEvents();
    EXPECT_EQ(changed.count(), 1) << "coalesced to one update per event-loop turn";
    EXPECT_EQ(shownLines(), QStringList{QStringLiteral("可乐 330ml ×5 ¥17.50")});
}

TEST_F(CustomerDisplayFeedTest, PromotionImagesFromTheSettingShowBetweenSales)
{
    QTemporaryDir folder;
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    ASSERT_TRUE(image.save(folder.filePath(QStringLiteral("a.png"))));
    ASSERT_TRUE(CustomerDisplayFeed::kPromotionImages.set(services->settings(), folder.path()));
    till->customerDisplayFeed()->showIdle();
    EXPECT_EQ(model().mode(), Mode::Idle);
    EXPECT_EQ(model().promotions(), QStringList{folder.filePath(QStringLiteral("a.png"))});
}

TEST_F(CustomerDisplayFeedTest, ADisplayThatIsDownIsSkippedAndTheSaleGoesOn)
{
    context->testDevices.manager().close(screen);
    Q_EMIT context->testDevices.scanned(kCola, QStringLiteral("scanner"));
    QCoreApplication::processEvents();
    QTest::keyClick(till->saleScreen()->entry(), Qt::Key_F12);
    QTest::keyClick(till->paymentPanel(), Qt::Key_Return);
    ASSERT_EQ(booked.size(), 1) << till->paymentPanel()->statusText().toStdString();
    EXPECT_EQ(model().mode(), Mode::Idle) << "a closed display was not fed";
    EXPECT_EQ(pole->last().line1.trimmed(), QStringLiteral("Thank you")) << "the other display still was";
}
