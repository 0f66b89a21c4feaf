// SaleRequest::printReceipt: the till's receipt is queued in the sale's own transaction, so a booked sale
// always has its receipt waiting for the printer, a failed one leaves none, and a retry prints nothing twice.
#include "checkoutfixture.h"

#include "checkout/printqueue.h"

#include "core/store.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class SalePrintTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    PrintQueue &queue() { return checkout().printQueue(); }
    int pending() { return queue().pending().valueOr(-1); }

    SaleRequest riceAndCola(bool print)
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        request.tenders = {cash(yuan(100))};
        request.printReceipt = print;
        return request;
    }
};

} // namespace

TEST_F(SalePrintTest, ASaleTheTillPrintsHasExactlyOneQueuedReceiptAndTheListenerHearsOfIt)
{
    int heard = 0;
    queue().setQueuedListener([&] { ++heard; });
    auto sale = checkout().sales().commit(cashier, riceAndCola(true));
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    auto waiting = queue().waiting();
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().receiptNumber, sale->receiptNumber);
    EXPECT_EQ(waiting->first().kind, PrintJobKind::kSale);
    EXPECT_FALSE(waiting->first().bytes.isEmpty());
    EXPECT_EQ(heard, 1) << "the spooler is woken once the sale is committed";
}

TEST_F(SalePrintTest, AReplayedOrCommandLineSalePrintsNothing)
{
    auto sale = checkout().sales().commit(cashier, riceAndCola(false));
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(pending(), 0);
}

TEST_F(SalePrintTest, AFailedCommitLeavesNoReceiptInTheQueue)
{
    int heard = 0;
    queue().setQueuedListener([&] { ++heard; });
    SaleRequest failing = riceAndCola(true);
    // A phone whose serial is unknown fails after the rice line was written.
    auto phone = inventory().catalog().productBySku(QStringLiteral("240002"));
    ASSERT_TRUE(phone.ok());
    inventory::ScanMatch match;
    match.product = *phone;
    match.code = phone->sku;
    auto line = failing.cart.add(match);
    ASSERT_TRUE(line.ok());
    ASSERT_TRUE(failing.cart.setSerialNumber(*line, QStringLiteral("NO-SUCH-IMEI")).ok());
    failing.tenders = {cash(yuan(5000))};
    ASSERT_FALSE(checkout().sales().commit(cashier, failing).ok());
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(heard, 0);
}

TEST_F(SalePrintTest, AnIdempotentRetryQueuesNoSecondReceipt)
{
    int heard = 0;
    queue().setQueuedListener([&] { ++heard; });
    const SaleRequest request = riceAndCola(true);
    auto first = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    auto again = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_TRUE(again->alreadyCommitted);
    EXPECT_EQ(again->receiptNumber, first->receiptNumber);
    EXPECT_EQ(pending(), 1) << "one receipt for one sale, however often the till retries";
    EXPECT_EQ(heard, 1);
}
