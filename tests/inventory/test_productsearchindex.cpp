// The product search index on its own: what a typed text finds, on the suite's engine — and, when a
// test server is there, the same products on SQLite (FTS5) and PostgreSQL (key tables) for the same
// queries.
#include "inventory/inventorymodule.h"
#include "inventory/productsearchindex.h"

#include "core/insertreturningid.h"
#include "core/store.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::inventory;

namespace {

/// Names (and English names) with what makes matching hard: Han runs, sizes, punctuation inside
/// words, accents, case, full-width letters, a character outside the BMP.
const QList<std::pair<const char *, const char *>> kProducts{
    {"可口可乐 330ml", "Coca-Cola"},
    {"无糖可乐 330ml", "Coke Zero"},
    {"百事可乐 500ml", "Pepsi Cola"},
    {"可乐鸡翅 调料", ""},
    {"乐事薯片 5kg #99", ""},
    {"乐事薯片 5kg #990", ""},
    {"乐事薯片 5kg #199", ""},
    {"乐事薯片 500g #99", ""},
    {"特价薯片 1kg 装 #500", ""},
    {"原味薯片 #1 家庭装", ""},
    {"Café Crème 咖啡", ""},
    {"ÉCLAIR 泡芙", "Eclair"},
    {"Häagen-Dazs 冰淇淋", ""},
    {"100%橙汁 1L", "Orange Juice 100%"},
    {"二锅头 42%vol 500ml", ""},
    {"iPhone 15 Pro 手机", ""},
    {"3+2 套装 牙膏", ""},
    {"𠮷野家 牛丼", ""},
    {"ＡＢＣ饼干", ""},
    {"Straße 地图", ""},
    {"Σοκολάτα 巧克力", ""},
};

const char *const kQueries[] = {
    "可乐", "可", "乐", "可口", "口可乐", "乐可", "可乐 3", "cola", "COLA", "co", "coca c", "co cola", "coca-cola",
    "coca cola 3", "330", "330ml", "330ml coca", "ml", "ml co", "5kg", "5kg 99", "乐事薯片 5kg 99", "乐事薯片 5",
    "薯片 1", "1", "#9", "99", "cafe", "CAFÉ", "crème", "creme caf", "café crème 咖", "eclair", "éclair 泡",
    "haagen", "dazs", "häagen-d", "iphone 15", "15 pro", "pro 手", "3 2", "3+2", "𠮷", "𠮷野", "野家 牛", "ａｂｃ",
    "ＡＢＣ饼", "abc", "straße", "STRASSE", "σοκολατα", "σοκολά", "ΣΟΚΟΛΆΤΑ", "zzz", "橙汁 1", "42", "42 vol",
    "vol 5", "  可  乐 ", "100 橙", "juice 1", "家庭", "装 5", "%",
};

/// A store with the inventory schema and the products above (ids 1, 2, …), their search rows
/// written as ProductService writes them.
void fill(Store &store)
{
    auto category = insertReturningId(store, QStringLiteral("INSERT INTO categories (code, name) VALUES ('1', '杂货')"), {}, {});
    ASSERT_TRUE(category.ok()) << category.error().toString().toStdString();
    for (qsizetype i = 0; i < kProducts.size(); ++i) {
        const QString name = QString::fromUtf8(kProducts.at(i).first);
        const QString nameEn = QString::fromUtf8(kProducts.at(i).second);
        auto id = insertReturningId(store,
                                    QStringLiteral("INSERT INTO products (sku, name, name_en, category_id, unit, price_fen, tax_class)"
                                                   " VALUES (?, ?, ?, ?, '件', 100, 'standard')"),
                                    {QStringLiteral("%1").arg(100 + i), name, nameEn, *category}, {});
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
        ASSERT_TRUE(ProductSearchIndex::update(store, ProductId(*id), name, nameEn).ok());
    }
}

QStringList namesOf(Store &store, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids) {
        auto q = store.exec(QStringLiteral("SELECT name FROM products WHERE id = ?"), {id});
        names << (q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("?"));
    }
    return names;
}

struct ProductSearchIndexTest : ::testing::Test
{
    test::TempStore t{{InventoryModule::schema()}};
    Store &store = *t.store;

    void SetUp() override { fill(store); }

    QStringList found(const char *typed, int limit = 100)
    {
        auto ids = ProductSearchIndex::matchIds(store, QString::fromUtf8(typed), limit);
        EXPECT_TRUE(ids.ok()) << typed << ": " << (ids.ok() ? std::string() : ids.error().toString().toStdString());
        return namesOf(store, ids.valueOr({}));
    }
};

} // namespace

TEST_F(ProductSearchIndexTest, HanCharactersAreFoundAnywhereInTheirOrder)
{
    EXPECT_EQ(found("可乐"), (QStringList{QStringLiteral("可口可乐 330ml"), QStringLiteral("无糖可乐 330ml"),
                                        QStringLiteral("百事可乐 500ml"), QStringLiteral("可乐鸡翅 调料")}));
    EXPECT_EQ(found("口可乐"), QStringList{QStringLiteral("可口可乐 330ml")});
    EXPECT_TRUE(found("乐可").isEmpty());
    EXPECT_EQ(found("𠮷野"), QStringList{QStringLiteral("𠮷野家 牛丼")});
}

TEST_F(ProductSearchIndexTest, WordsMatchWholeExceptTheLastWhichIsAPrefix)
{
    EXPECT_EQ(found("coca c"), QStringList{QStringLiteral("可口可乐 330ml")});
    EXPECT_TRUE(found("co cola").isEmpty()); // "co" is not a whole word of "Coca-Cola"
    EXPECT_EQ(found("5kg 99"), (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("乐事薯片 5kg #990")}));
    // The name's words run on into the English name's.
    EXPECT_EQ(found("330ml coca"), QStringList{QStringLiteral("可口可乐 330ml")});
    EXPECT_EQ(found("乐事薯片 5", 2), (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("乐事薯片 5kg #990")}));
}

TEST_F(ProductSearchIndexTest, CaseAccentsAndPunctuationDoNotCount)
{
    EXPECT_EQ(found("COLA"), (QStringList{QStringLiteral("可口可乐 330ml"), QStringLiteral("百事可乐 500ml")}));
    EXPECT_EQ(found("cafe"), QStringList{QStringLiteral("Café Crème 咖啡")});
    EXPECT_EQ(found("creme caf"), QStringList{});
    EXPECT_EQ(found("eclair"), QStringList{QStringLiteral("ÉCLAIR 泡芙")});
    EXPECT_EQ(found("häagen-d"), QStringList{QStringLiteral("Häagen-Dazs 冰淇淋")});
    EXPECT_EQ(found("3+2"), QStringList{QStringLiteral("3+2 套装 牙膏")});
    EXPECT_TRUE(found("%").isEmpty()); // no word: the catalog looks for such text itself
}

TEST_F(ProductSearchIndexTest, ARenamedProductIsFoundByItsNewNameOnly)
{
    ASSERT_TRUE(store.transaction([&] { return ProductSearchIndex::update(store, ProductId(1), QStringLiteral("雪碧 330ml"), QStringLiteral("Sprite")); })
                    .ok());
    EXPECT_EQ(found("sprite"), QStringList{QStringLiteral("可口可乐 330ml")}); // products.name is the caller's to change
    EXPECT_EQ(found("coca"), QStringList{});
    EXPECT_EQ(found("可口"), QStringList{});
}

TEST_F(ProductSearchIndexTest, RebuildWritesEveryProductsRowAgain)
{
    ASSERT_TRUE(store.exec(QStringLiteral("DELETE FROM product_search")).ok());
    EXPECT_TRUE(found("可乐").isEmpty());
    auto rebuilt = ProductSearchIndex::rebuild(store);
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.error().toString().toStdString();
    EXPECT_EQ(*rebuilt, kProducts.size());
    EXPECT_EQ(found("可乐").size(), 4);
    EXPECT_EQ(found("coca c"), QStringList{QStringLiteral("可口可乐 330ml")});
}

TEST_F(ProductSearchIndexTest, TheMigrationGivesOlderRowsTheKeysOfNeighbouringWords)
{
    if (!store.dialect().isPostgres())
        GTEST_SKIP() << "PostgreSQL's key table: SQLite's FTS5 table has no keys to add";
    const auto keys = [&] {
        QStringList out;
        auto q = store.exec(QStringLiteral("SELECT key, product_id FROM product_search_keys"));
        while (q.ok() && q->next())
            out << q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
        out.sort();
        return out;
    };
    const QStringList written = keys();
    // A store searched before v5: its rows have no keys of neighbouring words, so the phrase finds nothing.
    ASSERT_TRUE(store.exec(QStringLiteral("DELETE FROM product_search_keys WHERE key LIKE '|%'")).ok());
    ASSERT_LT(keys().size(), written.size());
    EXPECT_TRUE(found("5kg 99").isEmpty());
    for (const QString &sql : ProductSearchIndex::schemaV5Statements(store.dialect()))
        ASSERT_TRUE(store.exec(sql).ok()) << sql.toStdString();
    EXPECT_EQ(keys(), written); // exactly what the writer writes, the characters outside the BMP too
    EXPECT_EQ(found("5kg 99"), (QStringList{QStringLiteral("乐事薯片 5kg #99"), QStringLiteral("乐事薯片 5kg #990")}));
}

TEST(ProductSearchEngines, SqliteAndPostgresqlFindTheSameProducts)
{
    const QString server = test::TestDatabase::serverAddress();
    if (server.isEmpty())
        GTEST_SKIP() << "needs the test server (QTILL_TEST_PG) beside SQLite";
    QTemporaryDir dir;
    const QString address = test::TestDatabase::createServerDatabase();
    ASSERT_FALSE(address.isEmpty());
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::vector<std::unique_ptr<Store>> stores;
    for (const QString &path : {dir.filePath(QStringLiteral("qtill.db")), address}) {
        Store::Options options;
        options.path = path;
        auto opened = Store::open(options, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        ASSERT_TRUE((*opened)->migrate({InventoryModule::schema()}).ok());
        fill(**opened);
        stores.push_back(std::move(*opened));
    }
    ASSERT_FALSE(stores.at(0)->dialect().isPostgres());
    ASSERT_TRUE(stores.at(1)->dialect().isPostgres());
    int matched = 0;
    for (const char *typed : kQueries) {
        for (int limit : {100, 2}) {
            auto sqlite = ProductSearchIndex::matchIds(*stores.at(0), QString::fromUtf8(typed), limit);
            auto postgres = ProductSearchIndex::matchIds(*stores.at(1), QString::fromUtf8(typed), limit);
            ASSERT_TRUE(sqlite.ok() && postgres.ok()) << typed;
            EXPECT_EQ(namesOf(*stores.at(1), *postgres).join(QLatin1Char('|')).toStdString(),
                      namesOf(*stores.at(0), *sqlite).join(QLatin1Char('|')).toStdString())
                << "typed: " << typed << " limit " << limit;
            matched += sqlite->isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GT(matched, int(std::size(kQueries))); // most queries find something: the comparison means something
    stores.clear();
    test::TestDatabase::dropServerDatabase(address);
}
