// The till's cash dialog (Cash F9) on the demo supermarket, driven by keys and taps as a cashier would:
// a paid-out approved by a supervisor is booked with both ids, journalled (journal verify passes) and
// opens the drawer; a no-sale without a supervisor or with a wrong PIN books nothing; a double press
// books once; the opening float needs no supervisor and the sale screen offers it.
#include "salecontext.h"

#include "../checkout/checkoutfixture.h"

#include "checkout/cashservice.h"
#include "checkout/journalverifier.h"
#include "checkout/ui/cashdialog.h"
#include "checkout/ui/salescreen.h"

#include "core/journal.h"
#include "core/sqldialect.h"
#include "core/store.h"

#include "hal/sim/simulatedcashdrawer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace qtill;
using namespace qtill::checkout;

namespace {

class CashDialogTest : public ::testing::Test, public qtill::checkout::test::CheckoutFixture
{
protected:
    hal::SimulatedCashDrawer *drawer = nullptr;
    std::unique_ptr<qtill::checkout::test::SaleContext> context;
    std::unique_ptr<CashDialog> dialog;

    void SetUp() override
    {
        ASSERT_TRUE(services);
        context = std::make_unique<qtill::checkout::test::SaleContext>(*services);
        context->session_ = cashier;
        auto owned = std::make_unique<hal::SimulatedCashDrawer>(hal::DeviceInfo{
            QStringLiteral("drawer"), hal::DeviceCategory::CashDrawer, QStringLiteral("Drawer"), QStringLiteral("sim"), {}});
        drawer = owned.get();
        hal::DeviceManager &manager = context->testDevices.manager();
        ASSERT_TRUE(manager.add(std::move(owned)));
        ASSERT_TRUE(manager.start(drawer, QStringLiteral("test")));
    }
    void TearDown() override
    {
        dialog.reset();
        context.reset();
    }

    CashDialog &open()
    {
        dialog = std::make_unique<CashDialog>(*context);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return *dialog;
    }
    void key(int k) { QTest::keyClick(dialog.get(), Qt::Key(k)); }
    void typeDigits(const QString &digits)
    {
        for (QChar c : digits)
            QTest::keyClick(dialog.get(), c.toLatin1());
    }
    QList<CashMovement> today()
    {
        return checkout().cash().ofDay(QStringLiteral("R01"), QDate(2026, 12, 7)).valueOr({});
    }
    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    static bool waitUntil(const std::function<bool()> &done)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 10000)
            QTest::qWait(5);
        return done();
    }
};

} // namespace

TEST_F(CashDialogTest, APaidOutApprovedByASupervisorIsBookedJournalledAndOpensTheDrawer)
{
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("123456")};
    open();
    key(Qt::Key_F4);                       // Paid out
    typeDigits(QStringLiteral("5000"));    // digits fill from the right
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("cashAmount"))->text(), QStringLiteral("¥50.00"));
    key(Qt::Key_F6);                       // the first quick reason
    EXPECT_EQ(dialog->reason(), QStringLiteral("Delivery paid"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("cashReason")), Qt::Key_Return);

    const QList<CashMovement> day = today();
    ASSERT_EQ(day.size(), 1) << dialog->statusText().toStdString();
    EXPECT_EQ(day.at(0).kind, CashKind::kPaidOut);
    EXPECT_EQ(day.at(0).amount, yuan(50));
    EXPECT_EQ(day.at(0).reason, QStringLiteral("Delivery paid"));
    EXPECT_EQ(day.at(0).operatorId, cashier.operatorId);
    EXPECT_EQ(day.at(0).approverId, supervisor.operatorId);
    ASSERT_EQ(context->authorizeRequests.size(), 1);
    EXPECT_EQ(context->authorizeRequests.at(0), QStringLiteral("checkout.cashMovement: Paid out ¥50.00: Delivery paid"));

    auto verified = checkout().journalVerifier().verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(verified->othersChecked, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'paid_out'")), 1);

    EXPECT_TRUE(waitUntil([&] { return drawer->openings() == 1; })) << "the drawer got its open command";
    EXPECT_TRUE(dialog->statusText().startsWith(QStringLiteral("Booked: Paid out ¥50.00. Approved by 99")))
        << dialog->statusText().toStdString();
    QTableWidget *rows = dialog->movementsTable();
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->item(0, 2)->text(), QStringLiteral("¥50.00"));
    EXPECT_TRUE(rows->item(0, 5)->text().startsWith(QStringLiteral("99 "))) << rows->item(0, 5)->text().toStdString();
}

TEST_F(CashDialogTest, ANoSaleWithoutASupervisorOrWithAWrongPinBooksNothing)
{
    open();
    dialog->kindButton(CashKind::kNoSale)->click();
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("cashAmount"))->text(), QStringLiteral("No money moves"));
    key(Qt::Key_Return);
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Say why: tap a reason or type one."));
    EXPECT_TRUE(context->authorizeRequests.isEmpty()) << "nobody is asked for a PIN for an incomplete form";

    key(Qt::Key_F6);   // Give change
    key(Qt::Key_Return);   // the cashier lacks checkout.cashMovement and no supervisor came
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Not booked: no supervisor approved it."));
    context->supervisor = SupervisorCredentials{QStringLiteral("99"), QStringLiteral("000000")};
    dialog->bookButton()->click();
    EXPECT_EQ(dialog->statusText(), QStringLiteral("Not booked: no supervisor approved it."));
    EXPECT_EQ(context->authorizeRequests.size(), 2);

    EXPECT_TRUE(today().isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal")), 0);
    QTest::qWait(20);
    EXPECT_EQ(drawer->openings(), 0) << "no drawer without a booking";
    EXPECT_FALSE(dialog->booked().has_value());
}

TEST_F(CashDialogTest, ADoublePressBooksOnce)
{
    context->session_ = supervisor;   // holds checkout.cashMovement: no override
    open();
    dialog->kindButton(CashKind::kPaidIn)->click();
    dialog->findChild<QPushButton *>(QStringLiteral("cashReason_0"))->click();   // Change from safe
    typeDigits(QStringLiteral("10000"));
    key(Qt::Key_Return);
    key(Qt::Key_Return);
    dialog->bookButton()->click();
    EXPECT_FALSE(dialog->bookButton()->isEnabled()) << "nothing new to book";
    ASSERT_EQ(today().size(), 1) << dialog->statusText().toStdString();
    EXPECT_EQ(today().at(0).amount, yuan(100));
    EXPECT_FALSE(today().at(0).approverId.isValid()) << "a supervisor on their own rights";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'paid_in'")), 1);
    EXPECT_TRUE(waitUntil([&] { return drawer->openings() == 1; }));
    EXPECT_TRUE(dialog->statusText().startsWith(QStringLiteral("Booked: Paid in ¥100.00."))) << dialog->statusText().toStdString();

    // A second movement is a new submission with its own uuid.
    typeDigits(QStringLiteral("2000"));
    key(Qt::Key_F6);
    key(Qt::Key_Return);
    ASSERT_EQ(today().size(), 2);
    EXPECT_NE(today().at(0).uuid, today().at(1).uuid);
    EXPECT_EQ(dialog->movementsTable()->rowCount(), 2);
}

TEST_F(CashDialogTest, AFailedBookingIsOneLineAndTheRetryBooksOnce)
{
    // The store refuses the row once (a full disk, a lost connection): nothing is booked, the drawer stays
    // shut, the cashier reads one line and presses Enter again.
    QSqlQuery q(services->store().database());
    const bool pg = services->store().dialect().isPostgres();
    const QStringList refuse = pg ? QStringList{QStringLiteral("CREATE FUNCTION refuse_cash() RETURNS trigger AS $$ BEGIN"
                                                               " RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql"),
                                                QStringLiteral("CREATE TRIGGER refuse_cash BEFORE INSERT ON cash_movements"
                                                               " FOR EACH ROW EXECUTE FUNCTION refuse_cash()")}
                                  : QStringList{QStringLiteral("CREATE TRIGGER refuse_cash BEFORE INSERT ON cash_movements"
                                                               " BEGIN SELECT RAISE(ABORT, 'disk full'); END")};
    for (const QString &sql : refuse)
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    context->session_ = supervisor;
    open();
    key(Qt::Key_F3);
    typeDigits(QStringLiteral("30000"));
    key(Qt::Key_F6);
    key(Qt::Key_Return);
    EXPECT_EQ(dialog->statusSeverity(), QStringLiteral("error"));
    EXPECT_EQ(dialog->statusText(), QStringLiteral("The cash movement could not be saved."));
    EXPECT_TRUE(today().isEmpty());
    EXPECT_TRUE(dialog->bookButton()->isEnabled()) << "the cashier may try again";

    ASSERT_TRUE(q.exec(pg ? QStringLiteral("DROP TRIGGER refuse_cash ON cash_movements") : QStringLiteral("DROP TRIGGER refuse_cash")))
        << q.lastError().text().toStdString();
    key(Qt::Key_Return);
    key(Qt::Key_Return);
    ASSERT_EQ(today().size(), 1) << dialog->statusText().toStdString();
    EXPECT_EQ(today().at(0).amount, yuan(300));
    EXPECT_TRUE(waitUntil([&] { return drawer->openings() == 1; }));
}

TEST_F(CashDialogTest, ADrawerThatDoesNotOpenIsAWarningAndTheBookingStands)
{
    context->session_ = supervisor;
    drawer->setConnected(false);
    open();
    key(Qt::Key_F5);
    dialog->setReason(QStringLiteral("Check a banknote"));
    key(Qt::Key_Return);
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(dialog->statusSeverity(), QStringLiteral("warning"));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("The drawer did not open"))) << dialog->statusText().toStdString();
}

TEST_F(CashDialogTest, TheOpeningFloatNeedsNoSupervisorAndTheSaleScreenOffersIt)
{
    auto screen = std::make_unique<SaleScreen>(*context);
    screen->resize(1280, 760);
    screen->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(screen.get()));
    EXPECT_EQ(screen->statusText(), QStringLiteral("No opening float booked today: Cash (F9) books it."));
    EXPECT_TRUE(screen->actionButton(QStringLiteral("cash"))->text().endsWith(QStringLiteral("F9")));

    // F9 on the sale screen opens the dialog (modal): the float, 200.00, booked with Enter, then Esc.
    bool driven = false;
    auto *timer = new QTimer(screen.get());
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [&] {
        auto *cash = qobject_cast<CashDialog *>(QApplication::activeModalWidget());
        if (!cash)
            return;
        timer->stop();
        QTest::keyClick(cash, Qt::Key_F2);
        for (QChar c : QStringLiteral("20000"))
            QTest::keyClick(cash, c.toLatin1());
        QTest::keyClick(cash, Qt::Key_Return);
        driven = cash->booked().has_value();
        QTest::keyClick(cash, Qt::Key_Escape);
    });
    timer->start();
    QTest::keyClick(screen->entry(), Qt::Key_F9);
    EXPECT_TRUE(driven);
    EXPECT_TRUE(context->authorizeRequests.isEmpty()) << "a cashier books their own float";
    auto open = checkout().cash().openFloat(cashier.operatorId);
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((*open)->amount, yuan(200));
    EXPECT_TRUE(screen->statusText().startsWith(QStringLiteral("Booked: Opening float ¥200.00.")))
        << screen->statusText().toStdString();
    EXPECT_TRUE(waitUntil([&] { return drawer->openings() == 1; }));

    screen = std::make_unique<SaleScreen>(*context);
    EXPECT_FALSE(screen->statusText().contains(QStringLiteral("opening float"))) << "booked: not offered again";
}

TEST_F(CashDialogTest, TheScreenshotShowsAPaidOutFilledInAndBooksNothing)
{
    SaleScreen screen(*context);
    QWidget *shown = screen.showCashForScreenshot();
    auto *cash = qobject_cast<CashDialog *>(shown);
    ASSERT_TRUE(cash);
    EXPECT_EQ(cash->kind(), CashKind::kPaidOut);
    EXPECT_EQ(cash->amount(), yuan(50));
    EXPECT_FALSE(cash->reason().isEmpty());
    cash->close();
    EXPECT_TRUE(today().isEmpty());
    EXPECT_EQ(drawer->openings(), 0);
}
