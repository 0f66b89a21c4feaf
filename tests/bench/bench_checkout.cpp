// The till on the 1,000,000-product bench store (issue 10 "Numbers"), each beside its raw baseline:
//   Scan/SQLite/Qtill           scan → priced cart line: Catalog::lookupForSale + Cart::add + Cart::totals
//   Scan/SQLite/Qtill-lookup    Catalog::lookupForSale alone
//   Scan/SQLite/raw-sqlite3     the barcode → product statement, prepared once (bench_catalog's baseline)
//   Commit/SQLite/Qtill         SaleService::commit of 5 lines and 2 tenders (card + cash): sale, lines,
//                               tenders, receipt number, stock movements and balances, journal record
//   Commit/SQLite/raw-sqlite3   the same rows in one transaction with plain prepared SQL, same pragmas
//                               (WAL, synchronous = FULL), in a scratch file with the same tables
// Targets: scan p99 < 1 ms; durable commit ≤ 3× the raw commit. Times are wall time (p50/p99 counters).
//
//   bench_checkout [--benchmark_...]    env QTILL_BENCH_DB (the catalog bench store, default
//                                       /tmp/qtill-bench-catalog.db, built by CatalogBenchStore when
//                                       missing), QTILL_BENCH_CHECKOUT_DB (its copy with the till's tables,
//                                       operators, a shop floor and stock: default /tmp/qtill-bench-checkout.db,
//                                       made once), QTILL_BENCH_PRODUCTS (default 1000000).
// PostgreSQL: not yet (see the report of the killtrials branch); QTILL_BENCH_PG is ignored here.
#include "benchtiming.h"
#include "catalogbenchstore.h"

#include "checkout/cart.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/saleservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/operatorservice.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <random>
#include <vector>

using namespace qtill;
using namespace qtill::bench;
using namespace qtill::checkout;

namespace {

/// Products the commits sell (stocked once): the first kPool of the catalog, spread by a stride.
constexpr int kPool = 1000;
constexpr int kStride = 997;

struct Till
{
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    inventory::InventoryModule inventoryModule;
    CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    Session cashier;
    hal::ManualScheduler scheduler;
    hal::DeviceManager devices;
    QString path;
    int count = 0;

    CheckoutServices &checkout() { return CheckoutServices::of(*services); }
    Currency currency() const { return services->storeProfile().currency(); }
};

Till *g_till = nullptr;

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
int poolProduct(int k, int count) { return int((qint64(k) * kStride) % count); }

bool failed(const char *what, const Error &error)
{
    std::fprintf(stderr, "bench_checkout: %s: %s\n", what, qPrintable(error.toString()));
    return false;
}

/// Operators, a shop floor and stock for the pool, once per checkout bench file.
bool prepareStore(Till &till)
{
    Services &s = *till.services;
    if (s.operators().count().valueOr(0) == 0) {
        if (auto made = s.operators().bootstrap(Services::firstRunOperators()); !made)
            return failed("operators", made.error());
        const Session owner = s.operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        auto &ledger = inventory::InventoryServices::of(s).ledger();
        auto floor = ledger.addLocation(QStringLiteral("FLOOR"), QStringLiteral("卖场"));
        if (!floor)
            return failed("location", floor.error());
        for (int k = 0; k < kPool; ++k) {
            auto added = ledger.adjust(owner, inventory::ProductId(poolProduct(k, till.count) + 1), floor->id,
                                       Quantity::units(1000000), inventory::StockReason::kOpening, QStringLiteral("bench"));
            if (!added)
                return failed("stock", added.error());
        }
    }
    till.cashier = s.operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
    return till.cashier.operatorId.isValid();
}

// --- scan → priced cart line -------------------------------------------------------------------

std::vector<QString> scanCodes(int count)
{
    std::mt19937 random(42);
    std::uniform_int_distribution<int> pick(0, count - 1);
    std::vector<QString> out;
    for (int i = 0; i < 20000; ++i)
        out.push_back(CatalogBenchStore::barcode(pick(random)));
    return out;
}

/// A ticket grows to 30 lines, then the next customer starts a new one (not timed).
void scanQtill(benchmark::State &state, bool withCart)
{
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*g_till->services).catalog();
    const auto codes = scanCodes(g_till->count);
    Cart cart(g_till->currency());
    std::vector<double> us;
    size_t i = 0;
    for (auto _ : state) {
        if (cart.lines().size() >= 30)
            cart.clear();
        const auto start = std::chrono::steady_clock::now();
        auto match = catalog.lookupForSale(codes[i++ % codes.size()]);
        if (!match) {
            state.SkipWithError("lookup failed");
            break;
        }
        if (withCart) {
            auto added = cart.add(*match);
            auto totals = cart.totals();
            benchmark::DoNotOptimize(totals.ok() ? totals->total.minor() : -1);
            if (!added || !totals) {
                state.SkipWithError("cart refused the scan");
                break;
            }
        }
        const double took = elapsedUs(start);
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

void scanRawSqlite(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(g_till->path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT p.id, p.name, p.price_fen, p.member_price_fen, b.pack_qty_milli FROM product_barcodes b"
                           " JOIN products p ON p.id = b.product_id WHERE b.code = ?", -1, &stmt, nullptr);
    std::vector<QByteArray> codes;
    for (const QString &c : scanCodes(g_till->count))
        codes.push_back(c.toLatin1());
    std::vector<double> us;
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const QByteArray &code = codes[i++ % codes.size()];
        sqlite3_bind_text(stmt, 1, code.constData(), int(code.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            benchmark::DoNotOptimize(sqlite3_column_int64(stmt, 2));
        else
            state.SkipWithError("raw lookup found nothing");
        sqlite3_reset(stmt);
        const double took = elapsedUs(start);
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    reportPercentiles(state, us);
}

// --- durable sale commit ---------------------------------------------------------------------

/// A 5-line ticket from the pool, paid by card (approved through the simulated terminal) and cash.
std::optional<SaleRequest> nextSale(std::mt19937 &random)
{
    Till &t = *g_till;
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*t.services).catalog();
    SaleRequest request{newId(), Cart(t.currency()), {}, CashRounding::None};
    std::uniform_int_distribution<int> pick(0, kPool - 1);
    for (int l = 0; l < 5; ++l) {
        auto match = catalog.lookupForSale(CatalogBenchStore::barcode(poolProduct(pick(random), t.count)));
        if (!match || !request.cart.add(*match, Quantity::units(1 + l % 2)))
            return std::nullopt;
    }
    const Money total = request.cart.totals()->total;
    const Money card = Money::fromMinor(std::max<qint64>(100, total.minor() / 200 * 100), t.currency());
    PaymentService &payments = t.checkout().payments();
    auto started = payments.start(t.cashier, request.uuid, TenderType::kCard, card);
    if (!started)
        return std::nullopt;
    for (int i = 0; i < 10 && !payments.intent(started->uuid)->isDecided(); ++i) {
        t.scheduler.advance(60000);
        QCoreApplication::processEvents();
    }
    auto paid = payments.intent(started->uuid);
    if (!paid || paid->state != IntentState::kApproved)
        return std::nullopt;
    request.tenders << paid->toTender();
    Tender cash;
    cash.uuid = newId();
    cash.type = TenderType::kCash;
    cash.tendered = Money::fromMinor((total - paid->approved).minor() / 100 * 100 + 100, t.currency());
    request.tenders << cash;
    return request;
}

void commitQtill(benchmark::State &state)
{
    std::mt19937 random(7);
    std::vector<double> us;
    for (auto _ : state) {
        auto request = nextSale(random);
        if (!request) {
            state.SkipWithError("could not prepare the sale");
            break;
        }
        const auto start = std::chrono::steady_clock::now();
        auto sale = g_till->checkout().sales().commit(g_till->cashier, *request);
        const double took = elapsedUs(start);
        if (!sale) {
            failed("commit", sale.error());
            state.SkipWithError("commit failed");
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

/// The raw twin: the same tables (no guards), the same rows, one transaction, prepared statements.
struct RawCommit
{
    sqlite3 *db = nullptr;
    std::vector<sqlite3_stmt *> stmts;
    qint64 n = 0;

    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        stmts.push_back(s);
        return s;
    }
    static bool run(sqlite3_stmt *s)
    {
        const bool ok = sqlite3_step(s) == SQLITE_DONE || sqlite3_column_count(s) > 0;
        sqlite3_reset(s);
        return ok;
    }
    ~RawCommit()
    {
        for (sqlite3_stmt *s : stmts)
            sqlite3_finalize(s);
        sqlite3_close(db);
    }
};

const char *const kRawSchema =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
    "CREATE TABLE document_counters (register_id TEXT NOT NULL, kind TEXT NOT NULL, last_sequence INTEGER NOT NULL,"
    " PRIMARY KEY (register_id, kind));"
    "INSERT INTO document_counters VALUES ('R01', 'receipt', 0);"
    "CREATE TABLE sales (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, register_id TEXT NOT NULL,"
    " receipt_number TEXT NOT NULL UNIQUE, business_date TEXT NOT NULL, at TEXT NOT NULL, operator_id INTEGER NOT NULL,"
    " currency TEXT NOT NULL, gross INTEGER NOT NULL, discount INTEGER NOT NULL, order_discount INTEGER NOT NULL,"
    " order_discount_reason TEXT NOT NULL, rounding INTEGER NOT NULL, total INTEGER NOT NULL, tax INTEGER NOT NULL,"
    " tendered INTEGER NOT NULL, change_given INTEGER NOT NULL, location_id INTEGER NOT NULL, journal_seq INTEGER NOT NULL);"
    "CREATE INDEX sales_day ON sales (register_id, business_date); CREATE INDEX sales_at ON sales (at);"
    "CREATE TABLE sale_lines (id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),"
    " line_no INTEGER NOT NULL, line_uuid TEXT NOT NULL, product_id INTEGER NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL,"
    " code TEXT NOT NULL, quantity INTEGER NOT NULL, list_price INTEGER NOT NULL, unit_price INTEGER NOT NULL,"
    " amount INTEGER NOT NULL, line_discount INTEGER NOT NULL, order_discount_share INTEGER NOT NULL, net INTEGER NOT NULL,"
    " discount_reason TEXT NOT NULL, price_reason TEXT NOT NULL, approver_id INTEGER, tax_class TEXT NOT NULL,"
    " tax_rate_bp INTEGER NOT NULL, tax INTEGER NOT NULL, serial_number TEXT NOT NULL, UNIQUE (sale_id, line_no));"
    "CREATE INDEX sale_lines_product ON sale_lines (product_id);"
    "CREATE TABLE sale_tenders (id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),"
    " uuid TEXT NOT NULL UNIQUE, line_no INTEGER NOT NULL, type TEXT NOT NULL, amount INTEGER NOT NULL,"
    " tendered INTEGER NOT NULL, reference TEXT NOT NULL, approval_code TEXT NOT NULL, masked_card TEXT NOT NULL,"
    " wallet TEXT NOT NULL, UNIQUE (sale_id, line_no));"
    "CREATE TABLE stock_movements (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, location_id INTEGER NOT NULL,"
    " qty_milli INTEGER NOT NULL, reason TEXT NOT NULL, operator_id INTEGER, at TEXT NOT NULL, document TEXT NOT NULL);"
    "CREATE INDEX stock_movements_product ON stock_movements (product_id, location_id);"
    "CREATE TABLE stock_balances (product_id INTEGER NOT NULL, location_id INTEGER NOT NULL, qty_milli INTEGER NOT NULL,"
    " PRIMARY KEY (product_id, location_id));"
    "CREATE TABLE journal (id INTEGER PRIMARY KEY, register_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,"
    " uuid TEXT NOT NULL UNIQUE, document TEXT NOT NULL, at TEXT NOT NULL, operator_id INTEGER, business_date TEXT NOT NULL,"
    " amount INTEGER NOT NULL, grand_total INTEGER NOT NULL, currency TEXT NOT NULL, payload TEXT NOT NULL,"
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (register_id, seq));";

void commitRawSqlite(benchmark::State &state)
{
    const QByteArray path = (g_till->path + QStringLiteral(".raw")).toUtf8();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromUtf8(path + suffix));
    RawCommit raw;
    sqlite3_open(path.constData(), &raw.db);
    if (!raw.exec(kRawSchema)) {
        state.SkipWithError(sqlite3_errmsg(raw.db));
        return;
    }
    sqlite3_stmt *counter = raw.prepare("UPDATE document_counters SET last_sequence = last_sequence + 1"
                                        " WHERE register_id = 'R01' AND kind = 'receipt' RETURNING last_sequence");
    sqlite3_stmt *sale = raw.prepare("INSERT INTO sales VALUES (NULL, ?1, 'R01', ?2, '2026-12-07', '2026-12-07T01:00:00Z',"
                                     " 2, 'CNY', 10000, 0, 0, '', 0, 10000, 1150, 10100, 100, 1, ?3)");
    sqlite3_stmt *line = raw.prepare("INSERT INTO sale_lines VALUES (NULL, ?1, ?2, ?3, ?4, '10000001', '康师傅红烧牛肉面 330ml #5',"
                                     " '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, '')");
    sqlite3_stmt *move = raw.prepare("INSERT INTO stock_movements VALUES (NULL, ?1, 1, -1000, 'sale', 2,"
                                     " '2026-12-07T01:00:00Z', ?2)");
    sqlite3_stmt *balance = raw.prepare("INSERT INTO stock_balances VALUES (?1, 1, -1000) ON CONFLICT (product_id, location_id)"
                                        " DO UPDATE SET qty_milli = qty_milli - 1000");
    sqlite3_stmt *tender = raw.prepare("INSERT INTO sale_tenders VALUES (NULL, ?1, ?2, ?3, 'cash', 5000, 5100, '', '', '', '')");
    sqlite3_stmt *journal = raw.prepare("INSERT INTO journal VALUES (NULL, 'R01', ?1, 'sale', ?2, ?3, '2026-12-07T01:00:00Z', 2,"
                                        " '2026-12-07', 10000, 10000, 'CNY', ?4, ?5, ?5)");
    const QByteArray payload(900, 'x'); // about the size of a 5-line sale's canonical record
    const QByteArray hash(64, 'a');
    std::vector<double> us;
    for (auto _ : state) {
        const QByteArray uuid = newId().toLatin1();
        const auto start = std::chrono::steady_clock::now();
        bool ok = raw.exec("BEGIN IMMEDIATE");
        ok = ok && sqlite3_step(counter) == SQLITE_ROW;
        const qint64 seq = sqlite3_column_int64(counter, 0);
        sqlite3_reset(counter);
        const QByteArray receipt = "R01-" + QByteArray::number(seq).rightJustified(8, '0');
        sqlite3_bind_text(sale, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(sale, 2, receipt.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(sale, 3, seq);
        ok = ok && RawCommit::run(sale);
        const qint64 saleId = sqlite3_last_insert_rowid(raw.db);
        for (int l = 1; l <= 5; ++l) {
            const qint64 product = poolProduct(int((seq * 5 + l) % kPool), g_till->count) + 1;
            sqlite3_bind_int64(line, 1, saleId);
            sqlite3_bind_int(line, 2, l);
            sqlite3_bind_text(line, 3, QByteArray(uuid + char('0' + l)).constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(line, 4, product);
            sqlite3_bind_int64(move, 1, product);
            sqlite3_bind_text(move, 2, receipt.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(balance, 1, product);
            ok = ok && RawCommit::run(line) && RawCommit::run(move) && RawCommit::run(balance);
        }
        for (int t = 1; t <= 2; ++t) {
            sqlite3_bind_int64(tender, 1, saleId);
            sqlite3_bind_text(tender, 2, QByteArray(uuid + char('t' + t)).constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(tender, 3, t);
            ok = ok && RawCommit::run(tender);
        }
        sqlite3_bind_int64(journal, 1, seq);
        sqlite3_bind_text(journal, 2, uuid.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(journal, 3, receipt.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(journal, 4, payload.constData(), int(payload.size()), SQLITE_STATIC);
        sqlite3_bind_text(journal, 5, hash.constData(), int(hash.size()), SQLITE_STATIC);
        ok = ok && RawCommit::run(journal) && raw.exec("COMMIT");
        const double took = elapsedUs(start);
        if (!ok) {
            state.SkipWithError(sqlite3_errmsg(raw.db));
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

/// The till's copy of the catalog bench store, opened with the checkout module and a simulated terminal.
bool openTill(Till &till, const QString &catalogPath, int count)
{
    till.path = qEnvironmentVariableIsSet("QTILL_BENCH_CHECKOUT_DB") ? qEnvironmentVariable("QTILL_BENCH_CHECKOUT_DB")
                                                                     : QStringLiteral("/tmp/qtill-bench-checkout.db");
    till.count = count;
    if (!QFile::exists(till.path)) {
        if (!CatalogBenchStore::open(catalogPath, count) || !QFile::copy(catalogPath, till.path))
            return false;
    }
    auto opened = Services::open(Services::Options{.clock = till.clock, .path = till.path,
                                                   .modules = {&till.inventoryModule, &till.checkoutModule},
                                                   .pinParams = PinHasher::Params::fastest()});
    if (!opened)
        return failed("open", opened.error());
    till.services = std::move(*opened);
    if (!prepareStore(till))
        return false;
    auto owned = std::make_unique<hal::SimPaymentTerminal>(
        hal::DeviceInfo{QStringLiteral("pay"), hal::DeviceCategory::PaymentTerminal, {}, QStringLiteral("sim"),
                        {{QStringLiteral("delayMs"), 0}}},
        &till.scheduler);
    hal::SimPaymentTerminal *terminal = owned.get();
    if (!till.devices.add(std::move(owned)) || !till.devices.start(terminal, QStringLiteral("checkout")))
        return false;
    till.checkout().payments().setTiming(PaymentService::Timing{0, 30000, 10 * 60 * 1000, 60000});
    till.checkout().payments().setTerminal(terminal);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString catalog = qEnvironmentVariableIsSet("QTILL_BENCH_DB") ? qEnvironmentVariable("QTILL_BENCH_DB")
                                                                         : QStringLiteral("/tmp/qtill-bench-catalog.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    Till till;
    if (!openTill(till, catalog, count))
        return 1;
    g_till = &till;
    benchmark::AddCustomContext("products", std::to_string(count));
    benchmark::RegisterBenchmark("Scan/SQLite/Qtill", scanQtill, true)->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark("Scan/SQLite/Qtill-lookup", scanQtill, false)->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark("Scan/SQLite/raw-sqlite3", scanRawSqlite)->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark("Commit/SQLite/Qtill", commitQtill)->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
    benchmark::RegisterBenchmark("Commit/SQLite/raw-sqlite3", commitRawSqlite)->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    till.checkout().payments().setTerminal(nullptr);
    g_till = nullptr;
    return 0;
}
