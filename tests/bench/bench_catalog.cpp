// Catalog on a 1,000,000-product store: scan lookup and search as you type, each beside raw SQLite.
//
//   bench_catalog [--benchmark_...]     env QTILL_BENCH_DB (default /tmp/qtill-bench-catalog.db),
//                                       QTILL_BENCH_PRODUCTS (default 1000000)
// Targets (DESIGN.md): lookup ≤ 10× the raw indexed lookup and p99 < 1 ms; search < 30 ms for the first 50.
#include "catalogbenchstore.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/productsearchindex.h"

#include "core/sqldialect.h"
#include "core/store.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

using namespace qtill;
using namespace qtill::inventory;

namespace {

bench::CatalogBenchStore *g_store = nullptr;

/// Scan codes spread over the whole catalog, fixed seed.
const std::vector<QString> &codes()
{
    static const std::vector<QString> list = [] {
        std::mt19937 random(42);
        std::uniform_int_distribution<int> pick(0, g_store->count() - 1);
        std::vector<QString> out;
        for (int i = 0; i < 20000; ++i)
            out.push_back(bench::CatalogBenchStore::barcode(pick(random)));
        return out;
    }();
    return list;
}

/// Per-call times in µs → mean/p50/p99/max counters.
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

struct RawDb
{
    sqlite3 *db = nullptr;
    RawDb()
    {
        sqlite3_open_v2(g_store->path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~RawDb() { sqlite3_close(db); }
};

// --- (a) barcode → product with price ---------------------------------------------------------

void BM_Lookup_Catalog(benchmark::State &state)
{
    const Catalog &catalog = InventoryServices::of(g_store->services()).catalog();
    const auto &list = codes();
    std::vector<double> us;
    us.reserve(1 << 20);
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto match = catalog.lookup(list[i++ % list.size()]);
        benchmark::DoNotOptimize(match.ok() ? match->product.price.minor() : -1);
        us.push_back(elapsedUs(start));
        if (!match.ok())
            state.SkipWithError("lookup failed");
    }
    report(state, us);
}
BENCHMARK(BM_Lookup_Catalog)->Unit(benchmark::kMicrosecond)->MinTime(3);

void BM_Lookup_RawSqlite(benchmark::State &state)
{
    RawDb raw;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw.db,
                       "SELECT p.id, p.name, p.price_fen, p.member_price_fen, b.pack_qty_milli FROM product_barcodes b"
                       " JOIN products p ON p.id = b.product_id WHERE b.code = ?",
                       -1, &stmt, nullptr);
    std::vector<QByteArray> list;
    for (const QString &c : codes())
        list.push_back(c.toLatin1());
    std::vector<double> us;
    us.reserve(1 << 22);
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const QByteArray &code = list[i++ % list.size()];
        sqlite3_bind_text(stmt, 1, code.constData(), int(code.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            benchmark::DoNotOptimize(sqlite3_column_int64(stmt, 2));
            benchmark::DoNotOptimize(sqlite3_column_text(stmt, 1));
        } else {
            state.SkipWithError("raw lookup found nothing");
        }
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
    }
    sqlite3_finalize(stmt);
    report(state, us);
}
BENCHMARK(BM_Lookup_RawSqlite)->Unit(benchmark::kMicrosecond)->MinTime(3);

// --- (b) search as you type, first 50 ---------------------------------------------------------

const char *const kQueries[] = {
    "牛肉面",        // name substring, common
    "可乐",          // two Han characters (no trigram could serve it)
    "ksf",           // pinyin initials prefix (康师傅…)
    "nfsqk",         // pinyin initials, narrower (农夫山泉矿…)
    "6900001234",    // barcode prefix
    "1000123",       // item code prefix
    "乐事薯片 5kg #99", // a long name: few matches
    "不存在",        // nothing matches: every step runs to the end
    // Added with schema inventory v3 (prefix indexes) — the last word is still being typed:
    "乐事薯片 5",     // the prefix "5" covers 5kg, 500ml, 5, 50…599: one prefix-index list instead of a merge
    "薯片 1",        // the prefix "1" covers 1L, 100g, 12包, 1…199: a third of all products
    "5kg #9",        // punctuation: full-text candidates checked against the exact text
    "乐事薯片 5kg #99!", // punctuation, nothing has it
    "乐!",           // punctuation after a very common character: the candidate cap (2,000) is what stops it
};

void BM_Search_Catalog(benchmark::State &state)
{
    const Catalog &catalog = InventoryServices::of(g_store->services()).catalog();
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    state.SetLabel(kQueries[state.range(0)]);
    std::vector<double> us;
    qsizetype found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto results = catalog.search(query, 50);
        us.push_back(elapsedUs(start));
        if (!results.ok()) {
            state.SkipWithError("search failed");
            break;
        }
        found = results->size();
    }
    state.counters["results"] = double(found);
    report(state, us);
}
BENCHMARK(BM_Search_Catalog)->DenseRange(0, int(std::size(kQueries)) - 1)->Unit(benchmark::kMillisecond);

/// The naive raw baseline: one LIKE '%text%' over names (and an SKU/barcode prefix), first 50.
void BM_Search_RawSqliteLike(benchmark::State &state)
{
    RawDb raw;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw.db,
                       "SELECT id, name, price_fen FROM products WHERE status = 'listed' AND (name LIKE ?1 OR sku LIKE ?2"
                       " OR pinyin LIKE ?2) LIMIT 50",
                       -1, &stmt, nullptr);
    const QByteArray text = QByteArray(kQueries[state.range(0)]);
    const QByteArray contains = '%' + text + '%';
    const QByteArray prefix = text.toUpper() + '%';
    state.SetLabel(kQueries[state.range(0)]);
    std::vector<double> us;
    int found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        sqlite3_bind_text(stmt, 1, contains.constData(), int(contains.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, prefix.constData(), int(prefix.size()), SQLITE_STATIC);
        found = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++found;
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
    }
    sqlite3_finalize(stmt);
    state.counters["results"] = found;
    report(state, us);
}
BENCHMARK(BM_Search_RawSqliteLike)->DenseRange(0, int(std::size(kQueries)) - 1)->Unit(benchmark::kMillisecond);

/// Raw SQLite running the full-text step's SQL exactly as Catalog::search builds it (same MATCH
/// expression, same join, filters and limits; three columns read instead of nineteen): the floor
/// for the name step of each query.
void BM_Search_RawSqliteFullTextStep(benchmark::State &state)
{
    const QString typed = QString::fromUtf8(kQueries[state.range(0)]);
    state.SetLabel(kQueries[state.range(0)]);
    const QString expression = ProductSearchIndex::matchExpression(typed);
    if (expression.isEmpty()) {
        state.SkipWithError("no words");
        return;
    }
    const bool punctuation = !ProductSearchIndex::isPlainWords(typed);
    const QByteArray sql = (QStringLiteral("SELECT p.id, p.name, p.price_fen FROM products p ") + ProductSearchIndex::match(SqlDialect::sqlite(), typed, punctuation).join
                            + QStringLiteral(" AND p.status = 'listed'")
                            + (punctuation ? QStringLiteral(" AND (p.name LIKE ? ESCAPE '!' OR p.name_en LIKE ? ESCAPE '!')") : QString())
                            + QStringLiteral(" LIMIT 50"))
                               .toUtf8();
    QString like = typed;
    like.replace(QLatin1Char('!'), QStringLiteral("!!")).replace(QLatin1Char('%'), QStringLiteral("!%")).replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QByteArray contains = (QLatin1Char('%') + like + QLatin1Char('%')).toUtf8();
    const QByteArray match = expression.toUtf8();
    RawDb raw;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw.db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(raw.db));
        return;
    }
    std::vector<double> us;
    int found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        int n = 1;
        sqlite3_bind_text(stmt, n++, match.constData(), int(match.size()), SQLITE_STATIC);
        if (punctuation) {
            sqlite3_bind_int(stmt, n++, ProductSearchIndex::kFullTextCandidates);
            sqlite3_bind_text(stmt, n++, contains.constData(), int(contains.size()), SQLITE_STATIC);
            sqlite3_bind_text(stmt, n++, contains.constData(), int(contains.size()), SQLITE_STATIC);
        }
        found = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++found;
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
    }
    sqlite3_finalize(stmt);
    state.counters["results"] = found;
    report(state, us);
}
BENCHMARK(BM_Search_RawSqliteFullTextStep)->DenseRange(0, int(std::size(kQueries)) - 1)->Unit(benchmark::kMillisecond);

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
    benchmark::AddCustomContext("inventory_schema",
                                std::to_string(store->services().store().schemaVersion(QStringLiteral("inventory"))));
    if (store->generationSeconds() > 0)
        benchmark::AddCustomContext("generation_s", std::to_string(store->generationSeconds()));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
