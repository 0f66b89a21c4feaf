// qtillctl sales replay's engine (SaleReplay) on a generated 5,000-sale day, beside a raw baseline: the
// same rows (sale, lines, tenders, stock movements and balances, a journal row) inserted with plain SQL,
// one transaction per sale and one for the whole day, on the same engine in the same run.
// SQLite always; PostgreSQL too when QTILL_BENCH_PG names a server (scripts/pgcluster.sh start DIR).
// QTILL_BENCH_REPLAY_SALES changes the number of sales (default 5000).
#include "checkout/checkoutmodule.h"
#include "checkout/salereplay.h"

#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace qtill;

int salesPerDay()
{
    const int n = qEnvironmentVariableIntValue("QTILL_BENCH_REPLAY_SALES");
    return n > 0 ? n : 5000;
}

struct Goods
{
    QString code;
    qint64 priceFen = 0;
};

struct RawLine
{
    QString code;
    int qty = 1;
    qint64 amountFen = 0;
};

/// One generated sale: its replay line and the rows a raw insert writes for it.
struct GeneratedSale
{
    QString uuid;
    QString at;
    QList<RawLine> lines;
    QString tenderType;
    qint64 totalFen = 0;
    qint64 tenderedFen = 0;
};

/// A demo store (SQLite file or a fresh PostgreSQL database) with its owner signed in.
struct BenchStore
{
    QTemporaryDir dir;
    QString address;
    bool postgres = false;
    SystemClock clock;
    inventory::InventoryModule inventoryModule;
    members::MembersModule membersModule;
    checkout::CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    Session owner;

    explicit BenchStore(bool pg) : postgres(pg)
    {
        address = pg ? test::TestDatabase::createServerDatabase() : dir.filePath(QStringLiteral("replay.db"));
        auto opened = Services::open(Services::Options{.clock = clock, .path = address,
                                                       .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                       .pinParams = PinHasher::Params::fastest()});
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        services = std::move(opened.value());
        (void)services->operators().bootstrap(Services::firstRunOperators());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        if (auto filled = inventory::DemoStore::populate(*services, owner); !filled)
            qFatal("%s", qPrintable(filled.error().toString()));
    }
    ~BenchStore()
    {
        services.reset();
        if (postgres)
            test::TestDatabase::dropServerDatabase(address);
    }

    QList<Goods> goods()
    {
        auto q = services->store().exec(QStringLiteral("SELECT b.code, p.price_fen FROM products p JOIN product_barcodes b"
                                                       " ON b.product_id = p.id AND b.pack_qty_milli = 1000"
                                                       " JOIN stock_movements m ON m.product_id = p.id AND m.document = 'DEMO-OPENING'"
                                                       " AND m.qty_milli >= 30000"
                                                       " WHERE p.status = 'listed' AND p.sold_by_weight = 0 ORDER BY b.code"));
        QList<Goods> found;
        while (q && q->next())
            found << Goods{q->value(0).toString(), q->value(1).toLongLong()};
        return found;
    }
};

/// Yesterday's trading in the store's zone: `count` sales from 07:00, 1–5 lines, cash (60 %), QR and card.
QList<GeneratedSale> generateDay(BenchStore &store, int count)
{
    const QList<Goods> goods = store.goods();
    QRandomGenerator rng(5000);
    const QTimeZone zone = store.services->storeProfile().timeZone();
    const QDate day = store.services->storeProfile().businessDate(store.clock.now()).addDays(-1);
    const QDateTime opens(day, QTime(7, 0), zone);
    QList<GeneratedSale> sales;
    for (int i = 0; i < count; ++i) {
        GeneratedSale s;
        s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.at = opens.addMSecs(qint64(i) * 15 * 3600 * 1000 / count).toString(Qt::ISODate);
        const int lines = 1 + int(rng.bounded(5));
        for (int l = 0; l < lines; ++l) {
            const Goods &g = goods.at(int(rng.bounded(qsizetype(goods.size()))));
            const int qty = rng.bounded(4) == 0 ? 2 : 1;
            s.lines << RawLine{g.code, qty, g.priceFen * qty};
            s.totalFen += g.priceFen * qty;
        }
        const int roll = int(rng.bounded(100));
        s.tenderType = roll < 60 ? QStringLiteral("cash") : roll < 85 ? QStringLiteral("qr") : QStringLiteral("card");
        s.tenderedFen = s.tenderType == QLatin1String("cash") ? (s.totalFen + 9999) / 10000 * 10000 : s.totalFen;
        sales << s;
    }
    return sales;
}

QString yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QList<QByteArray> replayLines(const QList<GeneratedSale> &sales)
{
    QList<QByteArray> out;
    for (const GeneratedSale &s : sales) {
        QJsonArray lines;
        for (const RawLine &l : s.lines)
            lines.append(QJsonObject{{QStringLiteral("code"), l.code}, {QStringLiteral("qty"), QString::number(l.qty)}});
        QJsonObject tender{{QStringLiteral("type"), s.tenderType}, {QStringLiteral("amount"), yuan(s.tenderedFen)}};
        if (s.tenderType == QLatin1String("qr"))
            tender.insert(QStringLiteral("code"), QStringLiteral("134567890123456789"));
        out << QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("sale")}, {QStringLiteral("id"), s.uuid},
                                         {QStringLiteral("at"), s.at}, {QStringLiteral("operator"), QStringLiteral("01")},
                                         {QStringLiteral("lines"), lines}, {QStringLiteral("tenders"), QJsonArray{tender}}})
                   .toJson(QJsonDocument::Compact);
    }
    return out;
}

void replayDay(benchmark::State &state, bool pg)
{
    const int count = salesPerDay();
    for (auto _ : state) {
        state.PauseTiming();
        auto store = std::make_unique<BenchStore>(pg);
        const QList<QByteArray> lines = replayLines(generateDay(*store, count));
        checkout::SaleReplay replay(*store->services);
        state.ResumeTiming();
        auto done = replay.replay(store->owner, lines);
        state.PauseTiming();
        store.reset();
        if (!done || done->sales != count) {
            std::fprintf(stderr, "%s\n", done ? "not every sale was booked" : qPrintable(done.error().toString()));
            QFile dump(QDir::temp().filePath(QStringLiteral("bench_replay_failed.jsonl")));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(lines.join('\n'));
            state.SkipWithError("the replay failed");
            break;
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.counters[std::string("sales")] = count;
}

/// The raw baseline's database: plain tables beside the store's (a separate file, or the same server database).
/// A statement without values runs directly: QPSQL prepares with SQL PREPARE, which takes no DDL.
Status rawExec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Error::storage(QStringLiteral("raw"), q.lastError().text() + QStringLiteral(": ") + sql);
    return {};
}

/// One raw statement, prepared once on `db` and run for every row.
class RawStatement
{
public:
    RawStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
    {
        if (!m_query.prepare(sql))
            qFatal("raw prepare: %s: %s", qPrintable(m_query.lastError().text()), qPrintable(sql));
    }
    Status run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            return Error::storage(QStringLiteral("raw"), m_query.lastError().text() + QStringLiteral(": ") + m_sql);
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_sql;
};

/// A connection of its own to the store's database for the raw rows (same engine, same server or file).
QSqlDatabase rawConnection(BenchStore &store, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(store.services->store().database(), name);
    if (!db.open())
        qFatal("raw open: %s", qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    if (!store.postgres) {
        (void)rawExec(q, QStringLiteral("PRAGMA journal_mode=WAL"));
        (void)rawExec(q, QStringLiteral("PRAGMA synchronous=FULL"));
    }
    for (const char *ddl : {"CREATE TABLE raw_sales (id BIGINT PRIMARY KEY, uuid TEXT UNIQUE, receipt TEXT, business_date TEXT, at TEXT, total BIGINT, tendered BIGINT)",
                            "CREATE TABLE raw_lines (sale_id BIGINT, line_no INTEGER, code TEXT, qty BIGINT, amount BIGINT, PRIMARY KEY (sale_id, line_no))",
                            "CREATE TABLE raw_tenders (sale_id BIGINT, type TEXT, amount BIGINT)",
                            "CREATE TABLE raw_moves (id BIGINT PRIMARY KEY, code TEXT, qty BIGINT, at TEXT)",
                            "CREATE TABLE raw_balances (code TEXT PRIMARY KEY, qty BIGINT)",
                            "CREATE TABLE raw_journal (seq BIGINT PRIMARY KEY, kind TEXT, uuid TEXT, payload TEXT, hash TEXT)",
                            "INSERT INTO raw_balances (code, qty) SELECT code, 100000000 FROM product_barcodes"}) {
        if (Status made = rawExec(q, QString::fromLatin1(ddl)); !made)
            qFatal("%s", qPrintable(made.error().detail));
    }
    return db;
}

/// The raw rows of one sale, each statement prepared once for the day.
struct RawDayWriter
{
    explicit RawDayWriter(const QSqlDatabase &db)
        : sale(db, QStringLiteral("INSERT INTO raw_sales VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , line(db, QStringLiteral("INSERT INTO raw_lines VALUES (?, ?, ?, ?, ?)"))
        , move(db, QStringLiteral("INSERT INTO raw_moves VALUES (?, ?, ?, ?)"))
        , balance(db, QStringLiteral("UPDATE raw_balances SET qty = qty - ? WHERE code = ?"))
        , tender(db, QStringLiteral("INSERT INTO raw_tenders VALUES (?, ?, ?)"))
        , journal(db, QStringLiteral("INSERT INTO raw_journal VALUES (?, ?, ?, ?, ?)"))
    {
    }
    Status write(qint64 id, const GeneratedSale &s)
    {
        Status ok = sale.run({id, s.uuid, QStringLiteral("R01-%1").arg(id, 8, 10, QLatin1Char('0')), s.at.left(10), s.at,
                              s.totalFen, s.tenderedFen});
        for (int l = 0; ok && l < s.lines.size(); ++l) {
            const RawLine &r = s.lines.at(l);
            ok = line.run({id, l + 1, r.code, r.qty * 1000, r.amountFen});
            if (ok)
                ok = move.run({++moves, r.code, -r.qty * 1000, s.at});
            if (ok)
                ok = balance.run({r.qty * 1000, r.code});
        }
        if (ok)
            ok = tender.run({id, s.tenderType, s.tenderedFen});
        const QByteArray payload = s.uuid.toUtf8() + QByteArray::number(s.totalFen);
        previous = QCryptographicHash::hash(QByteArray(previous + payload), QCryptographicHash::Sha256).toHex();
        if (ok)
            ok = journal.run({id, QStringLiteral("sale"), s.uuid, QString::fromUtf8(payload), QString::fromLatin1(previous)});
        return ok;
    }

    RawStatement sale, line, move, balance, tender, journal;
    qint64 moves = 0;
    QByteArray previous = QByteArray(64, '0');
};

void rawDay(benchmark::State &state, bool pg, bool oneTransaction)
{
    const int count = salesPerDay();
    for (auto _ : state) {
        state.PauseTiming();
        auto store = std::make_unique<BenchStore>(pg);
        const QList<GeneratedSale> sales = generateDay(*store, count);
        const QString connection = QStringLiteral("raw%1").arg(QRandomGenerator::global()->generate());
        {
            QSqlDatabase db = rawConnection(*store, connection);
            RawDayWriter writer(db);
            state.ResumeTiming();
            if (oneTransaction)
                db.transaction();
            for (qint64 id = 1; id <= count; ++id) {
                if (!oneTransaction)
                    db.transaction();
                if (Status ok = writer.write(id, sales.at(int(id - 1))); !ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(ok.error().detail));
                    std::abort();
                }
                if (!oneTransaction && !db.commit())
                    qFatal("raw commit: %s", qPrintable(db.lastError().text()));
            }
            if (oneTransaction && !db.commit())
                qFatal("raw commit: %s", qPrintable(db.lastError().text()));
            state.PauseTiming();
        }
        QSqlDatabase::removeDatabase(connection);
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.counters[std::string("sales")] = count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString server = qEnvironmentVariable("QTILL_BENCH_PG");
    if (!server.isEmpty())
        qputenv("QTILL_TEST_PG", server.toUtf8());
    QList<bool> engines{false};
    if (!server.isEmpty())
        engines << true;
    for (bool pg : engines) {
        const std::string engine = pg ? "PostgreSQL" : "SQLite";
        benchmark::RegisterBenchmark(("BM_Replay_Day/" + engine).c_str(), [pg](benchmark::State &s) { replayDay(s, pg); })
            ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
        benchmark::RegisterBenchmark(("BM_Raw_Day_TransactionPerSale/" + engine).c_str(),
                                     [pg](benchmark::State &s) { rawDay(s, pg, false); })
            ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
        benchmark::RegisterBenchmark(("BM_Raw_Day_OneTransaction/" + engine).c_str(),
                                     [pg](benchmark::State &s) { rawDay(s, pg, true); })
            ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
