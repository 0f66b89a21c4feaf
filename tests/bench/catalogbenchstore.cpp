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
const char *const kSizes[] = {"330ml", "500ml", "1L", "100g", "250g", "5kg", "12包", "家庭装", "24罐", "礼盒"};

} // namespace

QString CatalogBenchStore::barcode(int i)
{
    const QString payload = QStringLiteral("69%1").arg(i, 10, 10, QLatin1Char('0'));
    return payload + QChar(u'0' + inventory::Barcode::checkDigit(payload));
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
        QSqlQuery product(db), code(db);
        inventory::ProductSearchIndex::Writer search(store);
        product.prepare(QStringLiteral("INSERT INTO products (id, sku, name, name_en, category_id, unit, price_fen,"
                                       " member_price_fen, cost_fen, tax_class, safety_stock_milli, pinyin)"
                                       " VALUES (?, ?, ?, '', ?, '件', ?, ?, ?, 'standard', 0, ?)"));
        code.prepare(QStringLiteral("INSERT INTO product_barcodes (code, product_id, pack_qty_milli, kind) VALUES (?, ?, 1000, 'gtin')"));
        if (Status prepared = search.prepare(); !prepared)
            return prepared;
        const int brands = int(std::size(kBrands)), items = int(std::size(kItems)), sizes = int(std::size(kSizes));
        for (int i = 0; i < count; ++i) {
            const qint64 id = i + 1;
            // Spread combinations so neighbours differ; a serial keeps names apart.
            const QString name = QString::fromUtf8(kBrands[(i / 7) % brands]) + QString::fromUtf8(kItems[(i * 13) % items])
                + QLatin1Char(' ') + QString::fromUtf8(kSizes[(i / 3) % sizes]) + QStringLiteral(" #%1").arg(i % 997);
            const qint64 price = 100 + (i * 37) % 20000;
            product.addBindValue(id);
            product.addBindValue(QStringLiteral("%1").arg(10000000 + i));
            product.addBindValue(name);
            product.addBindValue(categoryId);
            product.addBindValue(price);
            product.addBindValue(i % 5 == 0 ? QVariant(price * 9 / 10) : QVariant(QMetaType(QMetaType::LongLong)));
            product.addBindValue(price * 7 / 10);
            product.addBindValue(inventory::Pinyin::initials(name));
            code.addBindValue(barcode(i));
            code.addBindValue(id);
            if (!product.exec() || !code.exec() || !search.write(id, name, {}, true)) {
                return Error::storage(QStringLiteral("generation failed"),
                                      product.lastError().text() + code.lastError().text() + search.lastError().text());
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
