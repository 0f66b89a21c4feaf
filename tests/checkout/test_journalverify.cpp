#include "checkoutfixture.h"

#include "checkout/cashservice.h"
#include "checkout/journalverifier.h"
#include "checkout/refundservice.h"
#include "checkout/voidservice.h"

#include "core/journal.h"
#include "core/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class JournalVerifyTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    void SetUp() override
    {
        for (int i = 0; i < 3; ++i) {
            SaleRequest request;
            request.uuid = newId();
            request.cart = Cart(currency());
            ASSERT_TRUE(request.cart.add(scan(kRice)).ok());
            ASSERT_TRUE(request.cart.add(scan(kCola), Quantity::units(i + 1)).ok());
            request.tenders = {card(request.uuid, yuan(20)), cash(yuan(50))};
            auto sale = checkout().sales().commit(cashier, request);
            ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
        }
    }

    /// Someone with the database's owner rights edits the tables behind Qtill's back: drops the
    /// append-only guards once, then runs `sql`.
    void tamper(const QString &sql)
    {
        QSqlQuery q(services->store().database());
        if (!m_guardsDropped) {
            for (const char *table : {"sales", "sale_lines", "sale_tenders", "sale_voids", "refunds", "refund_lines",
                                      "refund_tenders", "cash_movements"}) {
                for (const char *what : {"_no_update", "_no_delete"}) {
                    const QString t = QLatin1String(table);
                    const QString trigger = t + QLatin1String(what);
                    ASSERT_TRUE(q.exec(services->store().dialect().isPostgres()
                                           ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, t)
                                           : QStringLiteral("DROP TRIGGER %1").arg(trigger)))
                        << q.lastError().text().toStdString();
                }
            }
            m_guardsDropped = true;
        }
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }

    /// A cash sale of `colas` × cola, booked by the supervisor.
    CommittedSale cashSale(int colas)
    {
        SaleRequest sale;
        sale.uuid = newId();
        sale.cart = Cart(currency());
        EXPECT_TRUE(sale.cart.add(scan(kCola), Quantity::units(colas)).ok());
        sale.tenders = {cash(yuan(20))};
        auto booked = checkout().sales().commit(supervisor, sale);
        EXPECT_TRUE(booked.ok()) << booked.error().toString().toStdString();
        return booked.valueOr({});
    }

    BookedRefund refundOneCola(const CommittedSale &sale)
    {
        const RefundRequest request{newId(), sale.receiptNumber, {{1, Quantity::units(1), true}}, QStringLiteral("flat")};
        auto refunded = checkout().refunds().refund(supervisor, request);
        EXPECT_TRUE(refunded.ok()) << refunded.error().toString().toStdString();
        return refunded.valueOr({});
    }

    JournalCheckReport check()
    {
        auto report = checkout().journalVerifier().verify();
        EXPECT_TRUE(report.ok()) << report.error().toString().toStdString();
        return report.valueOr({});
    }

    bool m_guardsDropped = false;
};

} // namespace

TEST_F(JournalVerifyTest, SalesAsBookedVerify)
{
    const JournalCheckReport report = check();
    EXPECT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.salesChecked, 3);
    EXPECT_EQ(report.recordsChecked, 3);
}

TEST_F(JournalVerifyTest, AnEditedLineAmountIsNamed)
{
    tamper(QStringLiteral("UPDATE sale_lines SET net = net - 100 WHERE line_no = 2 AND sale_id ="
                          " (SELECT id FROM sales WHERE receipt_number = 'R01-00000002')"));
    const JournalCheckReport report = check();
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems.at(0).contains(QStringLiteral("R01-00000002 lines 2: net")))
        << report.problems.at(0).toStdString();
}

TEST_F(JournalVerifyTest, AnEditedTenderAndADeletedSaleAreNamed)
{
    tamper(QStringLiteral("UPDATE sale_tenders SET type = 'cash' WHERE line_no = 1 AND sale_id ="
                          " (SELECT id FROM sales WHERE receipt_number = 'R01-00000001')"));
    tamper(QStringLiteral("DELETE FROM sale_tenders WHERE sale_id = (SELECT id FROM sales WHERE receipt_number = 'R01-00000003')"));
    tamper(QStringLiteral("DELETE FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE receipt_number = 'R01-00000003')"));
    tamper(QStringLiteral("DELETE FROM sales WHERE receipt_number = 'R01-00000003'"));
    const JournalCheckReport report = check();
    EXPECT_FALSE(report.ok);
    const QString all = report.problems.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("R01-00000001 tenders 1: type"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("R01-00000003 is in the journal"))) << all.toStdString();
}

TEST_F(JournalVerifyTest, AnEditedRefundIsNamed)
{
    // The sales of SetUp were paid partly by card; refunds go back in cash only so far: refund a cash sale.
    SaleRequest sale;
    sale.uuid = newId();
    sale.cart = Cart(currency());
    ASSERT_TRUE(sale.cart.add(scan(kCola), Quantity::units(2)).ok());
    sale.tenders = {cash(yuan(10))};
    auto booked = checkout().sales().commit(supervisor, sale);
    ASSERT_TRUE(booked.ok());
    const RefundRequest request{newId(), booked->receiptNumber, {{1, Quantity::units(1), true}}, QStringLiteral("flat")};
    ASSERT_TRUE(checkout().refunds().refund(supervisor, request).ok());
    EXPECT_TRUE(check().ok) << check().problems.join(QLatin1Char('\n')).toStdString();
    tamper(QStringLiteral("UPDATE refunds SET total = total + 100"));
    const JournalCheckReport report = check();
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems.at(0).contains(QStringLiteral("RF-R01-00000001"))) << report.problems.at(0).toStdString();
}

TEST_F(JournalVerifyTest, AnEditedRefundTenderIsNamed)
{
    const BookedRefund refund = refundOneCola(cashSale(2));
    ASSERT_EQ(refund.plan.tenders.size(), 1);
    auto record = services->journal().byUuid(refund.uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    const QJsonArray journalled = (*record)->payloadObject().value(QStringLiteral("tenders")).toArray();
    ASSERT_EQ(journalled.size(), 1) << "a refund journals how the money went back";
    EXPECT_EQ(journalled.at(0).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("350"));
    JournalCheckReport report = check();
    EXPECT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.othersChecked, 1);

    tamper(QStringLiteral("UPDATE refund_tenders SET amount = 250"));
    report = check();
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.problems.at(0),
              QStringLiteral("Refund %1 tenders 1: amount is 250 in the tables, 350 in the journal.").arg(refund.refundNumber));
}

TEST_F(JournalVerifyTest, AnEditedRefundLineAndAMissingRefundTenderAreNamed)
{
    const BookedRefund refund = refundOneCola(cashSale(2));
    tamper(QStringLiteral("UPDATE refund_lines SET restock = 0"));
    tamper(QStringLiteral("DELETE FROM refund_tenders"));
    const JournalCheckReport report = check();
    const QString all = report.problems.join(QLatin1Char('\n'));
    EXPECT_EQ(report.problems.size(), 2) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Refund %1 lines 1: restock").arg(refund.refundNumber))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Refund %1: tenders 0 in the tables, 1 in the journal.").arg(refund.refundNumber)))
        << all.toStdString();
}

TEST_F(JournalVerifyTest, ARefundJournalledWithoutItsTendersStillVerifies)
{
    // A refund booked before refunds journalled their tenders: its record has no "tenders"; its rows are
    // checked for the rest.
    const CommittedSale sale = cashSale(2);
    const QString uuid = newId();
    const QJsonObject payload{{QStringLiteral("refund"), uuid}, {QStringLiteral("sale"), sale.uuid},
        {QStringLiteral("receipt"), sale.receiptNumber},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1}, {QStringLiteral("qty"), QStringLiteral("1000")},
                                      {QStringLiteral("amount"), QStringLiteral("350")}, {QStringLiteral("restock"), true}}}},
        {QStringLiteral("goods"), QStringLiteral("350")}, {QStringLiteral("rounding"), QStringLiteral("0")},
        {QStringLiteral("total"), QStringLiteral("350")}, {QStringLiteral("reason"), QStringLiteral("old")}};
    qint64 journalSeq = 0;
    const Status journalled = services->store().transaction([&]() -> Status {
        auto appended = services->journal().append(JournalDraft{QStringLiteral("R01"), JournalKind::kRefund, uuid,
            QStringLiteral("RF-R01-00000001"), supervisor.operatorId, QDate(2026, 12, 7), yuan(-3.50), payload});
        if (!appended)
            return appended.error();
        journalSeq = appended->seq;
        return {};
    });
    ASSERT_TRUE(journalled.ok()) << journalled.error().toString().toStdString();
    const QString seq = QString::number(journalSeq);
    const QString op = QString::number(supervisor.operatorId.value());
    tamper(QStringLiteral("INSERT INTO refunds (id, uuid, number, sale_id, register_id, business_date, at, operator_id, reason,"
                          " currency, goods, rounding, total, journal_seq) VALUES (900, '%1', 'RF-R01-00000001', %2, 'R01',"
                          " '2026-12-07', '2026-12-07T01:30:00.000Z', %3, 'old', 'CNY', 350, 0, 350, %4)")
               .arg(uuid, QString::number(sale.id), op, seq));
    tamper(QStringLiteral("INSERT INTO refund_lines (refund_id, line_no, quantity, amount, restock) VALUES (900, 1, 1000, 350, 1)"));
    tamper(QStringLiteral("INSERT INTO refund_tenders (refund_id, uuid, type, amount) VALUES (900, '%1', 'cash', 350)").arg(newId()));
    JournalCheckReport report = check();
    EXPECT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
    tamper(QStringLiteral("UPDATE refund_lines SET amount = 300 WHERE refund_id = 900"));
    report = check();
    ASSERT_EQ(report.problems.size(), 1) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report.problems.at(0).startsWith(QStringLiteral("Refund RF-R01-00000001 lines 1: amount")))
        << report.problems.at(0).toStdString();
}

TEST_F(JournalVerifyTest, AnEditedVoidIsNamed)
{
    const CommittedSale sale = cashSale(1);
    auto voided = checkout().voids().voidSale(supervisor, VoidRequest{newId(), sale.receiptNumber, QStringLiteral("rang up twice")});
    ASSERT_TRUE(voided.ok()) << voided.error().toString().toStdString();
    EXPECT_TRUE(check().ok) << check().problems.join(QLatin1Char('\n')).toStdString();
    tamper(QStringLiteral("UPDATE sale_voids SET reason = 'customer changed their mind'"));
    const JournalCheckReport report = check();
    ASSERT_EQ(report.problems.size(), 1) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.problems.at(0), QStringLiteral("The void of %1: reason is customer changed their mind in the tables,"
                                                    " rang up twice in the journal.").arg(sale.receiptNumber));
}

TEST_F(JournalVerifyTest, EditedAndUnjournalledCashMovementsAreNamed)
{
    Session acting = supervisor;
    acting.requestedBy = cashier.operatorId;
    CashService &cash = checkout().cash();
    ASSERT_TRUE(cash.record(cashier, CashRequest{newId(), CashKind::kShiftOpen, yuan(200), {}}).ok());
    auto paidOut = cash.record(acting, CashRequest{newId(), CashKind::kPaidOut, yuan(50), QStringLiteral("milk delivery")});
    ASSERT_TRUE(paidOut.ok()) << paidOut.error().toString().toStdString();
    JournalCheckReport report = check();
    EXPECT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.othersChecked, 2);

    tamper(QStringLiteral("UPDATE cash_movements SET amount = 6000 WHERE kind = 'paid_out'"));
    tamper(QStringLiteral("UPDATE cash_movements SET approver_id = NULL WHERE kind = 'paid_out'"));
    tamper(QStringLiteral("INSERT INTO cash_movements (uuid, kind, register_id, business_date, at, currency, amount, operator_id,"
                          " reason, journal_seq) VALUES ('%1', 'paid_out', 'R01', '2026-12-07', '2026-12-07T02:00:00.000Z', 'CNY',"
                          " 10000, %2, 'nobody saw', 0)")
               .arg(newId(), QString::number(cashier.operatorId.value())));
    report = check();
    const QString all = report.problems.join(QLatin1Char('\n'));
    EXPECT_EQ(report.problems.size(), 3) << all.toStdString();
    const QString where = QStringLiteral("Cash movement paid_out (register R01, record %1)").arg(paidOut->journalSeq);
    EXPECT_TRUE(all.contains(where + QStringLiteral(": amount is 6000 in the tables, 5000 in the journal."))) << all.toStdString();
    EXPECT_TRUE(all.contains(where + QStringLiteral(": approver is 0 in the tables, %1 in the journal.")
                                         .arg(supervisor.operatorId.value())))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Cash movement paid_out of register R01 at 2026-12-07T02:00:00.000Z is in the"
                                            " tables but not in the journal.")))
        << all.toStdString();
}
