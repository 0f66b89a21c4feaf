// Scan lookup and search on the demo supermarket, as the till uses them.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/ean13.h"
#include "inventory/pinyin.h"
#include "inventory/productsearchindex.h"
#include "inventory/purchasingschema.h"

#include "core/insertreturningid.h"
#include "core/sqldialect.h"
#include "core/store.h"
#include "testsupport.h"

#include <QLocale>
#include <QSqlQuery>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct CatalogTest : ::testing::Test
{
    qtill::inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();

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

    static QStringList names(const QList<Product> &products)
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
    EXPECT_EQ(match->product.price, Money::fromMinor(350, Currency::cny()));
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
    EXPECT_EQ(match->product.price, Money::fromMinor(698, Currency::cny()));
    // 0.355 kg of bananas at ¥6.98/kg is ¥2.48 (2.4779 rounded half-up).
    EXPECT_EQ(match->product.price.times(Quantity::fromMilli(355)).value(), Money::fromMinor(248, Currency::cny()));
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
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
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
    EXPECT_EQ(categories.size(), 15);   // 14 aisles + 数码通讯 (the serial-tracked phones)
    QStringList names;
    for (const Category &c : categories)
        names << c.name;
    for (const char *aisle : {"粮油", "饮料", "零食", "乳制品", "日化", "冷冻食品", "生鲜蔬果", "肉禽蛋", "酒水", "调味品",
                              "纸品", "文具", "数码通讯"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(aisle))) << aisle;
}

// ---- the back office's product list (keyset pages, filters, counts) ----------------------------

TEST_F(CatalogTest, ListPagesFollowOneAnotherWithoutGapsOrRepeatsInEitherOrder)
{
    for (auto order : {ProductListFilter::Order::BySku, ProductListFilter::Order::ByName, ProductListFilter::Order::ByPrice,
                       ProductListFilter::Order::ByPriceDescending}) {
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
            else if (order == ProductListFilter::Order::ByName)
                EXPECT_TRUE(a.name < b.name || (a.name == b.name && a.id.value() < b.id.value())) << a.sku.toStdString();
            else if (order == ProductListFilter::Order::ByPrice)
                EXPECT_TRUE(a.price < b.price || (a.price == b.price && a.id.value() < b.id.value())) << a.sku.toStdString();
            else
                EXPECT_TRUE(b.price < a.price || (a.price == b.price && a.id.value() > b.id.value())) << a.sku.toStdString();
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

// ---- search on a larger catalog: what the cashier gets back for awkward text ------------------------

namespace {

/// The demo store plus `count` products named like the benchmark's (brand + item + size + " #n"), and
/// a few hand-made ones, all with their search keys.
struct SearchCatalogTest : CatalogTest
{
    QHash<qint64, QString> allNames; // every listed product's name by id (demo ones too)

    void SetUp() override
    {
        const char *const brands[] = {"康师傅", "统一", "可口可乐", "乐事", "洽洽", "双汇"};
        const char *const items[] = {"红烧牛肉面", "矿泉水", "薯片", "瓜子", "火腿肠"};
        const char *const sizes[] = {"330ml", "500ml", "1L", "100g", "5kg", "12包"};
        QStringList generated;
        // 600 products whose keys all hold 薯 片 1kg (the phrase "薯片 1" matches them) but never "薯片 #1",
        // ahead (lower ids) of the three that do: far more rejects than the old 120 candidates.
        for (int i = 0; i < 600; ++i)
            generated << QStringLiteral("特价薯片 1kg 装 #%1").arg(500 + i);
        for (int i = 0; i < 1500; ++i) {
            generated << QString::fromUtf8(brands[i % 6]) + QString::fromUtf8(items[(i / 6) % 5]) + QLatin1Char(' ')
                    + QString::fromUtf8(sizes[(i / 30) % 6]) + QStringLiteral(" #%1").arg(i % 997);
        }
        generated << QStringLiteral("乐事薯片 5kg #99") << QStringLiteral("乐事薯片 5kg #990") << QStringLiteral("乐事薯片 5kg #199")
                  << QStringLiteral("乐事薯片 500g #99") << QStringLiteral("原味薯片 #1") << QStringLiteral("原味薯片 #12")
                  << QStringLiteral("原味薯片 #1 家庭装");
        Store &store = demo.store();
        const qint64 category = catalog.categories()->constFirst().id.value();
        ASSERT_TRUE(store.transaction([&]() -> Status {
                             for (qsizetype i = 0; i < generated.size(); ++i) {
                                 auto id = insertReturningId(store,
                                                             QStringLiteral("INSERT INTO products (sku, name, category_id, unit, price_fen,"
                                                                            " tax_class) VALUES (?, ?, ?, '件', 500, 'standard')"),
                                                             {QStringLiteral("9%1").arg(i, 6, 10, QLatin1Char('0')), generated.at(i),
                                                              category},
                                                             {});
                                 if (!id)
                                     return id.error();
                                 if (Status s = ProductSearchIndex::update(store, ProductId(*id), generated.at(i), {}); !s)
                                     return s;
                             }
                             return {};
                         })
                        .ok());
        auto all = store.exec(QStringLiteral("SELECT id, name FROM products WHERE status = 'listed'"));
        ASSERT_TRUE(all.ok());
        while (all->next())
            allNames.insert(all->value(0).toLongLong(), all->value(1).toString());
    }

    /// The listed products whose name holds `text`, sorted.
    QStringList containing(const QString &text) const
    {
        QStringList list;
        for (const QString &name : allNames) {
            if (name.contains(text))
                list << name;
        }
        list.sort();
        return list;
    }

    QStringList sortedNames(const QString &typed, int limit = 50)
    {
        auto found = catalog.search(typed, limit);
        EXPECT_TRUE(found.ok()) << found.error().toString().toStdString();
        QStringList list = CatalogTest::names(found.valueOr({}));
        list.sort();
        return list;
    }
};

} // namespace

TEST_F(SearchCatalogTest, ALongNameWithSizeAndNumberFindsExactlyTheProductsThatHaveIt)
{
    EXPECT_EQ(sortedNames(QStringLiteral("乐事薯片 5kg #99")),
              (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("乐事薯片 5kg #990")}));
    // Without the number sign the words are the same; the last one is a word prefix, so #199 stays out.
    EXPECT_EQ(sortedNames(QStringLiteral("乐事薯片 5kg 99")),
              (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("乐事薯片 5kg #990")}));
    for (const char *typed : {"乐事薯片 5kg #1", "乐事薯片 5kg #7", "乐事薯片 5kg #", "乐事薯片 5kg #99!"}) {
        const QString text = QString::fromUtf8(typed);
        EXPECT_EQ(sortedNames(text), containing(text)) << typed;
    }
    EXPECT_TRUE(containing(QStringLiteral("乐事薯片 5kg #1")).contains(QStringLiteral("乐事薯片 5kg #199")));
}

TEST_F(SearchCatalogTest, PunctuatedTextIsFoundBehindManyNearMisses)
{
    // "原味薯片 #1": 600 products match the words 薯 片 1… but lack the text; the three that have it come last.
    EXPECT_EQ(containing(QStringLiteral("薯片 #1")),
              (QStringList{QStringLiteral("原味薯片 #1"), QStringLiteral("原味薯片 #1 家庭装"), QStringLiteral("原味薯片 #12")}));
    EXPECT_EQ(sortedNames(QStringLiteral("薯片 #1")), containing(QStringLiteral("薯片 #1")));
    EXPECT_EQ(sortedNames(QStringLiteral("原味薯片 #1 家")), (QStringList{QStringLiteral("原味薯片 #1 家庭装")}));
}

TEST_F(SearchCatalogTest, CommonWordsAndPrefixesGiveAFullPageOfRealMatches)
{
    for (const char *typed : {"薯片", "薯片 1", "5kg", "1", "#9", "乐事"}) {
        const QString text = QString::fromUtf8(typed);
        auto found = catalog.search(text, 50);
        ASSERT_TRUE(found.ok()) << typed;
        EXPECT_EQ(found->size(), 50) << typed;
        QSet<qint64> ids;
        for (const Product &p : *found) {
            ids.insert(p.id.value());
            EXPECT_TRUE(p.isListed());
            // Each is a real match: a name with the text, or (codes, pinyin) an item whose SKU starts with it.
            const bool words = ProductSearchIndex::tokens(p.name.simplified().replace(QLatin1Char('#'), QLatin1Char(' ')))
                                   .contains(ProductSearchIndex::tokens(QString(text).replace(QLatin1Char('#'), QLatin1Char(' '))));
            EXPECT_TRUE(words || p.name.contains(text) || p.sku.startsWith(text)) << typed << " → " << p.name.toStdString();
        }
        EXPECT_EQ(ids.size(), found->size()) << typed << ": no product twice";
    }
}

TEST_F(SearchCatalogTest, FewerMatchesThanTheLimitAreAllFound)
{
    // Every listed product with the text in its name, nothing else.
    for (const char *typed : {"乐事薯片 5kg", "乐事薯片 5", "双汇火腿肠 12包 #1", "洽洽瓜子 5kg #4", "原味薯片"}) {
        const QString text = QString::fromUtf8(typed);
        const QStringList expected = containing(text);
        ASSERT_LT(expected.size(), 50) << typed;
        EXPECT_EQ(sortedNames(text), expected) << typed;
    }
}

TEST_F(SearchCatalogTest, PinyinInitialsFindTheNamesThatStartSo)
{
    const QString initials = Pinyin::initials(QStringLiteral("乐事薯片"));
    ASSERT_EQ(initials.size(), 4);
    auto found = catalog.search(initials.toLower(), 50);
    ASSERT_TRUE(found.ok());
    int expected = 0;
    for (const QString &name : std::as_const(allNames))
        expected += Pinyin::initials(name).startsWith(initials) ? 1 : 0;
    ASSERT_GT(expected, 50); // the generated 乐事薯片 and the hand-made ones
    EXPECT_EQ(found->size(), 50);
    for (const Product &p : *found)
        EXPECT_TRUE(p.pinyin.startsWith(initials)) << p.name.toStdString();
    // Typing on narrows it down to the one product.
    auto narrower = catalog.search(initials.toLower() + QStringLiteral("5kg"), 50);
    ASSERT_TRUE(narrower.ok());
    for (const Product &p : *narrower)
        EXPECT_TRUE(p.name.startsWith(QStringLiteral("乐事薯片 5kg"))) << p.name.toStdString();
    EXPECT_TRUE(CatalogTest::names(*narrower).contains(QStringLiteral("乐事薯片 5kg #99")));
}

// ---- schema "inventory" v3 on a store written before it ---------------------------------------------

TEST(CatalogSchema, V3KeepsTheSearchKeysOfAnExistingStoreAndAddsThePriceOrder)
{
    Schema v2 = InventoryModule::schema();
    v2.migrations = v2.migrations.mid(0, 2);
    qtill::test::TempStore t({v2, PurchasingSchema::schema()}); // purchasing: stock_balances for the list
    Store &store = *t.store;
    ASSERT_EQ(store.schemaVersion(QStringLiteral("inventory")), 2);
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO categories (code, name) VALUES ('1', '零食')")).ok());
    const QStringList names{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("可口可乐 330ml"), QStringLiteral("原味薯片 500g")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO products (id, sku, name, category_id, unit, price_fen, tax_class)"
                                              " VALUES (?, ?, ?, 1, '件', ?, 'standard')"),
                               {i + 1, QStringLiteral("10%1").arg(i), names.at(i), 900 - 100 * int(i)})
                        .ok());
        ASSERT_TRUE(ProductSearchIndex::update(store, ProductId(i + 1), names.at(i), i == 1 ? QStringLiteral("Coca Cola") : QString()).ok());
    }
    t.store.reset();

    // The app opens the file again: Services brings the inventory schema up to date.
    InventoryModule module;
    auto opened = Services::open(Services::Options{.clock = t.clock, .path = t.path(), .modules = {&module},
                                                   .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Services &services = **opened;
    Store &upgraded = services.store();
    EXPECT_EQ(upgraded.schemaVersion(QStringLiteral("inventory")), 6); // v4: the last-sale index; v5: PostgreSQL search keys; v6: UTC times
    const Catalog &catalog = InventoryServices::of(services).catalog();
    const bool postgres = upgraded.dialect().isPostgres();
    if (!postgres) { // SQLite: the FTS5 table was rebuilt (on PostgreSQL v2 made the search tables as they are)
        auto sql = upgraded.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'product_search'"));
        ASSERT_TRUE(sql.ok() && sql->next());
        EXPECT_TRUE(sql->value(0).toString().contains(QStringLiteral("prefix = '1 2 3'"))) << sql->value(0).toString().toStdString();
    }

    // The catalog finds on the rebuilt table what the old one held.
    EXPECT_EQ(CatalogTest::names(catalog.search(QStringLiteral("薯片")).value()),
              (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("原味薯片 500g")}));
    EXPECT_EQ(CatalogTest::names(catalog.search(QStringLiteral("coca c")).value()), QStringList{QStringLiteral("可口可乐 330ml")});
    EXPECT_EQ(CatalogTest::names(catalog.search(QStringLiteral("5kg #9")).value()), QStringList{QStringLiteral("乐事薯片 5kg #99")});
    // A product saved after the upgrade is found too.
    ASSERT_TRUE(ProductSearchIndex::update(upgraded, ProductId(3), QStringLiteral("原味薯片 1kg"), {}).ok());
    EXPECT_EQ(CatalogTest::names(catalog.search(QStringLiteral("薯片 1")).value()), QStringList{QStringLiteral("原味薯片 500g")});

    // Cheapest first, through the new index.
    ProductListFilter byPrice;
    byPrice.order = ProductListFilter::Order::ByPrice;
    auto rows = catalog.listPage(byPrice, std::nullopt, 10);
    ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).product.price, Money::fromMinor(700, Currency::cny()));
    EXPECT_EQ(rows->at(2).product.price, Money::fromMinor(900, Currency::cny()));
    if (postgres) { // the planner reads three rows by a scan: ask for the index itself
        auto index = upgraded.exec(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'products_price'"));
        ASSERT_TRUE(index.ok());
        EXPECT_TRUE(index->next());
        return;
    }
    auto plan = upgraded.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM products p WHERE p.price_fen >= 700 AND"
                                          " (p.price_fen > 700 OR p.id > 3) ORDER BY p.price_fen, p.id LIMIT 100"));
    ASSERT_TRUE(plan.ok());
    QString planText;
    while (plan->next())
        planText += plan->value(3).toString();
    EXPECT_TRUE(planText.contains(QStringLiteral("products_price"))) << planText.toStdString();
}
