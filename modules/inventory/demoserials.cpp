#include "demoserials.h"

#include "catalog.h"
#include "ean13.h"
#include "inventoryservices.h"
#include "productservice.h"
#include "serialnumberservice.h"
#include "stockledger.h"

#include "core/operator.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

namespace qtill::inventory {

Result<int> DemoSerials::populate(Services &services, const Session &actor)
{
    InventoryServices &inventory = InventoryServices::of(services);
    ProductService &products = inventory.products();
    Category phones;
    phones.code = QStringLiteral("24");
    phones.name = QStringLiteral("数码通讯");
    phones.nameEn = QStringLiteral("Phones & Digital");
    auto category = products.addCategory(actor, phones);
    if (!category)
        return category.error();

    StockLedger &ledger = inventory.ledger();
    auto floor = ledger.location(QStringLiteral("FLOOR"));
    if (!floor)
        return floor.error();
    SerialNumberService &serials = inventory.serials();

    struct Phone
    {
        const char *sku;
        const char *name;
        const char *nameEn;
        qint64 priceFen;
        qint64 costFen;
    };
    static const Phone kPhones[] = {
        {"240001", "华为 nova 12 手机 256GB", "Huawei nova 12 Phone 256GB", 299900, 254900},
        {"240002", "小米 14 手机 256GB", "Xiaomi 14 Phone 256GB", 399900, 339900},
        {"240003", "荣耀 X50 手机 128GB", "Honor X50 Phone 128GB", 139900, 118900},
    };
    const Currency currency = services.storeProfile().currency();
    int added = 0;
    for (const Phone &phone : kPhones) {
        Product p;
        p.sku = QLatin1String(phone.sku);
        p.name = QString::fromUtf8(phone.name);
        p.nameEn = QLatin1String(phone.nameEn);
        p.categoryId = *category;
        p.unit = QStringLiteral("台");
        p.price = Money::fromMinor(phone.priceFen, currency);
        p.cost = Money::fromMinor(phone.costFen, currency);
        p.taxClass = QStringLiteral("standard");
        p.safetyStock = Quantity::units(2);
        p.serialTracked = true;
        const QString barcode = Ean13::complete(QString(QStringLiteral("69399990") + p.sku.right(4)));
        auto id = products.create(actor, p, {ProductBarcode{barcode, BarcodeType::kGtin, Quantity::units(1)}});
        if (!id)
            return id.error();
        ++added;

        QStringList imeis;
        for (int i = 1; i <= 3; ++i)
            imeis << QStringLiteral("8600000000000%1%2").arg(added).arg(i);
        const QString document = QStringLiteral("DEMO-PHONES");
        auto received = ledger.record(StockMovement{*id, floor->id, Quantity::units(3), StockReason::kReceipt,
                                                    actor.operatorId, document});
        if (!received)
            return received.error();
        if (Status recorded = serials.recordReceipt(*id, imeis, floor->id, document, actor.operatorId); !recorded)
            return recorded.error();
    }

    // One phone already sold, to a member, with a year's warranty.
    auto sold = inventory.catalog().productBySku(QStringLiteral("240001"));
    if (!sold)
        return sold.error();
    const QString receipt = QStringLiteral("R01-DEMO-0001");
    auto moved = ledger.record(StockMovement{sold->id, floor->id, Quantity::units(-1), StockReason::kSale,
                                             actor.operatorId, receipt});
    if (!moved)
        return moved.error();
    auto marked = serials.markSold(QLatin1String(kSoldSerial), receipt, QStringLiteral("13800138000"), 12,
                                   actor.operatorId, sold->id);
    if (!marked)
        return marked.error();
    return added;
}

} // namespace qtill::inventory
