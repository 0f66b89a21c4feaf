// The payment terminal simulator: every documented outcome (approve, decline, timeout, customer
// cancel, unknown result resolved by a query, partial approval, terminal offline, pending, reply
// lost before a failing reversal), cashier cancel, idempotent request ids, voids and refunds against
// its ledger, payment codes per wallet — on a manual clock, no sleeping. Queries, reversals and the
// restart: test_paymentrecovery.cpp.
#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {

struct Terminal : ::testing::Test
{
    ManualScheduler clock;
    DeviceManager manager;
    SimPaymentTerminal *terminal = nullptr;
    QList<PaymentResult> results;
    QStringList prompts;

    void SetUp() override
    {
        auto owned = std::make_unique<SimPaymentTerminal>(
            DeviceInfo{u"pay"_qs, DeviceCategory::PaymentTerminal, {}, u"sim"_qs, {}}, &clock);
        terminal = owned.get();
        ASSERT_TRUE(manager.add(std::move(owned)));
        ASSERT_TRUE(manager.start(terminal, u"checkout"_qs));
        QObject::connect(terminal, &PaymentTerminal::paymentFinished,
                         [this](const PaymentResult &r) { results.append(r); });
        QObject::connect(terminal, &PaymentTerminal::paymentProgress,
                         [this](const QString &, const QString &message) { prompts.append(message); });
    }

    static PaymentRequest request(const QString &id, qint64 fen, PaymentMethod method = PaymentMethod::Card)
    {
        PaymentRequest r;
        r.requestId = id;
        r.amountFen = fen;
        r.method = method;
        r.timeoutMs = 60000;
        return r;
    }
};

} // namespace

TEST_F(Terminal, ApprovesAfterTheTerminalsDelay)
{
    QSignalSpy done(terminal, &Device::outputCompleted);
    ASSERT_TRUE(terminal->start(request(u"S1-1"_qs, 3500)));
    EXPECT_TRUE(terminal->isBusy());
    clock.advance(0);
    EXPECT_EQ(prompts, QStringList{u"Insert, tap or swipe the card"_qs});
    clock.advance(1499);
    EXPECT_TRUE(results.isEmpty()); // asynchronous: nothing before the terminal answers
    clock.advance(1);
    ASSERT_EQ(results.size(), 1);
    const PaymentResult r = results[0];
    EXPECT_EQ(r.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(r.approvedFen, 3500);
    EXPECT_EQ(r.requestId, u"S1-1"_qs);
    EXPECT_EQ(r.cardBrand, u"UnionPay"_qs);
    EXPECT_EQ(r.maskedNumber, u"**** **** **** 0128"_qs);
    EXPECT_FALSE(r.transactionId.isEmpty());
    EXPECT_EQ(done.size(), 1);
    EXPECT_FALSE(terminal->isBusy());
}

TEST_F(Terminal, EachDocumentedOutcome)
{
    struct Row
    {
        qint64 fen;
        PaymentOutcome outcome;
        qint64 approved;
        qint64 afterMs;
    };
    const Row rows[] = {
        {1001, PaymentOutcome::Declined, 0, 1500},
        {1002, PaymentOutcome::TimedOut, 0, 60000}, // the request's own timeout
        {1003, PaymentOutcome::Cancelled, 0, 1500},
        {1004, PaymentOutcome::Failed, 0, 1500},
        {1005, PaymentOutcome::PartialApproval, 502, 1500},
        {1006, PaymentOutcome::Failed, 0, 1500},
        {1007, PaymentOutcome::Pending, 0, 1500},
        {1008, PaymentOutcome::Pending, 0, 1500},
        {1009, PaymentOutcome::Failed, 0, 1500},
        {1099, PaymentOutcome::Approved, 1099, 1500},
    };
    int n = 0;
    for (const Row &row : rows) {
        results.clear();
        const QString id = u"R%1"_qs.arg(++n);
        ASSERT_TRUE(terminal->start(request(id, row.fen)));
        clock.advance(row.afterMs - 1);
        EXPECT_TRUE(results.isEmpty()) << row.fen;
        clock.advance(1);
        ASSERT_EQ(results.size(), 1) << row.fen;
        EXPECT_EQ(results[0].outcome, row.outcome) << row.fen;
        EXPECT_EQ(results[0].approvedFen, row.approved) << row.fen;
        EXPECT_FALSE(results[0].message.isEmpty()) << row.fen;
        EXPECT_EQ(results[0].kind, PaymentKind::Authorize) << row.fen;
        if (terminal->state() == Device::State::Error)
            manager.respond(terminal, ErrorResponse::Retry); // 06 takes the terminal offline
    }
}

TEST_F(Terminal, WhatTheCallerMayConcludeFromEachOutcome)
{
    PaymentResult r;
    auto definite = [&](PaymentOutcome outcome, PaymentKind kind = PaymentKind::Authorize) {
        r.outcome = outcome;
        r.kind = kind;
        return isDefinite(r);
    };
    EXPECT_TRUE(definite(PaymentOutcome::Approved));
    EXPECT_TRUE(definite(PaymentOutcome::PartialApproval));
    EXPECT_TRUE(definite(PaymentOutcome::Declined));
    EXPECT_TRUE(definite(PaymentOutcome::Cancelled, PaymentKind::Query));
    EXPECT_TRUE(definite(PaymentOutcome::Approved, PaymentKind::Reverse));
    EXPECT_FALSE(definite(PaymentOutcome::TimedOut));
    EXPECT_FALSE(definite(PaymentOutcome::Failed));
    EXPECT_FALSE(definite(PaymentOutcome::Pending, PaymentKind::Query));
    EXPECT_FALSE(definite(PaymentOutcome::NotFound, PaymentKind::Query)); // may still be on its way
    EXPECT_FALSE(definite(PaymentOutcome::Failed, PaymentKind::Reverse));
}

TEST_F(Terminal, AnUnknownResultIsResolvedByQueryingTheSameRequest)
{
    ASSERT_TRUE(terminal->start(request(u"Q1"_qs, 2004)));
    clock.advance(1500);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].outcome, PaymentOutcome::Failed);
    EXPECT_TRUE(results[0].transactionId.isEmpty());
    // The query: the same requestId again. The money was taken; it is not taken twice.
    ASSERT_TRUE(terminal->start(request(u"Q1"_qs, 2004)));
    clock.advance(0);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[1].outcome, PaymentOutcome::Approved);
    EXPECT_EQ(results[1].approvedFen, 2004);
    EXPECT_FALSE(results[1].transactionId.isEmpty());
    EXPECT_EQ(terminal->refundable(results[1].transactionId), 2004);
    // Asking again gives the same answer and the same transaction.
    ASSERT_TRUE(terminal->start(request(u"Q1"_qs, 2004)));
    clock.advance(0);
    EXPECT_EQ(results[2].transactionId, results[1].transactionId);
}

TEST_F(Terminal, TheCashierCanCancelWhileWaiting)
{
    ASSERT_TRUE(terminal->start(request(u"C1"_qs, 5000)));
    clock.advance(500);
    terminal->cancel(u"C1"_qs);
    clock.advance(0);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].outcome, PaymentOutcome::Cancelled);
    clock.advance(5000);
    EXPECT_EQ(results.size(), 1); // exactly one result per request
    // Too late: cancelling a finished request changes nothing.
    ASSERT_TRUE(terminal->start(request(u"C2"_qs, 5000)));
    clock.advance(1500);
    terminal->cancel(u"C2"_qs);
    clock.advance(100);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[1].outcome, PaymentOutcome::Approved);
}

TEST_F(Terminal, RefusesWhatItCannotStart)
{
    ASSERT_TRUE(terminal->start(request(u"B1"_qs, 100)));
    const Outcome busy = terminal->start(request(u"B2"_qs, 100));
    EXPECT_FALSE(busy);
    EXPECT_EQ(busy.error().kind, ErrorKind::Busy);
    EXPECT_FALSE(terminal->start(request(u"B3"_qs, 0)));
    EXPECT_FALSE(terminal->start(request(QString(), 100)));
    clock.advance(2000);
    ASSERT_TRUE(manager.disable(terminal, u"checkout"_qs));
    EXPECT_FALSE(terminal->start(request(u"B4"_qs, 100)));
    EXPECT_EQ(results.size(), 1); // refused requests never finish
}

TEST_F(Terminal, QrPaymentsCheckThePaymentCode)
{
    PaymentRequest wechat = request(u"W1"_qs, 1288, PaymentMethod::QrCustomer);
    wechat.authCode = u"134567890123456789"_qs;
    PaymentRequest bad = request(u"W2"_qs, 1288, PaymentMethod::QrCustomer);
    bad.authCode = u"99"_qs;
    ASSERT_TRUE(terminal->start(wechat));
    clock.advance(800);
    ASSERT_TRUE(terminal->start(bad));
    clock.advance(800);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, PaymentOutcome::Approved);
    EXPECT_EQ(results[0].cardBrand, u"WeChat Pay"_qs);
    EXPECT_TRUE(results[0].maskedNumber.isEmpty());
    EXPECT_EQ(results[1].outcome, PaymentOutcome::Declined);
}

TEST(PaymentScenarioTest, PaymentCodesAreRecognisedPerWallet)
{
    const QString wechat = u"WeChat Pay"_qs, alipay = u"Alipay"_qs, unionpay = u"UnionPay"_qs;
    const struct
    {
        QString code;
        QString wallet;
    } rows[] = {
        {u"100000000000000000"_qs, wechat}, // 18 digits, 10–15
        {u"150000000000000000"_qs, wechat},
        {u"160000000000000000"_qs, {}},     // 16 is nobody's
        {u"09000000000000000"_qs, {}},
        {u"13456789012345678"_qs, {}},      // WeChat needs exactly 18
        {u"1345678901234567890"_qs, {}},
        {u"2500000000000000"_qs, alipay},   // 16 digits, 25–30
        {u"300000000000000000000000"_qs, alipay}, // 24 digits
        {u"280000000000000000"_qs, alipay}, // 18 digits
        {u"250000000000000"_qs, {}},        // 15: too short
        {u"3000000000000000000000000"_qs, {}}, // 25: too long
        {u"240000000000000000"_qs, {}},
        {u"310000000000000000"_qs, {}},
        {u"6200000000000000000"_qs, unionpay}, // 19 digits, 62
        {u"620000000000000000"_qs, {}},     // 18
        {u"62000000000000000000"_qs, {}},   // 20
        {u"6300000000000000000"_qs, {}},
        {u"13456789012345678X"_qs, {}},     // not all digits
        {u" 134567890123456789"_qs, {}},
        {QString(), {}},
    };
    for (const auto &row : rows)
        EXPECT_EQ(PaymentScenario::walletOf(row.code), row.wallet) << row.code.toStdString();
}

TEST_F(Terminal, EachWalletsPaymentCodePays)
{
    const QStringList codes{u"134567890123456789"_qs, u"28765432109876543210"_qs, u"6212345678901234567"_qs,
                            u"6212345678901234"_qs};
    for (int i = 0; i < codes.size(); ++i) {
        PaymentRequest r = request(u"QR%1"_qs.arg(i), 1288, PaymentMethod::QrCustomer);
        r.authCode = codes[i];
        ASSERT_TRUE(terminal->start(r));
        clock.advance(800);
    }
    ASSERT_EQ(results.size(), 4);
    EXPECT_EQ(results[0].cardBrand, u"WeChat Pay"_qs);
    EXPECT_EQ(results[1].cardBrand, u"Alipay"_qs);
    EXPECT_EQ(results[2].cardBrand, u"UnionPay"_qs);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(results[i].outcome, PaymentOutcome::Approved) << i;
    EXPECT_EQ(results[3].outcome, PaymentOutcome::Declined); // 16 digits starting 62: nobody's
    EXPECT_EQ(terminal->timesCharged(u"QR3"_qs), 0);
}

TEST_F(Terminal, VoidsAndRefundsFollowTheLedger)
{
    ASSERT_TRUE(terminal->start(request(u"P1"_qs, 10000)));
    clock.advance(1500);
    const QString txn = results[0].transactionId;
    auto reversal = [&](const QString &id, PaymentKind kind, qint64 fen, const QString &original) {
        PaymentRequest r = request(id, fen);
        r.kind = kind;
        r.originalTransactionId = original;
        EXPECT_TRUE(terminal->start(r));
        clock.advance(1500);
        return results.last();
    };
    EXPECT_EQ(reversal(u"F1"_qs, PaymentKind::Refund, 3000, txn).outcome, PaymentOutcome::Approved);
    EXPECT_EQ(terminal->refundable(txn), 7000);
    EXPECT_EQ(reversal(u"F2"_qs, PaymentKind::Refund, 8000, txn).outcome, PaymentOutcome::Declined); // too much
    EXPECT_EQ(reversal(u"F3"_qs, PaymentKind::Void, 0 + 1, txn).outcome, PaymentOutcome::Declined);  // partly refunded
    EXPECT_EQ(reversal(u"F4"_qs, PaymentKind::Refund, 100, u"NOPE"_qs).outcome, PaymentOutcome::Declined);

    ASSERT_TRUE(terminal->start(request(u"P2"_qs, 2500)));
    clock.advance(1500);
    const QString second = results.last().transactionId;
    const PaymentResult voided = reversal(u"V1"_qs, PaymentKind::Void, 2500, second);
    EXPECT_EQ(voided.outcome, PaymentOutcome::Approved);
    EXPECT_EQ(voided.approvedFen, 2500);
    EXPECT_EQ(terminal->refundable(second), 0);
    EXPECT_EQ(reversal(u"V2"_qs, PaymentKind::Void, 2500, second).outcome, PaymentOutcome::Declined);
}

TEST_F(Terminal, AnOfflineTerminalFaultsAndRecovers)
{
    QSignalSpy errors(terminal, &Device::errorOccurred);
    ASSERT_TRUE(terminal->start(request(u"O1"_qs, 3306)));
    clock.advance(1500);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].outcome, PaymentOutcome::Failed);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Offline);
    EXPECT_EQ(terminal->state(), Device::State::Error);
    EXPECT_FALSE(terminal->start(request(u"O2"_qs, 100))); // not while faulted
    manager.respond(terminal, ErrorResponse::Retry);
    EXPECT_EQ(terminal->state(), Device::State::Enabled);
    EXPECT_TRUE(terminal->start(request(u"O2"_qs, 100)));
}
