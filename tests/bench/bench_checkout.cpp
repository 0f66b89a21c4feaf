// The till on the 1,000,000-product bench store (issue 10 "Numbers"), each beside its raw baseline:
//   Scan/SQLite/Qtill           scan → priced cart line: Catalog::lookupForSale + Cart::add + Cart::totals
//   Scan/SQLite/Qtill-lookup    Catalog::lookupForSale alone
//   Scan/SQLite/raw-sqlite3     the barcode → product statement, prepared once (bench_catalog's baseline)
//   Commit/SQLite/Qtill         SaleService::commit of 5 lines and 2 tenders (card + cash): sale, lines,
//                               tenders, receipt number, stock movements and balances, journal record
//   Commit/SQLite/raw-sqlite3   the same rows in one transaction with plain prepared SQL as a careful
//                               hand-written program writes them (one multi-row INSERT per kind of row,
//                               the journal head read before chaining), same pragmas (WAL, synchronous =
//                               FULL), in a scratch file with the same tables
//   Commit/SQLite/raw-sqlite3-per-row  the first baseline: a statement per line, movement, balance, tender
//   Commit/SQLite/Qtill-vs-raw  Qtill and the careful raw commit taking turns (the same load on both):
//                               ratio_mean and ratio_p50 are the numbers to report
// and the same names with /PostgreSQL/ (raw-libpq) when QTILL_BENCH_PG is set.
// Targets: scan p99 < 1 ms; durable commit ≤ 3× the raw commit. Times are wall time (p50/p99 counters).
//
//   bench_checkout [--benchmark_...]    env QTILL_BENCH_DB (the catalog bench store, default
//                                       /tmp/qtill-bench-catalog.db, built by CatalogBenchStore when
//                                       missing), QTILL_BENCH_CHECKOUT_DB (its copy with the till's tables,
//                                       operators, a shop floor and stock: default /tmp/qtill-bench-checkout.db,
//                                       made once), QTILL_BENCH_PRODUCTS (default 1000000).
//                                       QTILL_BENCH_PG (a postgresql:// server: the same on PostgreSQL, on a copy
//                                       of bench_catalog's database, beside raw libpq; unset: SQLite only).
#include "benchtiming.h"
#include "catalogbenchstore.h"
#include "pgbenchstore.h"
#include "rawlibpq.h"

#include "checkout/cart.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/saleservice.h"

#include "members/membersmodule.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/databaseaddress.h"
#include "core/operatorservice.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <numeric>
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
    members::MembersModule membersModule;
    CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    Session cashier;
    hal::ManualScheduler scheduler;
    hal::DeviceManager devices;
    std::string engine;   ///< "SQLite" or "PostgreSQL"
    QString path;         ///< the file, or the postgresql:// address
    QString pgConnection; ///< PostgreSQL: the libpq connection string (raw baselines)
    QString pgServer;     ///< PostgreSQL: the server's address (a scratch database for the raw commit)
    int count = 0;

    CheckoutServices &checkout() { return CheckoutServices::of(*services); }
    Currency currency() const { return services->storeProfile().currency(); }
};

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
void scanQtill(benchmark::State &state, Till *till, bool withCart)
{
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*till->services).catalog();
    const auto codes = scanCodes(till->count);
    Cart cart(till->currency());
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

void scanRawSqlite(benchmark::State &state, Till *till)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(till->path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT p.id, p.name, p.price_fen, p.member_price_fen, b.pack_qty_milli FROM product_barcodes b"
                           " JOIN products p ON p.id = b.product_id WHERE b.code = ?", -1, &stmt, nullptr);
    std::vector<QByteArray> codes;
    for (const QString &c : scanCodes(till->count))
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
std::optional<SaleRequest> nextSale(Till &t, std::mt19937 &random)
{
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

/// Statements SQLite starts (trigger programs not counted): the commit's statement count, a counter
/// beside its time. QTILL_BENCH_TRACE=1 prints the SQL of the first traced commit.
struct StatementCount
{
    qint64 statements = 0;
    bool print = false;

    static int onStatement(unsigned, void *context, void *, void *sql)
    {
        auto *self = static_cast<StatementCount *>(context);
        const char *text = static_cast<const char *>(sql);
        if (text && std::strncmp(text, "--", 2) != 0) {
            ++self->statements;
            if (self->print)
                std::fprintf(stderr, "  sql: %s\n", text);
        }
        return 0;
    }
    /// Starts counting on `till`'s connection (SQLite only; false on PostgreSQL).
    bool attach(Till &till)
    {
        const QVariant handle = till.services->store().database().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return false;
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
        print = qEnvironmentVariableIsSet("QTILL_BENCH_TRACE");
        return db && sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &StatementCount::onStatement, this) == SQLITE_OK;
    }
    static void detach(Till &till)
    {
        const QVariant handle = till.services->store().database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            sqlite3_trace_v2(*static_cast<sqlite3 *const *>(handle.data()), 0, nullptr, nullptr);
    }
};

void commitQtill(benchmark::State &state, Till *till)
{
    std::mt19937 random(7);
    std::vector<double> us;
    StatementCount count;
    const bool counting = count.attach(*till);
    qint64 counted = 0;
    for (auto _ : state) {
        auto request = nextSale(*till, random);
        if (!request) {
            state.SkipWithError("could not prepare the sale");
            break;
        }
        const qint64 statementsBefore = count.statements;
        const auto start = std::chrono::steady_clock::now();
        auto sale = till->checkout().sales().commit(till->cashier, *request);
        const double took = elapsedUs(start);
        counted += count.statements - statementsBefore;
        count.print = false;
        if (!sale) {
            failed("commit", sale.error());
            state.SkipWithError("commit failed");
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    if (counting) {
        StatementCount::detach(*till);
        if (!us.empty())
            state.counters["statements"] = double(counted) / double(us.size());
    }
    reportPercentiles(state, us);
}

/// The raw twin: the same tables (no guards), the same rows, one transaction, prepared statements.
/// Written once with "?N" marks and "INTEGER PRIMARY KEY"; PostgreSQL gets "$N" and an identity column.
const char *const kRawSchema =
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
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (register_id, seq))";

// Two raw programs write the same rows. "per-row" is the first baseline: a statement per line, movement,
// balance and tender, and a journal record chained to nothing. "careful" is what a careful hand-written
// program does for the same guarantees: one multi-row INSERT per kind of row (balances added to by one
// upsert), and the register's journal head read before the record is chained to it (the counter row's
// lock keeps other writers of the register out meanwhile); a repeated sale uuid would fail on UNIQUE.
enum RawStatement { kCounter, kSale, kLine, kMove, kBalance, kTender, kJournal, kHead, kLines, kMoves, kBalances, kTenders };
const char *const kRawSql[] = {
    "UPDATE document_counters SET last_sequence = last_sequence + 1 WHERE register_id = 'R01' AND kind = 'receipt'"
    " RETURNING last_sequence",
    "INSERT INTO sales (uuid, register_id, receipt_number, business_date, at, operator_id, currency, gross, discount,"
    " order_discount, order_discount_reason, rounding, total, tax, tendered, change_given, location_id, journal_seq)"
    " VALUES (?1, 'R01', ?2, '2026-12-07', '2026-12-07T01:00:00Z', 2, 'CNY', 10000, 0, 0, '', 0, 10000, 1150, 10100, 100,"
    " 1, ?3) RETURNING id",
    "INSERT INTO sale_lines (sale_id, line_no, line_uuid, product_id, sku, name, code, quantity, list_price, unit_price,"
    " amount, line_discount, order_discount_share, net, discount_reason, price_reason, approver_id, tax_class, tax_rate_bp,"
    " tax, serial_number) VALUES (?1, ?2, ?3, ?4, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000,"
    " 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, '')",
    "INSERT INTO stock_movements (product_id, location_id, qty_milli, reason, operator_id, at, document)"
    " VALUES (?1, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?2)",
    "INSERT INTO stock_balances VALUES (?1, 1, -1000) ON CONFLICT (product_id, location_id)"
    " DO UPDATE SET qty_milli = stock_balances.qty_milli - 1000",
    "INSERT INTO sale_tenders (sale_id, uuid, line_no, type, amount, tendered, reference, approval_code, masked_card, wallet)"
    " VALUES (?1, ?2, ?3, 'cash', 5000, 5100, '', '', '', '')",
    "INSERT INTO journal (register_id, seq, kind, uuid, document, at, operator_id, business_date, amount, grand_total,"
    " currency, payload, prev_hash, hash) VALUES ('R01', ?1, 'sale', ?2, ?3, '2026-12-07T01:00:00Z', 2, '2026-12-07',"
    " 10000, ?6, 'CNY', ?4, ?5, ?5)",
    "SELECT seq, grand_total, hash FROM journal WHERE register_id = 'R01' ORDER BY seq DESC LIMIT 1",
    "INSERT INTO sale_lines (sale_id, line_no, line_uuid, product_id, sku, name, code, quantity, list_price, unit_price,"
    " amount, line_discount, order_discount_share, net, discount_reason, price_reason, approver_id, tax_class, tax_rate_bp,"
    " tax, serial_number) VALUES"
    " (?1, 1, ?2, ?3, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, ''),"
    " (?1, 2, ?4, ?5, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, ''),"
    " (?1, 3, ?6, ?7, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, ''),"
    " (?1, 4, ?8, ?9, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, ''),"
    " (?1, 5, ?10, ?11, '10000001', '康师傅红烧牛肉面 330ml #5', '6900000000011', 1000, 2000, 2000, 2000, 0, 0, 2000, '', '', NULL, 'standard', 1300, 230, '')",
    "INSERT INTO stock_movements (product_id, location_id, qty_milli, reason, operator_id, at, document) VALUES"
    " (?1, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?6), (?2, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?6),"
    " (?3, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?6), (?4, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?6),"
    " (?5, 1, -1000, 'sale', 2, '2026-12-07T01:00:00Z', ?6)",
    "INSERT INTO stock_balances VALUES (?1, 1, -1000), (?2, 1, -1000), (?3, 1, -1000), (?4, 1, -1000), (?5, 1, -1000)"
    " ON CONFLICT (product_id, location_id) DO UPDATE SET qty_milli = stock_balances.qty_milli + excluded.qty_milli",
    "INSERT INTO sale_tenders (sale_id, uuid, line_no, type, amount, tendered, reference, approval_code, masked_card, wallet)"
    " VALUES (?1, ?2, 1, 'card', 5000, 5000, 'SIM1', '123456', '**** 0128', 'UnionPay'), (?1, ?3, 2, 'cash', 5000, 5100, '', '', '', '')",
};

/// One raw sale: the parameters of each statement in order; `first` gives a statement's first row back
/// ('|' between its columns). Returns false on the first failure.
template<typename Run>
bool rawSale(Till *till, const Run &run, bool careful)
{
    static const QByteArray payload(900, 'x'); // about the size of a 5-line sale's canonical record
    static const QByteArray hash(64, 'a');
    const QByteArray uuid = newId().toLatin1();
    QByteArray seq, saleId, head;
    if (!run(kCounter, std::vector<QByteArray>{}, &seq))
        return false;
    const QByteArray receipt = "R01-" + seq.rightJustified(8, '0');
    QByteArray grandTotal = "10000";
    if (careful) {
        if (!run(kHead, std::vector<QByteArray>{}, &head))
            return false;
        const QList<QByteArray> fields = head.split('|');
        if (fields.size() == 3)
            grandTotal = QByteArray::number(fields.at(1).toLongLong() + 10000);
    }
    if (!run(kSale, std::vector<QByteArray>{uuid, receipt, seq}, &saleId))
        return false;
    std::vector<QByteArray> products;
    for (int l = 1; l <= 5; ++l)
        products.push_back(QByteArray::number(poolProduct(int((seq.toLongLong() * 5 + l) % kPool), till->count) + 1));
    if (careful) {
        std::vector<QByteArray> lines{saleId}, moves(products), balances(products);
        for (int l = 1; l <= 5; ++l)
            lines.insert(lines.end(), {uuid + char('0' + l), products[size_t(l - 1)]});
        moves.push_back(receipt);
        if (!run(kLines, lines, nullptr) || !run(kMoves, moves, nullptr) || !run(kBalances, balances, nullptr)
            || !run(kTenders, std::vector<QByteArray>{saleId, uuid + 'u', uuid + 'v'}, nullptr))
            return false;
    } else {
        for (int l = 1; l <= 5; ++l) {
            const QByteArray &product = products[size_t(l - 1)];
            if (!run(kLine, std::vector<QByteArray>{saleId, QByteArray::number(l), uuid + char('0' + l), product}, nullptr)
                || !run(kMove, std::vector<QByteArray>{product, receipt}, nullptr)
                || !run(kBalance, std::vector<QByteArray>{product}, nullptr))
                return false;
        }
        for (int t = 1; t <= 2; ++t)
            if (!run(kTender, std::vector<QByteArray>{saleId, uuid + char('t' + t), QByteArray::number(t)}, nullptr))
                return false;
    }
    const QByteArray prevHash = head.isEmpty() ? hash : head.split('|').value(2, hash);
    return run(kJournal, std::vector<QByteArray>{seq, uuid, receipt, payload, prevHash, grandTotal}, nullptr);
}

/// A raw program's connection with its statements prepared: sale() commits one raw sale.
class RawCommitter
{
public:
    virtual ~RawCommitter() = default;
    virtual bool sale(bool careful) = 0;
    virtual QString error() const = 0;
};

/// sqlite3 on a scratch file with the same tables, the same pragmas (WAL, synchronous = FULL).
class RawSqliteCommitter final : public RawCommitter
{
public:
    explicit RawSqliteCommitter(Till *till) : m_till(till)
    {
        const QByteArray path = (till->path + QStringLiteral(".raw")).toUtf8();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(QString::fromUtf8(path + suffix));
        sqlite3_open(path.constData(), &m_db);
        m_ok = exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON") && exec(kRawSchema);
        for (const char *sql : kRawSql) {
            m_stmts.push_back(nullptr);
            m_ok = m_ok && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmts.back(), nullptr) == SQLITE_OK;
        }
    }
    ~RawSqliteCommitter() override
    {
        for (sqlite3_stmt *s : m_stmts)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    bool sale(bool careful) override
    {
        const auto run = [&](int which, const std::vector<QByteArray> &values, QByteArray *first) {
            sqlite3_stmt *s = m_stmts[size_t(which)];
            for (size_t v = 0; v < values.size(); ++v)
                sqlite3_bind_text(s, int(v + 1), values[v].constData(), int(values[v].size()), SQLITE_TRANSIENT);
            int rc = sqlite3_step(s);
            if (first && rc == SQLITE_ROW) {
                QByteArrayList columns;
                for (int c = 0; c < sqlite3_column_count(s); ++c)
                    columns << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, c)));
                *first = columns.join('|');
                rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_ROW : SQLITE_ERROR;
            }
            sqlite3_reset(s);
            return rc == SQLITE_DONE || (rc == SQLITE_ROW && first);
        };
        m_ok = m_ok && exec("BEGIN IMMEDIATE") && rawSale(m_till, run, careful) && exec("COMMIT");
        return m_ok;
    }
    QString error() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    Till *m_till;
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_stmts;
    bool m_ok = false;
};

/// libpq on a scratch database of the same server (made again every time), statements prepared once
/// (PQprepare, PQexecPrepared with text values).
class RawLibpqCommitter final : public RawCommitter
{
public:
    explicit RawLibpqCommitter(Till *till) : m_till(till)
    {
        const auto server = DatabaseAddress::parse(till->pgServer);
        const QString name = QStringLiteral("qtill_bench_checkout_raw");
        RawLibpq admin(server->connectionString());
        if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            m_error = admin.error();
            return;
        }
        m_raw = std::make_unique<RawLibpq>(server->withDatabase(name).connectionString());
        QString schema = QString::fromUtf8(kRawSchema);
        schema.replace(QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        m_ok = true;
        for (const QString &statement : schema.split(QLatin1Char(';')))
            m_ok = m_ok && m_raw->exec(statement);
        for (int i = 0; m_ok && i < int(std::size(kRawSql)); ++i) {
            const QString sql = QString::fromUtf8(kRawSql[i]).replace(QLatin1Char('?'), QLatin1Char('$'));
            PGresult *r = PQprepare(m_raw->connection(), std::to_string(i).c_str(), sql.toUtf8().constData(), 0, nullptr);
            m_ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
        }
    }
    bool sale(bool careful) override
    {
        const auto run = [&](int which, const std::vector<QByteArray> &values, QByteArray *first) {
            std::vector<const char *> params;
            for (const QByteArray &v : values)
                params.push_back(v.constData());
            PGresult *r = PQexecPrepared(m_raw->connection(), std::to_string(which).c_str(), int(params.size()),
                                         params.data(), nullptr, nullptr, 0);
            const ExecStatusType status = PQresultStatus(r);
            if (first && status == PGRES_TUPLES_OK && PQntuples(r) == 1) {
                QByteArrayList columns;
                for (int c = 0; c < PQnfields(r); ++c)
                    columns << QByteArray(PQgetvalue(r, 0, c));
                *first = columns.join('|');
            }
            PQclear(r);
            return status == PGRES_COMMAND_OK || (status == PGRES_TUPLES_OK && first);
        };
        m_ok = m_ok && m_raw->exec(QStringLiteral("BEGIN")) && rawSale(m_till, run, careful)
            && m_raw->exec(QStringLiteral("COMMIT"));
        return m_ok;
    }
    QString error() const override
    {
        return m_raw ? QString::fromUtf8(PQerrorMessage(m_raw->connection())) + m_raw->error() : m_error;
    }

private:
    Till *m_till;
    std::unique_ptr<RawLibpq> m_raw;
    QString m_error;
    bool m_ok = false;
};

std::unique_ptr<RawCommitter> rawCommitter(Till *till)
{
    if (till->pgServer.isEmpty())
        return std::make_unique<RawSqliteCommitter>(till);
    return std::make_unique<RawLibpqCommitter>(till);
}

/// The raw commit alone (careful or per-row).
void commitRaw(benchmark::State &state, Till *till, bool careful)
{
    auto raw = rawCommitter(till);
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const bool ok = raw->sale(careful);
        const double took = elapsedUs(start);
        if (!ok) {
            state.SkipWithError(qPrintable(raw->error()));
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

/// Qtill's commit and the careful raw commit taking turns, so both run under the same load (a shared
/// 2-core machine): the ratio counters are the ones to report. Time is Qtill's.
void commitPaired(benchmark::State &state, Till *till)
{
    auto raw = rawCommitter(till);
    std::mt19937 random(11);
    std::vector<double> qtill, careful;
    for (auto _ : state) {
        auto request = nextSale(*till, random);
        if (!request) {
            state.SkipWithError("could not prepare the sale");
            break;
        }
        auto start = std::chrono::steady_clock::now();
        const bool rawOk = raw->sale(true);
        careful.push_back(elapsedUs(start));
        start = std::chrono::steady_clock::now();
        auto sale = till->checkout().sales().commit(till->cashier, *request);
        const double took = elapsedUs(start);
        if (!rawOk || !sale) {
            state.SkipWithError(rawOk ? "commit failed" : qPrintable(raw->error()));
            break;
        }
        qtill.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    if (qtill.empty())
        return;
    const auto mean = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); };
    const double qtillMean = mean(qtill), rawMean = mean(careful);
    std::sort(careful.begin(), careful.end());
    reportPercentiles(state, qtill);
    state.counters["raw_p50_us"] = careful[careful.size() / 2];
    state.counters["ratio_mean"] = qtillMean / rawMean;
    state.counters["ratio_p50"] = qtill[qtill.size() / 2] / careful[careful.size() / 2];
}

void scanRawLibpq(benchmark::State &state, Till *till)
{
    RawLibpq raw(till->pgConnection);
    PGresult *prepared = PQprepare(raw.connection(), "lookup",
                                   "SELECT p.id, p.name, p.price_fen, p.member_price_fen, b.pack_qty_milli FROM product_barcodes b"
                                   " JOIN products p ON p.id = b.product_id WHERE b.code = $1", 1, nullptr);
    PQclear(prepared);
    std::vector<QByteArray> codes;
    for (const QString &c : scanCodes(till->count))
        codes.push_back(c.toLatin1());
    std::vector<double> us;
    size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const char *code = codes[i++ % codes.size()].constData();
        PGresult *result = PQexecPrepared(raw.connection(), "lookup", 1, &code, nullptr, nullptr, 0);
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
            benchmark::DoNotOptimize(PQgetvalue(result, 0, 2));
        else
            state.SkipWithError("raw lookup found nothing");
        PQclear(result);
        const double took = elapsedUs(start);
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

/// Opens `till.path` with the checkout module, prepares it and plugs in a simulated terminal.
bool openTill(Till &till)
{
    auto opened = Services::open(Services::Options{.clock = till.clock, .path = till.path,
                                                   .modules = {&till.inventoryModule, &till.membersModule, &till.checkoutModule},
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

/// SQLite: a copy of the catalog bench file (made once), so bench_catalog's file keeps its own schema.
bool openSqliteTill(Till &till, const QString &catalogPath, int count)
{
    till.engine = "SQLite";
    till.path = qEnvironmentVariableIsSet("QTILL_BENCH_CHECKOUT_DB") ? qEnvironmentVariable("QTILL_BENCH_CHECKOUT_DB")
                                                                     : QStringLiteral("/tmp/qtill-bench-checkout.db");
    till.count = count;
    if (!QFile::exists(till.path) && (!CatalogBenchStore::open(catalogPath, count) || !QFile::copy(catalogPath, till.path)))
        return false;
    return openTill(till);
}

/// PostgreSQL: a copy (CREATE DATABASE … TEMPLATE) of PgBenchStore's catalog database, made once.
bool openPgTill(Till &till, const QString &server, int count)
{
    QString catalogDb;
    {
        auto catalog = PgBenchStore::open(server, count); // builds it when missing; closed again before the copy
        if (!catalog)
            return false;
        catalogDb = catalog->databaseName();
    }
    const auto address = DatabaseAddress::parse(server);
    const QString name = QStringLiteral("qtill_bench_checkout_g%1_%2").arg(CatalogBenchStore::kGeneratorVersion).arg(count);
    RawLibpq admin(address->connectionString());
    if (admin.value(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name.toUtf8()}).isEmpty()
        && !admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, catalogDb))) {
        std::fprintf(stderr, "bench_checkout: %s\n", qPrintable(admin.error()));
        return false;
    }
    till.engine = "PostgreSQL";
    till.path = address->withDatabase(name).displayText();
    till.pgConnection = address->withDatabase(name).connectionString();
    till.pgServer = server;
    till.count = count;
    return openTill(till);
}

void registerTill(Till *till)
{
    const std::string e = till->engine;
    const bool pg = till->pgConnection.size() > 0;
    benchmark::RegisterBenchmark(("Scan/" + e + "/Qtill").c_str(), scanQtill, till, true)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark(("Scan/" + e + "/Qtill-lookup").c_str(), scanQtill, till, false)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark(("Scan/" + e + (pg ? "/raw-libpq" : "/raw-sqlite3")).c_str(), pg ? scanRawLibpq : scanRawSqlite, till)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->MinTime(3);
    benchmark::RegisterBenchmark(("Commit/" + e + "/Qtill").c_str(), commitQtill, till)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
    const std::string raw = pg ? "/raw-libpq" : "/raw-sqlite3";
    benchmark::RegisterBenchmark(("Commit/" + e + raw).c_str(), commitRaw, till, true)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
    benchmark::RegisterBenchmark(("Commit/" + e + raw + "-per-row").c_str(), commitRaw, till, false)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
    benchmark::RegisterBenchmark(("Commit/" + e + "/Qtill-vs-raw").c_str(), commitPaired, till)
        ->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(500);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString catalog = qEnvironmentVariableIsSet("QTILL_BENCH_DB") ? qEnvironmentVariable("QTILL_BENCH_DB")
                                                                         : QStringLiteral("/tmp/qtill-bench-catalog.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    Till sqlite;
    if (!openSqliteTill(sqlite, catalog, count))
        return 1;
    benchmark::AddCustomContext("products", std::to_string(count));
    registerTill(&sqlite);
    Till pg;
    if (const QString server = qEnvironmentVariable("QTILL_BENCH_PG"); server.isEmpty()) {
        std::fprintf(stderr, "bench: QTILL_BENCH_PG is not set: the PostgreSQL benchmarks are skipped\n");
    } else {
        if (!openPgTill(pg, server, count))
            return 1;
        benchmark::AddCustomContext("postgresql", pg.services->store().engineVersion().toStdString());
        registerTill(&pg);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (Till *t : {&sqlite, &pg})
        if (t->services)
            t->checkout().payments().setTerminal(nullptr);
    return 0;
}
