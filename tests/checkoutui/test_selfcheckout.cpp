// Self-checkout on the demo supermarket (SQLite, or PostgreSQL with QTILL_TEST_ENGINE): the shopper's
// walk-through — Start, three scans, face pay on the simulated terminal, the receipt decoded from the
// simulated ESC/POS printer, back to the welcome — and the attendant's PIN for removing a line, for
// beer and for cancelling, the inactivity timeout with an unpaid ticket (discarded, no sale) and
// during a payment (the sale is not lost), and a declined card (still on the pay step, one line).
#include "salecontext.h"

#include "../checkout/checkoutfixture.h"

#include "checkout/cartstore.h"
#include "checkout/checkoutmodule.h"
#include "checkout/printqueue.h"
#include "checkout/printspooler.h"
#include "checkout/ui/selfcheckoutscreen.h"

#include "core/store.h"
#include "core/storesettings.h"

#include "hal/escpos/escposprinter.h"
#include "hal/sim/simtransport.h"

#include "escposdecoder.h"
#include "waituntil.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace qtill;
using namespace qtill::checkout;
using Step = SelfCheckoutScreen::Step;

namespace {

const QString kCola = QStringLiteral("6924808758854");    // 可乐 330ml ¥3.50
const QString kRice = QStringLiteral("6905234787793");    // 东北大米 5kg ¥39.90
const QString kChips = QStringLiteral("6925582682175");   // 原味薯片 104g ¥8.90
const QString kBeer = QStringLiteral("6925959199220");    // 啤酒 500ml ¥5.50, category 15 (alcohol)
const QString kBananas = QStringLiteral("1002");          // 香蕉 ¥6.98/kg, weighed

class SelfCheckoutTest : public ::testing::Test, public qtill::checkout::test::CheckoutFixture
{
protected:
    std::shared_ptr<hal::SimPrinterState> paper = std::make_shared<hal::SimPrinterState>();
    hal::EscPosPrinter *printer = nullptr;
    std::unique_ptr<PrintSpooler> spooler;
    std::unique_ptr<qtill::checkout::test::SaleContext> context;
    std::unique_ptr<SelfCheckoutScreen> kiosk;

    void SetUp() override
    {
        ASSERT_TRUE(services);
        attachTerminal();
        hal::PrinterSettings fast;
        fast.retryIntervalMs = 40;
        fast.statusIntervalMs = 40;
        fast.statusTimeoutMs = 100;
        auto owned = std::make_unique<hal::EscPosPrinter>(
            hal::DeviceInfo{QStringLiteral("printer"), hal::DeviceCategory::ReceiptPrinter, QStringLiteral("Printer"),
                            QStringLiteral("sim"), {}},
            hal::PaperProfile::mm80(), [state = paper] { return std::make_unique<hal::SimTransport>(state); }, fast);
        printer = owned.get();
        ASSERT_TRUE(devices.add(std::move(owned)));
        ASSERT_TRUE(devices.start(printer, QStringLiteral("checkout")));
        spooler = std::make_unique<PrintSpooler>(checkout().printQueue(), printer);
        spooler->setRetryInterval(50);
        ASSERT_TRUE(spooler->start().ok());
        checkout().printQueue().setQueuedListener([this] { spooler->wake(); });

        context = std::make_unique<qtill::checkout::test::SaleContext>(*services);
        context->session_ = cashier;   // the kiosk sells as a cashier-role operator: no attendant rights
        kiosk = std::make_unique<SelfCheckoutScreen>(*context);
        kiosk->resize(1280, 800);
        kiosk->show();
        QApplication::setActiveWindow(kiosk.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(kiosk.get()));
    }
    void TearDown() override
    {
        checkout().printQueue().setQueuedListener({});
        kiosk.reset();
        context.reset();
        spooler.reset();
    }

    void scan(const QString &code) { Q_EMIT context->testDevices.scanned(code, QStringLiteral("scanner")); }
    void weigh(qint64 grams)
    {
        Q_EMIT context->testDevices.weighed(hal::WeightReading{grams * 1000, 0, true, false, false});
    }
    void click(const char *id)
    {
        QPushButton *b = kiosk->button(QLatin1String(id));
        ASSERT_TRUE(b) << id;
        ASSERT_TRUE(b->isVisible() && b->isEnabled()) << id;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    /// Lets the simulated terminal answer (its scheduler is manual) until `done`; no wall-clock waits.
    bool until(const std::function<bool()> &done, int rounds = 40)
    {
        for (int i = 0; i < rounds && !done(); ++i) {
            scheduler.advance(1000);
            QCoreApplication::processEvents();
        }
        return done();
    }
    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QStringList printed()
    {
        QStringList receipts;
        for (const QByteArray &job : paper->jobs()) {
            const hal::test::EscPosDecoding decoded = hal::test::EscPosDecoder::decode(job);
            EXPECT_TRUE(decoded.ok()) << decoded.error.toStdString();
            receipts << decoded.printedLines().join(QLatin1Char('\n'));
        }
        return receipts;
    }
    int savedLines()
    {
        QCoreApplication::processEvents();   // the ticket is saved once per event-loop turn
        auto open = checkout().carts().open();
        EXPECT_TRUE(open.ok());
        return open.ok() && open->has_value() ? int((*open)->cart.lines().size()) : 0;
    }
    /// Cola and `grams` of bananas: ¥3.50 + the bananas' price (the simulator's outcome is in the fen).
    void colaAndBananas(qint64 grams)
    {
        click("start");
        weigh(grams);
        scan(kCola);
        scan(kBananas);
        ASSERT_EQ(kiosk->cart().lines().size(), 2) << kiosk->statusText().toStdString();
    }
};

} // namespace

TEST_F(SelfCheckoutTest, WalkThroughStartScanThreeItemsPayByFaceReceiptAndBackToWelcome)
{
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    EXPECT_TRUE(kiosk->button(QStringLiteral("attendant"))->isVisible()) << "Call attendant is always there";
    click("start");
    EXPECT_EQ(kiosk->step(), Step::Scanning);
    scan(kCola);
    scan(kRice);
    scan(kChips);
    ASSERT_EQ(kiosk->ticketList()->rowCount(), 3) << kiosk->statusText().toStdString();
    EXPECT_TRUE(kiosk->ticketList()->item(1, 0)->text().contains(QStringLiteral("东北大米 5kg")));
    EXPECT_EQ(kiosk->totalText(), QStringLiteral("Total ¥52.30"));
    EXPECT_EQ(savedLines(), 3) << "the ticket is saved as it changes, as at the till";

    click("pay");
    EXPECT_EQ(kiosk->step(), Step::Choosing);
    EXPECT_FALSE(kiosk->button(QStringLiteral("cash"))) << "no cash at the self-checkout";
    click("face");
    EXPECT_EQ(kiosk->step(), Step::Waiting);
    EXPECT_EQ(kiosk->waitingPrompt(), QStringLiteral("Look at the camera"));
    ASSERT_TRUE(until([&] { return kiosk->step() == Step::Done; })) << kiosk->statusText().toStdString();

    ASSERT_TRUE(kiosk->lastSale());
    const CommittedSale sale = *kiosk->lastSale();
    EXPECT_EQ(sale.total, yuan(52.30));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'face' AND amount = 5230")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_lines")), 3);
    ASSERT_TRUE(hal::test::waitUntil([&] { return paper->jobs().size() == 1; })) << "the receipt prints";
    const QString receipt = printed().first();
    EXPECT_TRUE(receipt.contains(sale.receiptNumber)) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("52.30"))) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("原味薯片"))) << receipt.toStdString();

    click("done");
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    EXPECT_TRUE(kiosk->cart().isEmpty());
    EXPECT_EQ(savedLines(), 0) << "the paid ticket does not come back";
}

TEST_F(SelfCheckoutTest, RemovingALineNeedsTheAttendantsPinAndAWrongPinIsRefused)
{
    click("start");
    scan(kCola);
    scan(kRice);
    kiosk->ticketList()->selectRow(0);
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("000000")};
    click("remove");
    EXPECT_EQ(kiosk->cart().lines().size(), 2) << "a wrong PIN removes nothing";
    EXPECT_TRUE(kiosk->statusIsError());
    EXPECT_TRUE(kiosk->isAttendantCalled()) << "the attendant is called and the banner stays";
    ASSERT_FALSE(context->authorizeRequests.isEmpty());
    EXPECT_TRUE(context->authorizeRequests.last().startsWith(CheckoutPermissions::kAttendant));

    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    click("remove");
    ASSERT_EQ(kiosk->cart().lines().size(), 1);
    EXPECT_EQ(kiosk->cart().lines().first().name, QStringLiteral("东北大米 5kg"));
    EXPECT_FALSE(kiosk->isAttendantCalled()) << "the attendant's unlock ends the called state";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.removeLine'")), 1);
}

TEST_F(SelfCheckoutTest, CallAttendantStaysCalledUntilAnAttendantUnlocks)
{
    click("start");
    click("attendant");
    EXPECT_TRUE(kiosk->isAttendantCalled());
    EXPECT_TRUE(kiosk->findChild<QLabel *>(QStringLiteral("attendantBanner"))->isVisible());
    click("attendant");   // "Attendant: unlock", no PIN given
    EXPECT_TRUE(kiosk->isAttendantCalled()) << "still called: nobody unlocked";
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    click("attendant");
    EXPECT_FALSE(kiosk->isAttendantCalled());
    EXPECT_FALSE(kiosk->findChild<QLabel *>(QStringLiteral("attendantBanner"))->isVisible());
}

TEST_F(SelfCheckoutTest, BeerAndAWeighedItemWithoutASteadyWeightWaitForTheAttendant)
{
    click("start");
    scan(kBeer);   // no attendant at hand (the override dialog is cancelled)
    EXPECT_TRUE(kiosk->cart().isEmpty()) << "age-restricted goods wait for the attendant";
    EXPECT_TRUE(kiosk->isAttendantCalled());
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    scan(kBeer);
    ASSERT_EQ(kiosk->cart().lines().size(), 1);

    context->supervisor.reset();
    scan(kBananas);   // no steady weight on the scale
    EXPECT_EQ(kiosk->cart().lines().size(), 1);
    EXPECT_TRUE(kiosk->statusIsError());
    weigh(500);
    scan(kBananas);   // on the scale now: no attendant needed
    ASSERT_EQ(kiosk->cart().lines().size(), 2) << kiosk->statusText().toStdString();
}

TEST_F(SelfCheckoutTest, CancellingThePurchaseNeedsTheAttendantAndDiscardsTheTicket)
{
    click("start");
    scan(kCola);
    EXPECT_EQ(savedLines(), 1);
    click("cancel");
    EXPECT_EQ(kiosk->step(), Step::Scanning) << "no attendant: nothing is cancelled";
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    click("cancel");
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    EXPECT_EQ(savedLines(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.discard'")), 1);
}

TEST_F(SelfCheckoutTest, TimeoutWithAnUnpaidTicketDiscardsItAndLeavesNoSale)
{
    click("start");
    scan(kCola);
    scan(kChips);
    EXPECT_EQ(savedLines(), 2);
    click("pay");
    kiosk->inactivityTimeout();   // what the timer does after kTimeoutSeconds without a touch
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    EXPECT_TRUE(kiosk->cart().isEmpty());
    EXPECT_EQ(savedLines(), 0) << "the unpaid ticket is not parked";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.discard'")), 1)
        << "journalled like the till's void of an open ticket";
}

TEST_F(SelfCheckoutTest, TimeoutDuringAPaymentWaitsAndTheApprovedSaleIsBooked)
{
    colaAndBananas(82);   // ¥3.50 + ¥0.57 = ¥4.07: the terminal answers Pending, then approves
    const QString uuid = kiosk->saleUuid();
    click("pay");
    click("face");
    ASSERT_TRUE(until([&] {
        auto intents = payments().ofSale(uuid);
        return intents.ok() && !intents->isEmpty() && intents->first().state == IntentState::kPending;
    }, 1));
    kiosk->inactivityTimeout();
    EXPECT_EQ(kiosk->step(), Step::Waiting) << "a running payment is never walked away from";
    EXPECT_EQ(kiosk->cart().lines().size(), 2);

    ASSERT_TRUE(until([&] { return kiosk->step() == Step::Done; })) << kiosk->statusText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales WHERE total = 407")), 1);
    EXPECT_EQ(terminal->timesCharged(payments().ofSale(uuid).value().first().uuid), 1);
    kiosk->inactivityTimeout();
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    EXPECT_EQ(payments().ofSale(uuid).value().first().state, IntentState::kApproved) << "nothing was reversed";
}

TEST_F(SelfCheckoutTest, AnApprovedPaymentTheScreenDidNotStartIsBookedByTheTimeout)
{
    colaAndBananas(82);
    const QString uuid = kiosk->saleUuid();
    click("pay");
    // A payment for this ticket approved behind the screen's back (started before a restart, say):
    // the screen is still on the methods when the approval arrives.
    auto started = payments().start(cashier, uuid, TenderType::kFace, yuan(4.07));
    ASSERT_TRUE(started.ok());
    ASSERT_EQ(settle(started->uuid).state, IntentState::kApproved);
    EXPECT_EQ(kiosk->step(), Step::Choosing);
    kiosk->inactivityTimeout();
    EXPECT_EQ(kiosk->step(), Step::Done);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales WHERE total = 407")), 1) << "paid is never parked";
    EXPECT_EQ(payments().ofSale(uuid).value().first().state, IntentState::kApproved);
}

TEST_F(SelfCheckoutTest, ATicketPaidBeforeARestartIsBookedWhenTheScreenComesBack)
{
    colaAndBananas(82);
    const QString uuid = kiosk->saleUuid();
    click("pay");
    kiosk.reset();   // the app went down while the shopper paid
    auto started = payments().start(cashier, uuid, TenderType::kFace, yuan(4.07));
    ASSERT_TRUE(started.ok());
    ASSERT_EQ(settle(started->uuid).state, IntentState::kApproved);
    kiosk = std::make_unique<SelfCheckoutScreen>(*context);
    EXPECT_EQ(kiosk->step(), Step::Done) << kiosk->statusText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales WHERE total = 407")), 1);
}

TEST_F(SelfCheckoutTest, ADeclinedCardStaysOnThePayStepWithAClearLine)
{
    colaAndBananas(73);   // ¥3.50 + ¥0.51 = ¥4.01: the simulator declines
    click("pay");
    click("card");
    EXPECT_EQ(kiosk->waitingPrompt(), QStringLiteral("Insert or tap your card"));
    ASSERT_TRUE(until([&] { return kiosk->step() != Step::Waiting; }));
    EXPECT_EQ(kiosk->step(), Step::Choosing);
    EXPECT_TRUE(kiosk->statusIsError());
    EXPECT_TRUE(kiosk->statusText().startsWith(QStringLiteral("Bank card not paid"))) << kiosk->statusText().toStdString();
    EXPECT_TRUE(kiosk->statusText().contains(QStringLiteral("choose how to pay")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'failed_payment'")), 1);
    EXPECT_EQ(kiosk->cart().lines().size(), 2) << "the goods stay";
}

TEST_F(SelfCheckoutTest, APaymentCodeScannedWhileWaitingPaysByQr)
{
    click("start");
    scan(kCola);
    click("pay");
    click("qr");
    EXPECT_EQ(kiosk->waitingPrompt(), QStringLiteral("Show your payment code"));
    scan(QStringLiteral("134567890123456789"));   // a WeChat Pay 付款码
    ASSERT_TRUE(until([&] { return kiosk->step() == Step::Done; })) << kiosk->statusText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'qr' AND amount = 350")), 1);
}

TEST_F(SelfCheckoutTest, AnEmptiedTicketLeavesNothingBehindForTheNextShopper)
{
    click("start");
    scan(kCola);
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    kiosk->ticketList()->selectRow(0);
    click("remove");
    ASSERT_TRUE(kiosk->cart().isEmpty());
    EXPECT_EQ(savedLines(), 0);
    click("cancel");   // nothing on the ticket: no attendant needed
    EXPECT_EQ(kiosk->step(), Step::Welcome);
    click("start");
    scan(kRice);
    EXPECT_EQ(savedLines(), 1) << "the next ticket saves (no other open ticket is in its way): "
                               << kiosk->statusText().toStdString();
    EXPECT_FALSE(kiosk->statusIsError());
}
