// Scan lookup and search on the demo supermarket, as the till uses them.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/ean13.h"

#include <QLocale>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct CatalogTest : ::testing::Test
{
    test::DemoFixture demo;
    Catalog catalog{demo.store()};

    /// The item's own barcode (pack quantity 1) of the product with `sku`.
    QString itemCode(const QString &sku)
    {
        const Product p = catalog.productBySku(sku).value();
        for (const ScanMatch &m : catalog.barcodes(p.id).valueOr({})) {
            if (m.packQuantity == Quantity::units(1))
                return m.code;
        }
        return {};
    }

    QStringList names(const QList<Product> &products)
    {
        QStringList list;
        for (const Product &p : products)
            list << p.name;
        return list;
    }
};

} // namespace

TEST_F(CatalogTest, ScanningAnItemBarcodeFindsTheProductAndItsPrice)
{
    auto match = catalog.lookup(QStringLiteral("6924808758854"));
    ASSERT_TRUE(match.ok()) << match.error().toString().toStdString();
    EXPECT_EQ(match->product.name, QStringLiteral("可乐 330ml"));
    EXPECT_EQ(match->product.nameEn, QStringLiteral("Cola 330ml"));
    EXPECT_EQ(match->product.price, Money::fromMinor(350));
    EXPECT_EQ(match->product.price.format(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("¥3.50"));
    EXPECT_EQ(match->product.unit, QStringLiteral("罐"));
    EXPECT_EQ(match->product.taxClass, QStringLiteral("standard"));
    EXPECT_EQ(match->packQuantity, Quantity::units(1));
    EXPECT_FALSE(match->product.soldByWeight);
    EXPECT_TRUE(match->product.isListed());
}

TEST_F(CatalogTest, ScanningACaseBarcodeCountsTheUnitsInTheCase)
{
    auto match = catalog.lookup(QStringLiteral(" 6942019049158\n"));
    ASSERT_TRUE(match.ok());
    EXPECT_EQ(match->product.sku, QStringLiteral("140006"));
    EXPECT_EQ(match->packQuantity, Quantity::units(24));
}

TEST_F(CatalogTest, APluFindsAWeighedProductPricedPerKilogram)
{
    auto match = catalog.lookup(QStringLiteral("1002"));
    ASSERT_TRUE(match.ok());
    EXPECT_EQ(match->product.name, QStringLiteral("香蕉"));
    EXPECT_TRUE(match->product.soldByWeight);
    EXPECT_EQ(match->product.unit, QStringLiteral("kg"));
    EXPECT_EQ(match->product.price, Money::fromMinor(698));
    // 0.355 kg of bananas at ¥6.98/kg is ¥2.48 (2.4779 rounded half-up).
    EXPECT_EQ(match->product.price.times(Quantity::fromMilli(355)).value(), Money::fromMinor(248));
}

TEST_F(CatalogTest, UnknownAndMisreadCodesSayWhatHappened)
{
    const QString unknown = Ean13::complete(u"690000000000");
    auto missing = catalog.lookup(unknown);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_TRUE(missing.error().message.contains(unknown));

    auto misread = catalog.lookup(QStringLiteral("6924808758855"));
    ASSERT_FALSE(misread.ok());
    EXPECT_EQ(misread.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(misread.error().message.contains(QStringLiteral("Scan it again")));

    auto empty = catalog.lookup(QStringLiteral("  "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, Error::Code::InvalidInput);
}

TEST_F(CatalogTest, SomeProductsHaveALowerMemberPrice)
{
    int withMemberPrice = 0;
    for (const Category &c : catalog.categories().valueOr({})) {
        for (const Product &p : catalog.productsIn(c.id).valueOr({})) {
            if (!p.memberPrice)
                continue;
            ++withMemberPrice;
            EXPECT_LT(*p.memberPrice, p.price) << p.sku.toStdString();
            EXPECT_TRUE(p.memberPrice->isPositive()) << p.sku.toStdString();
        }
    }
    EXPECT_GE(withMemberPrice, 20);
}

TEST_F(CatalogTest, SearchFindsByChineseNameWithNamePrefixFirst)
{
    auto found = catalog.search(QStringLiteral("可乐"));
    ASSERT_TRUE(found.ok());
    const QStringList list = names(*found);
    ASSERT_EQ(list.size(), 3);
    EXPECT_TRUE(list.at(0).startsWith(QStringLiteral("可乐")));
    EXPECT_TRUE(list.at(1).startsWith(QStringLiteral("可乐")));
    EXPECT_EQ(list.at(2), QStringLiteral("无糖可乐 330ml"));
}

TEST_F(CatalogTest, SearchFindsByEnglishNameIgnoringCase)
{
    const QStringList list = names(catalog.search(QStringLiteral("COLA")).value());
    EXPECT_TRUE(list.contains(QStringLiteral("可乐 330ml")));
    EXPECT_TRUE(list.contains(QStringLiteral("无糖可乐 330ml")));
}

TEST_F(CatalogTest, SearchFindsBySkuAndBarcodePrefixWithExactMatchFirst)
{
    auto bySku = catalog.search(QStringLiteral("140006"));
    ASSERT_TRUE(bySku.ok());
    ASSERT_FALSE(bySku->isEmpty());
    EXPECT_EQ(bySku->first().sku, QStringLiteral("140006"));

    const QString code = itemCode(QStringLiteral("100002"));
    ASSERT_EQ(code.size(), 13);
    auto byPrefix = catalog.search(code.left(9));
    ASSERT_TRUE(byPrefix.ok());
    EXPECT_TRUE(names(*byPrefix).contains(QStringLiteral("五常稻花香大米 5kg")));

    auto exact = catalog.search(code);
    ASSERT_TRUE(exact.ok());
    ASSERT_EQ(exact->size(), 1);
    EXPECT_EQ(exact->first().sku, QStringLiteral("100002"));
}

TEST_F(CatalogTest, SearchRespectsTheLimitAndTreatsWildcardsAsText)
{
    auto drinks = catalog.search(QStringLiteral("1400"), 10);
    ASSERT_TRUE(drinks.ok());
    EXPECT_EQ(drinks->size(), 10);
    for (const Product &p : *drinks)
        EXPECT_TRUE(p.sku.startsWith(QStringLiteral("1400"))) << p.sku.toStdString();

    // '%' is a character to look for, not a wildcard: the 100% juices and the spirits (42%) have it.
    const QList<Product> percent = catalog.search(QStringLiteral("%")).value();
    EXPECT_GE(percent.size(), 2);
    EXPECT_LT(percent.size(), 10);
    for (const Product &p : percent)
        EXPECT_TRUE(p.name.contains(QLatin1Char('%')) || p.nameEn.contains(QLatin1Char('%'))) << p.sku.toStdString();
    EXPECT_TRUE(names(percent).contains(QStringLiteral("100%橙汁 1L")));
    EXPECT_TRUE(catalog.search(QStringLiteral("_")).value().isEmpty());
    EXPECT_TRUE(catalog.search(QString()).value().isEmpty());
}

TEST_F(CatalogTest, CategoriesAreTheSupermarketsAisles)
{
    const QList<Category> categories = catalog.categories().value();
    EXPECT_EQ(categories.size(), 14);
    QStringList names;
    for (const Category &c : categories)
        names << c.name;
    for (const char *aisle : {"粮油", "饮料", "零食", "乳制品", "日化", "冷冻食品", "生鲜蔬果", "肉禽蛋", "酒水", "调味品",
                              "纸品", "文具"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(aisle))) << aisle;
}

// ---- the back office's product list (keyset pages, filters, counts) ----------------------------

TEST_F(CatalogTest, ListPagesFollowOneAnotherWithoutGapsOrRepeatsInEitherOrder)
{
    for (auto order : {ProductListFilter::Order::BySku, ProductListFilter::Order::ByName}) {
        ProductListFilter filter;
        filter.order = order;
        QList<ProductListRow> all;
        std::optional<ProductListKey> after;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = catalog.listPage(filter, after, 7);
            ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
            all << *page;
            if (page->size() < 7)
                break;
            after = page->constLast().key(order);
        }
        ASSERT_EQ(all.size(), demo.summary.products);
        EXPECT_EQ(catalog.listCount(filter).value(), demo.summary.products);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Product &a = all.at(i - 1).product, &b = all.at(i).product;
            if (order == ProductListFilter::Order::BySku)
                EXPECT_LT(a.sku, b.sku);
            else
                EXPECT_TRUE(a.name < b.name || (a.name == b.name && a.id.value() < b.id.value())) << a.sku.toStdString();
        }
        if (order == ProductListFilter::Order::BySku) {
            // The same rows as the OFFSET page, which reads them in the same order.
            const auto reference = catalog.page(0, 1000).value();
            for (qsizetype i = 0; i < all.size(); ++i)
                EXPECT_EQ(all.at(i).product.sku, reference.at(i).sku);
        }
    }
}

TEST_F(CatalogTest, AListRowHasTheItemCodeAndTheStockPerLocation)
{
    auto rows = catalog.listRows({catalog.productBySku(QStringLiteral("140006"))->id});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    const ProductListRow &cola = rows->constFirst();
    EXPECT_EQ(cola.barcode, QStringLiteral("6924808758854")); // the can, not the case of 24
    EXPECT_EQ(cola.onHand, Quantity::units(68));
    QList<qint64> quantities;
    for (const Quantity &q : cola.onHandAt)
        quantities << q.milli();
    std::sort(quantities.begin(), quantities.end());
    EXPECT_EQ(quantities, (QList<qint64>{24000, 44000}));
    EXPECT_FALSE(cola.isLowOnStock()); // 68 against a safety stock of 12
}

TEST_F(CatalogTest, ListFiltersNarrowTheListAndTheCount)
{
    ProductListFilter weighed;
    weighed.soldByWeightOnly = true;
    auto rows = catalog.listPage(weighed, std::nullopt, 1000);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    for (const ProductListRow &row : *rows)
        EXPECT_TRUE(row.product.soldByWeight) << row.product.sku.toStdString();
    EXPECT_EQ(catalog.listCount(weighed).value(), rows->size());

    ProductListFilter low;
    low.lowStockOnly = true;
    rows = catalog.listPage(low, std::nullopt, 1000);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    for (const ProductListRow &row : *rows)
        EXPECT_TRUE(row.isLowOnStock()) << row.product.sku.toStdString();

    ProductListFilter drinks;
    drinks.category = catalog.productBySku(QStringLiteral("140006"))->categoryId;
    EXPECT_EQ(catalog.listCount(drinks).value(), catalog.productsIn(drinks.category).value().size());

    ProductListFilter delisted;
    delisted.status = ProductListFilter::Status::Delisted;
    EXPECT_EQ(catalog.listCount(delisted).value(), 0);
    // Search results filtered the same way keep their order.
    const QList<Product> found = catalog.search(QStringLiteral("可乐")).value();
    QList<ProductId> ids;
    for (const Product &p : found)
        ids << p.id;
    auto filtered = catalog.listRows(ids, drinks);
    ASSERT_TRUE(filtered.ok());
    ASSERT_EQ(filtered->size(), found.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        EXPECT_EQ(filtered->at(i).product.id, found.at(i).id);
}
