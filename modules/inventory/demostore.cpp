#include "demostore.h"

#include "catalogdemo.h"
#include "demopurchasing.h"
#include "demoserials.h"
#include "ean13.h"
#include "inventorymodule.h"
#include "inventoryservices.h"
#include "saleshistorydemo.h"
#include "stockledger.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::DemoStore", text);
}

/// The rows of a compiled-in CSV file (header dropped), each split into exactly `columns` fields.
/// The demo files use no quoting: no field holds a comma.
Result<QList<QStringList>> readCsv(const QString &resource, int columns)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(tr("The demo data is missing from this build."), resource);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<QStringList> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList fields = lines.at(i).split(QLatin1Char(','));
        if (fields.size() != columns) {
            return Error::internal(tr("The demo data is damaged."),
                                   QStringLiteral("%1 line %2: %3 fields, expected %4").arg(resource).arg(i + 1).arg(fields.size()).arg(columns));
        }
        rows << fields;
    }
    return rows;
}

/// Columns of products.csv.
enum ProductColumn {
    kSku, kBarcode, kName, kNameEn, kCategory, kUnit, kSoldByWeight, kPrice, kMemberPrice, kCost, kTaxClass,
    kFloorMilli, kBackMilli, kSafetyMilli, kCaseBarcode, kCaseQtyMilli, kProductColumnCount
};

QVariant id(qint64 value)
{
    return QVariant::fromValue(static_cast<qlonglong>(value));
}

QVariant integer(const QString &text, bool *ok)
{
    bool good = false;
    const qlonglong value = text.toLongLong(&good);
    *ok = *ok && good;
    return QVariant::fromValue(value);
}

} // namespace

StoreProfile DemoStore::demoProfile()
{
    StoreProfile p;
    p.name = QStringLiteral("Qtill 演示超市");
    p.address = QStringLiteral("上海市浦东新区世纪大道 100 号");
    p.phone = QStringLiteral("021-5888 0000");
    p.taxId = QStringLiteral("91310115MA1H7Q2X3K");
    p.receiptHeader = QStringLiteral("欢迎光临");
    p.receiptFooter = QStringLiteral("谢谢惠顾，欢迎再来！\n凭小票 7 日内可办理退换货");
    p.currencyCode = QStringLiteral("CNY");
    p.businessDayStart = QTime(4, 0);
    p.registerId = QStringLiteral("R01");
    return p;
}

Result<DemoStore::Summary> DemoStore::populate(Services &services, const Session &actor)
{
    if (Status allowed = services.permissions().require(actor, InventoryPermissions::kEdit); !allowed)
        return allowed.error();
    auto categories = readCsv(QStringLiteral(":/qtill/demo/categories.csv"), 3);
    if (!categories)
        return categories.error();
    auto products = readCsv(QStringLiteral(":/qtill/demo/products.csv"), kProductColumnCount);
    if (!products)
        return products.error();

    Store &store = services.store();
    Summary summary;
    const Status done = store.transaction([&]() -> Status {
        auto existing = store.exec(QStringLiteral("SELECT COUNT(*) FROM products"), {}, tr("The products could not be read."));
        if (!existing)
            return existing.error();
        if (existing->next() && existing->value(0).toLongLong() > 0)
            return Error::conflict(tr("This store has products already; the demo data only goes into an empty store."));

        if (services.storeProfile().profile().name.isEmpty()) {
            if (Status set = services.storeProfile().update(actor, demoProfile()); !set)
                return set;
            summary.profileSet = true;
        }
        auto taxes = services.taxClasses().list();
        if (!taxes)
            return taxes.error();
        if (taxes->isEmpty()) {
            const QList<TaxClass> vat = TaxClass::chinaVat();
            if (Status added = services.taxClasses().add(actor, vat); !added)
                return added;
            summary.taxClassesAdded = int(vat.size());
        }

        QHash<QString, qint64> categoryIds;
        for (const QStringList &row : std::as_const(categories.value())) {
            auto inserted = insertReturningId(store, QStringLiteral("INSERT INTO categories (code, name, name_en) VALUES (?, ?, ?)"),
                                       {row.at(0), row.at(1), row.at(2)}, tr("The demo categories could not be saved."));
            if (!inserted)
                return inserted.error();
            categoryIds.insert(row.at(0), *inserted);
            ++summary.categories;
        }

        StockLedger &ledger = InventoryServices::of(services).ledger();
        QList<LocationId> locations;
        for (const auto &[code, name] : {std::pair{kFloorCode, "卖场"}, std::pair{kBackRoomCode, "仓库"}}) {
            auto added = ledger.addLocation(QLatin1String(code), QString::fromUtf8(name));
            if (!added)
                return added.error();
            locations << added->id;
            ++summary.locations;
        }

        for (qsizetype i = 0; i < products->size(); ++i) {
            const QStringList &row = products->at(i);
            const QString where = QStringLiteral("products.csv line %1 (%2)").arg(i + 2).arg(row.at(kSku));
            bool ok = true;
            const bool weighed = row.at(kSoldByWeight) == QLatin1String("1");
            const QVariant memberPrice = row.at(kMemberPrice).isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                                                        : integer(row.at(kMemberPrice), &ok);
            const QVariantList values{row.at(kSku), row.at(kName), row.at(kNameEn),
                                      id(categoryIds.value(row.at(kCategory))), row.at(kUnit), weighed ? 1 : 0,
                                      integer(row.at(kPrice), &ok), memberPrice, integer(row.at(kCost), &ok),
                                      row.at(kTaxClass), integer(row.at(kSafetyMilli), &ok)};
            if (!ok || !categoryIds.contains(row.at(kCategory)))
                return Error::internal(tr("The demo data is damaged."), where);
            if (!weighed && !Ean13::isValid(row.at(kBarcode)))
                return Error::internal(tr("The demo data is damaged."), where + QStringLiteral(": bad EAN-13"));
            auto inserted = insertReturningId(store,
                QStringLiteral("INSERT INTO products (sku, name, name_en, category_id, unit, sold_by_weight, price_fen,"
                               " member_price_fen, cost_fen, tax_class, safety_stock_milli)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values, tr("The demo products could not be saved."));
            if (!inserted)
                return inserted.error();
            const ProductId product(*inserted);
            ++summary.products;

            QList<std::pair<QString, QString>> codes{{row.at(kBarcode), QStringLiteral("1000")}};
            if (!row.at(kCaseBarcode).isEmpty())
                codes.append({row.at(kCaseBarcode), row.at(kCaseQtyMilli)});
            for (const auto &[code, packQty] : std::as_const(codes)) {
                auto barcode = store.exec(
                    QStringLiteral("INSERT INTO product_barcodes (code, product_id, pack_qty_milli) VALUES (?, ?, ?)"),
                    {code, id(product.value()), integer(packQty, &ok)}, tr("The demo barcodes could not be saved."));
                if (!barcode)
                    return barcode.error();
                ++summary.barcodes;
            }

            const qint64 opening[] = {row.at(kFloorMilli).toLongLong(&ok), row.at(kBackMilli).toLongLong(&ok)};
            for (int l = 0; l < 2; ++l) {
                if (opening[l] == 0)
                    continue;
                auto moved = ledger.record(StockMovement{product, locations.at(l), Quantity::fromMilli(opening[l]),
                                                         StockReason::kOpening, actor.operatorId,
                                                         QLatin1String(kDocument)});
                if (!moved)
                    return moved.error();
                ++summary.movements;
            }
            if (!ok)
                return Error::internal(tr("The demo data is damaged."), where);
        }

        if (Status catalog = CatalogDemo::populate(services, actor); !catalog)
            return catalog;
        if (Status purchasing = DemoPurchasing::populate(services, actor); !purchasing)
            return purchasing;
        if (auto history = SalesHistoryDemo::populate(services, actor); !history)   // sales before Qtill
            return history.error();
        auto phones = DemoSerials::populate(services, actor);   // 数码通讯: serial-tracked phones
        if (!phones)
            return phones.error();
        summary.categories += 1;
        summary.products += *phones;
        summary.barcodes += *phones;
        auto audited = services.auditLog().append(
            AuditRecord{actor.operatorId, {}, QStringLiteral("inventory.demoPopulate"), QStringLiteral("catalog"),
                        AuditOutcome::kOk,
                        QStringLiteral("%1 categories, %2 products, %3 codes, %4 opening movements")
                            .arg(summary.categories)
                            .arg(summary.products)
                            .arg(summary.barcodes)
                            .arg(summary.movements)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}

} // namespace qtill::inventory
