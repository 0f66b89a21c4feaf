#include "demopurchasing.h"

#include "catalog.h"
#include "inventoryservices.h"
#include "purchaseorderservice.h"
#include "receivingservice.h"
#include "stockledger.h"
#include "supplierservice.h"
#include "transferservice.h"

#include "core/operator.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>

namespace qtill::inventory {

namespace {

struct DemoSupplier
{
    const char *code;
    const char *name;
    const char *contact;
    const char *phone;
    int leadTimeDays;
    QList<int> categories;   ///< demo category codes this supplier delivers
};

const QList<DemoSupplier> &demoSuppliers()
{
    static const QList<DemoSupplier> kSuppliers{
        {"S001", "上海丰禾粮油贸易有限公司", "王建国", "021-6432 1188", 3, {10, 11, 12}},
        {"S002", "华东饮料酒水批发中心", "李敏", "021-5912 3366", 2, {14, 15, 17}},
        {"S003", "沪郊乳品冷链配送有限公司", "陈晓东", "021-3778 9021", 1, {16, 18}},
        {"S004", "江桥农产品批发市场 12 号铺", "赵师傅", "139 1766 2208", 1, {19, 20}},
        {"S005", "申城日化纸品供应链有限公司", "周丽华", "021-6655 7310", 5, {13, 21, 22, 23}},
    };
    return kSuppliers;
}

Result<Product> bySku(const Catalog &catalog, const char *sku)
{
    return catalog.productBySku(QLatin1String(sku));
}

} // namespace

Status DemoPurchasing::populate(Services &services, const Session &actor)
{
    Store &store = services.store();
    const Currency currency = services.storeProfile().currency();
    return store.transaction([&]() -> Status {
        InventoryServices &inventory = InventoryServices::of(services);
        SupplierService &suppliers = inventory.suppliers();
        PurchaseOrderService &orders = inventory.purchasing();
        ReceivingService &receiving = inventory.receiving();
        TransferService &transfers = inventory.transfers();
        StockLedger &ledger = inventory.ledger();
        const Catalog &catalog = inventory.catalog();

        QHash<int, SupplierId> byCategory;
        QHash<QString, SupplierId> byCode;
        for (const DemoSupplier &d : demoSuppliers()) {
            auto added = suppliers.add(actor, Supplier{{}, QLatin1String(d.code), QString::fromUtf8(d.name),
                                                       QString::fromUtf8(d.contact), QString::fromUtf8(d.phone),
                                                       d.leadTimeDays, true});
            if (!added)
                return added.error();
            byCode.insert(added->code, added->id);
            for (int category : d.categories)
                byCategory.insert(category, added->id);
        }

        // Every product gets its category's supplier, at its current cost, in cases where it has a case code.
        auto rows = store.exec(QStringLiteral("SELECT p.id, p.sku, p.cost_fen, c.code,"
                                              " (SELECT MAX(b.pack_qty_milli) FROM product_barcodes b WHERE b.product_id = p.id)"
                                              " FROM products p JOIN categories c ON c.id = p.category_id ORDER BY p.sku"),
                               {}, QCoreApplication::translate("qtill::inventory::DemoPurchasing",
                                                               "The demo products could not be read."));
        if (!rows)
            return rows.error();
        QList<SupplierItem> items;
        while (rows->next()) {
            const SupplierId supplier = byCategory.value(rows->value(3).toInt());
            if (!supplier.isValid())
                continue;
            items << SupplierItem{supplier, ProductId(rows->value(0).toLongLong()),
                                  QStringLiteral("%1-%2").arg(supplier.value(), 2, 10, QLatin1Char('0')).arg(rows->value(1).toString()),
                                  Money::fromMinor(rows->value(2).toLongLong(), currency),
                                  Quantity::fromMilli(qMax<qlonglong>(1000, rows->value(4).toLongLong())), true};
        }
        if (Status set = suppliers.setItems(actor, items); !set)
            return set;

        auto floor = ledger.location(QStringLiteral("FLOOR"));
        auto back = ledger.location(QStringLiteral("BACK"));
        if (!floor)
            return floor.error();
        if (!back)
            return back.error();
        if (Status kind = ledger.updateLocation(actor, back->id, back->name, LocationKind::BackRoom); !kind)
            return kind;
        auto fresh = ledger.addLocation(actor, QStringLiteral("FRESH"), QStringLiteral("生鲜部"), LocationKind::Department);
        if (!fresh)
            return fresh.error();

        auto line = [&](const char *sku, qint64 units) -> Result<DraftOrderLine> {
            auto p = bySku(catalog, sku);
            if (!p)
                return p.error();
            return DraftOrderLine{p->id, {}, Quantity::units(units), std::nullopt};
        };
        auto draft = [&](std::initializer_list<std::pair<const char *, qint64>> wanted, LocationId to,
                         const QString &note) -> Result<PurchaseOrderId> {
            QList<DraftOrderLine> lines;
            for (const auto &[sku, units] : wanted) {
                auto l = line(sku, units);
                if (!l)
                    return l.error();
                lines << *l;
            }
            auto created = orders.createDrafts(actor, lines, to, note);
            if (!created)
                return created.error();
            return created->first();
        };

        // 1. Drinks, delivered in full to the back room.
        auto drinks = draft({{"140007", 48}, {"150001", 72}}, back->id, QStringLiteral("周末促销备货"));
        if (!drinks)
            return drinks.error();
        if (Status sent = orders.send(actor, *drinks); !sent)
            return sent;
        auto drinksPo = orders.order(*drinks);
        if (!drinksPo)
            return drinksPo.error();
        ReceiveRequest full{*drinks, {}, {}, QStringLiteral("HD-20261120-018"), {}, false};
        for (const PurchaseOrderLine &l : std::as_const(drinksPo->lines))
            full.lines << ReceiptLine{l.product, l.ordered, std::nullopt};
        if (auto received = receiving.receive(actor, full); !received)
            return received.error();

        // 2. Grain and oil, partly delivered: the rice came, the oil is still expected.
        auto grain = draft({{"100001", 40}, {"100021", 24}, {"110018", 36}}, back->id, {});
        if (!grain)
            return grain.error();
        if (Status sent = orders.send(actor, *grain); !sent)
            return sent;
        auto rice = bySku(catalog, "100001");
        auto chili = bySku(catalog, "110018");
        if (!rice || !chili)
            return rice ? chili.error() : rice.error();
        ReceiveRequest partial{*grain, {}, {}, QStringLiteral("FH-0087"), {}, false};
        partial.lines << ReceiptLine{rice->id, Quantity::units(40), Money::fromMinor(2950, currency)}
                      << ReceiptLine{chili->id, Quantity::units(12), std::nullopt};
        if (auto received = receiving.receive(actor, partial); !received)
            return received.error();

        // 3. Dairy, sent and awaited; 4. household goods, still a draft; 5. a cancelled snack order.
        auto dairy = draft({{"160001", 20}}, floor->id, {});
        if (!dairy)
            return dairy.error();
        if (Status sent = orders.send(actor, *dairy); !sent)
            return sent;
        if (auto household = draft({{"210013", 24}, {"210033", 30}, {"230009", 50}}, back->id, QStringLiteral("月度补货"));
            !household)
            return household.error();
        auto snacks = draft({{"130016", 10}}, floor->id, {});
        if (!snacks)
            return snacks.error();
        if (Status cancelled = orders.cancel(actor, *snacks, QStringLiteral("供应商缺货")); !cancelled)
            return cancelled;

        // One transfer from the back room to the shop floor, and one to the fresh department.
        auto cola = bySku(catalog, "140007");
        auto beer = bySku(catalog, "150001");
        auto eggs = bySku(catalog, "200014");
        if (!cola || !beer || !eggs)
            return Error::internal(QCoreApplication::translate("qtill::inventory::DemoPurchasing",
                                                               "The demo data is damaged."),
                                   QStringLiteral("demo transfer products"));
        if (auto moved = transfers.transfer(actor, back->id, floor->id,
                                            {TransferLine{cola->id, Quantity::units(24), {}, {}},
                                             TransferLine{beer->id, Quantity::units(24), {}, {}}},
                                            QStringLiteral("补货上架"));
            !moved)
            return moved.error();
        auto eggsOnFloor = ledger.onHand(eggs->id, floor->id);
        if (!eggsOnFloor)
            return eggsOnFloor.error();
        if (eggsOnFloor->milli() > 0) {
            if (auto moved = transfers.transfer(actor, floor->id, fresh->id,
                                                {TransferLine{eggs->id, Quantity::fromMilli(eggsOnFloor->milli() / 2), {}, {}}},
                                                QStringLiteral("生鲜部开柜"));
                !moved)
                return moved.error();
        }
        return {};
    });
}

} // namespace qtill::inventory
