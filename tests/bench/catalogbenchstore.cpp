#include "catalogbenchstore.h"

#include "inventory/barcode.h"
#include "inventory/pinyin.h"
#include "inventory/productsearchindex.h"

#include "core/insertreturningid.h"
#include "core/store.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace qtill::bench {

namespace {

const char *const kBrands[] = {"康师傅", "统一", "农夫山泉", "可口可乐", "百事", "伊利", "蒙牛", "旺旺", "达利园", "乐事",
                               "洽洽", "双汇", "金龙鱼", "海天", "老干妈", "娃哈哈", "雀巢", "立白", "蓝月亮", "清风",
                               "心相印", "好丽友", "三只松鼠", "良品铺子", "光明", "青岛", "雪花", "五粮液", "李锦记", "太太乐"};
const char *const kItems[] = {"红烧牛肉面", "矿泉水", "绿茶", "酸奶", "纯牛奶", "薯片", "饼干", "火腿肠", "食用油", "酱油",
                              "辣椒酱", "洗衣液", "抽纸", "瓜子", "面包", "橙汁", "咖啡", "方便面", "巧克力", "水果糖",
                              "啤酒", "白酒", "蚝油", "鸡精", "米饭", "香肠", "豆浆", "牙膏", "洗发水", "沐浴露"};
const char *const kItemsEn[] = {"Beef Noodles", "Mineral Water", "Green Tea", "Yogurt", "Pure Milk", "Potato Chips",
                                "Biscuits", "Ham Sausage", "Cooking Oil", "Soy Sauce", "Chili Sauce", "Laundry Liquid",
                                "Tissues", "Sunflower Seeds", "Bread", "Orange Juice", "Coffee", "Instant Noodles",
                                "Chocolate", "Fruit Candy", "Beer", "Baijiu", "Oyster Sauce", "Chicken Powder", "Rice",
                                "Sausage", "Soy Milk", "Toothpaste", "Shampoo", "Shower Gel"};
const char *const kSizes[] = {"330ml", "500ml", "1L", "100g", "250g", "5kg", "12包", "家庭装", "24罐", "礼盒"};
static_assert(std::size(kItems) == std::size(kItemsEn));

} // namespace

QString CatalogBenchStore::barcode(int i)
{
    const QString payload = QStringLiteral("69%1").arg(i, 10, 10, QLatin1Char('0'));
    return payload + QChar(u'0' + inventory::Barcode::checkDigit(payload));
}

GeneratedProduct CatalogBenchStore::product(int i)
{
    const int brands = int(std::size(kBrands)), items = int(std::size(kItems)), sizes = int(std::size(kSizes));
    GeneratedProduct p;
    p.id = i + 1;
    p.sku = QStringLiteral("%1").arg(10000000 + i);
    // Spread combinations so neighbours differ; a serial keeps names apart.
    const int item = (i * 13) % items;
    p.name = QString::fromUtf8(kBrands[(i / 7) % brands]) + QString::fromUtf8(kItems[item]) + QLatin1Char(' ')
        + QString::fromUtf8(kSizes[(i / 3) % sizes]) + QStringLiteral(" #%1").arg(i % 997);
    p.nameEn = i % 4 == 0 ? QString::fromUtf8(kItemsEn[item]) : QStringLiteral(""); // NOT NULL: empty, not null
    p.priceFen = 100 + (i * 37) % 20000;
    if (i % 5 == 0)
        p.memberPriceFen = p.priceFen * 9 / 10;
    p.costFen = p.priceFen * 7 / 10;
    p.barcode = barcode(i);
    return p;
}

std::unique_ptr<CatalogBenchStore> CatalogBenchStore::open(const QString &path, int count)
{
    std::unique_ptr<CatalogBenchStore> store(new CatalogBenchStore);
    store->m_path = path;
    auto opened = Services::open(Services::Options{.clock = store->m_clock,
                                                   .path = path,
                                                   .modules = {&store->m_module},
                                                   .pinParams = PinHasher::Params::fastest()});
    if (!opened) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(opened.error().toString()));
        return nullptr;
    }
    store->m_services = std::move(opened.value());
    QSqlQuery q(store->m_services->store().database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM products"));
    const int have = q.next() ? q.value(0).toInt() : 0;
    if (have < count && !store->generate(count))
        return nullptr;
    store->m_count = count;
    return store;
}

bool CatalogBenchStore::generate(int count)
{
    QElapsedTimer timer;
    timer.start();
    Store &store = m_services->store();
    const Status done = store.transaction([&]() -> Status {
        QSqlDatabase db = store.database();
        auto category = insertReturningId(store, QStringLiteral("INSERT INTO categories (code, name) VALUES ('99', '基准')"),
                                          {}, QStringLiteral("bench category"));
        if (!category)
            return category.error();
        const qint64 categoryId = *category;
        QSqlQuery insertProduct(db), code(db);
        inventory::ProductSearchIndex::Writer search(store);
        insertProduct.prepare(QStringLiteral("INSERT INTO products (id, sku, name, name_en, category_id, unit, price_fen,"
                                             " member_price_fen, cost_fen, tax_class, safety_stock_milli, pinyin)"
                                             " VALUES (?, ?, ?, ?, ?, '件', ?, ?, ?, 'standard', 0, ?)"));
        code.prepare(QStringLiteral("INSERT INTO product_barcodes (code, product_id, pack_qty_milli, kind) VALUES (?, ?, 1000, 'gtin')"));
        if (Status prepared = search.prepare(); !prepared)
            return prepared;
        for (int i = 0; i < count; ++i) {
            const GeneratedProduct p = product(i);
            insertProduct.addBindValue(p.id);
            insertProduct.addBindValue(p.sku);
            insertProduct.addBindValue(p.name);
            insertProduct.addBindValue(p.nameEn);
            insertProduct.addBindValue(categoryId);
            insertProduct.addBindValue(p.priceFen);
            insertProduct.addBindValue(p.memberPriceFen ? QVariant(*p.memberPriceFen) : QVariant(QMetaType(QMetaType::LongLong)));
            insertProduct.addBindValue(p.costFen);
            insertProduct.addBindValue(inventory::Pinyin::initials(p.name));
            code.addBindValue(p.barcode);
            code.addBindValue(p.id);
            if (!insertProduct.exec() || !code.exec() || !search.write(p.id, p.name, p.nameEn, true)) {
                return Error::storage(QStringLiteral("generation failed"),
                                      insertProduct.lastError().text() + code.lastError().text() + search.lastError().text());
            }
            if ((i + 1) % 100000 == 0)
                std::fprintf(stderr, "bench: %d products\n", i + 1);
        }
        return {};
    });
    if (!done) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(done.error().toString()));
        return false;
    }
    QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE"));
    m_generationSeconds = double(timer.elapsed()) / 1000.0;
    std::fprintf(stderr, "bench: generated %d products in %.1f s\n", count, m_generationSeconds);
    return true;
}

} // namespace qtill::bench
