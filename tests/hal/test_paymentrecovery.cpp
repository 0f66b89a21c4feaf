// What checkout's payment intents and reconciler rely on: an unknown outcome is found by a Query,
// a pending one decides on a later Query, a Reverse makes any of them definite (once even after a
// failed first try), a restarted app (a second terminal on the same ledger file) answers for the
// first one, and no requestId is ever charged twice. Delays are 0; the tests wait for the signal.
#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {

struct Recovery : ::testing::Test
{
    ManualScheduler clock;
    DeviceManager manager;
    QTemporaryDir dir;
    int instances = 0;

    /// A terminal (the app's), optionally on a ledger file; `params` add to delayMs 0.
    SimPaymentTerminal *terminal(const QString &ledger = {}, QVariantMap params = {})
    {
        params.insert(u"delayMs"_qs, 0);
        if (!ledger.isEmpty())
            params.insert(u"ledger"_qs, ledger);
        const QString id = u"pay%1"_qs.arg(++instances);
        auto owned = std::make_unique<SimPaymentTerminal>(
            DeviceInfo{id, DeviceCategory::PaymentTerminal, {}, u"sim"_qs, params}, &clock);
        SimPaymentTerminal *t = owned.get();
        EXPECT_TRUE(manager.add(std::move(owned)));
        EXPECT_TRUE(manager.start(t, u"checkout"_qs));
        return t;
    }

    QString ledgerPath() const { return dir.filePath(u"provider.json"_qs); }

    /// Sends one request and returns its answer (the signal, after the scheduler ran).
    static PaymentResult send(SimPaymentTerminal *t, ManualScheduler &clock, const PaymentRequest &r)
    {
        PaymentResult got;
        int answers = 0;
        const auto c = QObject::connect(t, &PaymentTerminal::paymentFinished, [&](const PaymentResult &result) {
            got = result;
            ++answers;
        });
        const Outcome started = t->start(r);
        EXPECT_TRUE(started) << started.error().message.toStdString();
        clock.advance(qMax(0, r.timeoutMs));
        QObject::disconnect(c);
        EXPECT_EQ(answers, 1) << r.requestId.toStdString();
        return got;
    }

    static PaymentRequest pay(const QString &id, qint64 fen)
    {
        PaymentRequest r;
        r.requestId = id;
        r.amountFen = fen;
        r.timeoutMs = 30000;
        return r;
    }
    static PaymentRequest ask(PaymentKind kind, const QString &id)
    {
        PaymentRequest r;
        r.requestId = id;
        r.kind = kind;
        r.timeoutMs = 0;
        return r;
    }

    PaymentResult authorize(SimPaymentTerminal *t, const QString &id, qint64 fen) { return send(t, clock, pay(id, fen)); }
    PaymentResult query(SimPaymentTerminal *t, const QString &id) { return send(t, clock, ask(PaymentKind::Query, id)); }
    PaymentResult reverse(SimPaymentTerminal *t, const QString &id) { return send(t, clock, ask(PaymentKind::Reverse, id)); }
};

} // namespace

TEST_F(Recovery, AQueryFindsThePaymentWhoseReplyWasLost)
{
    SimPaymentTerminal *t = terminal();
    const PaymentResult lost = authorize(t, u"T1"_qs, 2004);
    EXPECT_EQ(lost.outcome, PaymentOutcome::Failed);
    EXPECT_FALSE(isDefinite(lost));
    EXPECT_EQ(t->heldFen(u"T1"_qs), 2004); // the provider took it all the same

    const PaymentResult found = query(t, u"T1"_qs);
    EXPECT_EQ(found.kind, PaymentKind::Query);
    EXPECT_EQ(found.requestId, u"T1"_qs);
    EXPECT_EQ(found.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(found.approvedFen, 2004);
    EXPECT_EQ(found.cardBrand, u"UnionPay"_qs);
    EXPECT_FALSE(found.transactionId.isEmpty());
    EXPECT_EQ(query(t, u"T1"_qs).transactionId, found.transactionId); // queries never charge
    EXPECT_EQ(t->timesCharged(u"T1"_qs), 1);
}

TEST_F(Recovery, APendingPaymentIsApprovedOrDeclinedByTheNextQuery)
{
    SimPaymentTerminal *t = terminal();
    const PaymentResult waiting = authorize(t, u"P7"_qs, 3107);
    EXPECT_EQ(waiting.outcome, PaymentOutcome::Pending);
    EXPECT_FALSE(isDefinite(waiting));
    EXPECT_EQ(t->heldFen(u"P7"_qs), 0); // the customer has not confirmed yet
    const PaymentResult approved = query(t, u"P7"_qs);
    EXPECT_EQ(approved.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(approved.approvedFen, 3107);
    EXPECT_EQ(t->heldFen(u"P7"_qs), 3107);

    EXPECT_EQ(authorize(t, u"P8"_qs, 3108).outcome, PaymentOutcome::Pending);
    const PaymentResult declined = query(t, u"P8"_qs);
    EXPECT_EQ(declined.outcome, PaymentOutcome::Declined);
    EXPECT_TRUE(isDefinite(declined));
    EXPECT_EQ(query(t, u"P8"_qs).outcome, PaymentOutcome::Declined);
    EXPECT_EQ(t->timesCharged(u"P7"_qs), 1);
    EXPECT_EQ(t->timesCharged(u"P8"_qs), 0);
}

TEST_F(Recovery, TheCustomerMayTakeSeveralPollsAndAReverseClosesThePayment)
{
    SimPaymentTerminal *t = terminal({}, {{u"pendingQueries"_qs, 2}});
    EXPECT_EQ(authorize(t, u"W1"_qs, 1007).outcome, PaymentOutcome::Pending);
    EXPECT_EQ(query(t, u"W1"_qs).outcome, PaymentOutcome::Pending);
    EXPECT_EQ(query(t, u"W1"_qs).outcome, PaymentOutcome::Pending);
    EXPECT_EQ(query(t, u"W1"_qs).outcome, PaymentOutcome::Approved);

    // WeChat micropay: still USERPAYING after the polls → reverse; the customer can no longer pay.
    EXPECT_EQ(authorize(t, u"W2"_qs, 1007).outcome, PaymentOutcome::Pending);
    EXPECT_EQ(query(t, u"W2"_qs).outcome, PaymentOutcome::Pending);
    const PaymentResult closed = reverse(t, u"W2"_qs);
    EXPECT_EQ(closed.kind, PaymentKind::Reverse);
    EXPECT_EQ(closed.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(closed.approvedFen, 0);
    EXPECT_EQ(query(t, u"W2"_qs).outcome, PaymentOutcome::Cancelled);
    EXPECT_EQ(query(t, u"W2"_qs).outcome, PaymentOutcome::Cancelled);
    EXPECT_EQ(authorize(t, u"W2"_qs, 1007).outcome, PaymentOutcome::Cancelled); // a late retry
    EXPECT_EQ(t->timesCharged(u"W2"_qs), 0);
}

TEST_F(Recovery, AReverseGivesBackWhatAnUnknownOutcomeTookOnce)
{
    SimPaymentTerminal *t = terminal();
    ASSERT_EQ(authorize(t, u"U1"_qs, 5004).outcome, PaymentOutcome::Failed);
    const PaymentResult back = reverse(t, u"U1"_qs);
    EXPECT_EQ(back.outcome, PaymentOutcome::Approved);
    EXPECT_TRUE(isDefinite(back));
    EXPECT_EQ(back.approvedFen, 5004);
    EXPECT_EQ(t->heldFen(u"U1"_qs), 0);
    const PaymentResult again = reverse(t, u"U1"_qs); // the reverse's own reply lost: ask again
    EXPECT_EQ(again.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(again.approvedFen, 5004);
    EXPECT_EQ(again.transactionId, back.transactionId); // the same reversal, not a second one
    EXPECT_EQ(query(t, u"U1"_qs).outcome, PaymentOutcome::Cancelled);
    EXPECT_EQ(authorize(t, u"U1"_qs, 5004).outcome, PaymentOutcome::Cancelled);
    EXPECT_EQ(t->timesCharged(u"U1"_qs), 1);
    EXPECT_EQ(t->heldFen(u"U1"_qs), 0);
}

TEST_F(Recovery, AReversalThatFailsOnceSucceedsTheSecondTime)
{
    SimPaymentTerminal *t = terminal();
    ASSERT_EQ(authorize(t, u"R9"_qs, 8809).outcome, PaymentOutcome::Failed);
    EXPECT_EQ(query(t, u"R9"_qs).outcome, PaymentOutcome::Approved);
    const PaymentResult first = reverse(t, u"R9"_qs);
    EXPECT_EQ(first.outcome, PaymentOutcome::Failed);
    EXPECT_FALSE(isDefinite(first));
    EXPECT_EQ(t->heldFen(u"R9"_qs), 8809); // nothing went back yet
    const PaymentResult second = reverse(t, u"R9"_qs);
    EXPECT_EQ(second.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(second.approvedFen, 8809);
    EXPECT_EQ(t->heldFen(u"R9"_qs), 0);
    EXPECT_EQ(t->timesCharged(u"R9"_qs), 1);
}

TEST_F(Recovery, ARequestThatNeverArrivedIsNotFoundThenClosed)
{
    SimPaymentTerminal *t = terminal();
    const PaymentResult late = authorize(t, u"N1"_qs, 1202); // the terminal times out
    EXPECT_EQ(late.outcome, PaymentOutcome::TimedOut);
    const PaymentResult unknown = query(t, u"N1"_qs);
    EXPECT_EQ(unknown.outcome, PaymentOutcome::NotFound);
    EXPECT_FALSE(isDefinite(unknown)); // it might still be on its way
    const PaymentResult closed = reverse(t, u"N1"_qs);
    EXPECT_EQ(closed.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(closed.approvedFen, 0); // nothing to undo
    // Closed for good: the request arriving now is not charged.
    EXPECT_EQ(authorize(t, u"N1"_qs, 1202).outcome, PaymentOutcome::Cancelled);
    EXPECT_EQ(t->timesCharged(u"N1"_qs), 0);
    // Declined and cancelled payments reverse with nothing to undo, too.
    ASSERT_EQ(authorize(t, u"N2"_qs, 1201).outcome, PaymentOutcome::Declined);
    EXPECT_EQ(reverse(t, u"N2"_qs).outcome, PaymentOutcome::Approved);
    EXPECT_EQ(query(t, u"N2"_qs).outcome, PaymentOutcome::Declined);
}

TEST_F(Recovery, ARestartedAppFindsThePaymentsOfTheFirst)
{
    ASSERT_TRUE(dir.isValid());
    SimPaymentTerminal *first = terminal(ledgerPath());
    ASSERT_EQ(authorize(first, u"A1"_qs, 4004).outcome, PaymentOutcome::Failed); // 4004: reply lost
    ASSERT_EQ(authorize(first, u"A2"_qs, 2307).outcome, PaymentOutcome::Pending);
    ASSERT_EQ(authorize(first, u"A3"_qs, 1509).outcome, PaymentOutcome::Failed);
    const QString firstTxn = query(first, u"A1"_qs).transactionId;
    manager.remove(first->info().id); // the app is gone

    SimPaymentTerminal *second = terminal(ledgerPath(), {{u"methods"_qs, QStringList{u"card"_qs}}});
    const PaymentResult a1 = query(second, u"A1"_qs);
    EXPECT_EQ(a1.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(a1.approvedFen, 4004);
    EXPECT_EQ(a1.transactionId, firstTxn);
    EXPECT_EQ(query(second, u"A2"_qs).outcome, PaymentOutcome::Approved); // the customer confirmed meanwhile
    EXPECT_EQ(reverse(second, u"A3"_qs).outcome, PaymentOutcome::Failed); // 09 keeps its story
    EXPECT_EQ(reverse(second, u"A3"_qs).outcome, PaymentOutcome::Approved);
    EXPECT_EQ(query(second, u"NEVER"_qs).outcome, PaymentOutcome::NotFound);
    PaymentRequest qrQuery = ask(PaymentKind::Query, u"A2"_qs);
    qrQuery.method = PaymentMethod::QrCustomer; // this terminal no longer takes QR: it still answers
    EXPECT_EQ(send(second, clock, qrQuery).approvedFen, 2307);
    EXPECT_EQ(second->refundable(firstTxn), 4004);
    // New payments get new transaction ids, not the first instance's again.
    const PaymentResult fresh = authorize(second, u"A4"_qs, 100);
    EXPECT_NE(fresh.transactionId, firstTxn);
    EXPECT_NE(fresh.transactionId, a1.transactionId);
    for (const QString &id : {u"A1"_qs, u"A2"_qs, u"A3"_qs, u"A4"_qs})
        EXPECT_EQ(second->timesCharged(id), 1) << id.toStdString();
    EXPECT_EQ(second->heldFen(u"A3"_qs), 0);
}

TEST_F(Recovery, TwoTerminalsOnOneLedgerSeeEachOthersWork)
{
    SimPaymentTerminal *lane = terminal(ledgerPath());
    SimPaymentTerminal *reconciler = terminal(ledgerPath());
    ASSERT_EQ(authorize(lane, u"B1"_qs, 7004).outcome, PaymentOutcome::Failed);
    EXPECT_EQ(reverse(reconciler, u"B1"_qs).approvedFen, 7004);
    EXPECT_EQ(authorize(lane, u"B1"_qs, 7004).outcome, PaymentOutcome::Cancelled); // the lane's retry
    EXPECT_EQ(lane->timesCharged(u"B1"_qs), 1);
    EXPECT_EQ(lane->heldFen(u"B1"_qs), 0);
}

TEST_F(Recovery, TheSameRequestIdIsNeverChargedTwice)
{
    SimPaymentTerminal *t = terminal(ledgerPath());
    for (int attempt = 0; attempt < 3; ++attempt) {
        EXPECT_EQ(authorize(t, u"S1"_qs, 1000).outcome, PaymentOutcome::Approved);
        EXPECT_EQ(authorize(t, u"S4"_qs, 1004).outcome, attempt == 0 ? PaymentOutcome::Failed
                                                                      : PaymentOutcome::Approved);
        authorize(t, u"S7"_qs, 1007);
        query(t, u"S7"_qs);
        authorize(t, u"S9"_qs, 1009);
    }
    for (const QString &id : {u"S1"_qs, u"S4"_qs, u"S7"_qs, u"S9"_qs}) {
        EXPECT_EQ(t->timesCharged(id), 1) << id.toStdString();
        EXPECT_EQ(t->heldFen(id), id == u"S1" ? 1000 : id == u"S4" ? 1004 : id == u"S7" ? 1007 : 1009);
    }
    // A refund sent twice (its reply lost) refunds once.
    const QString txn = query(t, u"S1"_qs).transactionId;
    PaymentRequest refund = pay(u"S1-refund"_qs, 400);
    refund.kind = PaymentKind::Refund;
    refund.originalTransactionId = txn;
    const PaymentResult once = send(t, clock, refund);
    const PaymentResult twice = send(t, clock, refund);
    EXPECT_EQ(once.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(twice.transactionId, once.transactionId);
    EXPECT_EQ(t->refundable(txn), 600);
    EXPECT_EQ(t->heldFen(u"S1"_qs), 600);
}

TEST_F(Recovery, AQueryOrReverseIsNotCancelledAndAVoidAfterAReverseIsRefused)
{
    SimPaymentTerminal *t = terminal({}, {{u"delayMs"_qs, 300}});
    QList<PaymentResult> results;
    QObject::connect(t, &PaymentTerminal::paymentFinished, [&](const PaymentResult &r) { results.append(r); });
    ASSERT_TRUE(t->start(pay(u"C1"_qs, 600)));
    clock.advance(300);
    ASSERT_EQ(results.size(), 1);
    const QString txn = results[0].transactionId;
    ASSERT_TRUE(t->start(ask(PaymentKind::Reverse, u"C1"_qs)));
    EXPECT_FALSE(t->start(ask(PaymentKind::Query, u"C1"_qs))); // one request at a time
    t->cancel(u"C1"_qs);
    clock.advance(300);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[1].outcome, PaymentOutcome::Approved); // reversed, not "cancelled"
    EXPECT_EQ(results[1].approvedFen, 600);

    PaymentRequest voiding = pay(u"C1-void"_qs, 600);
    voiding.kind = PaymentKind::Void;
    voiding.originalTransactionId = txn;
    ASSERT_TRUE(t->start(voiding));
    clock.advance(300);
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[2].outcome, PaymentOutcome::Declined); // nothing left to void
    EXPECT_EQ(t->refundable(txn), 0);
}

TEST_F(Recovery, AnUnreadableLedgerIsAnUnknownOutcomeNotACrash)
{
    {
        QFile file(ledgerPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    SimPaymentTerminal *t = terminal(ledgerPath());
    const PaymentResult r = authorize(t, u"X1"_qs, 100);
    EXPECT_EQ(r.outcome, PaymentOutcome::Failed);
    EXPECT_FALSE(isDefinite(r));
    EXPECT_TRUE(r.detail.contains(u"ledger"_qs)) << r.detail.toStdString();
}

TEST(RecoveryRealTime, AnswersArriveOnTheEventLoopWithoutDelay)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimPaymentTerminal>(
        DeviceInfo{u"pay"_qs, DeviceCategory::PaymentTerminal, {}, u"sim"_qs, {{u"delayMs"_qs, 0}}});
    SimPaymentTerminal *t = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    ASSERT_TRUE(manager.start(t, u"checkout"_qs));
    QSignalSpy finished(t, &PaymentTerminal::paymentFinished);
    PaymentRequest r;
    r.requestId = u"RT1"_qs;
    r.amountFen = 1007;
    ASSERT_TRUE(t->start(r));
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.at(0).at(0).value<PaymentResult>().outcome, PaymentOutcome::Pending);
    r.kind = PaymentKind::Query;
    ASSERT_TRUE(t->start(r));
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.at(1).at(0).value<PaymentResult>().outcome, PaymentOutcome::Approved);
}
