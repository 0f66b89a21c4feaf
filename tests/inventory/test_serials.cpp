// Serial numbers of serial-tracked goods: taken at receipt and at sale, looked up by after-sales.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/productservice.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/supplierservice.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/store.h"

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct SerialsTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    SerialNumberService &serials = InventoryServices::of(*demo.services).serials();
    LocationId floor = ledger.location(QStringLiteral("FLOOR")).value().id;
    Product phone = makePhone("250001", "测试手机 A");
    Product other = makePhone("250002", "测试手机 B");

    Product makePhone(const char *sku, const char *name)
    {
        ProductService &products = InventoryServices::of(*demo.services).products();
        Product p;
        p.sku = QLatin1String(sku);
        p.name = QString::fromUtf8(name);
        p.nameEn = QStringLiteral("Test phone");
        p.categoryId = catalog.categories().value().constFirst().id;
        p.unit = QStringLiteral("台");
        p.price = Money::fromMinor(299900, Currency::cny());
        p.cost = Money::fromMinor(250000, Currency::cny());
        p.taxClass = QStringLiteral("standard");
        p.serialTracked = true;
        auto id = products.create(demo.owner, p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toString().toStdString());
        return catalog.product(id.valueOr(ProductId())).valueOr(Product());
    }
};

} // namespace

TEST_F(SerialsTest, ReceiptRecordsSerialsAndRefusesDuplicates)
{
    ASSERT_TRUE(serials.recordReceipt(phone.id, {QStringLiteral("imei-861234567890123"), QStringLiteral("861234567890124")},
                                      floor, QStringLiteral("GR00000001"), demo.owner.operatorId)
                    .ok());
    auto inStock = serials.serialsOf(phone.id, QStringLiteral("in_stock"));
    ASSERT_TRUE(inStock.ok());
    ASSERT_EQ(inStock->size(), 2);
    EXPECT_EQ(inStock->at(0).serial, QStringLiteral("861234567890124"));
    EXPECT_EQ(inStock->at(1).serial, QStringLiteral("IMEI-861234567890123")); // stored in upper case

    // The same serial of the same product again (any case, any spaces): refused, nothing saved.
    const Status again = serials.recordReceipt(phone.id, {QStringLiteral("861234567890125"), QStringLiteral(" IMEI-861234567890123 ")},
                                               floor, QStringLiteral("GR00000002"), demo.owner.operatorId);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("IMEI-861234567890123")));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("GR00000001")));
    EXPECT_EQ(serials.serialsOf(phone.id)->size(), 2);

    // Twice in one delivery, or empty: refused.
    EXPECT_EQ(serials.recordReceipt(phone.id, {QStringLiteral("A1"), QStringLiteral("a1")}, floor, {}, {}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(serials.recordReceipt(phone.id, {QStringLiteral("  ")}, floor, {}, {}).error().code,
              Error::Code::InvalidInput);

    // Goods that are not serial-tracked take no serials.
    const Product rice = catalog.productBySku(QStringLiteral("100001")).value();
    const Status untracked = serials.recordReceipt(rice.id, {QStringLiteral("R1")}, floor, {}, {});
    ASSERT_FALSE(untracked.ok());
    EXPECT_EQ(untracked.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(untracked.error().message.contains(rice.name));

    // Another product may carry the same serial (another maker).
    EXPECT_TRUE(serials.recordReceipt(other.id, {QStringLiteral("861234567890124")}, floor, QStringLiteral("GR00000003"), {}).ok());
    auto both = serials.lookup(QStringLiteral("861234567890124"));
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(both->size(), 2);
    // Selling it without naming the product is ambiguous.
    EXPECT_EQ(serials.markSold(QStringLiteral("861234567890124"), QStringLiteral("R01-00000001"), {}, 12, {}).error().code,
              Error::Code::Conflict);
}

TEST_F(SerialsTest, LookupShowsTheSaleTheCustomerAndTheWarrantyEnd)
{
    AuditQuery q;
    q.actionPrefix = QStringLiteral("serial.");
    const qint64 auditBefore = demo.services->auditLog().count(q).value(); // the demo phones have some
    demo.clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
    ASSERT_TRUE(serials.recordReceipt(phone.id, {QStringLiteral("SN-0001")}, floor, QStringLiteral("GR00000007"),
                                      demo.owner.operatorId)
                    .ok());
    demo.clock.set(QDateTime(QDate(2026, 11, 21), QTime(15, 30)));
    auto sold = serials.markSold(QStringLiteral("sn-0001"), QStringLiteral("R01-00000042"), QStringLiteral("13800138000"), 12,
                                 demo.cashier.operatorId);
    ASSERT_TRUE(sold.ok()) << sold.error().toString().toStdString();
    EXPECT_EQ(sold->status, SerialStatus::Sold);

    auto found = serials.lookup(QStringLiteral(" SN-0001"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    const SerialRecord &r = found->constFirst();
    EXPECT_EQ(r.sku, QStringLiteral("250001"));
    EXPECT_EQ(r.productName, phone.name);
    EXPECT_EQ(r.receivedAt.date(), QDate(2026, 3, 2));
    EXPECT_EQ(r.receiptDocument, QStringLiteral("GR00000007"));
    EXPECT_EQ(r.saleDocument, QStringLiteral("R01-00000042"));
    EXPECT_EQ(r.customerRef, QStringLiteral("13800138000"));
    EXPECT_EQ(r.soldAt.date(), QDate(2026, 11, 21));
    EXPECT_EQ(r.warrantyMonths, 12);
    EXPECT_EQ(r.warrantyEnd, QDate(2027, 11, 21));
    EXPECT_TRUE(r.underWarranty(QDate(2027, 11, 21)));
    EXPECT_FALSE(r.underWarranty(QDate(2027, 11, 22)));
    ASSERT_EQ(r.history.size(), 2);
    EXPECT_EQ(r.history.at(0).event, QStringLiteral("received"));
    EXPECT_EQ(r.history.at(1).event, QStringLiteral("sold"));
    EXPECT_EQ(r.history.at(1).operatorId, demo.cashier.operatorId);

    // Sold once only; the message says when and on which receipt.
    auto twice = serials.markSold(QStringLiteral("SN-0001"), QStringLiteral("R01-00000043"), {}, 12, {});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("R01-00000042")));

    // Returned, then sold again to someone else.
    auto back = serials.markReturned(QStringLiteral("SN-0001"), QStringLiteral("RF-0001"), demo.owner.operatorId);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->status, SerialStatus::Returned);
    EXPECT_EQ(serials.markReturned(QStringLiteral("SN-0001"), QStringLiteral("RF-0002"), {}).error().code,
              Error::Code::Conflict);
    demo.clock.set(QDateTime(QDate(2026, 12, 1), QTime(11, 0)));
    auto resold = serials.markSold(QStringLiteral("SN-0001"), QStringLiteral("R01-00000050"), QStringLiteral("M0007"), 6, {});
    ASSERT_TRUE(resold.ok());
    EXPECT_EQ(resold->warrantyEnd, QDate(2027, 6, 1));
    EXPECT_EQ(resold->history.size(), 4);

    // Unknown serials: a clear message, and no sale of a unit that was never received.
    auto unknown = serials.lookup(QStringLiteral("NOPE"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    EXPECT_EQ(serials.markSold(QStringLiteral("NOPE"), QStringLiteral("R01-00000051"), {}, 12, {}).error().code,
              Error::Code::NotFound);

    EXPECT_EQ(demo.services->auditLog().count(q).value() - auditBefore, 4); // received, sold, returned, sold again; failures change nothing
}

TEST_F(SerialsTest, RegisteringByHandNeedsTheRight)
{
    const Status denied = serials.registerSerials(demo.cashier, phone.id, {QStringLiteral("X1")}, floor, QStringLiteral("manual"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);
    EXPECT_TRUE(serials.registerSerials(demo.owner, phone.id, {QStringLiteral("X1")}, floor, QStringLiteral("manual")).ok());
}

TEST_F(SerialsTest, ReceivingASerialTrackedProductRecordsItsSerialsWithTheStock)
{
    PurchaseOrderService &orders = InventoryServices::of(*demo.services).purchasing();
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
    ReceivingService &receiving = InventoryServices::of(*demo.services).receiving();
    const SupplierId supplier = suppliers.supplierByCode(QStringLiteral("S001")).value().id;
    const PurchaseOrderId po =
        orders.createDraft(demo.owner, supplier, {DraftOrderLine{phone.id, {}, Quantity::units(2), Money::fromMinor(240000, Currency::cny())}}, floor)
            .value();
    const Quantity before = ledger.onHand(phone.id, floor).value();

    // Two phones, one serial: refused, nothing booked.
    ReceiveRequest shortOfSerials{po, {}, {}, {}, {ReceiptLine{phone.id, Quantity::units(2), {}, {QStringLiteral("IMEI-1")}}}, false};
    auto refused = receiving.receive(demo.owner, shortOfSerials);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(phone.name));
    EXPECT_EQ(ledger.onHand(phone.id, floor).value(), before);
    EXPECT_TRUE(serials.serialsOf(phone.id)->isEmpty());

    // A serial this product has already: refused by the serial service, and the stock is not booked either.
    ASSERT_TRUE(serials.recordReceipt(phone.id, {QStringLiteral("IMEI-OLD")}, floor, QStringLiteral("HAND"), {}).ok());
    ReceiveRequest taken{po, {}, {}, {}, {ReceiptLine{phone.id, Quantity::units(2), {}, {QStringLiteral("IMEI-1"), QStringLiteral("imei-old")}}},
                         false};
    auto conflict = receiving.receive(demo.owner, taken);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, Error::Code::Conflict);
    EXPECT_EQ(ledger.onHand(phone.id, floor).value(), before);
    EXPECT_EQ(orders.order(po)->lines.first().received, Quantity());
    EXPECT_EQ(serials.serialsOf(phone.id)->size(), 1);

    // One serial per unit: booked, and after-sales finds each unit with the goods receipt.
    ReceiveRequest good{po, {}, {}, {}, {ReceiptLine{phone.id, Quantity::units(2), {}, {QStringLiteral("IMEI-1"), QStringLiteral("IMEI-2")}}},
                        false};
    auto receipt = receiving.receive(demo.owner, good);
    ASSERT_TRUE(receipt.ok()) << receipt.error().toString().toStdString();
    EXPECT_EQ(ledger.onHand(phone.id, floor).value(), Quantity::units(before.milli() / 1000 + 2));
    auto found = serials.lookup(QStringLiteral("imei-2"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().product, phone.id);
    EXPECT_EQ(found->first().receiptDocument, receipt->number);
    EXPECT_EQ(found->first().status, SerialStatus::InStock);
    EXPECT_EQ(orders.order(po)->status, PurchaseOrderStatus::Received);

    // Goods that are not serial-tracked take no serials at receipt.
    const Product rice = catalog.productBySku(QStringLiteral("100001")).value();
    auto untracked = receiving.receive(demo.owner, ReceiveRequest{{}, supplier, floor, {},
                                                               {ReceiptLine{rice.id, Quantity::units(1), {}, {QStringLiteral("X")}}}, false});
    ASSERT_FALSE(untracked.ok());
    EXPECT_EQ(untracked.error().code, Error::Code::InvalidInput);
}
