// Per-tender limits (the setting checkout/tenderLimits) are the domain's: PaymentService refuses a
// terminal payment above its type's limit before anything is written or asked, SaleService refuses a
// cash tender above it — whoever asks (the till, self-checkout, a replayed file).
#include "checkoutfixture.h"

#include "core/store.h"
#include "core/storesettings.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class TenderLimitTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(services);
        attachTerminal();
        ASSERT_TRUE(PaymentService::kTenderLimits.set(services->settings(), QStringLiteral("card=50.00; cash=40")));
    }

    /// 2 × rice + cola = ¥83.30.
    SaleRequest riceAndCola()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        return request;
    }

    qint64 count(const QString &sql)
    {
        auto q = services->store().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(TenderLimitTest, ACardAboveItsLimitIsRefusedAndNothingIsWrittenOrCharged)
{
    const QString sale = newId();
    auto started = payments().start(cashier, sale, TenderType::kCard, yuan(50.01));
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(started.error().message, QStringLiteral("Bank card pays at most ¥50.00 here."));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM payment_intents")), 0) << "no intent written";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal")), 0) << "no failed payment journalled";
    EXPECT_FALSE(terminal->isBusy()) << "the terminal was not asked";
    EXPECT_TRUE(payments().ofSale(sale).value().isEmpty());
}

TEST_F(TenderLimitTest, ACardAtItsLimitPaysAndTheSaleBooks)
{
    SaleRequest request = riceAndCola();
    request.tenders = {card(request.uuid, yuan(50)), cash(yuan(40))};
    auto booked = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(booked.ok()) << booked.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'card' AND amount = 5000")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE type = 'cash' AND amount = 3330")), 1);
}

TEST_F(TenderLimitTest, CashAboveItsLimitIsRefusedAtCommitAndBooksNothing)
{
    SaleRequest request = riceAndCola();
    request.tenders = {cash(yuan(100))};   // ¥83.30 stays in the drawer: above the ¥40 cash limit
    auto booked = checkout().sales().commit(cashier, request);
    ASSERT_FALSE(booked.ok());
    EXPECT_EQ(booked.error().message, QStringLiteral("Cash pays at most ¥40.00 here."));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM journal")), 0);
}

TEST_F(TenderLimitTest, ATypeNotNamedAndALimitThatIsNoAmountLimitNothing)
{
    ASSERT_TRUE(PaymentService::kTenderLimits.set(services->settings(), QStringLiteral("card=lots;qr=10")));
    EXPECT_TRUE(PaymentService::checkTenderLimit(services->settings(), TenderType::kCard, yuan(9999)).ok());
    EXPECT_TRUE(PaymentService::checkTenderLimit(services->settings(), TenderType::kFace, yuan(9999)).ok());
    EXPECT_FALSE(PaymentService::checkTenderLimit(services->settings(), TenderType::kQr, yuan(10.01)).ok());
    EXPECT_TRUE(PaymentService::checkTenderLimit(services->settings(), TenderType::kQr, yuan(10)).ok());
}
