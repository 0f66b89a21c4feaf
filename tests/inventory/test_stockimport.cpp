// Stock import (opening stock / counted lists) and supplier import, with their exports, on the demo
// supermarket: the differences become ledger movements, bad rows are reported, nothing is half done.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/csvwriter.h"
#include "inventory/stockimporter.h"
#include "inventory/stockledger.h"
#include "inventory/supplierimporter.h"
#include "inventory/supplierservice.h"

#include "core/auditlog.h"
#include "core/store.h"

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

struct StockImportTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();

    qint64 onHandMilli(const QString &sku, const char *location)
    {
        auto product = catalog.productBySku(sku);
        auto where = ledger.location(QLatin1String(location));
        EXPECT_TRUE(product.ok() && where.ok());
        return ledger.onHand(product->id, where->id).valueOr(Quantity()).milli();
    }
    qint64 movementCount()
    {
        auto q = demo.store().exec(QStringLiteral("SELECT COUNT(*) FROM stock_movements"));
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    QStringList issuesOf(const ImportReport &report, int row)
    {
        QStringList out;
        for (const ImportIssue &i : report.issues) {
            if (i.row == row)
                out << i.column + QStringLiteral(": ") + i.message;
        }
        return out;
    }
};

TEST_F(StockImportTest, ACountedListBooksTheDifferencesAsMovementsAndTheLedgerStillAddsUp)
{
    // 牛奶巧克力 80g: 42 on the floor, 12 in the back room; 苹果 19.75 kg on the floor.
    auto importer = InventoryServices::of(*demo.services).newStockImporter();
    auto report = importer->validate(*CsvReader::parse(QStringLiteral("商品编码,条码,库位,数量\n"
                                                                     "130009,,卖场,40\n"
                                                                     ",6925582958157,BACK,12\n"
                                                                     "190001,,FLOOR,18.5\n")
                                                          .toUtf8()));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_TRUE(report->isClean()) << issuesOf(*report, 2).join(QLatin1Char('|')).toStdString();
    const qint64 before = movementCount();
    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->movements, 2);
    EXPECT_EQ(result->unchanged, 1) << "the back room had 12 already";
    EXPECT_EQ(movementCount(), before + 2);
    EXPECT_EQ(onHandMilli(QStringLiteral("130009"), "FLOOR"), 40000);
    EXPECT_EQ(onHandMilli(QStringLiteral("130009"), "BACK"), 12000);
    EXPECT_EQ(onHandMilli(QStringLiteral("190001"), "FLOOR"), 18500);
    auto history = ledger.history(catalog.productBySku(QStringLiteral("130009"))->id);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->entries.isEmpty());
    EXPECT_EQ(history->entries.first().quantity.milli(), -2000);
    EXPECT_EQ(history->entries.first().reason, StockReason::kAdjustment);
    EXPECT_TRUE(history->entries.first().document.startsWith(QStringLiteral("IMPORT ")));
    auto verified = ledger.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(StockImportTest, APairWithoutMovementsGetsOpeningStockAndOneWithMovementsAnAdjustment)
{
    // A piece-goods product that never had stock in the back room.
    auto q = demo.store().exec(QStringLiteral(
        "SELECT p.sku FROM products p WHERE p.sold_by_weight = 0 AND NOT EXISTS (SELECT 1 FROM stock_movements m"
        " JOIN locations l ON l.id = m.location_id WHERE m.product_id = p.id AND l.code = 'BACK') ORDER BY p.sku LIMIT 1"));
    ASSERT_TRUE(q.ok() && q->next());
    const QString fresh = q->value(0).toString();
    auto importer = InventoryServices::of(*demo.services).newStockImporter();
    auto report = importer->validate(
        *CsvReader::parse((QStringLiteral("sku,location,on_hand\n") + fresh + QStringLiteral(",BACK,5\n130009,FLOOR,40\n")).toUtf8()));
    ASSERT_TRUE(report.ok() && report->isClean());
    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->movements, 2);
    EXPECT_EQ(onHandMilli(fresh, "BACK"), 5000);
    EXPECT_EQ(onHandMilli(QStringLiteral("130009"), "FLOOR"), 40000);
    auto opening = ledger.history(catalog.productBySku(fresh)->id);
    ASSERT_TRUE(opening.ok() && !opening->entries.isEmpty());
    EXPECT_EQ(opening->entries.first().reason, StockReason::kOpening);
    EXPECT_EQ(opening->entries.first().quantity.milli(), 5000);
    auto adjusted = ledger.history(catalog.productBySku(QStringLiteral("130009"))->id);
    ASSERT_TRUE(adjusted.ok() && !adjusted->entries.isEmpty());
    EXPECT_EQ(adjusted->entries.first().reason, StockReason::kAdjustment);
    auto verified = ledger.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(StockImportTest, BadRowsAreReportedAndAllOrNothingBooksNothing)
{
    auto importer = InventoryServices::of(*demo.services).newStockImporter();
    auto report = importer->validate(*CsvReader::parse("sku,location,on_hand\n"
                                                      "130009,FLOOR,41\n"
                                                      "999999,FLOOR,1\n"
                                                      "130009,GARAGE,1\n"
                                                      "130009,BACK,-3\n"
                                                      "130009,BACK,2.5\n"
                                                      "130009,卖场,7\n"
                                                      "190001,BACK,abc\n"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->goodRows, 1);
    EXPECT_EQ(report->badRows, 6);
    EXPECT_THAT(issuesOf(*report, 3).join(QLatin1Char('|')).toStdString(), HasSubstr("no product with the item code 999999"));
    EXPECT_THAT(issuesOf(*report, 4).join(QLatin1Char('|')).toStdString(), HasSubstr("no active location \"GARAGE\""));
    EXPECT_THAT(issuesOf(*report, 5).join(QLatin1Char('|')).toStdString(), HasSubstr("cannot be negative"));
    EXPECT_THAT(issuesOf(*report, 6).join(QLatin1Char('|')).toStdString(), HasSubstr("sold by the piece"));
    EXPECT_THAT(issuesOf(*report, 7).join(QLatin1Char('|')).toStdString(), HasSubstr("also on row 2"));
    EXPECT_THAT(issuesOf(*report, 8).join(QLatin1Char('|')).toStdString(), HasSubstr("not a quantity"));
    const qint64 before = movementCount();
    EXPECT_FALSE(importer->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    EXPECT_EQ(movementCount(), before);
    auto good = importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly);
    ASSERT_TRUE(good.ok()) << good.error().toString().toStdString();
    EXPECT_EQ(good->movements, 1);
    EXPECT_EQ(good->skippedRows, 6);
    EXPECT_EQ(onHandMilli(QStringLiteral("130009"), "FLOOR"), 41000);
}

TEST_F(StockImportTest, ACashierMayNotSetStockByFile)
{
    auto importer = InventoryServices::of(*demo.services).newStockImporter();
    ASSERT_TRUE(importer->validate(*CsvReader::parse("sku,location,on_hand\n130009,FLOOR,1\n")).ok());
    auto refused = importer->import(demo.cashier, ProductImporter::Mode::AllOrNothing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(onHandMilli(QStringLiteral("130009"), "FLOOR"), 42000);
}

TEST_F(StockImportTest, TheStockExportImportsBackWithoutAnyMovement)
{
    CsvWriter writer;
    auto exported = StockImporter::exportStock(*demo.services, demo.owner, writer);
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    EXPECT_GT(*exported, 300);
    auto importer = InventoryServices::of(*demo.services).newStockImporter();
    auto report = importer->validate(*CsvReader::parse(writer.bytes()));
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->isClean()) << issuesOf(*report, 2).join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(report->totalRows, *exported);
    const qint64 before = movementCount();
    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->movements, 0);
    EXPECT_EQ(result->unchanged, *exported);
    EXPECT_EQ(movementCount(), before);
}

TEST_F(StockImportTest, SuppliersImportAddsAndUpdatesByCode)
{
    auto importer = InventoryServices::of(*demo.services).newSupplierImporter();
    auto report = importer->validate(*CsvReader::parse(QStringLiteral("供应商编码,供应商名称,联系人,到货天数\n"
                                                                     "S001,,钱经理,4\n"
                                                                     "S100,苏州新鲜蔬菜合作社,孙师傅,1\n"
                                                                     "S101,,,2\n"
                                                                     "S102,某公司,,400\n")
                                                          .toUtf8()));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(importer->kind(), SupplierImporter::Kind::Suppliers);
    EXPECT_EQ(report->badRows, 2);
    EXPECT_THAT(issuesOf(*report, 4).join(QLatin1Char('|')).toStdString(), HasSubstr("needs a name"));
    EXPECT_THAT(issuesOf(*report, 5).join(QLatin1Char('|')).toStdString(), HasSubstr("0 to 365"));
    auto result = importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->suppliersAdded, 1);
    EXPECT_EQ(result->suppliersUpdated, 1);
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
    auto s001 = suppliers.supplierByCode(QStringLiteral("S001"));
    ASSERT_TRUE(s001.ok());
    EXPECT_EQ(s001->name, QStringLiteral("上海丰禾粮油贸易有限公司")) << "an empty name keeps the name";
    EXPECT_EQ(s001->contact, QStringLiteral("钱经理"));
    EXPECT_EQ(s001->leadTimeDays, 4);
    EXPECT_EQ(suppliers.supplierByCode(QStringLiteral("S100"))->contact, QStringLiteral("孙师傅"));
}

TEST_F(StockImportTest, SupplierItemsImportAndTheirExportRoundTrips)
{
    auto importer = InventoryServices::of(*demo.services).newSupplierImporter();
    auto report = importer->validate(*CsvReader::parse("supplier,sku,supplier_item_code,cost,pack_size,preferred\n"
                                                      "S002,130009,KSF-80,7.50,24,1\n"
                                                      "S002,999999,X,1.00,1,0\n"
                                                      "S009,130009,X,1.00,1,0\n"
                                                      "S002,190001,Y,-1,1,0\n"));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(importer->kind(), SupplierImporter::Kind::SupplierItems);
    EXPECT_EQ(report->goodRows, 1);
    ASSERT_TRUE(importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly).ok());
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
    auto preferred = suppliers.preferredItem(catalog.productBySku(QStringLiteral("130009"))->id);
    ASSERT_TRUE(preferred.ok() && preferred->has_value());
    EXPECT_EQ((*preferred)->supplierCode, QStringLiteral("KSF-80"));
    EXPECT_EQ((*preferred)->lastCost.minor(), 750);
    EXPECT_EQ((*preferred)->packSize.milli(), 24000);

    CsvWriter writer;
    auto exported = SupplierImporter::exportSupplierItems(*demo.services, demo.owner, writer);
    ASSERT_TRUE(exported.ok());
    EXPECT_THAT(QString::fromUtf8(writer.bytes()).toStdString(), HasSubstr("S002,130009,KSF-80,7.50,24,1"));
    auto back = InventoryServices::of(*demo.services).newSupplierImporter();
    auto again = back->validate(*CsvReader::parse(writer.bytes()));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isClean());
    EXPECT_EQ(again->totalRows, *exported);
}

} // namespace
