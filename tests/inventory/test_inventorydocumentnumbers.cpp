// The inventory documents on DocumentNumbers: a store written before the counters existed goes on
// numbering where its purchase orders, receipts, returns, transfers, counts and history batches end.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/documentkinds.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/stockledger.h"
#include "inventory/stocktakeservice.h"
#include "inventory/supplierreturnservice.h"
#include "inventory/supplierservice.h"
#include "inventory/transferservice.h"

#include "core/documentnumbers.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QMap>

using namespace qtill;
using namespace qtill::inventory;

namespace {

const QList<DocumentKind> kAllKinds = {DocumentKinds::kPurchaseOrder, DocumentKinds::kGoodsReceipt,
                                       DocumentKinds::kSupplierReturn, DocumentKinds::kTransfer,
                                       DocumentKinds::kStocktake,     DocumentKinds::kSalesHistoryBatch};

/// Every counter as "KIND@REGISTER" → last sequence.
QMap<QString, qint64> counters(Store &store)
{
    QMap<QString, qint64> all;
    auto q = store.exec(QStringLiteral("SELECT kind, register_id, last_sequence FROM document_counters"));
    EXPECT_TRUE(q.ok());
    while (q && q->next())
        all.insert(q->value(0).toString() + QLatin1Char('@') + q->value(1).toString(), q->value(2).toLongLong());
    return all;
}

/// Makes the file look as the release before DocumentNumbers left it: no counters, and the steps
/// that seed them not applied. Documents and everything else stay as they are.
void forgetTheCounters(Store &store)
{
    ASSERT_TRUE(store.exec(QStringLiteral("DROP TABLE document_counters")));
    ASSERT_TRUE(store.exec(QStringLiteral(
        "DELETE FROM schema_migrations WHERE schema_name = 'documentnumbers'"
        " OR (schema_name = 'purchasing' AND version >= 3) OR (schema_name = 'stocktake' AND version >= 3)"
        " OR (schema_name = 'saleshistory' AND version >= 2)")));
}

} // namespace

TEST(InventoryDocumentNumbers, AnUpgradedStoreGoesOnWhereItsDocumentsEnd)
{
    inventory::test::DemoFixture demo;
    ASSERT_TRUE(demo.services);
    InventoryServices &inventory = InventoryServices::of(*demo.services);
    LocationId back, floor;
    for (const Location &location : inventory.ledger().locations().value()) {
        if (location.code == QLatin1String("BACK"))
            back = location.id;
        if (location.code == QLatin1String("FLOOR"))
            floor = location.id;
    }
    ASSERT_TRUE(back.isValid() && floor.isValid());
    auto water = inventory.catalog().productBySku(QStringLiteral("140001"));
    ASSERT_TRUE(water.ok());
    // The demo has no return nor count: make one of each.
    const Supplier drinks = inventory.suppliers().supplierByCode(QStringLiteral("S002")).value();
    ASSERT_TRUE(inventory.supplierReturns()
                    .returnGoods(demo.owner, SupplierReturnRequest{drinks.id, floor, QStringLiteral("破损"),
                                                                        {ReceiptLine{water->id, Quantity::units(1), {}}}})
                    .ok());
    ASSERT_TRUE(inventory.stocktakes().start(demo.owner, QStringLiteral("BACK")).ok());
    // A second lane has written documents too.
    ASSERT_TRUE(demo.services->storeProfile().setField(demo.owner, QStringLiteral("register-id"), QStringLiteral("R02")).ok());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(inventory.transfers()
                        .transfer(demo.owner, back, floor,
                                  {TransferLine{water->id, Quantity::units(1), {}, {}}})
                        .ok());
    }
    ASSERT_TRUE(demo.services->storeProfile().setField(demo.owner, QStringLiteral("register-id"), QStringLiteral("R01")).ok());

    const QMap<QString, qint64> before = counters(demo.store());
    for (const DocumentKind &kind : kAllKinds)
        EXPECT_GT(before.value(kind.key + QStringLiteral("@R01")), 0) << kind.key.toStdString() << ": the demo has none";
    EXPECT_EQ(before.value(QStringLiteral("TR@R02")), 3);

    forgetTheCounters(demo.store());
    const QString path = demo.store().path();
    demo.services.reset();

    // The new release opens it: the counters are seeded from the documents, once.
    auto opened = Services::open(Services::Options{.clock = demo.clock,
                                                   .path = path,
                                                   .modules = {&demo.module},
                                                   .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Services &services = **opened;
    EXPECT_EQ(counters(services.store()), before);

    const Session owner = services.operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
    InventoryServices &upgraded = InventoryServices::of(services);
    auto suppliers = upgraded.suppliers().list(true);
    ASSERT_TRUE(suppliers.ok() && !suppliers->isEmpty());
    auto order = upgraded.purchasing().createDraft(owner, suppliers->first().id,
                                                   {DraftOrderLine{water->id, {}, Quantity::units(6), {}}});
    ASSERT_TRUE(order.ok()) << order.error().toString().toStdString();
    EXPECT_EQ(upgraded.purchasing().order(*order)->number,
              DocumentKinds::kPurchaseOrder.format(QStringLiteral("R01"), before.value(QStringLiteral("PO@R01")) + 1));
    auto moved = upgraded.transfers().transfer(owner, back, floor,
                                               {TransferLine{water->id, Quantity::units(1), {}, {}}});
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_EQ(moved->number, QStringLiteral("TR-R01-%1").arg(before.value(QStringLiteral("TR@R01")) + 1, 8, 10, QLatin1Char('0')));
}
