// Transfers between locations and departments: one document, both sides recorded together or not at all.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/stockledger.h"
#include "inventory/transferservice.h"

#include "core/auditlog.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct TransferTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
    TransferService &transfers = InventoryServices::of(*demo.services).transfers();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    Location floor = ledger.location(QStringLiteral("FLOOR")).value();
    Location back = ledger.location(QStringLiteral("BACK")).value();
    Location fresh = ledger.location(QStringLiteral("FRESH")).value();

    Product product(const char *sku) { return catalog.productBySku(QLatin1String(sku)).value(); }
};

} // namespace

TEST_F(TransferTest, BothSidesAreRecordedUnderOneDocument)
{
    const Product water = product("140001");
    const Product cola = product("140006");
    const Quantity waterBack = ledger.onHand(water.id, back.id).value();
    const Quantity waterFloor = ledger.onHand(water.id, floor.id).value();
    const Quantity colaTotal = ledger.onHand(cola.id).value();

    auto moved = transfers.transfer(supervisor, back.id, floor.id,
                                    {TransferLine{water.id, Quantity::units(24), {}, {}},
                                     TransferLine{cola.id, Quantity::units(12), {}, {}},
                                     TransferLine{water.id, Quantity::units(6), {}, {}}},
                                    QStringLiteral("补货上架"));
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_TRUE(moved->number.startsWith(QStringLiteral("TR")));
    EXPECT_EQ(moved->fromName, back.name);
    EXPECT_EQ(moved->toName, floor.name);
    EXPECT_EQ(moved->operatorId, supervisor.operatorId);
    ASSERT_EQ(moved->lines.size(), 2); // the two water lines added up
    EXPECT_EQ(moved->lines.at(0).quantity, Quantity::units(30));
    EXPECT_EQ(moved->lines.at(0).sku, QStringLiteral("140001"));

    EXPECT_EQ(ledger.onHand(water.id, back.id).value().milli(), waterBack.milli() - 30000);
    EXPECT_EQ(ledger.onHand(water.id, floor.id).value().milli(), waterFloor.milli() + 30000);
    EXPECT_EQ(ledger.onHand(cola.id).value(), colaTotal); // a transfer moves stock, it does not make any

    // Both sides are visible in the history, out at the back room and in on the floor, same document.
    auto out = ledger.history(water.id, back.id, {}, {}, 1).value().entries.first();
    auto in = ledger.history(water.id, floor.id, {}, {}, 1).value().entries.first();
    EXPECT_EQ(out.reason, StockReason::kTransferOut);
    EXPECT_EQ(in.reason, StockReason::kTransferIn);
    EXPECT_EQ(out.document, moved->number);
    EXPECT_EQ(in.document, moved->number);
    EXPECT_EQ(out.quantity, -Quantity::units(30));
    EXPECT_EQ(in.quantity, Quantity::units(30));

    auto read = transfers.byNumber(moved->number);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->note, QStringLiteral("补货上架"));
    EXPECT_EQ(transfers.list(floor.id)->first().number, moved->number);
    EXPECT_TRUE(ledger.verify()->ok);
}

TEST_F(TransferTest, DepartmentsTakeTransfersLikeAnyLocation)
{
    const Product eggs = product("200014");
    const Quantity inFresh = ledger.onHand(eggs.id, fresh.id).value();
    EXPECT_GT(inFresh.milli(), 0); // the demo opened the fresh department with eggs
    auto moved = transfers.transfer(demo.owner, fresh.id, floor.id, {TransferLine{eggs.id, Quantity::fromMilli(1500), {}, {}}});
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_EQ(ledger.onHand(eggs.id, fresh.id).value().milli(), inFresh.milli() - 1500);
    EXPECT_GE(transfers.list(fresh.id)->size(), 2);
}

TEST_F(TransferTest, AFailedLineLeavesNeitherSideRecorded)
{
    ASSERT_TRUE(StockLedger::kAllowNegativeStock.set(demo.services->settings(), false));
    const Product water = product("140001");
    const Product rice = product("100002"); // none in the back room
    const Quantity waterBack = ledger.onHand(water.id, back.id).value();
    const qint64 transfersBefore = transfers.list().value().size();
    auto moved = transfers.transfer(supervisor, back.id, floor.id,
                                    {TransferLine{water.id, Quantity::units(10), {}, {}},
                                     TransferLine{rice.id, Quantity::units(1), {}, {}}});
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, Error::Code::Conflict);
    EXPECT_TRUE(moved.error().message.contains(rice.name)) << moved.error().message.toStdString();
    EXPECT_EQ(ledger.onHand(water.id, back.id).value(), waterBack); // the water line was rolled back too
    EXPECT_EQ(transfers.list().value().size(), transfersBefore);
    EXPECT_TRUE(ledger.verify()->ok);
}

TEST_F(TransferTest, BadTransfersAreRefusedWithAReason)
{
    const Product water = product("140001");
    EXPECT_EQ(transfers.transfer(demo.cashier, back.id, floor.id, {TransferLine{water.id, Quantity::units(1), {}, {}}})
                  .error()
                  .code,
              Error::Code::PermissionDenied);
    EXPECT_EQ(transfers.transfer(supervisor, back.id, back.id, {TransferLine{water.id, Quantity::units(1), {}, {}}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(transfers.transfer(supervisor, back.id, floor.id, {}).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(transfers.transfer(supervisor, back.id, floor.id, {TransferLine{water.id, Quantity(), {}, {}}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(transfers.transfer(supervisor, back.id, LocationId(999), {TransferLine{water.id, Quantity::units(1), {}, {}}})
                  .error()
                  .code,
              Error::Code::NotFound);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("stock.transfer");
    const qint64 before = demo.services->auditLog().count(query).value();
    ASSERT_TRUE(transfers.transfer(supervisor, back.id, floor.id, {TransferLine{water.id, Quantity::units(1), {}, {}}}).ok());
    EXPECT_EQ(demo.services->auditLog().count(query).value(), before + 1);
}

TEST_F(TransferTest, NumbersAreRegisterPlusSequenceSoLanesNeverCollide)
{
    const Product cola = product("140006");
    // The demo store made two transfers at R01 already.
    auto third = transfers.transfer(supervisor, back.id, floor.id, {TransferLine{cola.id, Quantity::units(1), {}, {}}});
    ASSERT_TRUE(third.ok()) << third.error().toString().toStdString();
    EXPECT_EQ(third->number, QStringLiteral("TR-R01-00000003"));
    EXPECT_EQ(transfers.byNumber(QStringLiteral("tr-r01-00000003")).value().id, third->id);

    // Another lane numbers its own transfers from 1.
    ASSERT_TRUE(demo.services->storeProfile().setField(demo.owner, QStringLiteral("register-id"), QStringLiteral("R02")).ok());
    auto other = transfers.transfer(supervisor, back.id, floor.id, {TransferLine{cola.id, Quantity::units(1), {}, {}}});
    ASSERT_TRUE(other.ok()) << other.error().toString().toStdString();
    EXPECT_EQ(other->number, QStringLiteral("TR-R02-00000001"));
    auto next = transfers.transfer(supervisor, back.id, floor.id, {TransferLine{cola.id, Quantity::units(1), {}, {}}});
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->number, QStringLiteral("TR-R02-00000002"));
    EXPECT_TRUE(ledger.verify().value().ok);
}
