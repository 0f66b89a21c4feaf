#include "checkoutfixture.h"

#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/journal.h"
#include "core/store.h"

#include <QSqlQuery>

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90, 9%
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50, 13%

class SaleCommitTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    SaleService &sales() { return checkout().sales(); }

    Quantity onFloor(const QString &code)
    {
        auto floor = inventory().ledger().location(QStringLiteral("FLOOR"));
        return inventory().ledger().onHand(scan(code).product.id, floor->id).valueOr({});
    }

    qint64 count(const QString &table)
    {
        auto q = services->store().exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    SaleRequest riceAndCola()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        return request; // 2 × 39.90 + 3.50 = 83.30
    }
};

} // namespace

TEST_F(SaleCommitTest, ACashSaleBooksLinesTendersStockAndJournalTogether)
{
    const Quantity riceBefore = onFloor(kRice);
    SaleRequest request = riceAndCola();
    request.tenders = {cash(yuan(100))};
    auto sale = sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->receiptNumber, QStringLiteral("R01-00000001"));
    EXPECT_EQ(sale->total, yuan(83.30));
    EXPECT_EQ(sale->change, yuan(16.70));
    EXPECT_EQ(sale->operatorId, cashier.operatorId);
    EXPECT_EQ(sale->businessDate, QDate(2026, 12, 7));
    // Tax is derived from the tax-inclusive nets: 79.80 × 9/109 = 6.59, 3.50 × 13/113 = 0.40.
    EXPECT_EQ(sale->tax, yuan(6.99));
    EXPECT_EQ(onFloor(kRice), riceBefore.minus(Quantity::units(2)).value());
    EXPECT_EQ(count(QStringLiteral("sale_lines")), 2);
    EXPECT_EQ(count(QStringLiteral("sale_tenders")), 1);

    auto record = services->journal().byUuid(request.uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, JournalKind::kSale);
    EXPECT_EQ((*record)->document, sale->receiptNumber);
    EXPECT_EQ((*record)->amountMinor, 8330);
    EXPECT_EQ((*record)->payloadObject().value(QStringLiteral("change")).toString(), QStringLiteral("1670"));
    EXPECT_TRUE(services->journal().verify().value().ok);
    EXPECT_TRUE(inventory().ledger().verify().value().ok);
}

TEST_F(SaleCommitTest, TheSameSaleCommittedTwiceIsBookedOnce)
{
    SaleRequest request = riceAndCola();
    request.tenders = {cash(yuan(100))};
    const Quantity riceBefore = onFloor(kRice);
    auto first = sales().commit(cashier, request);
    auto again = sales().commit(cashier, request);
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_FALSE(first->alreadyCommitted);
    EXPECT_TRUE(again->alreadyCommitted);
    EXPECT_EQ(again->receiptNumber, first->receiptNumber);
    EXPECT_EQ(again->total, first->total);
    EXPECT_EQ(count(QStringLiteral("sales")), 1);
    EXPECT_EQ(onFloor(kRice), riceBefore.minus(Quantity::units(2)).value()) << "stock moved once";
    EXPECT_EQ(services->journal().entries(QStringLiteral("R01")).value().size(), 1);
}

TEST_F(SaleCommitTest, AFailureHalfwayLeavesNoTraceAndTheNumberIsUsedNext)
{
    // A phone whose serial is unknown fails after the rice line's stock movement was written.
    SaleRequest failing = riceAndCola();
    auto phone = inventory().catalog().productBySku(QStringLiteral("240002"));
    ASSERT_TRUE(phone.ok());
    inventory::ScanMatch match;
    match.product = *phone;
    match.code = phone->sku;
    auto line = failing.cart.add(match);
    ASSERT_TRUE(line.ok());
    ASSERT_TRUE(failing.cart.setSerialNumber(*line, QStringLiteral("NO-SUCH-IMEI")).ok());
    failing.tenders = {cash(yuan(5000))};
    const Quantity riceBefore = onFloor(kRice);
    auto failed = sales().commit(cashier, failing);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(onFloor(kRice), riceBefore);
    EXPECT_EQ(count(QStringLiteral("sales")), 0);
    EXPECT_EQ(count(QStringLiteral("sale_lines")), 0);
    EXPECT_EQ(count(QStringLiteral("journal")), 0);

    SaleRequest next = riceAndCola();
    next.tenders = {cash(yuan(100))};
    auto sale = sales().commit(cashier, next);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->receiptNumber, QStringLiteral("R01-00000001")) << "the failed sale's number was given back";
}

TEST_F(SaleCommitTest, ASerialNumberedUnitIsSoldWithItsSerial)
{
    SaleRequest request;
    request.uuid = newId();
    request.cart = Cart(currency());
    auto phone = inventory().catalog().productBySku(QStringLiteral("240002"));
    ASSERT_TRUE(phone.ok());
    inventory::ScanMatch match;
    match.product = *phone;
    match.code = phone->sku;
    auto line = request.cart.add(match);
    ASSERT_TRUE(line.ok());
    request.tenders = {cash(yuan(4000))};
    auto noSerial = sales().commit(cashier, request);
    ASSERT_FALSE(noSerial.ok());
    EXPECT_TRUE(noSerial.error().message.contains(QStringLiteral("serial"))) << noSerial.error().message.toStdString();
    ASSERT_TRUE(request.cart.setSerialNumber(*line, QStringLiteral("860000000000021")).ok());
    auto sale = sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    auto again = SaleRequest(request);
    again.uuid = newId();
    auto twice = sales().commit(cashier, again);
    ASSERT_FALSE(twice.ok()) << "the same unit cannot be sold twice";
}

TEST_F(SaleCommitTest, AnUnpaidOrUnapprovedSaleIsRefusedAndWritesNothing)
{
    SaleRequest request = riceAndCola();
    request.tenders = {cash(yuan(80))};
    auto shortPaid = sales().commit(cashier, request);
    ASSERT_FALSE(shortPaid.ok());
    EXPECT_TRUE(shortPaid.error().message.contains(QStringLiteral("3.30"))) << shortPaid.error().message.toStdString();

    Tender unapproved;
    unapproved.uuid = newId();
    unapproved.type = TenderType::kCard;
    unapproved.amount = yuan(83.30);
    request.tenders = {unapproved};
    auto refused = sales().commit(cashier, request);
    ASSERT_FALSE(refused.ok());

    request.tenders.clear();
    request.cart.clear();
    EXPECT_FALSE(sales().commit(cashier, request).ok());
    EXPECT_EQ(count(QStringLiteral("sales")), 0);
    EXPECT_EQ(count(QStringLiteral("journal")), 0);
}

TEST_F(SaleCommitTest, CardPlusCashWithRoundingIsBookedPerTender)
{
    SaleRequest request = riceAndCola();
    request.rounding = CashRounding::DropJiao;
    request.tenders = {card(request.uuid, yuan(50)), cash(yuan(50))};
    auto sale = sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->rounding, yuan(-0.30)) << "cash pays 33.30 → 33.00";
    EXPECT_EQ(sale->total, yuan(83.00));
    EXPECT_EQ(sale->change, yuan(17.00));
    auto q = services->store().exec(QStringLiteral("SELECT type, amount, tendered FROM sale_tenders ORDER BY line_no"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), TenderType::kCard);
    EXPECT_EQ(q->value(1).toLongLong(), 5000);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(1).toLongLong(), 3300);
    EXPECT_EQ(q->value(2).toLongLong(), 5000);
    EXPECT_EQ(services->journal().last(QStringLiteral("R01")).value()->grandTotalMinor, 8300);
}

TEST_F(SaleCommitTest, APriceOverrideNeedsASupervisorAndIsAuditedWithBothIds)
{
    SaleRequest request = riceAndCola();
    ASSERT_TRUE(request.cart.overridePrice(0, yuan(35), QStringLiteral("shelf tag 35.00"), OperatorId()).ok());
    request.tenders = {cash(yuan(100))};
    auto refused = sales().commit(cashier, request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);

    ASSERT_TRUE(request.cart.overridePrice(0, yuan(35), QStringLiteral("shelf tag 35.00"), supervisor.operatorId).ok());
    auto sale = sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->total, yuan(73.50));
    AuditQuery query;
    query.actionPrefix = QStringLiteral("sale.priceOverride");
    auto entries = services->auditLog().entries(query);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->at(0).actorId, cashier.operatorId);
    EXPECT_EQ(entries->at(0).approverId, supervisor.operatorId);
    EXPECT_EQ(entries->at(0).target, QStringLiteral("sale:") + sale->receiptNumber);
}
