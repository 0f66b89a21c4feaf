// Product import with a row-by-row report, all-or-nothing vs good rows only, and export → import round trip.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/csvwriter.h"
#include "inventory/ean13.h"
#include "inventory/exporter.h"
#include "inventory/inventorymodule.h"
#include "inventory/productimporter.h"

#include "core/auditlog.h"
#include "core/permissionservice.h"
#include "core/store.h"
#include "core/taxclassservice.h"

#include <QStringEncoder>

using namespace qtill;
using namespace qtill::inventory;

namespace {

const QByteArray kHeader = "sku,barcode,other_barcodes,name,name_en,category,unit,sold_by_weight,price,member_price,"
                           "cost,tax_class,status,safety_stock\n";

/// An empty store with China's VAT classes, five categories and one product (东北大米 5kg, item code
/// 100001, barcode 6905234787793) — independent of the demo data, which other work changes.
void seed(inventory::test::DemoFixture &fixture)
{
    ASSERT_TRUE(fixture.services->taxClasses().add(fixture.owner, TaxClass::chinaVat()).ok());
    Store &store = fixture.store();
    const QList<QStringList> categories{{QStringLiteral("10"), QStringLiteral("粮油")},
                                        {QStringLiteral("12"), QStringLiteral("饼干糕点")},
                                        {QStringLiteral("13"), QStringLiteral("生鲜蔬果")},
                                        {QStringLiteral("14"), QStringLiteral("饮料")}};
    for (const QStringList &c : categories) {
        ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO categories (code, name) VALUES (?, ?)"), {c[0], c[1]}).ok());
    }
    auto rice = store.exec(QStringLiteral("INSERT INTO products (sku, name, category_id, unit, price_fen, tax_class)"
                                          " SELECT '100001', '东北大米 5kg', id, '袋', 3990, 'reduced' FROM categories"
                                          " WHERE code = '10'"));
    ASSERT_TRUE(rice.ok()) << rice.error().toString().toStdString();
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO product_barcodes (code, product_id) SELECT '6905234787793', id"
                                          " FROM products WHERE sku = '100001'"))
                    .ok());
}

struct ProductImportTest : ::testing::Test
{
    inventory::test::DemoFixture demo{false};
    void SetUp() override { seed(demo); }
    std::unique_ptr<ProductImporter> importer = InventoryServices::of(*demo.services).newProductImporter();
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();

    ImportReport validate(const QByteArray &csv, const CsvReader::Options &options = {})
    {
        auto doc = CsvReader::parse(csv, options);
        EXPECT_TRUE(doc.ok()) << (doc.ok() ? std::string() : doc.error().toString().toStdString());
        if (!doc.ok())
            return {};
        auto report = importer->validate(*doc);
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : report.error().toString().toStdString());
        return report.valueOr({});
    }

    /// The issues of one spreadsheet row as "column: message".
    QStringList issuesOf(const ImportReport &report, int row)
    {
        QStringList out;
        for (const ImportIssue &i : report.issues) {
            if (i.row == row)
                out << i.column + QStringLiteral(": ") + i.message;
        }
        return out;
    }

    qint64 productCount() { return catalog.productCount().valueOr(-1); }
};

::testing::AssertionResult mentions(const QStringList &issues, const QString &text)
{
    for (const QString &i : issues) {
        if (i.contains(text))
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no issue mentions \"" << text.toStdString() << "\" in: "
                                         << issues.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_F(ProductImportTest, GoodFileWithChineseHeadingsImportsEveryColumn)
{
    const qint64 before = productCount();
    const QString csv = QStringLiteral(
        "商品编码,条码,其他条码,品名,英文名,分类,单位,称重,售价,会员价,进价,税类,状态,安全库存\n"
        "900001,6901234567892,16901234567899*24,\"可乐, 经典 330ml\",Cola 330ml,饮料,罐,否,3.50,3.20,2.10,standard,上架,24\n"
        "900002,,9001,散装红富士苹果,Fuji Apples,13,kg,是,12.80,,8.00,zero,listed,5.5\n"
        "900003,6901234567908,,停售饼干,Old Biscuits,12,盒,0,\"¥1,234.50\",,,,下架,\n");
    const ImportReport report = validate(csv.toUtf8());
    EXPECT_EQ(report.totalRows, 3);
    EXPECT_EQ(report.goodRows, 3) << issuesOf(report, 2).join(QLatin1Char('|')).toStdString()
                                  << issuesOf(report, 3).join(QLatin1Char('|')).toStdString()
                                  << issuesOf(report, 4).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(report.isClean());
    EXPECT_EQ(report.fileEncoding, QStringLiteral("UTF-8"));

    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->products, 3);
    EXPECT_EQ(result->barcodes, 4);
    EXPECT_EQ(productCount(), before + 3);

    auto cola = catalog.lookup(QStringLiteral("6901234567892"));
    ASSERT_TRUE(cola.ok());
    EXPECT_EQ(cola->product.name, QStringLiteral("可乐, 经典 330ml"));
    EXPECT_EQ(cola->product.price, Money::fromMinor(350, Currency::cny()));
    EXPECT_EQ(cola->product.memberPrice, Money::fromMinor(320, Currency::cny()));
    EXPECT_EQ(cola->product.cost, Money::fromMinor(210, Currency::cny()));
    EXPECT_EQ(cola->product.safetyStock, Quantity::units(24));
    auto cases = catalog.lookup(QStringLiteral("16901234567899"));
    ASSERT_TRUE(cases.ok());
    EXPECT_EQ(cases->packQuantity, Quantity::units(24));
    EXPECT_EQ(cases->product.id, cola->product.id);

    // Search as you type finds an imported product by its Chinese name and by its pinyin initials.
    for (const QString &typed : {QStringLiteral("可乐"), QStringLiteral("KL")}) {
        auto found = catalog.search(typed, 10);
        ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
        QStringList skus;
        for (const auto &p : std::as_const(*found))
            skus << p.sku;
        EXPECT_TRUE(skus.contains(QStringLiteral("900001"))) << typed.toStdString() << ": " << skus.join(QLatin1Char(',')).toStdString();
    }

    auto apples = catalog.lookup(QStringLiteral("9001"));
    ASSERT_TRUE(apples.ok());
    EXPECT_TRUE(apples->product.soldByWeight);
    EXPECT_EQ(apples->product.taxClass, QStringLiteral("zero"));
    EXPECT_EQ(apples->product.safetyStock, Quantity::fromMilli(5500));

    auto biscuits = catalog.productBySku(QStringLiteral("900003"));
    ASSERT_TRUE(biscuits.ok());
    EXPECT_FALSE(biscuits->isListed());
    EXPECT_EQ(biscuits->price, Money::fromMinor(123450, Currency::cny()));
    EXPECT_EQ(biscuits->taxClass, demo.services->taxClasses().defaultClass()->code);

    auto audit = demo.services->auditLog().entries(AuditQuery{.actionPrefix = QStringLiteral("inventory.import")});
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_TRUE(audit->first().detail.startsWith(QStringLiteral("3 products, 4 codes")));
}

TEST_F(ProductImportTest, EveryBadRowIsReportedWithRowColumnAndReason)
{
    const QByteArray csv = kHeader
        + "900001,6901234567892,,Good one,,14,can,0,3.50,,,,,\n"                   // row 2: good
        + "900002,6901234567893,,Wrong check digit,,14,can,0,3.50,,,,,\n"          // row 3
        + "900003,6901234567892,,Same barcode as row 2,,14,can,0,3.50,,,,,\n"      // row 4
        + "900004,6905234787793,,Barcode of the rice,,14,can,0,3.50,,,,,\n"        // row 5
        + "900005,,,Negative,,14,can,0,-1.00,,,,,\n"                               // row 6
        + "900006,,,Absurd,,14,can,0,2000000,,,,,\n"                               // row 7
        + "900007,,,Not a number,,14,can,0,abc,,,,,\n"                             // row 8
        + "900008,,,Unknown category,,99,can,0,1.00,,,,,\n"                        // row 9
        + "900009,,,Unknown tax,,14,can,0,1.00,,,luxury,,\n"                       // row 10
        + "900001,,,Same item code as row 2,,14,can,0,1.00,,,,,\n"                 // row 11
        + "100001,,,Item code of the rice,,14,can,0,1.00,,,,,\n"                   // row 12
        + "900012,,,Cola, 330ml,,14,can,0,1.00,,,,,\n"                             // row 13: unquoted comma
        + "900013,,,\"Cola\" 330ml,,14,can,0,1.00,,,,,\n"                          // row 14: broken quote
        + ",,,,,14,,0,,,,,,\n"                                                     // row 15: required empty
        + "900015,,,Member above price,,14,can,0,1.00,2.00,,,,\n"                  // row 16
        + "900016,,,Zero price,,14,can,0,0,,,,,\n"                                 // row 17
        + "900017,690#123,,Bad character,,14,can,0,1.00,,,,,\n"                   // row 18
        + "900018,,6901234567908*0,Zero pack,,14,can,0,1.00,,,,,\n";               // row 19
    const ImportReport report = validate(csv);
    EXPECT_EQ(report.totalRows, 18);
    EXPECT_EQ(report.goodRows, 1);
    EXPECT_EQ(report.badRows, 17);
    EXPECT_TRUE(issuesOf(report, 2).isEmpty());
    EXPECT_TRUE(mentions(issuesOf(report, 3), QStringLiteral("barcode: The barcode 6901234567893 has a wrong check digit: "
                                                              "for this EAN-13 the last digit must be 2")));
    EXPECT_TRUE(mentions(issuesOf(report, 4), QStringLiteral("barcode: The barcode 6901234567892 is also on row 2.")));
    EXPECT_TRUE(mentions(issuesOf(report, 5), QStringLiteral("already belongs to 东北大米 5kg (item code 100001)")));
    EXPECT_TRUE(mentions(issuesOf(report, 6), QStringLiteral("price: The amount -1.00 is negative")));
    EXPECT_TRUE(mentions(issuesOf(report, 7), QStringLiteral("more than 1,000,000.00")));
    EXPECT_TRUE(mentions(issuesOf(report, 8), QStringLiteral("\"abc\" is not an amount")));
    EXPECT_TRUE(mentions(issuesOf(report, 9), QStringLiteral("category: There is no category \"99\"")));
    EXPECT_TRUE(mentions(issuesOf(report, 10), QStringLiteral("tax_class: There is no tax class \"luxury\"")));
    EXPECT_TRUE(mentions(issuesOf(report, 11), QStringLiteral("The item code 900001 is also on row 2.")));
    EXPECT_TRUE(mentions(issuesOf(report, 12), QStringLiteral("already used by 东北大米 5kg")));
    EXPECT_TRUE(mentions(issuesOf(report, 13), QStringLiteral("must be put in double quotes")));
    EXPECT_TRUE(mentions(issuesOf(report, 14), QStringLiteral("closing quote")));
    const QStringList empty = issuesOf(report, 15);
    EXPECT_TRUE(mentions(empty, QStringLiteral("sku: The item code is empty.")));
    EXPECT_TRUE(mentions(empty, QStringLiteral("name: The product name is empty.")));
    EXPECT_TRUE(mentions(empty, QStringLiteral("unit: The unit is empty")));
    EXPECT_TRUE(mentions(empty, QStringLiteral("price: The price is empty.")));
    EXPECT_TRUE(mentions(issuesOf(report, 16), QStringLiteral("member_price: The member price is higher")));
    EXPECT_TRUE(mentions(issuesOf(report, 17), QStringLiteral("The price is zero")));
    EXPECT_TRUE(mentions(issuesOf(report, 18), QStringLiteral("barcode: \"690#123\" is not a barcode")));
    EXPECT_TRUE(mentions(issuesOf(report, 19), QStringLiteral("other_barcodes: \"6901234567908*0\"")));
    // The report is in row order and keeps the cell as written.
    for (qsizetype i = 1; i < report.issues.size(); ++i)
        EXPECT_LE(report.issues[i - 1].row, report.issues[i].row);
    EXPECT_EQ(report.issues.first().value, QStringLiteral("6901234567893"));
}

TEST_F(ProductImportTest, AllOrNothingWritesNothingWhenARowIsBad)
{
    const qint64 before = productCount();
    validate(kHeader + "900001,6901234567892,,Good,,14,can,0,3.50,,,,,\n"
             + "900002,,,Bad,,14,can,0,-3.50,,,,,\n");
    auto refused = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("1 row(s) have problems, so nothing was imported. "
                                                      "Fix them or import only the good rows."));
    EXPECT_EQ(productCount(), before);
    EXPECT_FALSE(catalog.lookup(QStringLiteral("6901234567892")).ok());
}

TEST_F(ProductImportTest, GoodRowsOnlySkipsTheBadOnesAndCannotRunTwice)
{
    const qint64 before = productCount();
    validate(kHeader + "900001,6901234567892,,Good,,14,can,0,3.50,,,,,\n"
             + "900002,,,Bad,,14,can,0,-3.50,,,,,\n" + "900003,,,Also good,,粮油,bag,0,9.90,,,reduced,,\n");
    auto result = importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->products, 2);
    EXPECT_EQ(result->skippedRows, 1);
    EXPECT_EQ(productCount(), before + 2);
    EXPECT_FALSE(catalog.productBySku(QStringLiteral("900002")).ok());
    EXPECT_EQ(catalog.productBySku(QStringLiteral("900003"))->taxClass, QStringLiteral("reduced"));
    EXPECT_FALSE(importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly).ok());
    EXPECT_EQ(productCount(), before + 2);
}

TEST_F(ProductImportTest, CashierMayNotImport)
{
    validate(kHeader + "900001,6901234567892,,Good,,14,can,0,3.50,,,,,\n");
    auto refused = importer->import(demo.cashier, ProductImporter::Mode::AllOrNothing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(catalog.productBySku(QStringLiteral("900001")).ok());
}

TEST_F(ProductImportTest, Gb18030FileWithCommasAndQuotesImports)
{
    const QString text = QStringLiteral("商品编码,条码,品名,分类,单位,售价\r\n"
                                        "900001,6901234567892,\"农夫山泉, \"\"天然\"\" 550ml\",饮料,瓶,2.00\r\n");
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    const ImportReport report = validate(bytes);
    EXPECT_EQ(report.fileEncoding, QStringLiteral("GB18030"));
    EXPECT_EQ(report.goodRows, 1) << issuesOf(report, 2).join(QLatin1Char('|')).toStdString();
    ASSERT_TRUE(importer->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    EXPECT_EQ(catalog.lookup(QStringLiteral("6901234567892"))->product.name, QStringLiteral("农夫山泉, \"天然\" 550ml"));
}

TEST_F(ProductImportTest, MissingRequiredColumnIsAnErrorForTheWholeFile)
{
    auto doc = CsvReader::parse("sku,name,unit\n1,Cola,can\n");
    ASSERT_TRUE(doc.ok());
    auto report = importer->validate(*doc);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.startsWith(QStringLiteral("The file has no column for: category, price.")))
        << report.error().message.toStdString();
}

TEST_F(ProductImportTest, ExistingItemCodesAreBadRowsUnlessUpdating)
{
    const ImportReport refused = validate(kHeader + "100001,,,东北大米 5kg,,10,袋,0,42.00,,,,,\n");
    EXPECT_TRUE(mentions(issuesOf(refused, 2), QStringLiteral("The item code 100001 is already used by 东北大米 5kg")));
    // A price list (item code and price only) is a whole-file error unless updating.
    EXPECT_FALSE(importer->validate(*CsvReader::parse("sku,price\n100001,42.00\n")).ok());
    importer->setExisting(ProductImporter::Existing::Update);
    EXPECT_TRUE(importer->validate(*CsvReader::parse("sku,price\n100001,42.00\n")).ok());
}

TEST_F(ProductImportTest, APriceListUpdatesPricesKeepsEverythingElseAndAuditsEachChange)
{
    importer->setExisting(ProductImporter::Existing::Update);
    const ImportReport report = validate("sku,price,member_price\n100001,42.50,39.90\n");
    ASSERT_TRUE(report.isClean()) << issuesOf(report, 2).join(QLatin1Char('|')).toStdString();
    const qint64 before = productCount();
    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->products, 0);
    EXPECT_EQ(result->updated, 1);
    EXPECT_EQ(result->pricesChanged, 1);
    EXPECT_EQ(productCount(), before);
    auto rice = catalog.productBySku(QStringLiteral("100001"));
    ASSERT_TRUE(rice.ok());
    EXPECT_EQ(rice->price.minor(), 4250);
    ASSERT_TRUE(rice->memberPrice.has_value());
    EXPECT_EQ(rice->memberPrice->minor(), 3990);
    EXPECT_EQ(rice->name, QStringLiteral("东北大米 5kg"));    // not in the file: kept
    EXPECT_EQ(rice->unit, QStringLiteral("袋"));
    EXPECT_EQ(rice->taxClass, QStringLiteral("reduced"));
    EXPECT_EQ(catalog.lookup(QStringLiteral("6905234787793"))->product.sku, QStringLiteral("100001"));

    AuditQuery query;
    query.actionPrefix = QStringLiteral("product.price");
    auto audited = demo.services->auditLog().entries(query);
    ASSERT_TRUE(audited.ok());
    ASSERT_EQ(audited->size(), 1);
    EXPECT_EQ(audited->first().target, QStringLiteral("product:100001"));
    EXPECT_EQ(audited->first().detail, QStringLiteral("price 39.90→42.50; memberPrice -→39.90; by import"));
    EXPECT_TRUE(demo.services->auditLog().verify().ok());
}

TEST_F(ProductImportTest, UpdatingAddsNewBarcodesRenamesDelistsAndAddsNewProductsInOneGo)
{
    importer->setExisting(ProductImporter::Existing::Update);
    const ImportReport report = validate(kHeader
                                         + "100001,6905234787793,16905234787790*4,东北大米 10kg,Rice,10,袋,0,69.00,,1.00,"
                                           "reduced,listed,\n"
                                         + "900001,6901234567892,,New cola,,14,can,0,3.50,,2.00,,,\n");
    ASSERT_TRUE(report.isClean()) << issuesOf(report, 2).join(QLatin1Char('|')).toStdString();
    auto result = importer->import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->updated, 1);
    EXPECT_EQ(result->products, 1);
    EXPECT_EQ(result->barcodes, 2) << "the case code of the rice and the cola's code; the rice's own code stays";
    auto rice = catalog.productBySku(QStringLiteral("100001"));
    ASSERT_TRUE(rice.ok());
    EXPECT_EQ(rice->name, QStringLiteral("东北大米 10kg"));
    EXPECT_EQ(rice->status, ProductStatus::Listed);
    EXPECT_EQ(rice->cost.minor(), 0) << "cost of an existing product is its moving average, not the file's";
    auto byCase = catalog.lookup(QStringLiteral("16905234787790"));
    ASSERT_TRUE(byCase.ok());
    EXPECT_EQ(byCase->product.sku, QStringLiteral("100001"));
    EXPECT_EQ(catalog.productBySku(QStringLiteral("900001"))->cost.minor(), 200);
    // The search index follows the new name.
    auto found = catalog.search(QStringLiteral("10kg"), 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().sku, QStringLiteral("100001"));

    // Delisting by file (上下架).
    auto again = InventoryServices::of(*demo.services).newProductImporter();
    again->setExisting(ProductImporter::Existing::Update);
    auto delist = again->validate(*CsvReader::parse(QStringLiteral("商品编码,状态\n100001,下架\n").toUtf8()));
    ASSERT_TRUE(delist.ok() && delist->isClean());
    ASSERT_TRUE(again->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    EXPECT_EQ(catalog.productBySku(QStringLiteral("100001"))->status, ProductStatus::Delisted);
    EXPECT_EQ(catalog.productBySku(QStringLiteral("100001"))->name, QStringLiteral("东北大米 10kg"));
}

TEST_F(ProductImportTest, UpdatingRefusesAnotherProductsBarcodeAndNewProductsWithoutTheirColumns)
{
    // 900001 first, so that its barcode belongs to someone else.
    validate(kHeader + "900001,6901234567892,,Cola,,14,can,0,3.50,,,,,\n");
    ASSERT_TRUE(importer->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());

    importer->setExisting(ProductImporter::Existing::Update);
    const ImportReport report = validate("sku,price,other_barcodes\n100001,41.00,6901234567892\n900009,5.00,\n");
    EXPECT_EQ(report.badRows, 2);
    EXPECT_TRUE(mentions(issuesOf(report, 2), QStringLiteral("already belongs to Cola (item code 900001)")));
    EXPECT_TRUE(mentions(issuesOf(report, 3),
                         QStringLiteral("The item code 900009 is not in the store; a new product needs the columns")));
    EXPECT_FALSE(importer->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    EXPECT_EQ(catalog.productBySku(QStringLiteral("100001"))->price.minor(), 3990);
}

TEST(ProductImportRoundTrip, ExportImportsIntoAnEmptyStoreAsTheSameCatalog)
{
    inventory::test::DemoFixture source;
    inventory::test::DemoFixture target(false);
    // The empty store gets the same categories and tax classes (an import needs them first).
    ASSERT_TRUE(target.services->taxClasses().add(target.owner, TaxClass::chinaVat()).ok());
    auto categories = InventoryServices::of(*source.services).catalog().categories();
    ASSERT_TRUE(categories.ok());
    for (const Category &c : *categories) {
        ASSERT_TRUE(target.store()
                        .exec(QStringLiteral("INSERT INTO categories (code, name, name_en) VALUES (?, ?, ?)"),
                              {c.code, c.name, c.nameEn})
                        .ok());
    }

    auto departments = source.store().exec(QStringLiteral("SELECT code, name FROM departments"));
    ASSERT_TRUE(departments.ok());
    while (departments->next()) {
        ASSERT_TRUE(target.store()
                        .exec(QStringLiteral("INSERT INTO departments (code, name) VALUES (?, ?)"),
                              {departments->value(0), departments->value(1)})
                        .ok());
    }

    CsvWriter first;
    auto exported = InventoryServices::of(*source.services).newExporter()->exportProducts(source.owner, first);
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    EXPECT_EQ(*exported, source.summary.products);

    auto importer = InventoryServices::of(*target.services).newProductImporter();
    auto doc = CsvReader::parse(first.bytes());
    ASSERT_TRUE(doc.ok());
    auto report = importer->validate(*doc);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->isClean()) << (report->issues.isEmpty() ? std::string()
                                                                : report->issues.first().message.toStdString());
    auto imported = importer->import(target.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->products, source.summary.products);
    EXPECT_EQ(imported->barcodes, source.summary.barcodes);

    // Exporting the imported store gives the same file, byte for byte.
    CsvWriter second;
    ASSERT_TRUE(InventoryServices::of(*target.services).newExporter()->exportProducts(target.owner, second).ok());
    EXPECT_EQ(second.bytes(), first.bytes());

    // And a product reads back the same through the catalog.
    Catalog &before = InventoryServices::of(*source.services).catalog();
    Catalog &after = InventoryServices::of(*target.services).catalog();
    auto a = before.lookup(QStringLiteral("6924808883587"));
    auto b = after.lookup(QStringLiteral("6924808883587"));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->product.name, a->product.name);
    EXPECT_EQ(b->product.price, a->product.price);
    EXPECT_EQ(b->packQuantity, a->packQuantity);
}

TEST(ProductImportRoundTrip, AnExportImportsIntoAFreshStoreWithCreateMissingAndExportsBackByteForByte)
{
    inventory::test::DemoFixture source;
    // A store as `qtillctl init` makes it: operators and the standard tax classes, nothing else.
    inventory::test::DemoFixture target(false);
    auto taxes = target.services->taxClasses().addStandardClasses(target.owner);
    ASSERT_TRUE(taxes.ok()) << taxes.error().toString().toStdString();

    CsvWriter first;
    auto exported = InventoryServices::of(*source.services).newExporter()->exportProducts(source.owner, first);
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    auto doc = CsvReader::parse(first.bytes());
    ASSERT_TRUE(doc.ok());

    // Without create missing every row names a category the new store lacks: said, never "use one of: .".
    auto refusing = InventoryServices::of(*target.services).newProductImporter();
    auto refused = refusing->validate(*doc);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->goodRows, 0);
    for (const ImportIssue &issue : refused->issues) {
        EXPECT_FALSE(issue.message.contains(QStringLiteral("Use one of: ."))) << issue.message.toStdString();
        EXPECT_FALSE(issue.message.contains(QStringLiteral("tax class"))) << issue.message.toStdString();
    }

    auto importer = InventoryServices::of(*target.services).newProductImporter();
    importer->setCreateMissing(true);
    auto report = importer->validate(*doc);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->isClean()) << (report->issues.isEmpty() ? std::string() : report->issues.first().message.toStdString());
    auto imported = importer->import(target.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->products, source.summary.products);
    EXPECT_EQ(imported->barcodes, source.summary.barcodes);
    auto usedCategories = source.store().exec(QStringLiteral("SELECT COUNT(DISTINCT category_id) FROM products"));
    ASSERT_TRUE(usedCategories.ok() && usedCategories->next());
    EXPECT_EQ(imported->categoriesAdded, usedCategories->value(0).toInt());
    auto usedDepartments = source.store().exec(QStringLiteral("SELECT COUNT(DISTINCT department_id) FROM products"));
    ASSERT_TRUE(usedDepartments.ok() && usedDepartments->next());
    EXPECT_EQ(imported->departmentsAdded, usedDepartments->value(0).toInt());

    // Each created category and department is audited, inside the import.
    AuditQuery query;
    query.actionPrefix = QStringLiteral("category.add");
    EXPECT_EQ(target.services->auditLog().entries(query)->size(), imported->categoriesAdded);
    query.actionPrefix = QStringLiteral("department.add");
    EXPECT_EQ(target.services->auditLog().entries(query)->size(), imported->departmentsAdded);
    EXPECT_TRUE(target.services->auditLog().verify().ok());

    CsvWriter second;
    ASSERT_TRUE(InventoryServices::of(*target.services).newExporter()->exportProducts(target.owner, second).ok());
    EXPECT_EQ(second.bytes(), first.bytes());
}

TEST(ProductImportRoundTrip, CreateMissingNeedsTheRightToEditTheCatalog)
{
    inventory::test::DemoFixture demo(false);
    seed(demo);
    auto importer = InventoryServices::of(*demo.services).newProductImporter();
    importer->setCreateMissing(true);
    auto report = importer->validate(*CsvReader::parse(kHeader + "900001,,,New,,77,can,0,3.50,,,,,\n"));
    ASSERT_TRUE(report.ok() && report->isClean());
    // A supervisor allowed to import, but not to edit the catalog, may not create its categories.
    ASSERT_TRUE(demo.services->permissions().setGranted(demo.owner, Role::Supervisor, ImportPermissions::kImport, true).ok());
    auto supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456"));
    ASSERT_TRUE(supervisor.ok());
    auto refused = importer->import(*supervisor, ProductImporter::Mode::AllOrNothing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(InventoryServices::of(*demo.services).catalog().productBySku(QStringLiteral("900001")).ok());
    // Without create missing the same file is a bad row, so the supervisor cannot slip a category in.
    auto plain = InventoryServices::of(*demo.services).newProductImporter();
    EXPECT_EQ(plain->validate(*CsvReader::parse(kHeader + "900001,,,New,,77,can,0,3.50,,,,,\n"))->badRows, 1);
}

TEST(ProductImportTaxClasses, AStoreWithoutTaxClassesSaysSoInsteadOfAnEmptyChoice)
{
    inventory::test::DemoFixture demo(false);
    ASSERT_TRUE(demo.store().exec(QStringLiteral("INSERT INTO categories (code, name) VALUES ('10', '粮油')")).ok());
    auto importer = InventoryServices::of(*demo.services).newProductImporter();
    auto report = importer->validate(*CsvReader::parse(kHeader + "900001,,,Rice,,10,bag,0,3.50,,,reduced,,\n"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->issues.size(), 1);
    const QString message = report->issues.first().message;
    EXPECT_FALSE(message.contains(QStringLiteral("Use one of"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("the store has no tax classes yet"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Settings → Taxes"))) << message.toStdString();
}

TEST(ProductImportRoundTrip, CashierMayNotExport)
{
    inventory::test::DemoFixture demo(false);
    seed(demo);
    CsvWriter writer;
    auto refused = InventoryServices::of(*demo.services).newExporter()->exportProducts(demo.cashier, writer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(writer.rowCount(), 0);
}

TEST(ProductImportLarge, HundredThousandRowsValidateAndImportWithProgress)
{
    inventory::test::DemoFixture demo(false);
    seed(demo);
    constexpr int kRows = 100'000;
    QByteArray csv = kHeader;
    csv.reserve(kRows * 80);
    for (int i = 0; i < kRows; ++i) {
        const QString sku = QStringLiteral("8%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString code = Ean13::complete(QStringLiteral("697%1").arg(i, 9, 10, QLatin1Char('0')));
        csv += (sku + QLatin1Char(',') + code + QStringLiteral(",,商品 %1,Item %1,14,瓶,0,%2.%3,,1.00,,,10\n")
                                                   .arg(i)
                                                   .arg(1 + i % 500)
                                                   .arg(i % 100, 2, 10, QLatin1Char('0')))
                   .toUtf8();
    }
    // One bad row at the end: validation must reach it.
    csv += "8999999,6970000000001,,Bad,,14,瓶,0,-1,,,,,\n";

    qint64 lastValidated = 0;
    qint64 lastImported = 0;
    int calls = 0;
    auto importer = InventoryServices::of(*demo.services).newProductImporter();
    importer->setProgress([&](ImportPhase phase, qint64 done, qint64 total) {
        ++calls;
        (phase == ImportPhase::Validating ? lastValidated : lastImported) = done;
        EXPECT_LE(done, total);
    });
    auto doc = CsvReader::parse(csv);
    ASSERT_TRUE(doc.ok());
    auto report = importer->validate(*doc);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->totalRows, kRows + 1);
    EXPECT_EQ(report->goodRows, kRows);
    ASSERT_EQ(report->issues.size(), 2);   // check digit and negative price
    EXPECT_EQ(report->issues.first().row, kRows + 2);
    EXPECT_EQ(lastValidated, kRows + 1);

    const qint64 before = InventoryServices::of(*demo.services).catalog().productCount().value();
    auto result = importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->products, kRows);
    EXPECT_EQ(lastImported, kRows);
    EXPECT_GT(calls, 200);
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    EXPECT_EQ(catalog.productCount().value(), before + kRows);
    auto last = catalog.lookup(Ean13::complete(QStringLiteral("697000099999")));
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->product.sku, QStringLiteral("8099999"));
    EXPECT_EQ(last->product.price, Money::fromMinor(50099, Currency::cny()));   // 1 + 99999 % 500 = 500 yuan, 99 fen
    // Search finds the imported rows (the full-text rows went in with the products).
    auto found = catalog.search(QStringLiteral("Item 99999"), 10);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().sku, QStringLiteral("8099999"));
}
