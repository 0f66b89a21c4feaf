// Catalog on a 1,000,000-product store, on SQLite and on PostgreSQL in one run: scan lookup, search as
// you type (first 50) and list pages, each beside the raw baseline of its engine (sqlite3, libpq).
//
//   bench_catalog [--benchmark_...]     env QTILL_BENCH_DB (default /tmp/qtill-bench-catalog.db),
//                                       QTILL_BENCH_PRODUCTS (default 1000000),
//                                       QTILL_BENCH_PG (a postgresql:// server; unset: SQLite only)
// Names: <benchmark>/<engine>/<Qtill|raw…>. Every benchmark runs for wall time (UseRealTime): on
// PostgreSQL the time goes by in the server, not in this process's CPU. Targets (DESIGN.md, issue 9): SQLite lookup ≤ 10× the raw
// indexed lookup and p99 < 1 ms, search < 30 ms for the first 50; PostgreSQL lookup p99 < 2 ms, search
// < 50 ms for the first 50.
#include "benchtiming.h"
#include "catalogbench.h"
#include "catalogbenchstore.h"
#include "pgbenchstore.h"
#include "rawlibpq.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/productsearchindex.h"

#include "core/sqldialect.h"
#include "core/store.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>
#include <vector>

using namespace qtill;
using namespace qtill::bench;
using namespace qtill::inventory;

namespace {

/// Scan codes spread over the whole catalog, fixed seed.
std::vector<QString> codes(int count)
{
    std::mt19937 random(42);
    std::uniform_int_distribution<int> pick(0, count - 1);
    std::vector<QString> out;
    for (int i = 0; i < 20000; ++i)
        out.push_back(CatalogBenchStore::barcode(pick(random)));
    return out;
}

struct RawSqlite
{
    sqlite3 *db = nullptr;
    explicit RawSqlite(const QString &path) { sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr); }
    ~RawSqlite() { sqlite3_close(db); }
};

// --- (a) barcode → product with price ---------------------------------------------------------

const char *const kLookupSql = "SELECT p.id, p.name, p.price_fen, p.member_price_fen, b.pack_qty_milli FROM product_barcodes b"
                               " JOIN products p ON p.id = b.product_id WHERE b.code = ?";

void lookupQtill(benchmark::State &state, BenchEngine engine)
{
    const Catalog &catalog = InventoryServices::of(*engine.services).catalog();
    const auto list = codes(engine.count);
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
    reportPercentiles(state, us);
}

void lookupRawSqlite(benchmark::State &state, BenchEngine engine)
{
    RawSqlite raw(engine.sqlitePath);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw.db, kLookupSql, -1, &stmt, nullptr);
    std::vector<QByteArray> list;
    for (const QString &c : codes(engine.count))
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
    reportPercentiles(state, us);
}

/// The same statement, prepared once on the server (PQprepare), run with PQexecPrepared.
void lookupRawLibpq(benchmark::State &state, BenchEngine engine)
{
    RawLibpq raw(engine.pgConnection);
    PGresult *prepared = PQprepare(raw.connection(), "lookup", numberedMarks(QString::fromLatin1(kLookupSql)).toUtf8().constData(),
                                   1, nullptr);
    PQclear(prepared);
    std::vector<QByteArray> list;
    for (const QString &c : codes(engine.count))
        list.push_back(c.toLatin1());
    std::vector<double> us;
    us.reserve(1 << 20);
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const char *code = list[i++ % list.size()].constData();
        PGresult *result = PQexecPrepared(raw.connection(), "lookup", 1, &code, nullptr, nullptr, 0);
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1) {
            benchmark::DoNotOptimize(PQgetvalue(result, 0, 2));
            benchmark::DoNotOptimize(PQgetvalue(result, 0, 1));
        } else {
            state.SkipWithError("raw lookup found nothing");
        }
        PQclear(result);
        us.push_back(elapsedUs(start));
    }
    reportPercentiles(state, us);
}

/// Catalog::lookup's own statement (three code forms, the scanned one first, every product column),
/// planned for its values each run as Qtill's session does (plan_cache_mode = force_custom_plan):
/// what is left between this and Lookup/PostgreSQL/Qtill is QPSQL and Qtill.
void lookupRawLibpqCatalogSql(benchmark::State &state, BenchEngine engine)
{
    RawLibpq raw(engine.pgConnection);
    raw.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    const QByteArray sql = "SELECT b.code, b.pack_qty_milli, p.id, p.sku, p.name, p.name_en, p.category_id, p.unit,"
                           " p.sold_by_weight, p.price_fen, p.member_price_fen, p.cost_fen, p.tax_class, p.status,"
                           " p.safety_stock_milli, p.pinyin, p.brand_id, p.department_id, p.max_stock_milli, p.serial_tracked,"
                           " p.image_path FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                           " WHERE b.code IN ($1, $2, $3) ORDER BY b.code = $4 DESC LIMIT 1";
    PQclear(PQprepare(raw.connection(), "lookup", sql.constData(), 4, nullptr));
    std::vector<QByteArray> list;
    for (const QString &c : codes(engine.count))
        list.push_back(c.toLatin1());
    std::vector<double> us;
    us.reserve(1 << 20);
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const char *code = list[i++ % list.size()].constData();
        const char *values[] = {code, code, code, code};
        PGresult *result = PQexecPrepared(raw.connection(), "lookup", 4, values, nullptr, nullptr, 0);
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
            benchmark::DoNotOptimize(PQgetvalue(result, 0, 9));
        else
            state.SkipWithError("raw lookup found nothing");
        PQclear(result);
        us.push_back(elapsedUs(start));
    }
    reportPercentiles(state, us);
}

// --- (b) search as you type, first 50 ---------------------------------------------------------

const char *const kQueries[] = {
    "牛肉面",        // name substring, common
    "可乐",          // two Han characters (no trigram could serve it)
    "康师",          // a Chinese name prefix (the brand being typed)
    "ksf",           // pinyin initials prefix (康师傅…)
    "ksfhs",         // pinyin initials, narrower (康师傅红烧…)
    "chocolate",     // an English word (English names of imported goods)
    "beef noo",      // an English phrase, the last word being typed
    "6900001234",    // barcode prefix
    "1000123",       // item code prefix
    "乐事薯片 5kg #99", // a long name: nothing matches (the generator puts 薯片 with 500ml only)
    "不存在",        // nothing matches: every step runs to the end
    "牛奶可乐",       // nothing matches, every character common
    "康师傅 啤酒 5kg #1000", // nothing matches: a serial no product has
    // Added with schema inventory v3 (prefix indexes) — the last word is still being typed:
    "乐事薯片 5",     // the prefix "5" covers 5kg, 500ml, 5, 50…599: one prefix-index list instead of a merge
    "薯片 1",        // the prefix "1" covers 1L, 100g, 12包, 1…199 (a third of all products), never after 薯片
    "5kg #9",        // punctuation: full-text candidates checked against the exact text
    "乐事薯片 5kg #99!", // punctuation, nothing has it
    "乐!",           // punctuation after a very common character: the candidate cap (2,000) is what stops it
};

void searchQtill(benchmark::State &state, BenchEngine engine, int query)
{
    const Catalog &catalog = InventoryServices::of(*engine.services).catalog();
    const QString text = QString::fromUtf8(kQueries[query]);
    state.SetLabel(kQueries[query]);
    std::vector<double> us;
    qsizetype found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto results = catalog.search(text, 50);
        us.push_back(elapsedUs(start));
        if (!results.ok()) {
            state.SkipWithError("search failed");
            break;
        }
        found = results->size();
    }
    state.counters["results"] = double(found);
    reportPercentiles(state, us);
}

/// The naive raw baseline: one LIKE '%text%' over names (and an SKU/barcode prefix), first 50.
void searchRawSqliteLike(benchmark::State &state, BenchEngine engine, int query)
{
    RawSqlite raw(engine.sqlitePath);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw.db,
                       "SELECT id, name, price_fen FROM products WHERE status = 'listed' AND (name LIKE ?1 OR sku LIKE ?2"
                       " OR pinyin LIKE ?2) LIMIT 50",
                       -1, &stmt, nullptr);
    const QByteArray text = QByteArray(kQueries[query]);
    const QByteArray contains = '%' + text + '%';
    const QByteArray prefix = text.toUpper() + '%';
    state.SetLabel(kQueries[query]);
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
    reportPercentiles(state, us);
}

/// The full-text step's SQL exactly as Catalog::search builds it for `dialect` (same match, join,
/// filters and limit; three columns read instead of nineteen) and its values; empty when no words.
std::pair<QString, QVariantList> fullTextStep(const SqlDialect &dialect, const QString &typed)
{
    const bool punctuation = !ProductSearchIndex::isPlainWords(typed);
    const ProductSearchIndex::Match match = ProductSearchIndex::match(dialect, typed, punctuation);
    if (match.isEmpty())
        return {};
    QString like = typed;
    like.replace(QLatin1Char('!'), QStringLiteral("!!")).replace(QLatin1Char('%'), QStringLiteral("!%")).replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QString contains = QLatin1Char('%') + like + QLatin1Char('%');
    QVariantList values = match.values;
    if (punctuation)
        values << contains << contains;
    values << 50;
    return {QStringLiteral("SELECT p.id, p.name, p.price_fen FROM products p ") + match.join + QStringLiteral(" AND p.status = 'listed'")
                + (punctuation ? QStringLiteral(" AND (p.name LIKE ? ESCAPE '!' OR p.name_en LIKE ? ESCAPE '!')") : QString())
                + match.order + QStringLiteral(" LIMIT ?"),
            values};
}

/// Raw SQLite running the full-text step: the floor for the name step of each query.
void searchRawSqliteFullTextStep(benchmark::State &state, BenchEngine engine, int query)
{
    state.SetLabel(kQueries[query]);
    const auto [sql, values] = fullTextStep(SqlDialect::sqlite(), QString::fromUtf8(kQueries[query]));
    if (sql.isEmpty()) {
        state.SkipWithError("no words");
        return;
    }
    RawSqlite raw(engine.sqlitePath);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw.db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(raw.db));
        return;
    }
    const std::vector<QByteArray> params = textParams(values);
    std::vector<double> us;
    int found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        for (int n = 0; n < int(params.size()); ++n) {
            if (values.at(n).typeId() == QMetaType::Int)
                sqlite3_bind_int(stmt, n + 1, values.at(n).toInt());
            else
                sqlite3_bind_text(stmt, n + 1, params[n].constData(), int(params[n].size()), SQLITE_STATIC);
        }
        found = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++found;
        sqlite3_reset(stmt);
        us.push_back(elapsedUs(start));
    }
    sqlite3_finalize(stmt);
    state.counters["results"] = found;
    reportPercentiles(state, us);
}

/// Raw libpq running the full-text step, planned for its values each run (PQexecParams, as Qtill's
/// Store::exec does for it): the floor for the name step of each query on PostgreSQL.
void searchRawLibpqFullTextStep(benchmark::State &state, BenchEngine engine, int query)
{
    state.SetLabel(kQueries[query]);
    const auto [sql, values] = fullTextStep(SqlDialect::postgres(), QString::fromUtf8(kQueries[query]));
    if (sql.isEmpty()) {
        state.SkipWithError("no words");
        return;
    }
    RawLibpq raw(engine.pgConnection);
    const QByteArray statement = numberedMarks(sql).toUtf8();
    const std::vector<QByteArray> params = textParams(values);
    std::vector<const char *> pointers;
    for (const QByteArray &p : params)
        pointers.push_back(p.constData());
    std::vector<double> us;
    int found = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        PGresult *result = PQexecParams(raw.connection(), statement.constData(), int(pointers.size()), nullptr, pointers.data(),
                                        nullptr, nullptr, 0);
        found = PQntuples(result);
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        PQclear(result);
        us.push_back(elapsedUs(start));
        if (!ok) {
            state.SkipWithError("raw search failed");
            break;
        }
    }
    state.counters["results"] = found;
    reportPercentiles(state, us);
}

void registerLookupAndSearch(const std::vector<BenchEngine> &engines)
{
    for (const BenchEngine &e : engines) {
        benchmark::RegisterBenchmark(("Lookup/" + e.name + "/Qtill").c_str(), lookupQtill, e)->Unit(benchmark::kMicrosecond)->UseRealTime()->MinTime(3);
        benchmark::RegisterBenchmark(("Lookup/" + e.name + (e.postgres ? "/raw-libpq" : "/raw-sqlite3")).c_str(),
                                     e.postgres ? lookupRawLibpq : lookupRawSqlite, e)
            ->Unit(benchmark::kMicrosecond)->UseRealTime()
            ->MinTime(3);
        if (e.postgres) {
            benchmark::RegisterBenchmark(("Lookup/" + e.name + "/raw-libpq-catalog-sql").c_str(), lookupRawLibpqCatalogSql, e)
                ->Unit(benchmark::kMicrosecond)->UseRealTime()
                ->MinTime(3);
        }
    }
    for (int q = 0; q < int(std::size(kQueries)); ++q) {
        const std::string n = "/" + std::to_string(q);
        for (const BenchEngine &e : engines) {
            benchmark::RegisterBenchmark(("Search/" + e.name + "/Qtill" + n).c_str(), searchQtill, e, q)->Unit(benchmark::kMillisecond)->UseRealTime();
            if (e.postgres) {
                benchmark::RegisterBenchmark(("Search/" + e.name + "/raw-libpq-fulltext-step" + n).c_str(), searchRawLibpqFullTextStep, e, q)
                    ->Unit(benchmark::kMillisecond)->UseRealTime();
            } else {
                benchmark::RegisterBenchmark(("Search/" + e.name + "/raw-sqlite3-fulltext-step" + n).c_str(), searchRawSqliteFullTextStep, e, q)
                    ->Unit(benchmark::kMillisecond)->UseRealTime();
                benchmark::RegisterBenchmark(("Search/" + e.name + "/raw-sqlite3-like" + n).c_str(), searchRawSqliteLike, e, q)
                    ->Unit(benchmark::kMillisecond)->UseRealTime();
            }
        }
    }
}

} // namespace

namespace qtill::bench {

QString numberedMarks(const QString &sql)
{
    QString out;
    int n = 0;
    for (QChar c : sql)
        out += c == QLatin1Char('?') ? QStringLiteral("$%1").arg(++n) : QString(c);
    return out;
}

std::vector<QByteArray> textParams(const QVariantList &values)
{
    std::vector<QByteArray> out;
    for (const QVariant &v : values)
        out.push_back(v.toString().toUtf8());
    return out;
}

} // namespace qtill::bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariableIsSet("QTILL_BENCH_DB") ? qEnvironmentVariable("QTILL_BENCH_DB")
                                                                      : QStringLiteral("/tmp/qtill-bench-catalog.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    auto sqlite = CatalogBenchStore::open(path, count);
    if (!sqlite)
        return 1;
    std::vector<BenchEngine> engines{{"SQLite", &sqlite->services(), false, path, {}, count}};
    benchmark::AddCustomContext("products", std::to_string(count));
    benchmark::AddCustomContext("inventory_schema",
                                std::to_string(sqlite->services().store().schemaVersion(QStringLiteral("inventory"))));
    if (sqlite->generationSeconds() > 0)
        benchmark::AddCustomContext("sqlite_generation_s", std::to_string(sqlite->generationSeconds()));
    std::unique_ptr<PgBenchStore> pg;
    if (const QString server = qEnvironmentVariable("QTILL_BENCH_PG"); server.isEmpty()) {
        std::fprintf(stderr, "bench: QTILL_BENCH_PG is not set: the PostgreSQL benchmarks are skipped "
                             "(set it to a postgresql:// server address, e.g. from scripts/pgcluster.sh start DIR)\n");
    } else {
        pg = PgBenchStore::open(server, count);
        if (!pg)
            return 1;
        engines.push_back({"PostgreSQL", &pg->services(), true, {}, pg->connectionString(), count});
        benchmark::AddCustomContext("postgresql", pg->services().store().engineVersion().toStdString());
        if (pg->loadSeconds() > 0)
            benchmark::AddCustomContext("postgresql_load_s", std::to_string(pg->loadSeconds()));
    }
    registerLookupAndSearch(engines);
    for (const BenchEngine &e : engines)
        registerListPageBenchmarks(e);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
