#include "checkoutfixture.h"

#include "checkout/journalverifier.h"
#include "checkout/refundservice.h"

#include "core/journal.h"
#include "core/store.h"

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
            for (const char *table : {"sales", "sale_lines", "sale_tenders", "refunds"}) {
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
