// The payment panel at the till, driven by keys as a cashier would: cash exactly, cash with change, cash +
// card through the simulated terminal, a declined card (the sale stays open, a failed transaction is
// journalled), a tender limit — and the receipt the simulated ESC/POS printer got, decoded back to text.
#include "../checkout/checkoutfixture.h"

#include "checkout/printqueue.h"
#include "checkout/printspooler.h"
#include "checkout/ui/paymentpanel.h"

#include "core/authorizer.h"
#include "core/clock.h"
#include "core/permissionservice.h"
#include "core/store.h"
#include "core/storesettings.h"

#include "hal/escpos/escposprinter.h"
#include "hal/sim/simtransport.h"
#include "hal/sim/simulatedcashdrawer.h"

#include "shell/deviceaccess.h"
#include "shell/shellcontext.h"

#include "escposdecoder.h"
#include "waituntil.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

/// The register's devices as the panel reaches them: the fixture's manager.
class TestDevices final : public shell::DeviceAccess
{
public:
    explicit TestDevices(hal::DeviceManager &manager) : m_manager(manager) {}
    hal::DeviceManager &manager() override { return m_manager; }
    QString claimant() const override { return QStringLiteral("checkout"); }
    bool isSimulated() const override { return true; }
    void reload() override {}
    QString statusLine(const QString &) const override { return {}; }

private:
    hal::DeviceManager &m_manager;
};

/// The shell as the panel sees it: the fixture's store, the cashier signed in, the devices.
class TestContext final : public shell::ShellContext
{
public:
    TestContext(Services &services, Session session, shell::DeviceAccess &devices)
        : m_services(services), m_session(std::move(session)), m_devices(devices)
    {
    }
    Services &services() override { return m_services; }
    const Clock &clock() const override { return m_services.clock(); }
    const Session &session() const override { return m_session; }
    void showMessage(const QString &, Severity) override {}
    std::optional<Authorization> authorize(const QString &, const QString &, QWidget *) override { return std::nullopt; }
    bool can(const QString &permission) const override { return m_services.permissions().has(m_session, permission); }
    QList<shell::ScreenDescriptor> availableScreens() const override { return {}; }
    bool openScreen(const QString &) override { return false; }
    shell::DeviceAccess *devices() override { return &m_devices; }

private:
    Services &m_services;
    Session m_session;
    shell::DeviceAccess &m_devices;
};

class PaymentPanelTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    std::shared_ptr<hal::SimPrinterState> paper = std::make_shared<hal::SimPrinterState>();
    hal::EscPosPrinter *printer = nullptr;
    hal::SimulatedCashDrawer *drawer = nullptr;
    std::unique_ptr<TestDevices> access;
    std::unique_ptr<TestContext> context;
    std::unique_ptr<PrintSpooler> spooler;
    std::unique_ptr<PaymentPanel> panel;
    QList<CommittedSale> booked;

    void SetUp() override
    {
        ASSERT_TRUE(services);
        attachTerminal();
        hal::PrinterSettings fast;
        fast.retryIntervalMs = 40;
        fast.statusIntervalMs = 40;
        fast.statusTimeoutMs = 100;
        auto ownedPrinter = std::make_unique<hal::EscPosPrinter>(
            hal::DeviceInfo{QStringLiteral("printer"), hal::DeviceCategory::ReceiptPrinter, QStringLiteral("Printer"),
                            QStringLiteral("sim"), {}},
            hal::PaperProfile::mm80(), [state = paper] { return std::make_unique<hal::SimTransport>(state); }, fast);
        printer = ownedPrinter.get();
        ASSERT_TRUE(devices.add(std::move(ownedPrinter)));
        ASSERT_TRUE(devices.start(printer, QStringLiteral("checkout")));
        auto ownedDrawer = std::make_unique<hal::SimulatedCashDrawer>(hal::DeviceInfo{
            QStringLiteral("drawer"), hal::DeviceCategory::CashDrawer, QStringLiteral("Drawer"), QStringLiteral("sim"), {}});
        drawer = ownedDrawer.get();
        ASSERT_TRUE(devices.add(std::move(ownedDrawer)));
        ASSERT_TRUE(devices.start(drawer, QStringLiteral("checkout")));

        // What the app's TillDevices does: a spooler on the printer, woken when a sale queued its receipt.
        spooler = std::make_unique<PrintSpooler>(checkout().printQueue(), printer);
        spooler->setRetryInterval(50);
        ASSERT_TRUE(spooler->start().ok());
        checkout().printQueue().setQueuedListener([this] { spooler->wake(); });

        access = std::make_unique<TestDevices>(devices);
        context = std::make_unique<TestContext>(*services, cashier, *access);
        panel = std::make_unique<PaymentPanel>(*context);
        QObject::connect(panel.get(), &PaymentPanel::paid, [this](const CommittedSale &sale) { booked << sale; });
        panel->resize(1280, 800);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    }

    void TearDown() override
    {
        checkout().printQueue().setQueuedListener({});
        panel.reset();
        spooler.reset();
    }

    /// 2 × rice + cola = ¥83.30, begun on the panel with a fresh sale uuid.
    QString beginRiceAndCola()
    {
        Cart cart(currency());
        EXPECT_TRUE(cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(cart.add(scan(kCola)).ok());
        const QString uuid = newId();
        panel->begin(cart, uuid);
        return uuid;
    }

    void key(int k) { QTest::keyClick(panel.get(), Qt::Key(k)); }
    void typeDigits(const QString &digits)
    {
        for (QChar c : digits)
            QTest::keyClick(panel.get(), c.toLatin1());
    }
    QString text(const char *name) { return panel->findChild<QLabel *>(QLatin1String(name))->text(); }
    QPushButton *button(const char *name) { return panel->findChild<QPushButton *>(QLatin1String(name)); }
    QStringList tenderLines()
    {
        QStringList lines;
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("tenders"));
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }

    /// Lets the simulated terminal answer (its scheduler is manual) until `done`.
    bool until(const std::function<bool()> &done)
    {
        QDeadlineTimer deadline(5000);
        while (!done() && !deadline.hasExpired()) {
            scheduler.advance(1000);
            QTest::qWait(5);
        }
        return done();
    }

    /// The receipts the printer got, as the paper shows them (one string per receipt job).
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

    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(PaymentPanelTest, EnterPaysCashExactlyOpensTheDrawerAndPrintsTheReceipt)
{
    beginRiceAndCola();
    EXPECT_EQ(text("amountDue"), QStringLiteral("Due ¥83.30"));
    EXPECT_EQ(text("remaining"), QStringLiteral("Still to pay ¥83.30"));
    EXPECT_EQ(button("quickCash0")->text(), QStringLiteral("Exact ¥83.30"));
    EXPECT_EQ(button("quickCash1")->text(), QStringLiteral("¥90.00"));
    key(Qt::Key_Return);
    ASSERT_EQ(booked.size(), 1) << panel->statusText().toStdString();
    EXPECT_EQ(booked.first().total, yuan(83.30));
    EXPECT_EQ(booked.first().change, yuan(0));
    EXPECT_TRUE(hal::test::waitUntil([&] { return drawer->openings() == 1; })) << "a drawer of its own is told directly";
    ASSERT_TRUE(hal::test::waitUntil([&] { return paper->jobs().size() == 1; }));
    const QString receipt = printed().first();
    EXPECT_TRUE(receipt.contains(booked.first().receiptNumber)) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("83.30"))) << receipt.toStdString();
}

TEST_F(PaymentPanelTest, KeypadDigitsFillFromTheRightAndCashGivesChange)
{
    beginRiceAndCola();
    typeDigits(QStringLiteral("10000"));
    EXPECT_EQ(panel->findChild<QLineEdit *>(QStringLiteral("amount"))->text(), QStringLiteral("¥100.00"));
    key(Qt::Key_Return);
    ASSERT_EQ(booked.size(), 1) << panel->statusText().toStdString();
    EXPECT_EQ(booked.first().tendered, yuan(100));
    EXPECT_EQ(booked.first().change, yuan(16.70));
    EXPECT_EQ(panel->statusText(), QStringLiteral("Paid. Change ¥16.70"));
    ASSERT_TRUE(hal::test::waitUntil([&] { return paper->jobs().size() == 1; }));
    EXPECT_TRUE(printed().first().contains(QStringLiteral("16.70"))) << "the change is on the receipt";
}

TEST_F(PaymentPanelTest, CashPlusCardSplitIsBookedPerTenderAndTheReceiptShowsBoth)
{
    const QString uuid = beginRiceAndCola();
    typeDigits(QStringLiteral("5000"));
    key(Qt::Key_F9);
    EXPECT_TRUE(panel->statusText().startsWith(QStringLiteral("Waiting for the customer — do not scan again")))
        << panel->statusText().toStdString();
    EXPECT_FALSE(button("payCash")->isEnabled()) << "no second payment while one runs";
    EXPECT_FALSE(button("payCard")->isEnabled());
    key(Qt::Key_F9);   // pressed again while waiting: nothing more is asked of the terminal
    ASSERT_TRUE(until([&] { return panel->pendingIntent().isEmpty(); }));
    EXPECT_EQ(payments().ofSale(uuid).value().size(), 1);
    EXPECT_EQ(text("remaining"), QStringLiteral("Still to pay ¥33.30"));
    ASSERT_EQ(tenderLines().size(), 1);
    EXPECT_TRUE(tenderLines().first().startsWith(QStringLiteral("Bank card"))) << tenderLines().first().toStdString();
    EXPECT_TRUE(booked.isEmpty());

    key(Qt::Key_Return);   // the rest in cash
    ASSERT_EQ(booked.size(), 1) << panel->statusText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'card' AND amount = 5000")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'cash' AND amount = 3330")), 1);
    EXPECT_EQ(terminal->timesCharged(payments().ofSale(uuid).value().first().uuid), 1);
    ASSERT_TRUE(hal::test::waitUntil([&] { return paper->jobs().size() == 1; }));
    const QString receipt = printed().first();
    EXPECT_TRUE(receipt.contains(booked.first().receiptNumber)) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("Bank card"))) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("50.00"))) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("33.30"))) << receipt.toStdString();
}

TEST_F(PaymentPanelTest, ADeclinedCardIsOneLineTheSaleStaysOpenAndAFailedTransactionIsJournalled)
{
    beginRiceAndCola();
    typeDigits(QStringLiteral("5001"));   // the simulator declines amounts ending in 01
    key(Qt::Key_F9);
    ASSERT_TRUE(until([&] { return panel->pendingIntent().isEmpty(); }));
    EXPECT_TRUE(panel->statusText().startsWith(QStringLiteral("Bank card not paid"))) << panel->statusText().toStdString();
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("still open")));
    EXPECT_EQ(text("remaining"), QStringLiteral("Still to pay ¥83.30"));
    EXPECT_TRUE(tenderLines().isEmpty());
    EXPECT_TRUE(booked.isEmpty());
    EXPECT_TRUE(button("payCash")->isEnabled());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'failed_payment'")), 1);

    key(Qt::Key_Return);   // the customer pays cash instead
    ASSERT_EQ(booked.size(), 1) << panel->statusText().toStdString();
}

TEST_F(PaymentPanelTest, ATenderAboveItsLimitIsRefusedWithOneLine)
{
    ASSERT_TRUE(PaymentService::kTenderLimits.set(services->settings(), QStringLiteral("card=50.00")));
    const QString uuid = beginRiceAndCola();
    key(Qt::Key_F9);
    EXPECT_EQ(panel->statusText(), QStringLiteral("Bank card pays at most ¥50.00 here."));
    EXPECT_TRUE(payments().ofSale(uuid).value().isEmpty()) << "the terminal was not asked";
    EXPECT_TRUE(booked.isEmpty());
}

TEST_F(PaymentPanelTest, BackToSaleKeepsAnApprovedCardWithTheTicket)
{
    const QString uuid = beginRiceAndCola();
    typeDigits(QStringLiteral("2000"));
    key(Qt::Key_F9);
    ASSERT_TRUE(until([&] { return panel->pendingIntent().isEmpty(); }));
    EXPECT_TRUE(panel->findChild<QLabel *>(QStringLiteral("keepNote"))->isVisible());
    QSignalSpy back(panel.get(), &PaymentPanel::backToSale);
    key(Qt::Key_Escape);
    EXPECT_EQ(back.count(), 1);
    EXPECT_EQ(payments().ofSale(uuid).value().first().state, IntentState::kApproved) << "nothing was reversed";

    // Back on the panel for the same ticket: the card counts already.
    Cart cart(currency());
    ASSERT_TRUE(cart.add(scan(kRice), Quantity::units(2)).ok());
    ASSERT_TRUE(cart.add(scan(kCola)).ok());
    panel->begin(cart, uuid);
    EXPECT_EQ(text("remaining"), QStringLiteral("Still to pay ¥63.30"));
}

TEST_F(PaymentPanelTest, AScannedPaymentCodePaysByQrAndTheWalletIsNamed)
{
    beginRiceAndCola();
    key(Qt::Key_F10);   // no code yet: the cashier is asked for it (the code field takes the focus)
    EXPECT_EQ(panel->statusText(), QStringLiteral("Scan the customer's payment code."));
    auto *code = panel->findChild<QLineEdit *>(QStringLiteral("qrCode"));
    QTest::keyClicks(code, QStringLiteral("134567890123456789"));   // WeChat Pay: 18 digits from 10–15
    QTest::keyClick(code, Qt::Key_Return);
    ASSERT_TRUE(until([&] { return !booked.isEmpty(); })) << panel->statusText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'qr' AND amount = 8330")), 1);
    EXPECT_EQ(drawer->openings(), 0) << "no cash, no drawer";
    ASSERT_TRUE(hal::test::waitUntil([&] { return paper->jobs().size() == 1; }));
    EXPECT_TRUE(printed().first().contains(QStringLiteral("WeChat Pay"))) << printed().first().toStdString();
}

TEST_F(PaymentPanelTest, ACodeNoWalletIssuesIsRefusedBeforeTheTerminalIsAsked)
{
    const QString uuid = beginRiceAndCola();
    auto *code = panel->findChild<QLineEdit *>(QStringLiteral("qrCode"));
    code->setText(QStringLiteral("990000"));
    key(Qt::Key_F10);
    EXPECT_FALSE(panel->statusText().isEmpty());
    EXPECT_TRUE(payments().ofSale(uuid).value().isEmpty());
    EXPECT_TRUE(booked.isEmpty());
}

TEST_F(PaymentPanelTest, TheScreenshotShowsAPaymentMidWayWithoutTouchingTheBooks)
{
    Cart cart(currency());
    ASSERT_TRUE(cart.add(scan(kRice), Quantity::units(2)).ok());
    ASSERT_TRUE(cart.add(scan(kCola)).ok());
    panel->showForScreenshot(cart);
    EXPECT_TRUE(panel->statusText().startsWith(QStringLiteral("Waiting for the customer — do not scan again")));
    EXPECT_EQ(text("remaining"), QStringLiteral("Still to pay ¥33.30"));
    EXPECT_FALSE(button("payCash")->isEnabled());
    EXPECT_TRUE(button("cancelPayment")->isVisible());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM payment_intents")), 0);
    if (!qEnvironmentVariableIsEmpty("QTILL_TEST_GRAB"))
        panel->grab().save(qEnvironmentVariable("QTILL_TEST_GRAB"));
}

TEST_F(PaymentPanelTest, EscWhileTheTerminalWaitsCancelsThatPaymentAndKeepsTheSaleOpen)
{
    const QString uuid = beginRiceAndCola();
    key(Qt::Key_F9);
    ASSERT_FALSE(panel->pendingIntent().isEmpty());
    QSignalSpy back(panel.get(), &PaymentPanel::backToSale);
    key(Qt::Key_Escape);
    ASSERT_TRUE(until([&] { return panel->pendingIntent().isEmpty(); }));
    EXPECT_EQ(back.count(), 0) << "the first Esc only stops the payment";
    EXPECT_NE(payments().ofSale(uuid).value().first().state, IntentState::kApproved);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("still open"))) << panel->statusText().toStdString();
    EXPECT_TRUE(booked.isEmpty());
    key(Qt::Key_Escape);
    EXPECT_EQ(back.count(), 1);
}
