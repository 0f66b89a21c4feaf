// The Products screen's list on a 1,000,000-product store: one page (100 rows with main code and stock)
// at the top and deep in the catalog, by item code and by name, through Catalog::listPage (the query
// ProductListModel runs) and through the model itself — beside raw SQLite: the same keyset query, and
// the OFFSET query a naive list would run for the same deep page.
//
//   bench_productlist [--benchmark_...]  env QTILL_BENCH_DB (default /tmp/qtill-bench-catalog.db),
//                                        QTILL_BENCH_PRODUCTS (default 1000000)
#include "catalogbenchstore.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/ui/productlistmodel.h"

#include "core/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace qtill;
using namespace qtill::inventory;

namespace {

bench::CatalogBenchStore *g_store = nullptr;
constexpr int kPage = ProductListModel::kPageSize;

void report(benchmark::State &state, std::vector<double> &us)
{
    if (us.empty())
        return;
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size())))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

double elapsedUs(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - from).count();
}

/// The key of the row at `position` in the order (read once, outside the timing).
ProductListKey keyAt(ProductListFilter::Order order, int position)
{
    QSqlQuery q(g_store->services().store().database());
    q.prepare(order == ProductListFilter::Order::ByName
                  ? QStringLiteral("SELECT name, id, price_fen FROM products ORDER BY name, id LIMIT 1 OFFSET ?")
                  : order == ProductListFilter::Order::ByPrice
                  ? QStringLiteral("SELECT '', id, price_fen FROM products ORDER BY price_fen, id LIMIT 1 OFFSET ?")
                  : QStringLiteral("SELECT sku, id, price_fen FROM products ORDER BY sku LIMIT 1 OFFSET ?"));
    q.addBindValue(position);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

/// range(0): 0 first page, 1 deep (90% into the catalog); range(1): 0 by item code, 1 by name, 2 by price.
void BM_ListPage_Catalog(benchmark::State &state)
{
    const Catalog &catalog = InventoryServices::of(g_store->services()).catalog();
    ProductListFilter filter;
    const ProductListFilter::Order orders[] = {ProductListFilter::Order::BySku, ProductListFilter::Order::ByName,
                                               ProductListFilter::Order::ByPrice};
    const char *const labels[] = {" by sku", " by name", " by price"};
    filter.order = orders[state.range(1)];
    std::optional<ProductListKey> after;
    if (state.range(0) == 1)
        after = keyAt(filter.order, g_store->count() / 10 * 9);
    state.SetLabel(std::string(state.range(0) == 0 ? "first" : "deep") + labels[state.range(1)]);
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto rows = catalog.listPage(filter, after, kPage);
        us.push_back(elapsedUs(start));
        if (!rows.ok() || rows->size() != kPage) {
            state.SkipWithError("list page failed");
            break;
        }
    }
    report(state, us);
}
BENCHMARK(BM_ListPage_Catalog)->ArgsProduct({{0, 1}, {0, 1, 2}})->Unit(benchmark::kMicrosecond);

/// The model as the view drives it: each iteration is one fetchMore, so the pages go deeper and deeper.
void BM_ListModel_FetchMore(benchmark::State &state)
{
    const Catalog &catalog = InventoryServices::of(g_store->services()).catalog();
    ProductListModel model(catalog);
    ProductListFilter filter;
    filter.order = state.range(0) == 0 ? ProductListFilter::Order::BySku : ProductListFilter::Order::ByName;
    state.SetLabel(state.range(0) == 0 ? "by sku" : "by name");
    const auto first = std::chrono::steady_clock::now();
    if (!model.setFilter(filter).ok()) {
        state.SkipWithError("first load failed");
        return;
    }
    state.counters["first_load_ms"] = elapsedUs(first) / 1000.0; // count + first page
    std::vector<double> us;
    for (auto _ : state) {
        if (!model.canFetchMore({}))
            break;
        const auto start = std::chrono::steady_clock::now();
        model.fetchMore({});
        us.push_back(elapsedUs(start));
    }
    state.counters["rows_loaded"] = model.rowCount();
    report(state, us);
}
BENCHMARK(BM_ListModel_FetchMore)->Arg(0)->Arg(1)->Iterations(2000)->Unit(benchmark::kMicrosecond);

void BM_ListCount_Catalog(benchmark::State &state)
{
    const Catalog &catalog = InventoryServices::of(g_store->services()).catalog();
    for (auto _ : state) {
        auto count = catalog.listCount({});
        if (!count.ok() || *count < g_store->count())
            state.SkipWithError("count failed");
    }
}
BENCHMARK(BM_ListCount_Catalog)->Unit(benchmark::kMillisecond);

struct RawDb
{
    sqlite3 *db = nullptr;
    RawDb() { sqlite3_open_v2(g_store->path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr); }
    ~RawDb() { sqlite3_close(db); }
};

/// Raw SQLite, same rows: range(0) 0 first / 1 deep keyset page by item code (the columns a list shows);
/// 2 the deep page by OFFSET; 3 the deep keyset page with exactly the SQL Catalog::listPage runs (every
/// product column, the main code and the stock sum per row), so the rest is Qt SQL and building rows;
/// 4 the same for the deep page by price (price, id keyset on products_price).
void BM_ListPage_RawSqlite(benchmark::State &state)
{
    RawDb raw;
    const int mode = int(state.range(0));
    const char *sql = mode == 4 ? "SELECT p.id, p.sku, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen,"
                                  " p.member_price_fen, p.cost_fen, p.tax_class, p.status, p.safety_stock_milli, p.pinyin, p.brand_id,"
                                  " p.department_id, p.max_stock_milli, p.serial_tracked, p.image_path,"
                                  " (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id ORDER BY b.pack_qty_milli, b.code"
                                  " LIMIT 1), (SELECT SUM(s.qty_milli) FROM stock_balances s WHERE s.product_id = p.id)"
                                  " FROM products p WHERE 1 = 1 AND p.price_fen >= ?1 AND (p.price_fen > ?1 OR p.id > ?2)"
                                  " ORDER BY p.price_fen, p.id LIMIT 100"
        : mode == 2 ? "SELECT id, sku, name, price_fen, member_price_fen, status FROM products ORDER BY sku"
                                  " LIMIT 100 OFFSET ?1"
        : mode == 3 ? "SELECT p.id, p.sku, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen,"
                      " p.member_price_fen, p.cost_fen, p.tax_class, p.status, p.safety_stock_milli, p.pinyin, p.brand_id,"
                      " p.department_id, p.max_stock_milli, p.serial_tracked, p.image_path,"
                      " (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id ORDER BY b.pack_qty_milli, b.code"
                      " LIMIT 1), (SELECT SUM(s.qty_milli) FROM stock_balances s WHERE s.product_id = p.id)"
                      " FROM products p WHERE 1 = 1 AND p.sku > ?1 ORDER BY p.sku LIMIT 100"
                    : "SELECT id, sku, name, price_fen, member_price_fen, status FROM products WHERE sku > ?1"
                      " ORDER BY sku LIMIT 100";
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw.db, sql, -1, &stmt, nullptr);
    const int deep = g_store->count() / 10 * 9;
    const QByteArray after = mode == 1 || mode == 3 ? keyAt(ProductListFilter::Order::BySku, deep).sortKey.toUtf8() : QByteArray();
    const ProductListKey priceKey = mode == 4 ? keyAt(ProductListFilter::Order::ByPrice, deep) : ProductListKey{};
    state.SetLabel(mode == 0 ? "first keyset"
                       : mode == 1 ? "deep keyset"
                       : mode == 2 ? "deep OFFSET"
                       : mode == 3 ? "deep, Catalog's SQL"
                                   : "deep by price, Catalog's SQL");
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        if (mode == 2) {
            sqlite3_bind_int(stmt, 1, deep);
        } else if (mode == 4) {
            sqlite3_bind_int64(stmt, 1, priceKey.priceFen);
            sqlite3_bind_int64(stmt, 2, priceKey.id);
        } else
            sqlite3_bind_text(stmt, 1, after.constData(), int(after.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            benchmark::DoNotOptimize(sqlite3_column_text(stmt, 2));
            ++rows;
        }
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
        if (rows != 100)
            state.SkipWithError("raw page short");
    }
    sqlite3_finalize(stmt);
    report(state, us);
}
BENCHMARK(BM_ListPage_RawSqlite)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariableIsSet("QTILL_BENCH_DB") ? qEnvironmentVariable("QTILL_BENCH_DB")
                                                                      : QStringLiteral("/tmp/qtill-bench-catalog.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    auto store = bench::CatalogBenchStore::open(path, count);
    if (!store)
        return 1;
    g_store = store.get();
    benchmark::AddCustomContext("products", std::to_string(count));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
