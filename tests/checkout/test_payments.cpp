// Payments through the terminal: the intent is written first, every simulated outcome ends definite,
// a restart resumes what was undecided, and nothing is ever charged twice.
#include "checkoutfixture.h"

#include "checkout/qrrouting.h"

#include "core/journal.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QSignalSpy>

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90

class PaymentsTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    QTemporaryDir providerDir;
    QString ledger() const { return providerDir.filePath(QStringLiteral("provider.json")); }

    /// Starts a card payment of `fen` for a new sale; the simulator's outcome follows the last two digits.
    PaymentIntent pay(qint64 fen, const QString &saleUuid = newId())
    {
        auto started = payments().start(cashier, saleUuid, TenderType::kCard, Money::fromMinor(fen, currency()));
        EXPECT_TRUE(started.ok()) << (started.ok() ? std::string() : started.error().toString().toStdString());
        return started.valueOr({});
    }

    qint64 failedTransactions()
    {
        auto q = services->store().exec(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'failed_payment'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    /// Re-opens the store as the app does after a crash: new services, a new terminal on the provider's ledger.
    void restart()
    {
        payments().setTerminal(nullptr);
        services.reset();
        auto reopened = Services::open(Services::Options{.clock = clock,
                                                         .path = database.address(),
                                                         .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                         .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(reopened.ok());
        services = std::move(reopened.value());
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        attachTerminal(ledger());
    }
};

} // namespace

TEST_F(PaymentsTest, AnApprovedCardIsBookedWithItsReferenceAndMaskedNumber)
{
    attachTerminal();
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    ASSERT_TRUE(request.cart.add(scan(kRice)).ok());
    const PaymentIntent started = pay(3990, request.uuid);
    EXPECT_EQ(payments().intent(started.uuid)->state, IntentState::kStarted) << "written before the terminal answers";
    const PaymentIntent done = settle(started.uuid);
    ASSERT_EQ(done.state, IntentState::kApproved) << done.message.toStdString();
    request.tenders = {done.toTender()};
    auto sale = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    auto detail = checkout().sales().detail(sale->receiptNumber);
    ASSERT_TRUE(detail.ok());
    ASSERT_EQ(detail->tenders.size(), 1);
    EXPECT_FALSE(detail->tenders.at(0).reference.isEmpty());
    EXPECT_TRUE(detail->tenders.at(0).maskedCard.contains(QLatin1Char('*'))) << detail->tenders.at(0).maskedCard.toStdString();
    EXPECT_EQ(terminal->timesCharged(done.uuid), 1);
}

TEST_F(PaymentsTest, ADeclineIsAFailedTransactionAndCannotPayTheSale)
{
    attachTerminal();
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    ASSERT_TRUE(request.cart.add(scan(kRice)).ok());
    const PaymentIntent done = settle(pay(3901, request.uuid).uuid);
    EXPECT_EQ(done.state, IntentState::kDeclined);
    EXPECT_FALSE(done.message.isEmpty());
    EXPECT_EQ(failedTransactions(), 1);
    Tender declined = done.toTender();
    declined.amount = Money::fromMinor(3901, currency());
    request.tenders = {declined};
    EXPECT_FALSE(checkout().sales().commit(cashier, request).ok());
    EXPECT_EQ(terminal->timesCharged(done.uuid), 0);
}

TEST_F(PaymentsTest, AReplyLostIsFoundByAQueryAndChargedOnce)
{
    attachTerminal();
    QSignalSpy waiting(&payments(), &PaymentService::progress);
    const PaymentIntent done = settle(pay(5004).uuid);
    EXPECT_EQ(done.state, IntentState::kApproved);
    EXPECT_EQ(terminal->timesCharged(done.uuid), 1);
    bool toldToWait = false;
    for (const QList<QVariant> &args : std::as_const(waiting))
        toldToWait = toldToWait || args.at(1).toString().contains(QStringLiteral("do not scan again"));
    EXPECT_TRUE(toldToWait) << "the cashier saw the waiting prompt, not a failure";
}

TEST_F(PaymentsTest, PendingPaymentsDecideOnALaterQuery)
{
    attachTerminal();
    const PaymentIntent approved = settle(pay(5007).uuid);
    EXPECT_EQ(approved.state, IntentState::kApproved);
    const PaymentIntent declined = settle(pay(5008).uuid);
    EXPECT_EQ(declined.state, IntentState::kDeclined);
    EXPECT_EQ(terminal->timesCharged(approved.uuid), 1);
    EXPECT_EQ(terminal->timesCharged(declined.uuid), 0);
}

TEST_F(PaymentsTest, StillPendingAfterTheDeadlineIsReversed)
{
    attachTerminal({}, QVariantMap{{QStringLiteral("pendingQueries"), 1000}});
    const PaymentIntent started = pay(5007);
    for (int i = 0; i < 5; ++i) {
        scheduler.advance(60000);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(payments().intent(started.uuid)->state, IntentState::kPending);
    clock.advanceMs(31000); // the customer never confirms
    const PaymentIntent done = settle(started.uuid);
    EXPECT_EQ(done.state, IntentState::kReversed);
    EXPECT_EQ(terminal->heldFen(done.uuid), 0) << "nothing stays taken";
    EXPECT_EQ(failedTransactions(), 1);
}

TEST_F(PaymentsTest, AGivenUpSaleIsReversedEvenWhenTheFirstReversalFails)
{
    attachTerminal();
    const QString sale = newId();
    const PaymentIntent paid = settle(pay(5009, sale).uuid);
    ASSERT_EQ(paid.state, IntentState::kApproved) << "09 loses the reply; the query finds the money taken";
    ASSERT_TRUE(payments().abandon(sale).ok());
    const PaymentIntent done = settle(paid.uuid);
    EXPECT_EQ(done.state, IntentState::kReversed);
    EXPECT_EQ(terminal->heldFen(done.uuid), 0);
    EXPECT_EQ(terminal->timesCharged(done.uuid), 1);
}

TEST_F(PaymentsTest, AfterARestartTheReconcilerFinishesWhatWasUndecided)
{
    attachTerminal(ledger());
    // Reply lost (04): the lane dies before anyone asked again.
    const PaymentIntent lost = pay(5004);
    scheduler.advance(60000);
    QCoreApplication::processEvents();
    ASSERT_EQ(payments().intent(lost.uuid)->state, IntentState::kUnknown);
    restart();
    auto asked = payments().reconcile();
    ASSERT_TRUE(asked.ok());
    EXPECT_EQ(*asked, 1);
    const PaymentIntent done = settle(lost.uuid);
    EXPECT_EQ(done.state, IntentState::kApproved);
    EXPECT_EQ(terminal->timesCharged(done.uuid), 1) << "the provider took it once, across the restart";
    EXPECT_TRUE(payments().undecided()->isEmpty());
}

TEST_F(PaymentsTest, AnIntentTheTerminalNeverHeardOfIsClosed)
{
    attachTerminal(ledger());
    // The lane died between writing the intent and asking the terminal: the row is all there is.
    const QString uuid = newId();
    const QString at = storedTime(clock.now());
    ASSERT_TRUE(services->store().exec(
        QStringLiteral("INSERT INTO payment_intents (uuid, sale_uuid, register_id, method, currency, amount, approved,"
                       " state, auth_code, reference, masked_card, wallet, message, attempts, created_at, updated_at)"
                       " VALUES (?, ?, 'R01', 'card', 'CNY', 2500, 0, 'started', '', '', '', '', '', 0, ?, ?)"),
        {uuid, newId(), at, at}).ok());
    restart();
    ASSERT_TRUE(payments().reconcile().ok());
    const PaymentIntent done = settle(uuid);
    EXPECT_EQ(done.state, IntentState::kReversed) << "not found → reversed, so it can never be charged later";
    EXPECT_EQ(terminal->timesCharged(uuid), 0);
    EXPECT_EQ(failedTransactions(), 1);
}

TEST_F(PaymentsTest, AnApprovedPaymentNobodyBookedIsReturned)
{
    attachTerminal();
    const PaymentIntent paid = settle(pay(2500).uuid);
    ASSERT_EQ(paid.state, IntentState::kApproved);
    ASSERT_TRUE(payments().reconcile().ok());
    EXPECT_EQ(payments().intent(paid.uuid)->state, IntentState::kApproved) << "young: the sale may still come";
    clock.advanceMs(11 * 60 * 1000);
    ASSERT_TRUE(payments().reconcile().ok());
    const PaymentIntent done = settle(paid.uuid);
    EXPECT_EQ(done.state, IntentState::kReversed);
    EXPECT_EQ(terminal->heldFen(paid.uuid), 0);
}

TEST_F(PaymentsTest, QrCodesAreRoutedByTheirPrefixAndBadOnesNeverReachTheTerminal)
{
    attachTerminal();
    auto bad = payments().start(cashier, newId(), TenderType::kQr, yuan(12), QStringLiteral("9912345678"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("payment code")));
    EXPECT_TRUE(payments().undecided()->isEmpty()) << "no intent for a code no wallet issues";
    auto wechat = payments().start(cashier, newId(), TenderType::kQr, yuan(12), QStringLiteral("134567890123456789"));
    ASSERT_TRUE(wechat.ok()) << wechat.error().toString().toStdString();
    EXPECT_EQ(wechat->wallet, QStringLiteral("WeChat Pay"));
    EXPECT_EQ(settle(wechat->uuid).state, IntentState::kApproved);
    EXPECT_EQ(QrRouting::defaults().walletOf(QStringLiteral("6212345678901234567")).value(), QStringLiteral("UnionPay"));
    EXPECT_EQ(QrRouting::defaults().walletOf(QStringLiteral("2812345678901234")).value(), QStringLiteral("Alipay"));
    EXPECT_FALSE(QrRouting::parse(QStringLiteral("WeChat Pay:10-15")).ok());
}
