// Refunds back to card payments through the terminal: per-tender plans, declines, lost replies and a
// restart — each refund booked exactly once and the provider giving back exactly once.
#include "checkoutfixture.h"

#include "checkout/journalverifier.h"
#include "checkout/refundservice.h"

#include "core/journal.h"
#include "core/permissionservice.h"
#include "core/store.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class TerminalRefundTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    QTemporaryDir providerDir;
    QString ledger() const { return providerDir.filePath(QStringLiteral("provider.json")); }
    RefundService &refunds() { return checkout().refunds(); }

    /// Sells `lines` (code, units); `cardYuan` of it by card through the terminal, the rest in cash.
    SaleDetail sell(const QList<std::pair<QString, int>> &lines, double cardYuan)
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        for (const auto &[code, units] : lines)
            EXPECT_TRUE(request.cart.add(scan(code), Quantity::units(units)).ok());
        request.tenders = {card(request.uuid, yuan(cardYuan))};
        if (request.cart.totals().value().total != yuan(cardYuan))
            request.tenders << cash(yuan(100));
        auto sale = checkout().sales().commit(supervisor, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return checkout().sales().detail(sale.valueOr({}).receiptNumber).valueOr({});
    }

    RefundRequest take(const SaleDetail &sale, QList<RefundLineRequest> lines, const QString &uuid = newId())
    {
        return RefundRequest{uuid, sale.sale.receiptNumber, std::move(lines), QStringLiteral("faulty")};
    }

    /// Runs the terminal and the services until the refund is booked or declined.
    BookedRefund settleRefund(const QString &uuid, int rounds = 20)
    {
        for (int i = 0; i < rounds; ++i) {
            auto now = refunds().status(uuid);
            if (now.ok() && !now->waiting)
                return *now;
            scheduler.advance(60000);
            QCoreApplication::processEvents();
        }
        auto last = refunds().finish(uuid);
        for (const RefundIntent &i : payments().refundIntents(uuid).valueOr({}))
            ADD_FAILURE() << i.state.toStdString() << " " << i.message.toStdString() << " " << i.originalReference.toStdString();
        ADD_FAILURE() << "not settled: " << (last.ok() ? last->declined.toStdString() : last.error().toString().toStdString());
        return refunds().status(uuid).valueOr({});
    }

    BookedRefund refundAndSettle(const Session &session, const RefundRequest &request)
    {
        auto started = refunds().refund(session, request);
        EXPECT_TRUE(started.ok()) << (started.ok() ? std::string() : started.error().toString().toStdString());
        return settleRefund(request.uuid);
    }

    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    void expectJournalVerifies()
    {
        auto report = checkout().journalVerifier().verify();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
    }

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
        supervisor = services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
        attachTerminal(ledger());
    }
};

} // namespace

TEST_F(TerminalRefundTest, ACardOnlySaleGoesBackToTheCardInTwoParts)
{
    const SaleDetail sale = sell({{kCola, 2}}, 7.00);
    const QString paid = sale.tenders.first().uuid;
    ASSERT_EQ(terminal->heldFen(paid), 700);

    const BookedRefund first = refundAndSettle(supervisor, take(sale, {{1, Quantity::units(1), true}}));
    ASSERT_FALSE(first.refundNumber.isEmpty()) << first.declined.toStdString();
    ASSERT_EQ(first.plan.tenders.size(), 1);
    const RefundTender &back = first.plan.tenders.first();
    EXPECT_EQ(back.type, TenderType::kCard);
    EXPECT_EQ(back.amount, yuan(3.50));
    EXPECT_EQ(back.saleTenderUuid, paid);
    EXPECT_EQ(back.approvalCode.size(), 6) << "the terminal's approval code is kept";
    EXPECT_FALSE(back.reference.isEmpty());
    EXPECT_EQ(terminal->heldFen(paid), 350);

    const BookedRefund second = refundAndSettle(supervisor, take(sale, {{1, Quantity::units(1), true}}));
    ASSERT_FALSE(second.refundNumber.isEmpty()) << second.declined.toStdString();
    EXPECT_EQ(second.plan.tenders.first().amount, yuan(3.50));
    EXPECT_EQ(terminal->heldFen(paid), 0) << "the whole payment went back to the card, once";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_tenders WHERE type = 'card' AND approval_code <> ''")), 2);
    expectJournalVerifies();
}

TEST_F(TerminalRefundTest, ASplitSaleGoesBackToTheCardFirstAndCashLast)
{
    // 39.90 + 3.50 = 43.40: 30.00 by card, 13.40 cash.
    const SaleDetail sale = sell({{kRice, 1}, {kCola, 1}}, 30.00);
    ASSERT_EQ(sale.tenders.size(), 2);
    const BookedRefund rice = refundAndSettle(supervisor, take(sale, {{1, Quantity::units(1), true}}));
    ASSERT_FALSE(rice.refundNumber.isEmpty()) << rice.declined.toStdString();
    ASSERT_EQ(rice.plan.tenders.size(), 2);
    EXPECT_EQ(rice.plan.tenders.at(0).type, TenderType::kCard);
    EXPECT_EQ(rice.plan.tenders.at(0).amount, yuan(30.00)) << "the card takes back all it paid first";
    EXPECT_EQ(rice.plan.tenders.at(1).type, TenderType::kCash);
    EXPECT_EQ(rice.plan.tenders.at(1).amount, yuan(9.90));

    // The card has nothing left to take: the cola goes back in cash, booked at once without the terminal.
    auto cola = refunds().refund(supervisor, take(sale, {{2, Quantity::units(1), true}}));
    ASSERT_TRUE(cola.ok()) << cola.error().toString().toStdString();
    EXPECT_FALSE(cola->waiting);
    ASSERT_EQ(cola->plan.tenders.size(), 1);
    EXPECT_EQ(cola->plan.tenders.first().type, TenderType::kCash);
    EXPECT_EQ(cola->plan.tenders.first().amount, yuan(3.50));
    EXPECT_EQ(terminal->heldFen(sale.tenders.first().uuid), 0);
    expectJournalVerifies();
}

TEST_F(TerminalRefundTest, ADeclinedCardRefundBooksNothingAndARetryBooksOnce)
{
    const SaleDetail sale = sell({{kCola, 2}}, 7.00);
    const QString paid = sale.tenders.first().uuid;
    const qint64 journalBefore = count(QStringLiteral("SELECT COUNT(*) FROM journal"));
    terminal->scriptRefunds({hal::PaymentOutcome::Declined});
    const RefundRequest request = take(sale, {{1, Quantity::units(2), true}});

    const BookedRefund declined = refundAndSettle(supervisor, request);
    EXPECT_TRUE(declined.refundNumber.isEmpty());
    EXPECT_FALSE(declined.waiting);
    EXPECT_TRUE(declined.declined.contains(QStringLiteral("declined"))) << declined.declined.toStdString();
    EXPECT_TRUE(declined.declined.contains(QStringLiteral("supervisor"))) << declined.declined.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal")), journalBefore) << "nothing booked";
    EXPECT_EQ(terminal->heldFen(paid), 700);

    const BookedRefund retried = refundAndSettle(supervisor, request);
    ASSERT_FALSE(retried.refundNumber.isEmpty()) << retried.declined.toStdString();
    auto again = refunds().refund(supervisor, request);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyBooked);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refunds")), 1);
    EXPECT_EQ(terminal->heldFen(paid), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_intents WHERE state = 'declined'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_intents WHERE state = 'booked'")), 1);
    expectJournalVerifies();
}

TEST_F(TerminalRefundTest, AnApprovedPartIsNotSentAgainWhenAnotherIsDeclined)
{
    // Two card payments of one sale: 3.50 each for two colas.
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    ASSERT_TRUE(request.cart.add(scan(kCola), Quantity::units(2)).ok());
    request.tenders = {card(request.uuid, yuan(3.50)), card(request.uuid, yuan(3.50))};
    auto committed = checkout().sales().commit(supervisor, request);
    ASSERT_TRUE(committed.ok()) << committed.error().toString().toStdString();
    const SaleDetail sale = checkout().sales().detail(committed->receiptNumber).value();
    terminal->scriptRefunds({hal::PaymentOutcome::Approved, hal::PaymentOutcome::Declined});
    const RefundRequest whole = take(sale, {{1, Quantity::units(2), true}});

    const BookedRefund declined = refundAndSettle(supervisor, whole);
    EXPECT_FALSE(declined.declined.isEmpty());
    EXPECT_EQ(terminal->heldFen(sale.tenders.at(0).uuid) + terminal->heldFen(sale.tenders.at(1).uuid), 350);

    const BookedRefund booked = refundAndSettle(supervisor, whole);
    ASSERT_FALSE(booked.refundNumber.isEmpty()) << booked.declined.toStdString();
    EXPECT_EQ(terminal->heldFen(sale.tenders.at(0).uuid) + terminal->heldFen(sale.tenders.at(1).uuid), 0)
        << "each payment given back exactly once";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_intents")), 3) << "2 parts, one declined and sent again";
    expectJournalVerifies();
}

TEST_F(TerminalRefundTest, AReplyLostIsFinishedAfterARestartAndBookedOnce)
{
    attachTerminal(ledger());
    const SaleDetail sale = sell({{kCola, 2}}, 7.00);
    const QString paid = sale.tenders.first().uuid;
    terminal->scriptRefunds({hal::PaymentOutcome::Failed});
    const RefundRequest request = take(sale, {{1, Quantity::units(1), true}});
    auto started = refunds().refund(supervisor, request);
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    EXPECT_TRUE(started->waiting);
    scheduler.advance(60000); // the terminal answers: no reply. The lane dies before it asks again.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_intents WHERE state = 'unknown'")), 1);
    EXPECT_EQ(terminal->heldFen(paid), 350) << "the provider did give it back";

    restart();
    ASSERT_TRUE(payments().reconcile().ok());
    const BookedRefund booked = settleRefund(request.uuid);
    ASSERT_FALSE(booked.refundNumber.isEmpty()) << booked.declined.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refunds")), 1);
    EXPECT_EQ(terminal->heldFen(paid), 350) << "given back once, across the restart";
    EXPECT_EQ(terminal->refundable(sale.tenders.first().reference), 350);
    auto again = refunds().refund(supervisor, request);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyBooked);
    expectJournalVerifies();
}

TEST_F(TerminalRefundTest, ToCashNeedsItsOwnPermission)
{
    const SaleDetail sale = sell({{kCola, 2}}, 7.00);
    ASSERT_TRUE(services->permissions().setGranted(owner, Role::Supervisor, CheckoutPermissions::kRefundToCash, false).ok());
    RefundRequest request = take(sale, {{1, Quantity::units(1), true}});
    request.toCash = true;
    auto refused = refunds().refund(supervisor, request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);

    auto granted = refunds().refund(owner, request);
    ASSERT_TRUE(granted.ok()) << granted.error().toString().toStdString();
    EXPECT_FALSE(granted->waiting) << "cash: the terminal is not asked";
    ASSERT_EQ(granted->plan.tenders.size(), 1);
    EXPECT_EQ(granted->plan.tenders.first().type, TenderType::kCash);
    EXPECT_EQ(granted->plan.tenders.first().paidBy, TenderType::kCard);
    EXPECT_EQ(terminal->heldFen(sale.tenders.first().uuid), 700);
    // What went back in cash counts against the card: the rest goes to the card, no more.
    const BookedRefund rest = refundAndSettle(owner, take(sale, {{1, Quantity::units(1), true}}));
    ASSERT_FALSE(rest.refundNumber.isEmpty());
    EXPECT_EQ(terminal->heldFen(sale.tenders.first().uuid), 350);
    expectJournalVerifies();
}
