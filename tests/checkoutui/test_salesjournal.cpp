// The sales journal at the till, on a demo supermarket: booked sales listed newest first, a scanned
// receipt opened, a void with a supervisor's PIN (stock back), a void of yesterday's sale refused in
// one line before anyone is asked, a partial refund with the domain's own figures, a reprint queued as
// REPRINT and journalled, and the e-receipt saved as the picture the printer would print.
#include "../admin/adminfixture.h"
#include "../checkout/checkoutfixture.h"

#include "checkout/printqueue.h"
#include "checkout/refundservice.h"
#include "checkout/ui/receiptview.h"
#include "checkout/ui/refunddialog.h"
#include "checkout/ui/salesjournalscreen.h"
#include "checkout/voidservice.h"

#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/journal.h"
#include "core/storesettings.h"
#include "hal/receipt/receiptpainter.h"
#include "shell/deviceaccess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::checkout;
using ::testing::HasSubstr;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

/// The register's scanners, as the shell hands them to screens: a test scans by emitting scanned().
class FakeDevices final : public shell::DeviceAccess
{
public:
    explicit FakeDevices(hal::DeviceManager &manager) : m_manager(manager) {}
    hal::DeviceManager &manager() override { return m_manager; }
    QString claimant() const override { return QStringLiteral("test"); }
    bool isSimulated() const override { return true; }
    void reload() override {}
    QString statusLine(const QString &) const override { return {}; }

private:
    hal::DeviceManager &m_manager;
};

/// The test shell (messages, supervisor override through the real Authorizer) with devices.
class JournalContext final : public shell::ShellContext
{
public:
    JournalContext(qtill::test::FakeShellContext &shell, shell::DeviceAccess &devices) : m_shell(shell), m_devices(devices) {}
    Services &services() override { return m_shell.services(); }
    const Clock &clock() const override { return m_shell.clock(); }
    const Session &session() const override { return m_shell.session(); }
    void showMessage(const QString &text, Severity severity) override { m_shell.showMessage(text, severity); }
    std::optional<Authorization> authorize(const QString &permission, const QString &why, QWidget *parent) override
    {
        return m_shell.authorize(permission, why, parent);
    }
    bool can(const QString &permission) const override { return m_shell.can(permission); }
    QList<shell::ScreenDescriptor> availableScreens() const override { return {}; }
    bool openScreen(const QString &) override { return false; }
    shell::DeviceAccess *devices() override { return &m_devices; }

private:
    qtill::test::FakeShellContext &m_shell;
    shell::DeviceAccess &m_devices;
};

class SalesJournalTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(services);
        m_shell = std::make_unique<qtill::test::FakeShellContext>(*services);
        m_shell->setSession(cashier);
        m_fakeDevices = std::make_unique<FakeDevices>(devices);
        m_context = std::make_unique<JournalContext>(*m_shell, *m_fakeDevices);
    }
    void TearDown() override
    {
        m_screen.reset();
        m_context.reset();
        m_fakeDevices.reset();
        m_shell.reset();
    }

    SalesJournalScreen &openScreen()
    {
        m_screen = std::make_unique<SalesJournalScreen>(*m_context);
        m_screen->resize(1280, 800);
        m_screen->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_screen.get()));
        return *m_screen;
    }

    /// `count` colas, cash, rung up by the cashier a minute after the last sale.
    CommittedSale sellCola(int count = 1)
    {
        clock.advanceMs(60 * 1000);
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kCola), Quantity::units(count)).ok());
        request.tenders = {cash(yuan(100))};
        auto sale = checkout().sales().commit(cashier, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return sale.valueOr({});
    }

    /// 3 × rice + 1 cola = 123.20, ¥10 off the order → 113.20, cash rounded down to the yuan: 113.00.
    CommittedSale sellRiceWithDiscount()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(3)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        EXPECT_TRUE(request.cart.setOrderDiscount(yuan(10), QStringLiteral("regular customer"), OperatorId()).ok());
        request.rounding = CashRounding::DropJiao;
        request.tenders = {cash(yuan(200))};
        auto sale = checkout().sales().commit(supervisor, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return sale.valueOr({});
    }

    Quantity onFloor(const QString &code)
    {
        auto floor = inventory().ledger().location(QStringLiteral("FLOOR"));
        return inventory().ledger().onHand(scan(code).product.id, floor->id).valueOr({});
    }

    QString cellText(int row, int column) const
    {
        const QTableWidgetItem *item = m_screen->salesTable()->item(row, column);
        return item ? item->text() : QString();
    }

    std::unique_ptr<qtill::test::FakeShellContext> m_shell;
    std::unique_ptr<FakeDevices> m_fakeDevices;
    std::unique_ptr<JournalContext> m_context;
    std::unique_ptr<SalesJournalScreen> m_screen;
};

} // namespace

TEST_F(SalesJournalTest, ListsTodaysSalesNewestFirstWithTheReceiptBeside)
{
    const CommittedSale first = sellCola();
    const CommittedSale second = sellCola(2);
    SalesJournalScreen &screen = openScreen();
    ASSERT_EQ(screen.salesTable()->rowCount(), 2);
    EXPECT_EQ(cellText(0, 0), second.receiptNumber);
    EXPECT_EQ(cellText(1, 0), first.receiptNumber);
    EXPECT_EQ(cellText(0, 2), yuan(7.00).format(QLocale()));
    EXPECT_EQ(screen.stateOf(first.receiptNumber), QStringLiteral("Paid"));

    screen.salesTable()->selectRow(1);
    EXPECT_EQ(screen.selectedReceipt(), first.receiptNumber);
    EXPECT_EQ(screen.receiptView()->receiptNumber(), first.receiptNumber);
    EXPECT_FALSE(screen.receiptView()->image().isNull());
}

TEST_F(SalesJournalTest, AScannedReceiptOpensItEvenFromAnotherDay)
{
    const CommittedSale old = sellCola();
    clock.set(clock.now().addDays(1));
    sellCola();
    SalesJournalScreen &screen = openScreen();
    ASSERT_EQ(screen.salesTable()->rowCount(), 1) << "today's only";

    Q_EMIT m_fakeDevices->scanned(old.receiptNumber, QStringLiteral("scanner1"));
    EXPECT_EQ(screen.selectedReceipt(), old.receiptNumber);
    EXPECT_EQ(screen.receiptView()->receiptNumber(), old.receiptNumber);

    Q_EMIT m_fakeDevices->scanned(QStringLiteral("R01-99999999"), QStringLiteral("scanner1"));
    EXPECT_THAT(screen.statusText().toStdString(), HasSubstr("No sale has the receipt number R01-99999999"));
}

TEST_F(SalesJournalTest, AVoidWithTheSupervisorsPinPutsTheGoodsBack)
{
    const Quantity before = onFloor(kCola);
    const CommittedSale sale = sellCola(3);
    ASSERT_EQ(onFloor(kCola), before.minus(Quantity::units(3)).value());
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale.receiptNumber));

    // The cashier may not void: without a supervisor nothing happens.
    EXPECT_FALSE(screen.voidSelected(QStringLiteral("rang up twice")));
    EXPECT_EQ(screen.stateOf(sale.receiptNumber), QStringLiteral("Paid"));
    EXPECT_FALSE(checkout().voids().isVoided(sale.receiptNumber).value());

    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    auto *voidButton = screen.findChild<QPushButton *>(QStringLiteral("voidButton"));
    ASSERT_NE(voidButton, nullptr);
    EXPECT_THAT(voidButton->text().toStdString(), HasSubstr("F8"));
    QTest::mouseClick(voidButton, Qt::LeftButton);
    EXPECT_EQ(screen.stateOf(sale.receiptNumber), QStringLiteral("Voided"));
    EXPECT_TRUE(checkout().voids().isVoided(sale.receiptNumber).value());
    EXPECT_EQ(onFloor(kCola), before) << "three colas back on the shelf";
    EXPECT_THAT(m_shell->authorizeRequests.join(QLatin1Char('\n')).toStdString(), HasSubstr("checkout.void"));
}

TEST_F(SalesJournalTest, YesterdaysSaleIsNotVoidedAndTheLineSaysWhy)
{
    const CommittedSale sale = sellCola();
    clock.set(clock.now().addDays(1));
    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale.receiptNumber));
    EXPECT_FALSE(screen.voidSelected(QStringLiteral("too late")));
    EXPECT_THAT(screen.statusText().toStdString(), HasSubstr("only today's sales can be voided"));
    EXPECT_TRUE(m_shell->authorizeRequests.isEmpty()) << "no supervisor called over for what cannot be";
    EXPECT_FALSE(checkout().voids().isVoided(sale.receiptNumber).value());
}

TEST_F(SalesJournalTest, APartialRefundShowsAndBooksTheDomainsFigures)
{
    const CommittedSale sale = sellRiceWithDiscount();
    ASSERT_EQ(sale.total, yuan(113.00));
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale.receiptNumber));
    RefundDialog *dialog = screen.openRefundDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->plan().has_value());
    EXPECT_EQ(dialog->plan()->total, yuan(113.00)) << "the whole sale, opened pre-filled";

    // One bag of rice of three: 109.98 net after its share of the discount → 36.66, and −0.06 of the rounding.
    dialog->setQuantity(2, Quantity());
    dialog->setQuantity(1, Quantity::units(1));
    ASSERT_TRUE(dialog->plan().has_value()) << dialog->statusText().toStdString();
    const RefundPlan expected = checkout().refunds().plan(
        RefundRequest{newId(), sale.receiptNumber, {{1, Quantity::units(1), true}}, QString()}).value();
    EXPECT_EQ(expected.total, yuan(36.60));
    EXPECT_EQ(dialog->plan()->total, expected.total);
    EXPECT_EQ(dialog->totalText(), QStringLiteral("Give back %1").arg(yuan(36.60).format(QLocale())));
    EXPECT_EQ(dialog->linesTable()->item(0, 7)->text(), yuan(36.66).format(QLocale()));
    EXPECT_TRUE(dialog->linesTable()->item(1, 7)->text().isEmpty());

    // The cashier needs a supervisor for a refund.
    EXPECT_FALSE(dialog->confirm());
    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    ASSERT_TRUE(dialog->confirm()) << dialog->statusText().toStdString();
    ASSERT_TRUE(dialog->booked().has_value());
    EXPECT_EQ(dialog->booked()->refundNumber, QStringLiteral("RF-R01-00000001"));
    EXPECT_EQ(dialog->booked()->plan.total, yuan(36.60));
    ASSERT_EQ(dialog->booked()->plan.tenders.size(), 1);
    EXPECT_EQ(dialog->booked()->plan.tenders.first().amount, yuan(36.60));
    EXPECT_THAT(dialog->statusText().toStdString(), HasSubstr("RF-R01-00000001"));
    EXPECT_EQ(checkout().refunds().refundedQuantities(sale.receiptNumber).value().value(1), Quantity::units(1));
    EXPECT_EQ(screen.stateOf(sale.receiptNumber), QStringLiteral("Goods taken back"));
    dialog->close();

    // What is left of the line is what a second refund offers; a void is now refused in one line.
    RefundDialog *again = screen.openRefundDialog();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->linesTable()->item(0, 3)->text(), QStringLiteral("2"));
    again->close();
    EXPECT_FALSE(screen.voidSelected(QStringLiteral("x")));
    EXPECT_THAT(screen.statusText().toStdString(), HasSubstr("taken back already"));
}

TEST_F(SalesJournalTest, ACardRefundWaitsForTheTerminalAndADeclineGoesToCashWithASupervisor)
{
    clock.advanceMs(60 * 1000);
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    ASSERT_TRUE(request.cart.add(scan(kCola), Quantity::units(2)).ok());
    request.tenders = {card(request.uuid, yuan(7.00))};
    auto sale = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale->receiptNumber));
    RefundDialog *dialog = screen.openRefundDialog();
    ASSERT_NE(dialog, nullptr);
    auto *figures = dialog->findChild<QLabel *>(QStringLiteral("refundFigures"));
    ASSERT_NE(figures, nullptr);
    EXPECT_THAT(figures->text().toStdString(), HasSubstr("back to Bank card ****0128")) << "the plan per tender";

    terminal->scriptRefunds({hal::PaymentOutcome::Declined});
    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    ASSERT_TRUE(dialog->confirm()) << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->waitingForTerminal());
    EXPECT_THAT(dialog->statusText().toStdString(), HasSubstr("waiting"));
    QDeadlineTimer deadline(5000);
    while (dialog->waitingForTerminal() && !deadline.hasExpired()) {
        scheduler.advance(1000);
        QTest::qWait(5);
    }
    EXPECT_FALSE(dialog->waitingForTerminal());
    EXPECT_THAT(dialog->statusText().toStdString(), HasSubstr("declined"));
    EXPECT_FALSE(dialog->booked().has_value()) << "a declined card refund books nothing";

    dialog->setToCash(true);
    ASSERT_TRUE(dialog->confirm()) << dialog->statusText().toStdString();
    ASSERT_TRUE(dialog->booked().has_value());
    ASSERT_EQ(dialog->booked()->plan.tenders.size(), 1);
    EXPECT_EQ(dialog->booked()->plan.tenders.first().type, TenderType::kCash);
    EXPECT_EQ(dialog->booked()->plan.tenders.first().amount, yuan(7.00));
    EXPECT_EQ(terminal->heldFen(request.tenders.first().uuid), 700) << "all of it went back in cash, none to the card";
}

TEST_F(SalesJournalTest, ReprintQueuesAReprintJobAndJournalsIt)
{
    const CommittedSale sale = sellCola();
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale.receiptNumber));
    const int journalBefore = int(services->journal().entries(QStringLiteral("R01")).value().size());
    auto *reprint = screen.findChild<QPushButton *>(QStringLiteral("reprintButton"));
    ASSERT_NE(reprint, nullptr);
    QTest::mouseClick(reprint, Qt::LeftButton);

    const QList<PrintJob> waiting = checkout().printQueue().waiting().value();
    ASSERT_FALSE(waiting.isEmpty());
    EXPECT_EQ(waiting.last().kind, PrintJobKind::kReprint);
    EXPECT_EQ(waiting.last().receiptNumber, sale.receiptNumber);
    EXPECT_TRUE(waiting.last().bytes.contains("REPRINT"));
    const auto entries = services->journal().entries(QStringLiteral("R01")).value();
    ASSERT_EQ(entries.size(), journalBefore + 1);
    EXPECT_EQ(entries.last().kind, JournalKind::kReprint);
}

TEST_F(SalesJournalTest, TheSavedPngIsThePictureOfTheReceipt)
{
    const CommittedSale sale = sellCola();
    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale.receiptNumber));
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("receipt.png"));
    ASSERT_TRUE(screen.receiptView()->savePng(png));

    const QImage saved(png);
    ASSERT_FALSE(saved.isNull());
    const hal::ReceiptPainter painter(hal::PaperProfile::fromKey(ReceiptBuilder::kPaper.get(services->settings())));
    const QImage printed = painter.render(checkout().printQueue().receipt(sale.receiptNumber).value());
    EXPECT_EQ(saved.size(), printed.size());
    EXPECT_EQ(saved.convertToFormat(QImage::Format_RGB32), printed.convertToFormat(QImage::Format_RGB32));
    EXPECT_GT(saved.height(), saved.width()) << "a strip of receipt paper";

    const QString pdf = out.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(screen.receiptView()->savePdf(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
}

TEST_F(SalesJournalTest, ASerialNumberedPhoneComesBackOnlyWithItsOwnSerial)
{
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    auto phone = inventory().catalog().productBySku(QStringLiteral("240002"));
    ASSERT_TRUE(phone.ok());
    inventory::ScanMatch match;
    match.product = *phone;
    match.code = phone->sku;
    auto line = request.cart.add(match);
    ASSERT_TRUE(line.ok());
    const QString serial = QStringLiteral("860000000000021");
    ASSERT_TRUE(request.cart.setSerialNumber(*line, serial).ok());
    request.tenders = {cash(yuan(4000))};
    auto sale = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();

    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale->receiptNumber));
    RefundDialog *dialog = screen.openRefundDialog();
    ASSERT_NE(dialog, nullptr);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRefundButton"));
    ASSERT_NE(confirm, nullptr);
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_THAT(dialog->statusText().toStdString(), HasSubstr("Scan the serial number"));

    Q_EMIT m_fakeDevices->scanned(QStringLiteral("860000000000099"), QStringLiteral("scanner1"));
    EXPECT_THAT(dialog->statusText().toStdString(), HasSubstr("was not sold on"));
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_EQ(screen.selectedReceipt(), sale->receiptNumber) << "a scan while the dialog is open is the dialog's";

    Q_EMIT m_fakeDevices->scanned(serial, QStringLiteral("scanner1"));
    EXPECT_TRUE(confirm->isEnabled()) << dialog->statusText().toStdString();
    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    ASSERT_TRUE(dialog->confirm()) << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->booked()->plan.total, sale->total);
    auto units = inventory().serials().lookup(serial);
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 1);
    EXPECT_EQ(units->first().status, inventory::SerialStatus::Returned) << "the phone is back, returned by the customer";
    dialog->close();
}

TEST_F(SalesJournalTest, ACardSaleIsVoidedOnceTheTerminalHasReturnedThePayment)
{
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    ASSERT_TRUE(request.cart.add(scan(kCola), Quantity::units(2)).ok());
    request.tenders = {card(request.uuid, yuan(7.00))};
    auto sale = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();

    SalesJournalScreen &screen = openScreen();
    ASSERT_TRUE(screen.openReceipt(sale->receiptNumber));
    m_shell->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    EXPECT_FALSE(screen.voidSelected(QStringLiteral("wrong card"))) << "not before the money is back";
    EXPECT_THAT(screen.statusText().toStdString(), HasSubstr("the void books when it is back"));
    EXPECT_FALSE(checkout().voids().isVoided(sale->receiptNumber).value());

    // The terminal answers the reversal: the void books by itself.
    for (int i = 0; i < 20 && !checkout().voids().isVoided(sale->receiptNumber).value(); ++i) {
        scheduler.advance(60000);
        QCoreApplication::processEvents();
    }
    EXPECT_TRUE(checkout().voids().isVoided(sale->receiptNumber).value());
    EXPECT_EQ(screen.stateOf(sale->receiptNumber), QStringLiteral("Voided"));
    EXPECT_THAT(screen.statusText().toStdString(), HasSubstr("voided"));
}
