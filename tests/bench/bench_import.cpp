// CSV import of 100,000 products (parse, validate every row, import in one transaction) beside a raw
// SQLite baseline that only inserts the same rows with prepared statements.
//
//   bench_import [--benchmark_...]     env QTILL_BENCH_ROWS (default 100000)
// Target (DESIGN.md): < 10 s with the row-by-row report.
#include "inventory/csvreader.h"
#include "inventory/ean13.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/productimporter.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>

using namespace qtill;
using namespace qtill::inventory;

namespace {

int rows()
{
    const int n = qEnvironmentVariableIntValue("QTILL_BENCH_ROWS");
    return n > 0 ? n : 100'000;
}

/// sku, barcode, name, name_en, category, unit, price, cost, safety stock — one product per line.
const QByteArray &csv()
{
    static const QByteArray data = [] {
        QByteArray out = "sku,barcode,name,name_en,category,unit,sold_by_weight,price,cost,safety_stock\n";
        const int n = rows();
        out.reserve(qsizetype(n) * 90);
        for (int i = 0; i < n; ++i) {
            const QString code = Ean13::complete(QStringLiteral("697%1").arg(i, 9, 10, QLatin1Char('0')));
            out += QStringLiteral("8%1,%2,\"康师傅 红烧牛肉面, %3 号\",Instant Noodles %3,14,袋,0,%4.50,2.10,12\n")
                       .arg(i, 6, 10, QLatin1Char('0'))
                       .arg(code)
                       .arg(i)
                       .arg(1 + i % 300)
                       .toUtf8();
        }
        return out;
    }();
    return data;
}

double seconds(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
}

/// CPU seconds of this thread: on a shared machine the wall time says more about the neighbours.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

void BM_Import_Qtill(benchmark::State &state)
{
    const QByteArray &data = csv();
    double validate = 0, write = 0, validateCpu = 0, writeCpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        ManualClock clock;
        InventoryModule module;
        auto services = Services::open(Services::Options{.clock = clock,
                                                         .path = dir.filePath(QStringLiteral("bench.db")),
                                                         .modules = {&module},
                                                         .pinParams = PinHasher::Params::fastest()})
                            .value();
        if (auto boot = services->operators().bootstrap(Services::firstRunOperators()); !boot)
            qFatal("bootstrap: %s", qPrintable(boot.error().message + boot.error().detail));
        auto signedIn = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
        if (!signedIn)
            qFatal("sign in: %s", qPrintable(signedIn.error().message + signedIn.error().detail));
        const Session owner = *signedIn;
        (void)services->taxClasses().add(owner, TaxClass::chinaVat());
        (void)services->store().exec(QStringLiteral("INSERT INTO categories (code, name) VALUES ('14', '饮料')"));
        state.ResumeTiming();

        const auto start = std::chrono::steady_clock::now();
        const double startCpu = cpuSeconds();
        auto importer = InventoryServices::of(*services).newProductImporter();
        auto document = CsvReader::parse(data);
        auto report = importer->validate(document.value());
        validate += seconds(start);
        const double writingCpu = cpuSeconds();
        validateCpu += writingCpu - startCpu;
        const auto writing = std::chrono::steady_clock::now();
        auto result = importer->import(owner, ProductImporter::Mode::AllOrNothing);
        write += seconds(writing);
        writeCpu += cpuSeconds() - writingCpu;
        if (!report.ok() || !report->isClean() || !result.ok() || result->products != rows())
            state.SkipWithError("the import did not take every row");

        state.PauseTiming();
        services.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = rows();
    state.counters["parse_validate_s"] = validate / double(state.iterations());
    state.counters["write_s"] = write / double(state.iterations());
    state.counters["parse_validate_cpu_s"] = validateCpu / double(state.iterations());
    state.counters["write_cpu_s"] = writeCpu / double(state.iterations());
}

/// The floor: the same rows inserted with two prepared statements in one transaction, durable
/// (WAL, synchronous=FULL), values split naively (no quotes, no checks, no audit, no search index).
void BM_Import_RawSqlite(benchmark::State &state)
{
    const QByteArray &data = csv();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        sqlite3 *db = nullptr;
        sqlite3_open(dir.filePath(QStringLiteral("raw.db")).toUtf8().constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                     " name_en TEXT NOT NULL, category_id INTEGER NOT NULL, unit TEXT NOT NULL, price_fen INTEGER NOT NULL,"
                     " cost_fen INTEGER NOT NULL, safety_stock_milli INTEGER NOT NULL);"
                     "CREATE TABLE product_barcodes (code TEXT PRIMARY KEY, product_id INTEGER NOT NULL,"
                     " pack_qty_milli INTEGER NOT NULL DEFAULT 1000);",
                     nullptr, nullptr, nullptr);
        state.ResumeTiming();

        sqlite3_stmt *product = nullptr;
        sqlite3_stmt *barcode = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO products (sku, name, name_en, category_id, unit, price_fen, cost_fen,"
                               " safety_stock_milli) VALUES (?, ?, ?, 1, ?, ?, ?, ?)", -1, &product, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO product_barcodes (code, product_id) VALUES (?, ?)", -1, &barcode, nullptr);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const QList<QByteArray> lines = data.split('\n');
        int inserted = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.isEmpty())
                continue;
            // 8000000,697…,"康师傅 红烧牛肉面, 0 号",Instant Noodles 0,14,袋,0,1.50,2.10,12
            const qsizetype q1 = line.indexOf('"');
            const qsizetype q2 = line.indexOf('"', q1 + 1);
            const QList<QByteArray> head = line.left(q1).split(',');
            const QList<QByteArray> tail = line.mid(q2 + 2).split(',');
            sqlite3_bind_text(product, 1, head.at(0).constData(), int(head.at(0).size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(product, 2, line.constData() + q1 + 1, int(q2 - q1 - 1), SQLITE_TRANSIENT);
            sqlite3_bind_text(product, 3, tail.at(0).constData(), int(tail.at(0).size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(product, 4, tail.at(2).constData(), int(tail.at(2).size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(product, 5, qint64(tail.at(4).toDouble() * 100 + 0.5));
            sqlite3_bind_int64(product, 6, qint64(tail.at(5).toDouble() * 100 + 0.5));
            sqlite3_bind_int64(product, 7, tail.at(6).toLongLong() * 1000);
            sqlite3_step(product);
            sqlite3_reset(product);
            sqlite3_bind_text(barcode, 1, head.at(1).constData(), int(head.at(1).size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(barcode, 2, sqlite3_last_insert_rowid(db));
            sqlite3_step(barcode);
            sqlite3_reset(barcode);
            ++inserted;
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_finalize(product);
        sqlite3_finalize(barcode);
        if (inserted != rows())
            state.SkipWithError("the raw insert did not take every row");

        state.PauseTiming();
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.counters["rows"] = rows();
}

} // namespace

BENCHMARK(BM_Import_Qtill)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_Import_RawSqlite)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
