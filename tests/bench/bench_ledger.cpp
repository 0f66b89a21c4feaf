// Reorder and stock analysis on a big ledger (issue 8: read balances where they are kept), and the
// whole-ledger check, on the demo store plus QTILL_BENCH_MOVEMENTS movements (default 1,000,000: a
// sale and a receipt of one product every few minutes over the last year, so every balance still adds up).
//
//   bench_ledger [--benchmark_...]
// Each Qtill call stands beside "Before_…": the SQL the same call ran before issue 8 (summing the whole
// stock_movements table for on hand), run raw on the same file. Numbers go into the issue notes.
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/reorderservice.h"
#include "inventory/salesanalysis.h"
#include "inventory/stockledger.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace qtill;
using namespace qtill::inventory;

namespace {

qint64 movements()
{
    const qint64 n = qEnvironmentVariableIntValue("QTILL_BENCH_MOVEMENTS");
    return n > 0 ? n : 1'000'000;
}

/// One demo store with the big ledger, made on first use and shared by every benchmark.
struct BigLedger
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    InventoryModule module;
    std::unique_ptr<Services> services;
    Session owner;

    BigLedger()
    {
        services = Services::open(Services::Options{.clock = clock,
                                                    .path = dir.filePath(QStringLiteral("bench.db")),
                                                    .modules = {&module},
                                                    .pinParams = PinHasher::Params::fastest()})
                       .value();
        (void)services->operators().bootstrap(Services::firstRunOperators());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        if (auto demo = DemoStore::populate(*services, owner); !demo)
            qFatal("demo: %s", qPrintable(demo.error().toString()));
        Store &store = services->store();
        // Pairs of a sale and a receipt of one product where it has a balance, spread over 365 days.
        const Status filled = store.transaction([&]() -> Status {
            for (const char *sql :
                 {"CREATE TEMP TABLE pairs (k INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, location_id INTEGER NOT NULL)",
                  "INSERT INTO pairs SELECT ROW_NUMBER() OVER (ORDER BY product_id, location_id) - 1, product_id,"
                  " location_id FROM stock_balances"}) {
                if (auto done = store.exec(QLatin1String(sql)); !done)
                    return done.error();
            }
            auto inserted = store.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)"
                               " INSERT INTO stock_movements (product_id, location_id, qty_milli, reason, at, document)"
                               " SELECT p.product_id, p.location_id, CASE i % 2 WHEN 0 THEN -1000 ELSE 1000 END,"
                               " CASE i % 2 WHEN 0 THEN 'sale' ELSE 'receipt' END,"
                               " strftime('%Y-%m-%dT%H:%M:%S.000', '2025-11-21 10:00:00', '+' || (i * 31536000 / ?) || ' seconds'),"
                               " 'bulk' FROM n JOIN pairs p ON p.k = (i / 2) % (SELECT COUNT(*) FROM pairs)"),
                {movements(), movements()});
            if (!inserted)
                return inserted.error();
            return {};
        });
        if (!filled)
            qFatal("fill: %s", qPrintable(filled.error().toString()));
    }

    static BigLedger &get()
    {
        static BigLedger ledger;
        return ledger;
    }

    /// Runs `sql` and reads every row, as the call before issue 8 did.
    void raw(benchmark::State &state, const QString &sql, const QVariantList &values = {})
    {
        auto q = services->store().exec(sql, values);
        if (!q) {
            state.SkipWithError("the query failed");
            return;
        }
        qint64 rows = 0;
        while (q->next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
};

void BM_Reorder_Suggest(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    ReorderService &reorder = InventoryServices::of(*big.services).reorder();
    for (auto _ : state) {
        auto list = reorder.suggest(big.owner);
        if (!list)
            state.SkipWithError("suggest failed");
    }
}

void BM_Reorder_Alerts(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    ReorderService &reorder = InventoryServices::of(*big.services).reorder();
    for (auto _ : state) {
        if (!reorder.alerts(big.owner, 500))
            state.SkipWithError("alerts failed");
    }
}

/// On hand as suggest() and alerts() read it before: the whole ledger summed per product.
void BM_Before_OnHandFromLedger(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    for (auto _ : state) {
        big.raw(state, QStringLiteral("SELECT p.id, COALESCE(s.on_hand, 0) FROM products p LEFT JOIN"
                                      " (SELECT product_id, SUM(qty_milli) AS on_hand FROM stock_movements GROUP BY product_id) s"
                                      " ON s.product_id = p.id WHERE p.status = 'listed'"));
    }
}

void BM_Analysis_OutOfStock(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    SalesAnalysis &analysis = InventoryServices::of(*big.services).analysis();
    for (auto _ : state) {
        if (!analysis.outOfStock(big.owner))
            state.SkipWithError("outOfStock failed");
    }
}

void BM_Analysis_SlowMovers(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    SalesAnalysis &analysis = InventoryServices::of(*big.services).analysis();
    for (auto _ : state) {
        if (!analysis.slowMovers(big.owner, 30))
            state.SkipWithError("slowMovers failed");
    }
}

/// The stock position query outOfStock() and slowMovers() ran before: on hand and last sale per product
/// from the whole ledger.
void BM_Before_PositionsFromLedger(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    for (auto _ : state) {
        big.raw(state, QStringLiteral("SELECT p.id, COALESCE(h.q, 0), ls.last FROM products p"
                                      " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS q FROM stock_movements GROUP BY product_id) h"
                                      " ON h.product_id = p.id"
                                      " LEFT JOIN (SELECT product_id, MAX(at) AS last FROM stock_movements WHERE reason = 'sale'"
                                      " GROUP BY product_id) ls ON ls.product_id = p.id"
                                      " WHERE p.status = 'listed' AND COALESCE(h.q, 0) <= 0 ORDER BY p.sku LIMIT 500"));
    }
}

void BM_Analysis_StockByLocation(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    SalesAnalysis &analysis = InventoryServices::of(*big.services).analysis();
    for (auto _ : state) {
        if (!analysis.stockBy(big.owner, StockGrouping::ByLocation))
            state.SkipWithError("stockBy failed");
    }
}

void BM_Before_StockByLocationFromLedger(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    for (auto _ : state) {
        big.raw(state, QStringLiteral("SELECT l.code, p.id, p.cost_fen, p.price_fen, SUM(m.qty_milli) FROM stock_movements m"
                                      " JOIN locations l ON l.id = m.location_id JOIN products p ON p.id = m.product_id"
                                      " GROUP BY l.code, p.id, p.cost_fen, p.price_fen"));
    }
}

/// The whole-ledger check (read in chunks of ids for its progress), now on a worker thread.
void BM_Ledger_Verify(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    StockLedger &ledger = InventoryServices::of(*big.services).ledger();
    for (auto _ : state) {
        auto report = ledger.verify([](qint64, qint64) { return true; });
        if (!report || !report->ok)
            state.SkipWithError("verify failed");
    }
    state.counters["movements"] = double(movements());
}

/// verify()'s sum before: one GROUP BY over the whole ledger.
void BM_Before_VerifySum(benchmark::State &state)
{
    BigLedger &big = BigLedger::get();
    for (auto _ : state) {
        big.raw(state, QStringLiteral("SELECT product_id, location_id, SUM(qty_milli), COUNT(*) FROM stock_movements"
                                      " GROUP BY product_id, location_id"));
    }
}

} // namespace

BENCHMARK(BM_Reorder_Suggest)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Reorder_Alerts)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Before_OnHandFromLedger)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Analysis_OutOfStock)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Analysis_SlowMovers)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Before_PositionsFromLedger)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Analysis_StockByLocation)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Before_StockByLocationFromLedger)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Ledger_Verify)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_Before_VerifySum)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
