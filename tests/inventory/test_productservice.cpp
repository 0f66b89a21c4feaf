// Catalog changes as a store manager makes them: products, codes, prices, 上下架, categories.
#include "demofixture.h"

#include "inventory/barcode.h"
#include "inventory/catalog.h"
#include "inventory/productservice.h"

#include "core/auditlog.h"

QT_BEGIN_NAMESPACE
/// Readable QStrings in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct ProductServiceTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    ProductService &products = InventoryServices::of(*demo.services).products();
    /// Audit entries before the test's own actions (the demo store writes some).
    const qint64 auditBefore = demo.services->auditLog().lastSeq().valueOr(0);

    CategoryId drinks() const
    {
        for (const Category &c : InventoryServices::of(*demo.services).catalog().categories().value()) {
            if (c.code == QLatin1String("14"))
                return c.id;
        }
        return {};
    }

    Product draft(const QString &sku = QStringLiteral("149001"), const QString &name = QStringLiteral("可口可乐 500ml"))
    {
        Product p;
        p.sku = sku;
        p.name = name;
        p.nameEn = QStringLiteral("Coca-Cola 500ml");
        p.categoryId = drinks();
        p.unit = QStringLiteral("瓶");
        p.price = Money::fromMinor(350, Currency::cny());
        p.memberPrice = Money::fromMinor(320, Currency::cny());
        p.cost = Money::fromMinor(210, Currency::cny());
        p.taxClass = QStringLiteral("standard");
        p.safetyStock = Quantity::units(24);
        p.maxStock = Quantity::units(240);
        return p;
    }

    QString ean(const char *payload12)
    {
        const QString p = QLatin1String(payload12);
        return p + QChar(u'0' + Barcode::checkDigit(p));
    }

    QList<AuditEntry> audit(const char *prefix)
    {
        AuditQuery q;
        q.actionPrefix = QLatin1String(prefix);
        QList<AuditEntry> mine;
        for (const AuditEntry &e : demo.services->auditLog().entries(q).value()) {
            if (e.seq > auditBefore)
                mine << e;
        }
        return mine;
    }

    QString errorOf(const Status &s) { return s.ok() ? QString() : s.error().message; }
    template<typename T>
    std::string details(const Result<T> &r)
    {
        return r.ok() ? std::string() : r.error().toString().toStdString();
    }
    template<typename T>
    QString errorOf(const Result<T> &r)
    {
        return r.ok() ? QString() : r.error().message;
    }
};

} // namespace

TEST_F(ProductServiceTest, ANewProductCanBeScannedSearchedAndIsAudited)
{
    const QString unit = ean("690000000101");
    const QString box = ean("690000000102");
    auto id = products.create(demo.owner, draft(),
                              {ProductBarcode{unit, {}, Quantity::units(1)}, ProductBarcode{box, {}, Quantity::units(12)},
                               ProductBarcode{QStringLiteral("A-149001"), {}, Quantity::units(1)}});
    ASSERT_TRUE(id.ok()) << details(id);

    auto scanned = catalog.lookupForSale(unit);
    ASSERT_TRUE(scanned.ok());
    EXPECT_EQ(scanned->product.id, *id);
    EXPECT_EQ(scanned->product.price, Money::fromMinor(350, Currency::cny()));
    EXPECT_EQ(scanned->product.pinyin, QStringLiteral("KKKL500ML"));
    EXPECT_EQ(scanned->product.maxStock, Quantity::units(240));
    EXPECT_EQ(catalog.lookup(box)->packQuantity, Quantity::units(12));
    EXPECT_EQ(catalog.lookup(QStringLiteral("A-149001"))->product.id, *id);

    const QList<ProductBarcode> codes = catalog.productBarcodes(*id).value();
    ASSERT_EQ(codes.size(), 3);
    EXPECT_EQ(codes.at(0).code, unit);
    EXPECT_EQ(codes.at(0).type, BarcodeType::kGtin);
    EXPECT_EQ(codes.at(1).type, BarcodeType::kInternal);
    EXPECT_EQ(codes.at(2).code, box);
    EXPECT_EQ(codes.at(2).packQuantity, Quantity::units(12));

    for (const char *typed : {"kkkl", "KKKL5", "可口", "口可乐", "coca", "1490"}) {
        const QList<Product> found = catalog.search(QString::fromUtf8(typed)).value();
        ASSERT_FALSE(found.isEmpty()) << typed;
        bool has = false;
        for (const Product &p : found)
            has = has || p.id == *id;
        EXPECT_TRUE(has) << typed;
    }

    const QList<AuditEntry> created = audit("product.create");
    ASSERT_EQ(created.size(), 1);
    EXPECT_EQ(created.at(0).target, QStringLiteral("product:149001"));
    EXPECT_EQ(created.at(0).actorId, demo.owner.operatorId);
}

TEST_F(ProductServiceTest, ACashierMayNotChangeTheCatalog)
{
    auto id = products.create(demo.cashier, draft());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(catalog.productBySku(QStringLiteral("149001")).ok());
    const ProductId cola = catalog.lookup(QStringLiteral("6924808758854"))->product.id;
    EXPECT_EQ(products.delist(demo.cashier, cola).error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(products.setPrices(demo.cashier, cola, Money::fromMinor(1, Currency::cny()), {}).error().code, Error::Code::PermissionDenied);
}

TEST_F(ProductServiceTest, ADuplicateBarcodeNamesTheProductThatHasIt)
{
    auto id = products.create(demo.owner, draft(), {ProductBarcode{QStringLiteral("6924808758854"), {}, Quantity::units(1)}});
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::Conflict);
    EXPECT_EQ(id.error().message.toStdString(),
              "The barcode 6924808758854 already belongs to 可乐 330ml (item code 140006).");
    EXPECT_FALSE(catalog.productBySku(QStringLiteral("149001")).ok()) << "nothing is saved";

    // The same article as UPC-A and as its EAN-13 form is one code.
    auto first = products.create(demo.owner, draft(), {ProductBarcode{QStringLiteral("036000291452"), {}, Quantity::units(1)}});
    ASSERT_TRUE(first.ok()) << errorOf(first).toStdString();
    auto second = products.create(demo.owner, draft(QStringLiteral("149002"), QStringLiteral("别的")),
                                  {ProductBarcode{QStringLiteral("0036000291452"), {}, Quantity::units(1)}});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("可口可乐 500ml"))) << errorOf(second).toStdString();
    EXPECT_EQ(catalog.lookup(QStringLiteral("0036000291452"))->product.id, *first);

    const Status again = products.addBarcode(demo.owner, *first, ProductBarcode{QStringLiteral("036000291452"), {}, Quantity::units(1)});
    EXPECT_EQ(errorOf(again), QStringLiteral("The product already has the code 036000291452."));
}

TEST_F(ProductServiceTest, BadInputIsRefusedWithAClearMessage)
{
    struct Bad
    {
        std::function<void(Product &)> change;
        const char *message;
    };
    const Bad cases[] = {
        {[](Product &p) { p.sku.clear(); }, "item code (SKU)"},
        {[](Product &p) { p.sku = QStringLiteral("14 9001"); }, "may hold only letters"},
        {[](Product &p) { p.name = QStringLiteral("  "); }, "Give the product a name"},
        {[](Product &p) { p.unit.clear(); }, "selling unit"},
        {[](Product &p) { p.price = Money::fromMinor(-1, Currency::cny()); }, "The price cannot be negative"},
        {[](Product &p) { p.price = Money::fromMinor(350'000'000, Currency::cny()); }, "too high; check the decimal point"},
        {[](Product &p) { p.memberPrice = Money::fromMinor(400, Currency::cny()); }, "member price ¥4.00 is higher than the retail price ¥3.50"},
        {[](Product &p) { p.memberPrice = Money::fromMinor(-5, Currency::cny()); }, "member price cannot be negative"},
        {[](Product &p) { p.cost = Money::fromMinor(-5, Currency::cny()); }, "cost cannot be negative"},
        {[](Product &p) { p.taxClass = QStringLiteral("luxury"); }, "tax class \"luxury\" does not exist"},
        {[](Product &p) { p.categoryId = CategoryId(9999); }, "Choose a category"},
        {[](Product &p) { p.maxStock = Quantity::units(10); }, "maximum stock is below the safety stock"},
        {[](Product &p) { p.brandId = BrandId(77); }, "brand no longer exists"},
        {[](Product &p) {
             p.soldByWeight = true;
             p.serialTracked = true;
         },
         "no serial numbers"},
        {[](Product &p) { p.sku = QStringLiteral("140006"); }, "The item code 140006 is already used by 可乐 330ml"},
    };
    for (const Bad &b : cases) {
        Product p = draft();
        b.change(p);
        auto id = products.create(demo.owner, p);
        ASSERT_FALSE(id.ok()) << b.message;
        EXPECT_TRUE(id.error().message.contains(QString::fromUtf8(b.message))) << id.error().message.toStdString();
    }
    const struct
    {
        const char *code;
        const char *type;
        const char *message;
    } badCodes[] = {
        {"6924808758855", "", "EAN-13 check digit is wrong"},
        {"96385075", "", "check digit is wrong"},
        {"A-1", "gtin", "is not a maker's barcode"},
        {"1234567", "plu", "A PLU has 1 to 6 digits"},
        {"可乐", "", "is not a barcode"},
    };
    for (const auto &b : badCodes) {
        auto id = products.create(demo.owner, draft(),
                                  {ProductBarcode{QString::fromUtf8(b.code), QLatin1String(b.type), Quantity::units(1)}});
        ASSERT_FALSE(id.ok()) << b.code;
        EXPECT_TRUE(id.error().message.contains(QString::fromUtf8(b.message))) << id.error().message.toStdString();
    }
    auto zeroPack = products.create(demo.owner, draft(), {ProductBarcode{ean("690000000101"), {}, Quantity()}});
    EXPECT_TRUE(errorOf(zeroPack).contains(QStringLiteral("pack quantity"))) << errorOf(zeroPack).toStdString();
    EXPECT_TRUE(audit("product.").isEmpty());
}

TEST_F(ProductServiceTest, ADelistedProductCannotBeSoldButKeepsItsHistory)
{
    const ProductId cola = catalog.lookup(QStringLiteral("6924808758854"))->product.id;
    ASSERT_TRUE(products.delist(demo.owner, cola, QStringLiteral("停产")).ok());

    auto sale = catalog.lookupForSale(QStringLiteral("6924808758854"));
    ASSERT_FALSE(sale.ok());
    EXPECT_EQ(sale.error().code, Error::Code::Conflict);
    EXPECT_EQ(sale.error().message, QStringLiteral("可乐 330ml (140006) is delisted and cannot be sold. A manager can list it again."));
    EXPECT_FALSE(catalog.lookup(QStringLiteral("6924808758854"))->product.isListed());
    for (const Product &p : catalog.search(QStringLiteral("可乐")).value())
        EXPECT_NE(p.id, cola);
    EXPECT_EQ(products.delist(demo.owner, cola).error().code, Error::Code::Conflict);

    ASSERT_TRUE(products.relist(demo.owner, cola).ok());
    EXPECT_TRUE(catalog.lookupForSale(QStringLiteral("6924808758854")).ok());
    const QList<AuditEntry> entries = audit("product.");
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("product.relist"));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("product.delist"));
    EXPECT_EQ(entries.at(1).detail, QStringLiteral("停产"));
}

TEST_F(ProductServiceTest, PriceChangesAreCheckedAndAudited)
{
    const ProductId cola = catalog.lookup(QStringLiteral("6924808758854"))->product.id;
    ASSERT_TRUE(products.setPrices(demo.owner, cola, Money::fromMinor(380, Currency::cny()), Money::fromMinor(350, Currency::cny())).ok());
    EXPECT_EQ(catalog.product(cola)->price, Money::fromMinor(380, Currency::cny()));
    EXPECT_EQ(catalog.product(cola)->memberPrice, Money::fromMinor(350, Currency::cny()));
    EXPECT_TRUE(errorOf(products.setPrices(demo.owner, cola, Money::fromMinor(-380, Currency::cny()), {})).contains(QStringLiteral("negative")));
    ASSERT_TRUE(products.setPrices(demo.owner, cola, Money::fromMinor(380, Currency::cny()), std::nullopt).ok());
    EXPECT_FALSE(catalog.product(cola)->memberPrice.has_value());

    const QList<AuditEntry> entries = audit("product.price");
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(1).detail, QStringLiteral("price 3.50→3.80; memberPrice -→3.50"));
    EXPECT_EQ(entries.at(0).detail, QStringLiteral("price 3.80→3.80; memberPrice 3.50→-"));
}

TEST_F(ProductServiceTest, RenamingUpdatesSearchAndTheAuditSaysWhatChanged)
{
    Product cola = catalog.lookup(QStringLiteral("6924808758854"))->product;
    cola.name = QStringLiteral("百事可乐 330ml");
    cola.serialTracked = false;
    cola.imagePath = QStringLiteral("images/140006.png");
    ASSERT_TRUE(products.update(demo.owner, cola).ok());
    const Product saved = catalog.product(cola.id).value();
    EXPECT_EQ(saved.pinyin, QStringLiteral("BSKL330ML"));
    EXPECT_EQ(saved.imagePath, QStringLiteral("images/140006.png"));
    bool found = false;
    for (const Product &p : catalog.search(QStringLiteral("bskl")).value())
        found = found || p.id == cola.id;
    EXPECT_TRUE(found);
    found = false;
    for (const Product &p : catalog.search(QStringLiteral("百事")).value())
        found = found || p.id == cola.id;
    EXPECT_TRUE(found);

    const QList<AuditEntry> entries = audit("product.update");
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).detail, QStringLiteral("name 可乐 330ml→百事可乐 330ml; image →images/140006.png"));
    ASSERT_TRUE(products.update(demo.owner, cola).ok());
    EXPECT_EQ(audit("product.update").size(), 1) << "an unchanged save is not audited";
}

TEST_F(ProductServiceTest, CategoriesFormATreeWithoutLoops)
{
    auto soda = products.addCategory(demo.owner, Category{{}, drinks(), QStringLiteral("1401"), QStringLiteral("碳酸饮料"), {}});
    ASSERT_TRUE(soda.ok()) << details(soda);
    auto cola = products.addCategory(demo.owner, Category{{}, *soda, QStringLiteral("140101"), QStringLiteral("可乐"), {}});
    ASSERT_TRUE(cola.ok());
    EXPECT_EQ(catalog.subcategories(drinks()).value().size(), 1);

    const Status loop = products.updateCategory(demo.owner, Category{drinks(), *cola, QStringLiteral("14"), QStringLiteral("饮料"), {}});
    EXPECT_EQ(errorOf(loop), QStringLiteral("A category cannot be placed under itself or one of its subcategories."));
    auto duplicate = products.addCategory(demo.owner, Category{{}, {}, QStringLiteral("14"), QStringLiteral("又一个"), {}});
    EXPECT_EQ(errorOf(duplicate), QStringLiteral("The category code 14 is already used by 饮料."));
    ASSERT_TRUE(products.updateCategory(demo.owner, Category{*cola, drinks(), QStringLiteral("140101"), QStringLiteral("可乐类"), {}}).ok());
    EXPECT_EQ(catalog.subcategories(drinks()).value().size(), 2);
}

TEST_F(ProductServiceTest, DepartmentsAndBrandsAreAssignedToProducts)
{
    // The demo store has three departments with every product in one.
    EXPECT_EQ(catalog.departments().value().size(), 3);
    EXPECT_TRUE(catalog.lookup(QStringLiteral("6924808758854"))->product.departmentId.isValid());

    auto brand = products.addBrand(demo.owner, QStringLiteral("可口可乐"));
    ASSERT_TRUE(brand.ok());
    EXPECT_EQ(errorOf(products.addBrand(demo.owner, QStringLiteral(" 可口可乐 "))), QStringLiteral("The brand 可口可乐 exists already."));
    auto dept = products.addDepartment(demo.owner, Department{{}, QStringLiteral("DRINKS"), QStringLiteral("饮料部")});
    ASSERT_TRUE(dept.ok());
    Product p = draft();
    p.brandId = *brand;
    p.departmentId = *dept;
    p.serialTracked = true;
    auto id = products.create(demo.owner, p);
    ASSERT_TRUE(id.ok()) << details(id);
    const Product saved = catalog.product(*id).value();
    EXPECT_EQ(saved.brandId, *brand);
    EXPECT_EQ(saved.departmentId, *dept);
    EXPECT_TRUE(saved.serialTracked);
    EXPECT_EQ(catalog.brands().value().constFirst().name, QStringLiteral("可口可乐"));
}

TEST_F(ProductServiceTest, TheEditorsSaveChangesFieldsCodesAndStatusTogetherOrNotAtAll)
{
    const Product cola = catalog.productBySku(QStringLiteral("140006")).value();
    ProductEdit edit;
    edit.product = cola;
    edit.product.price = Money::fromMinor(380, Currency::cny());
    edit.removedCodes = {QStringLiteral("6942019049158")};
    edit.addedCodes = {ProductBarcode{ean("694201904999"), {}, Quantity::units(12)}};
    edit.status = ProductStatus::Delisted;
    edit.delistReason = QStringLiteral("new packaging");

    // A bad code at the end: nothing of it is saved.
    ProductEdit bad = edit;
    bad.addedCodes << ProductBarcode{QStringLiteral("6924808758855"), {}, Quantity::units(1)};
    EXPECT_FALSE(products.saveEdit(demo.owner, bad).ok());
    EXPECT_EQ(catalog.product(cola.id)->price, Money::fromMinor(350, Currency::cny()));
    EXPECT_TRUE(catalog.lookup(QStringLiteral("6942019049158")).ok());
    EXPECT_TRUE(catalog.product(cola.id)->isListed());

    // A code of another product cannot be removed through this one.
    ProductEdit foreign = edit;
    foreign.removedCodes = {catalog.barcodes(catalog.productBySku(QStringLiteral("140007"))->id).value().first().code};
    auto refused = products.saveEdit(demo.owner, foreign);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::NotFound);

    // The cashier may not.
    EXPECT_EQ(products.saveEdit(demo.cashier, edit).error().code, Error::Code::PermissionDenied);

    ASSERT_TRUE(products.saveEdit(demo.owner, edit).ok());
    const Product saved = catalog.product(cola.id).value();
    EXPECT_EQ(saved.price, Money::fromMinor(380, Currency::cny()));
    EXPECT_FALSE(saved.isListed());
    EXPECT_FALSE(catalog.lookup(QStringLiteral("6942019049158")).ok());
    auto byCase = catalog.lookup(ean("694201904999"));
    ASSERT_TRUE(byCase.ok());
    EXPECT_EQ(byCase->packQuantity, Quantity::units(12));
}
