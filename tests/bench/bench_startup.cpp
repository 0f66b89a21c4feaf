// Cold start to "sign-in ready" on the 1,000,000-product store, beside a raw open.
//
//   bench_startup [--benchmark_...]     env QTILL_BENCH_DB (default /tmp/qtill-bench-catalog.db, made by
//                                       the catalog bench store when missing), QTILL_BENCH_PRODUCTS
//                                       (default 1000000)
//
// "Cold": before every iteration the database file is dropped from the page cache (fsync, then
// posix_fadvise DONTNEED: no root needed), so its pages come from the disk as after a reboot. The
// program's own code and Qt's libraries stay cached, as they would on a till that ran before.
//
//  - RawOpen: sqlite3_open_v2 + one query — the floor.
//  - SignInReady: what `qtill` does before a cashier can see the sign-in screen: Application::start()
//    (open the store without quick_check, migrations checked, permissions, services, devices) and the
//    main window shown and painted offscreen. The integrity check then runs on a worker; its end is the
//    counter check_done_s (from the start), after which signing in opens.
//  - CheckBeforeWindow: the order before this change — quick_check on the file first, then the same.
//
// Target (DESIGN.md): cold start to the sign-in screen with the 1M-product store < 1.5 s.
#include "catalogbenchstore.h"

#include "app/application.h"
#include "app/appmodules.h"
#include "app/mainwindow.h"

#include "core/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QWindow>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <chrono>
#include <fcntl.h>
#include <unistd.h>

using namespace qtill;

namespace {

QString g_path;

/// Drops `path` from the page cache (after writing back anything dirty).
void evict(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

void evictStore()
{
    evict(g_path);
    evict(g_path + QStringLiteral("-wal"));
    evict(g_path + QStringLiteral("-shm"));
}

double secondsSince(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
}

void BM_ColdStart_RawOpen(benchmark::State &state)
{
    for (auto _ : state) {
        evictStore();
        const auto started = std::chrono::steady_clock::now();
        sqlite3 *db = nullptr;
        sqlite3_open_v2(g_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM schema_migrations", -1, &stmt, nullptr);
        if (sqlite3_step(stmt) != SQLITE_ROW)
            state.SkipWithError("the raw query failed");
        benchmark::DoNotOptimize(sqlite3_column_int(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        state.SetIterationTime(secondsSince(started));
    }
}
BENCHMARK(BM_ColdStart_RawOpen)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

/// Starts the application on the bench store and shows the sign-in window painted; returns the
/// seconds to that point and (in `checkDone`) to the end of the integrity check.
bool startToSignIn(benchmark::State &state, bool checkFirst, double &ready, double &checkDone)
{
    evictStore();
    const auto started = std::chrono::steady_clock::now();
    if (checkFirst) {
        Store::Options options;
        options.path = g_path;
        options.createIfMissing = false;
        const SystemClock clock;
        if (Status sound = Store::checkIntegrity(options, clock); !sound) {
            state.SkipWithError(qPrintable(sound.error().toString()));
            return false;
        }
    }
    app::Application::Config config;
    config.dbPath = g_path;
    config.pinParams = PinHasher::Params::fastest();
    config.language = QStringLiteral("zh_CN");
    if (checkFirst)
        config.integrityCheck = [](const Store::Options &, const Clock &) { return Status(); };   // done above
    app::Application application(config);
    app::registerModules(application);
    if (Status opened = application.start(); !opened) {
        state.SkipWithError(qPrintable(opened.error().toString()));
        return false;
    }
    app::MainWindow *window = application.mainWindow();
    window->resize(1280, 800);
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    window->repaint();   // painted: what the cashier sees
    ready = secondsSince(started);

    if (application.storeCheck() == app::Application::StoreCheck::Running) {
        QEventLoop loop;
        QObject::connect(&application, &app::Application::storeChecked, &loop, &QEventLoop::quit);
        QObject::connect(&application, &app::Application::storeCheckFailed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    checkDone = secondsSince(started);
    if (application.storeCheck() != app::Application::StoreCheck::Passed) {
        state.SkipWithError("the store check failed");
        return false;
    }
    return true;
}

void coldStart(benchmark::State &state, bool checkFirst)
{
    double checkDone = 0;
    for (auto _ : state) {
        double ready = 0, done = 0;
        if (!startToSignIn(state, checkFirst, ready, done))
            return;
        state.SetIterationTime(ready);
        checkDone += done;
    }
    state.counters["check_done_s"] = benchmark::Counter(checkDone, benchmark::Counter::kAvgIterations);
}

void BM_ColdStart_SignInReady(benchmark::State &state)
{
    coldStart(state, false);
}
BENCHMARK(BM_ColdStart_SignInReady)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ColdStart_CheckBeforeWindow(benchmark::State &state)
{
    coldStart(state, true);
}
BENCHMARK(BM_ColdStart_CheckBeforeWindow)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    g_path = qEnvironmentVariableIsSet("QTILL_BENCH_DB") ? qEnvironmentVariable("QTILL_BENCH_DB")
                                                          : QStringLiteral("/tmp/qtill-bench-catalog.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    {
        // Made (or topped up) once, then closed: every iteration opens it afresh.
        auto store = bench::CatalogBenchStore::open(g_path, count);
        if (!store)
            return 1;
        QSqlQuery(store->services().store().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    benchmark::AddCustomContext("products", std::to_string(count));
    benchmark::AddCustomContext("db_mb", std::to_string(QFile(g_path).size() / (1024 * 1024)));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
