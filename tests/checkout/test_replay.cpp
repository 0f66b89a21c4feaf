// SaleReplay: JSON Lines of till operations booked through the till's services (docs/replay.md).
#include "checkoutfixture.h"

#include "checkout/demosales.h"
#include "checkout/journalverifier.h"
#include "checkout/salereplay.h"
#include "checkout/voidservice.h"

#include "core/journal.h"
#include "core/store.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace qtill::checkout {
namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50
const QString kWeChatCode = QStringLiteral("134567890123456789");

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject sale(const QString &id, const QString &at, const QJsonArray &lines, const QJsonArray &tenders)
{
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("sale")}, {QStringLiteral("id"), id},
                       {QStringLiteral("at"), at}, {QStringLiteral("register"), QStringLiteral("R01")},
                       {QStringLiteral("operator"), QStringLiteral("01")}, {QStringLiteral("lines"), lines},
                       {QStringLiteral("tenders"), tenders}};
}

QJsonObject item(const QString &code, const QString &qty)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("qty"), qty}};
}

QJsonObject tender(const QString &type, const QString &amount, const QString &outcome = {})
{
    QJsonObject t{{QStringLiteral("type"), type}, {QStringLiteral("amount"), amount}};
    if (!outcome.isEmpty())
        t.insert(QStringLiteral("outcome"), outcome);
    return t;
}

QJsonObject cashOp(const QString &op, const QString &at, const QString &amountKey, const QString &amount)
{
    QJsonObject o{{QStringLiteral("op"), op}, {QStringLiteral("at"), at}, {QStringLiteral("operator"), QStringLiteral("01")}};
    if (!amountKey.isEmpty())
        o.insert(amountKey, amount);
    if (op != QLatin1String("shift_open")) {
        o.insert(QStringLiteral("approver"), QStringLiteral("99"));
        o.insert(QStringLiteral("reason"), QStringLiteral("delivery"));
    }
    return o;
}

class ReplayTest : public ::testing::Test, public test::CheckoutFixture
{
protected:
    void SetUp() override
    {
        // The store is in Shanghai, whatever zone the machine running the test is in.
        StoreProfile profile = services->storeProfile().profile();
        profile.timeZone = QStringLiteral("Asia/Shanghai");
        ASSERT_TRUE(services->storeProfile().update(owner, profile).ok());
    }

    Result<ReplaySummary> replay(const QList<QByteArray> &lines, const Session *as = nullptr)
    {
        SaleReplay replay(*services);
        return replay.replay(as ? *as : owner, lines);
    }

    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        EXPECT_TRUE(q.ok());
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 journalOf(const QString &kind)
    {
        auto q = services->store().exec(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = ?"), {kind});
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    /// Everything a replay writes, counted: the same after a second replay of the same file.
    QList<qint64> footprint()
    {
        return {count(QStringLiteral("SELECT COUNT(*) FROM sales")), count(QStringLiteral("SELECT COUNT(*) FROM sale_lines")),
                count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders")), count(QStringLiteral("SELECT COUNT(*) FROM journal")),
                count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")),
                count(QStringLiteral("SELECT COUNT(*) FROM cash_movements")),
                count(QStringLiteral("SELECT COUNT(*) FROM payment_intents"))};
    }

    /// A day with every operation: float, cash, card, QR and declined sales, paid in/out, no sale, a
    /// void of the card sale and a refund of the cash sale.
    QList<QByteArray> everyOperation()
    {
        return {line(cashOp(QStringLiteral("shift_open"), QStringLiteral("2026-12-07T08:00:00+08:00"), QStringLiteral("float"), QStringLiteral("200.00"))),
                line(sale(m_cashSale, QStringLiteral("2026-12-07T09:01:00+08:00"), {item(kRice, QStringLiteral("1")), item(kCola, QStringLiteral("2"))},
                          {tender(QStringLiteral("cash"), QStringLiteral("50.00"))})),
                line(sale(m_cardSale, QStringLiteral("2026-12-07T09:05:00+08:00"), {item(kCola, QStringLiteral("3"))},
                          {tender(QStringLiteral("card"), QStringLiteral("10.50"), QStringLiteral("approve"))})),
                line(sale(newId(), QStringLiteral("2026-12-07T09:07:00+08:00"), {item(kCola, QStringLiteral("1"))},
                          {QJsonObject{{QStringLiteral("type"), QStringLiteral("qr")}, {QStringLiteral("amount"), QStringLiteral("3.50")},
                                       {QStringLiteral("code"), kWeChatCode}, {QStringLiteral("outcome"), QStringLiteral("reply_lost")}}})),
                line(sale(newId(), QStringLiteral("2026-12-07T09:09:00+08:00"), {item(kRice, QStringLiteral("1"))},
                          {tender(QStringLiteral("card"), QStringLiteral("39.90"), QStringLiteral("decline"))})),
                line(cashOp(QStringLiteral("paid_in"), QStringLiteral("2026-12-07T10:00:00+08:00"), QStringLiteral("amount"), QStringLiteral("100.00"))),
                line(cashOp(QStringLiteral("paid_out"), QStringLiteral("2026-12-07T10:10:00+08:00"), QStringLiteral("amount"), QStringLiteral("35.00"))),
                line(cashOp(QStringLiteral("no_sale"), QStringLiteral("2026-12-07T10:20:00+08:00"), QString(), QString())),
                line(QJsonObject{{QStringLiteral("op"), QStringLiteral("void")}, {QStringLiteral("sale"), m_cardSale},
                                 {QStringLiteral("at"), QStringLiteral("2026-12-07T11:00:00+08:00")}, {QStringLiteral("operator"), QStringLiteral("01")},
                                 {QStringLiteral("approver"), QStringLiteral("99")}, {QStringLiteral("reason"), QStringLiteral("rang up twice")}}),
                line(QJsonObject{{QStringLiteral("op"), QStringLiteral("refund")}, {QStringLiteral("id"), newId()}, {QStringLiteral("sale"), m_cashSale},
                                 {QStringLiteral("at"), QStringLiteral("2026-12-07T12:00:00+08:00")}, {QStringLiteral("operator"), QStringLiteral("01")},
                                 {QStringLiteral("approver"), QStringLiteral("99")}, {QStringLiteral("reason"), QStringLiteral("dented can")},
                                 {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 2}, {QStringLiteral("qty"), QStringLiteral("1")}}}},
                                 {QStringLiteral("tender"), QStringLiteral("cash")}})};
    }

    const QString m_cashSale = newId();
    const QString m_cardSale = newId();
};

TEST_F(ReplayTest, EveryOperationIsBookedAndTheJournalVerifies)
{
    auto done = replay(everyOperation());
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(done->operations, 10);
    EXPECT_EQ(done->sales, 3);
    EXPECT_EQ(done->failedPayments, 1);
    EXPECT_EQ(done->voids, 1);
    EXPECT_EQ(done->refunds, 1);
    EXPECT_EQ(done->cashOperations, 4);
    EXPECT_EQ(done->skipped, 0);

    EXPECT_EQ(journalOf(JournalKind::kSale), 3);
    EXPECT_EQ(journalOf(JournalKind::kVoid), 1);
    EXPECT_EQ(journalOf(JournalKind::kRefund), 1);
    EXPECT_EQ(journalOf(JournalKind::kFailedPayment), 1);
    EXPECT_EQ(journalOf(JournalKind::kShiftOpen) + journalOf(JournalKind::kPaidIn) + journalOf(JournalKind::kPaidOut)
                  + journalOf(JournalKind::kNoSale), 4);

    // The cash sale: 39.90 + 2 × 3.50 = 46.90, paid with 50.00, booked at its own instant by cashier 01.
    auto cash = checkout().sales().byUuid(m_cashSale);
    ASSERT_TRUE(cash.ok() && cash->has_value());
    EXPECT_EQ((*cash)->total.toPlainString(), QStringLiteral("46.90"));
    EXPECT_EQ((*cash)->change.toPlainString(), QStringLiteral("3.10"));
    EXPECT_EQ((*cash)->at, QDateTime::fromString(QStringLiteral("2026-12-07T09:01:00+08:00"), Qt::ISODate));
    EXPECT_EQ((*cash)->operatorId, cashier.operatorId);
    EXPECT_EQ(checkout().voids().isVoided((*checkout().sales().byUuid(m_cardSale))->receiptNumber).valueOr(false), true);

    auto report = checkout().journalVerifier().verify();
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ReplayTest, TheSameCodeOnTwoLinesSellsBoth)
{
    const QString id = newId();
    // 2 + 3 colas = 5 × 3.50 = 17.50, paid exactly by card: a line that forgot the first 2 would be refused.
    auto done = replay({line(sale(id, QStringLiteral("2026-12-07T09:09:00+08:00"), {item(kCola, QStringLiteral("2")), item(kCola, QStringLiteral("3"))},
                                  {tender(QStringLiteral("card"), QStringLiteral("17.50"))}))});
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    auto booked = checkout().sales().byUuid(id).valueOr(std::nullopt);
    ASSERT_TRUE(booked);
    EXPECT_EQ(booked->total.toPlainString(), QStringLiteral("17.50"));
}

TEST_F(ReplayTest, ADeclinedCardSaleIsAFailedTransactionAndSellsNothing)
{
    const qint64 movements = count(QStringLiteral("SELECT COUNT(*) FROM stock_movements"));
    const QString id = newId();
    auto done = replay({line(sale(id, QStringLiteral("2026-12-07T09:09:00+08:00"), {item(kRice, QStringLiteral("2"))},
                                  {tender(QStringLiteral("card"), QStringLiteral("79.80"), QStringLiteral("decline"))}))});
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(done->failedPayments, 1);
    EXPECT_EQ(done->sales, 0);
    EXPECT_FALSE(checkout().sales().byUuid(id).valueOr(std::nullopt).has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), movements);
    auto failed = services->store().exec(QStringLiteral("SELECT at, business_date FROM journal WHERE kind = ?"), {JournalKind::kFailedPayment});
    ASSERT_TRUE(failed.ok() && failed->next());
    EXPECT_EQ(failed->value(0).toString(), QStringLiteral("2026-12-07T01:09:00.000Z"));
    EXPECT_EQ(failed->value(1).toString(), QStringLiteral("2026-12-07"));
}

TEST_F(ReplayTest, ReplayingAFileTwiceChangesNothingTheSecondTime)
{
    const QList<QByteArray> file = everyOperation();
    ASSERT_TRUE(replay(file).ok());
    const QList<qint64> once = footprint();
    auto again = replay(file);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->skipped, 10);
    EXPECT_EQ(again->sales + again->voids + again->refunds + again->cashOperations + again->failedPayments, 0);
    EXPECT_EQ(footprint(), once);
}

TEST_F(ReplayTest, ABadLineIsNamedAndNothingIsApplied)
{
    const QList<qint64> before = footprint();
    QList<QByteArray> file = everyOperation().mid(0, 5);
    file[2] = line(sale(newId(), QStringLiteral("2026-12-07T09:05:00+08:00"), {item(QStringLiteral("6901234567892"), QStringLiteral("1"))},
                        {tender(QStringLiteral("cash"), QStringLiteral("10.00"))}));
    auto done = replay(file);
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.startsWith(QStringLiteral("line 3: unknown product 6901234567892")))
        << done.error().message.toStdString();
    EXPECT_EQ(footprint(), before);

    file[2] = "{\"op\":\"sale\",";
    done = replay(file);
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.startsWith(QStringLiteral("line 3:"))) << done.error().message.toStdString();
    EXPECT_EQ(footprint(), before);
}

TEST_F(ReplayTest, ASaleIsBookedOnTheBusinessDayOfItsInstantInTheStoresZone)
{
    // 23:30 in Shanghai, written in UTC: still the 7th there; 04:30 on the 8th (after the 04:00 day start): the 8th.
    const QString late = newId();
    const QString next = newId();
    auto done = replay({line(sale(late, QStringLiteral("2026-12-07T15:30:00Z"), {item(kCola, QStringLiteral("1"))},
                                  {tender(QStringLiteral("cash"), QStringLiteral("5.00"))})),
                        line(sale(next, QStringLiteral("2026-12-07T21:30:00-07:00"), {item(kCola, QStringLiteral("1"))},
                                  {tender(QStringLiteral("cash"), QStringLiteral("5.00"))}))});
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    auto first = checkout().sales().byUuid(late).valueOr(std::nullopt);
    auto second = checkout().sales().byUuid(next).valueOr(std::nullopt);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->businessDate, QDate(2026, 12, 7));
    EXPECT_EQ(second->businessDate, QDate(2026, 12, 8));
    EXPECT_EQ(second->at.toUTC(), QDateTime(QDate(2026, 12, 8), QTime(4, 30), Qt::UTC));
}

TEST_F(ReplayTest, OnlyAnOperatorWithTheReplayPermissionReplays)
{
    const QList<qint64> before = footprint();
    auto done = replay(everyOperation(), &cashier);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(footprint(), before);
}

TEST_F(ReplayTest, TheDemoWeekIsSoldThroughTheTillAndItsJournalVerifies)
{
    QElapsedTimer wall;
    wall.start();
    auto done = DemoSales::populate(*services, owner);
    const qint64 wallMs = wall.elapsed();
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_GE(done->sales, 7 * 25);
    EXPECT_GE(done->voids, 1);
    EXPECT_GE(done->refunds, 1);
    EXPECT_EQ(done->cashOperations, 7 + 7 + 4); // a float and a paid-out a day, a paid-in every other day
    EXPECT_EQ(journalOf(JournalKind::kFailedPayment), done->failedPayments);
    // Every sale is in the past week, on the business days before today.
    auto days = services->store().exec(QStringLiteral("SELECT MIN(business_date), MAX(business_date), COUNT(DISTINCT business_date) FROM sales"));
    ASSERT_TRUE(days.ok() && days->next());
    EXPECT_EQ(days->value(0).toString(), QStringLiteral("2026-11-30"));
    EXPECT_EQ(days->value(1).toString(), QStringLiteral("2026-12-06"));
    EXPECT_EQ(days->value(2).toInt(), 7);
    auto report = checkout().journalVerifier().verify();
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();

    // The same seed and clock make the same week: a second run books nothing.
    const QList<qint64> once = footprint();
    auto again = DemoSales::populate(*services, owner);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->skipped, again->operations);
    EXPECT_EQ(footprint(), once);
    std::printf("demo week: %d operations, %d sales, %d failed payments, %d voids, %d refunds; applied in %lld ms, %lld ms in all\n",
                done->operations, done->sales, done->failedPayments, done->voids, done->refunds,
                static_cast<long long>(done->elapsedMs), static_cast<long long>(wallMs));
}

} // namespace
} // namespace qtill::checkout

namespace qtill::checkout {

TEST_F(ReplayTest, ACardRefundGoesBackThroughTheTerminalAndADeclineBooksNothing)
{
    const QString sold = newId();
    const auto refundOp = [&](const QString &outcome) {
        return line(QJsonObject{{QStringLiteral("op"), QStringLiteral("refund")}, {QStringLiteral("id"), newId()},
                                {QStringLiteral("sale"), sold}, {QStringLiteral("at"), QStringLiteral("2026-12-07T12:00:00+08:00")},
                                {QStringLiteral("operator"), QStringLiteral("01")}, {QStringLiteral("approver"), QStringLiteral("99")},
                                {QStringLiteral("reason"), QStringLiteral("faulty")},
                                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1}, {QStringLiteral("qty"), QStringLiteral("1")}}}},
                                {QStringLiteral("tender"), QStringLiteral("card")}, {QStringLiteral("outcome"), outcome}});
    };
    auto done = replay({line(sale(sold, QStringLiteral("2026-12-07T09:05:00+08:00"), {item(kCola, QStringLiteral("3"))},
                                  {tender(QStringLiteral("card"), QStringLiteral("10.50"), QStringLiteral("approve"))})),
                        refundOp(QStringLiteral("decline")), refundOp(QStringLiteral("reply_lost"))});
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(done->sales, 1);
    EXPECT_EQ(done->failedPayments, 1) << "the declined refund books nothing";
    EXPECT_EQ(done->refunds, 1) << "the lost answer is asked again and the refund books once";
    EXPECT_EQ(journalOf(JournalKind::kRefund), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM refund_tenders WHERE type = 'card' AND amount = 350")), 1);
    auto report = checkout().journalVerifier().verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
}

} // namespace qtill::checkout
