// The Products screen's list pages (keyset, 100 rows with main code and stock) through
// Catalog::listPage — the query ProductListModel runs — at the top and 90% deep, by item code, name
// and price, beside the same SQL run raw (sqlite3 / libpq). bench_productlist adds the model itself
// and the OFFSET page on SQLite (GUI build).
#include "benchtiming.h"
#include "catalogbench.h"
#include "rawlibpq.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/store.h"

#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace qtill::bench {

namespace {

using inventory::ProductListFilter;
using inventory::ProductListKey;

constexpr int kPage = 100; // ProductListModel::kPageSize (the model is in the GUI library)

const ProductListFilter::Order kOrders[] = {ProductListFilter::Order::BySku, ProductListFilter::Order::ByName,
                                            ProductListFilter::Order::ByPrice};
const char *const kOrderNames[] = {"by sku", "by name", "by price"};

/// The key of the row at `position` in the order (read once, outside the timing).
ProductListKey keyAt(const BenchEngine &engine, ProductListFilter::Order order, int position)
{
    QSqlQuery q(engine.services->store().database());
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

/// deep: 0 first page, 1 the page 90% into the catalog; order: an index into kOrders.
void listPageQtill(benchmark::State &state, BenchEngine engine, int deep, int order)
{
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*engine.services).catalog();
    ProductListFilter filter;
    filter.order = kOrders[order];
    std::optional<ProductListKey> after;
    if (deep)
        after = keyAt(engine, filter.order, engine.count / 10 * 9);
    state.SetLabel(std::string(deep ? "deep " : "first ") + kOrderNames[order]);
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
    reportPercentiles(state, us);
}

/// Catalog::listPage's main statement for the deep page (every product column, the main code and the
/// stock sum per row) and its values.
std::pair<QString, QVariantList> listPageSql(const BenchEngine &engine, int order)
{
    const ProductListKey key = keyAt(engine, kOrders[order], engine.count / 10 * 9);
    const QString where[] = {QStringLiteral("p.sku > ? ORDER BY p.sku"),
                             QStringLiteral("p.name >= ? AND (p.name > ? OR p.id > ?) ORDER BY p.name, p.id"),
                             QStringLiteral("p.price_fen >= ? AND (p.price_fen > ? OR p.id > ?) ORDER BY p.price_fen, p.id")};
    const QVariantList values[] = {{key.sortKey},
                                   {key.sortKey, key.sortKey, key.id},
                                   {key.priceFen, key.priceFen, key.id}};
    return {QStringLiteral("SELECT p.id, p.sku, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen,"
                           " p.member_price_fen, p.cost_fen, p.tax_class, p.status, p.safety_stock_milli, p.pinyin, p.brand_id,"
                           " p.department_id, p.max_stock_milli, p.serial_tracked, p.image_path,"
                           " (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id ORDER BY b.pack_qty_milli, b.code"
                           " LIMIT 1), (SELECT SUM(s.qty_milli) FROM stock_balances s WHERE s.product_id = p.id)"
                           " FROM products p WHERE 1 = 1 AND ")
                + where[order] + QStringLiteral(" LIMIT 100"),
            values[order]};
}

void listPageRawSqlite(benchmark::State &state, BenchEngine engine, int order)
{
    state.SetLabel(std::string("deep ") + kOrderNames[order] + ", Catalog's SQL");
    const auto [sql, values] = listPageSql(engine, order);
    sqlite3 *db = nullptr;
    sqlite3_open_v2(engine.sqlitePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    const std::vector<QByteArray> params = textParams(values);
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        for (int n = 0; n < int(values.size()); ++n) {
            if (values.at(n).typeId() == QMetaType::QString)
                sqlite3_bind_text(stmt, n + 1, params[n].constData(), int(params[n].size()), SQLITE_STATIC);
            else
                sqlite3_bind_int64(stmt, n + 1, values.at(n).toLongLong());
        }
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            benchmark::DoNotOptimize(sqlite3_column_text(stmt, 2));
            ++rows;
        }
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
        if (rows != kPage)
            state.SkipWithError("raw page short");
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    reportPercentiles(state, us);
}

/// Prepared once (PQprepare), as Catalog's execCached statement is.
void listPageRawLibpq(benchmark::State &state, BenchEngine engine, int order)
{
    state.SetLabel(std::string("deep ") + kOrderNames[order] + ", Catalog's SQL");
    const auto [sql, values] = listPageSql(engine, order);
    RawLibpq raw(engine.pgConnection);
    PQclear(PQprepare(raw.connection(), "page", numberedMarks(sql).toUtf8().constData(), 0, nullptr));
    const std::vector<QByteArray> params = textParams(values);
    std::vector<const char *> pointers;
    for (const QByteArray &p : params)
        pointers.push_back(p.constData());
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        PGresult *result = PQexecPrepared(raw.connection(), "page", int(pointers.size()), pointers.data(), nullptr, nullptr, 0);
        const int rows = PQntuples(result);
        benchmark::DoNotOptimize(rows > 0 ? PQgetvalue(result, 0, 2) : nullptr);
        PQclear(result);
        us.push_back(elapsedUs(start));
        if (rows != kPage) {
            state.SkipWithError("raw page short");
            break;
        }
    }
    reportPercentiles(state, us);
}

} // namespace

void registerListPageBenchmarks(const BenchEngine &engine)
{
    for (int order = 0; order < int(std::size(kOrders)); ++order) {
        for (int deep = 0; deep < 2; ++deep) {
            benchmark::RegisterBenchmark(("ListPage/" + engine.name + "/Qtill/" + std::to_string(deep) + "/" + std::to_string(order)).c_str(),
                                         listPageQtill, engine, deep, order)
                ->Unit(benchmark::kMicrosecond)->UseRealTime();
        }
        benchmark::RegisterBenchmark(("ListPage/" + engine.name + (engine.postgres ? "/raw-libpq/1/" : "/raw-sqlite3/1/")
                                      + std::to_string(order))
                                         .c_str(),
                                     engine.postgres ? listPageRawLibpq : listPageRawSqlite, engine, order)
            ->Unit(benchmark::kMicrosecond)->UseRealTime();
    }
}

} // namespace qtill::bench
