#include "pgbenchstore.h"

#include "catalogbenchstore.h"
#include "rawlibpq.h"

#include "inventory/inventoryservices.h"
#include "inventory/pinyin.h"
#include "inventory/productsearchindex.h"
#include "inventory/productservice.h"

#include "core/databaseaddress.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <functional>

namespace qtill::bench {

namespace {

const QString kCompleteMark = QStringLiteral("qtill bench complete");

/// What the search rows of the first products hash to: a database loaded with other search keys
/// (ProductSearchIndex changed since) is loaded again.
QString searchKeysFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int i = 0; i < 100; ++i) {
        const GeneratedProduct p = CatalogBenchStore::product(i);
        const auto rows = inventory::ProductSearchIndex::serverRows(p.name, p.nameEn);
        hash.addData((rows.tokens + QLatin1Char('\n') + rows.keys.join(QLatin1Char(' ')) + QLatin1Char('\n')).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench (PostgreSQL): %s\n", qPrintable(what));
}

std::unique_ptr<Services> openServices(const QString &address, const Clock &clock, const DomainModule &module)
{
    auto opened = Services::open(
        Services::Options{.clock = clock, .path = address, .modules = {&module}, .pinParams = PinHasher::Params::fastest()});
    if (!opened) {
        fail(opened.error().toString());
        return nullptr;
    }
    return std::move(opened.value());
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

/// Products spread over the catalog (with and without English names and member prices).
QList<int> sampleIndexes(int count)
{
    QList<int> out;
    for (int k = 0; k < 48; ++k) {
        const int i = int((qint64(k) * 20'837 + k % 4) % count);
        if (!out.contains(i))
            out << i;
    }
    return out;
}

/// What a sample's rows are compared by: every products column but the ids, the barcode, the search
/// tokens and the sorted keys.
const QString kSampleRows = QStringLiteral(
    "SELECT p.sku, (to_jsonb(p) - 'id' - 'category_id')::text, b.code, b.pack_qty_milli, b.kind, s.tokens,"
    " (SELECT string_agg(k.key, ' ' ORDER BY k.key) FROM product_search_keys k WHERE k.product_id = p.id)"
    " FROM products p JOIN product_barcodes b ON b.product_id = p.id JOIN product_search s ON s.product_id = p.id"
    " WHERE p.sku = ANY (string_to_array($1, ',')) ORDER BY p.sku");

/// Writes the sample products through ProductService into a scratch database on `server` and
/// compares their rows with what the load wrote into `loaded`.
bool sampleMatchesService(const DatabaseAddress &server, RawLibpq &loaded, int count)
{
    const QString scratch = QStringLiteral("qtill_bench_check");
    RawLibpq admin(server.connectionString());
    if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(scratch))
        || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(scratch))) {
        fail(admin.error());
        return false;
    }
    QStringList skus;
    {
        ManualClock clock;
        inventory::InventoryModule module;
        auto services = openServices(server.withDatabase(scratch).displayText(), clock, module);
        if (!services || !services->operators().bootstrap(Services::firstRunOperators()))
            return false;
        const Session owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        (void)services->taxClasses().add(owner, TaxClass::chinaVat());
        const qint64 category = loaded.value(QStringLiteral("SELECT id FROM categories WHERE code = '99'")).toLongLong();
        (void)services->store().exec(QStringLiteral("INSERT INTO categories (id, code, name) VALUES (?, '99', '基准')"),
                                     {QVariant::fromValue(category)});
        auto &products = inventory::InventoryServices::of(*services).products();
        const Currency currency = services->storeProfile().currency();
        for (int i : sampleIndexes(count)) {
            const GeneratedProduct g = CatalogBenchStore::product(i);
            inventory::Product p;
            p.sku = g.sku;
            p.name = g.name;
            p.nameEn = g.nameEn;
            p.categoryId = inventory::CategoryId(category);
            p.unit = QStringLiteral("件");
            p.price = Money::fromMinor(g.priceFen, currency);
            if (g.memberPriceFen)
                p.memberPrice = Money::fromMinor(*g.memberPriceFen, currency);
            p.cost = Money::fromMinor(g.costFen, currency);
            p.taxClass = QStringLiteral("standard");
            if (auto created = products.create(owner, p, {inventory::ProductBarcode{g.barcode, {}, Quantity::units(1)}}); !created) {
                fail(QStringLiteral("sample product %1: %2").arg(g.sku, created.error().toString()));
                return false;
            }
            skus << g.sku;
        }
    }
    RawLibpq written(server.withDatabase(scratch).connectionString());
    const std::vector<QByteArray> params{skus.join(QLatin1Char(',')).toUtf8()};
    const QString expected = written.rows(kSampleRows, params);
    const QString actual = loaded.rows(kSampleRows, params);
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(scratch));
    if (expected.isEmpty() || expected != actual) {
        fail(QStringLiteral("the loaded rows differ from what ProductService writes:\n service: %1\n loaded:  %2")
                 .arg(expected.left(2000), actual.left(2000)));
        return false;
    }
    std::fprintf(stderr, "bench (PostgreSQL): %lld sample products match ProductService's rows\n", qlonglong(skus.size()));
    return true;
}

} // namespace

std::unique_ptr<PgBenchStore> PgBenchStore::open(const QString &server, int count)
{
    auto parsed = DatabaseAddress::parse(server);
    if (!parsed || !parsed->isServer()) {
        fail(QStringLiteral("QTILL_BENCH_PG is not a postgresql:// address: %1").arg(server));
        return nullptr;
    }
    std::unique_ptr<PgBenchStore> store(new PgBenchStore);
    store->m_count = count;
    store->m_databaseName = QStringLiteral("qtill_bench_g%1_%2").arg(CatalogBenchStore::kGeneratorVersion).arg(count);
    const DatabaseAddress address = parsed->withDatabase(store->m_databaseName);
    store->m_connectionString = address.connectionString();
    RawLibpq admin(parsed->connectionString());
    if (!admin.ok()) {
        fail(admin.error());
        return nullptr;
    }
    const QString comment = admin.value(QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                                                       " WHERE datname = $1"),
                                        {store->m_databaseName.toUtf8()});
    const QString mark = kCompleteMark + QStringLiteral(" (search keys ") + searchKeysFingerprint() + QLatin1Char(')');
    const bool complete = comment.startsWith(mark);
    if (!complete
        && (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(store->m_databaseName))
            || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(store->m_databaseName)))) {
        fail(admin.error());
        return nullptr;
    }
    store->m_services = openServices(address.displayText(), store->m_clock, store->m_module); // the migrations
    if (!store->m_services)
        return nullptr;
    if (complete)
        return store;
    QElapsedTimer timer;
    timer.start();
    RawLibpq db(store->m_connectionString);
    if (!store->load(db, count) || !sampleMatchesService(*parsed, db, count))
        return nullptr;
    store->m_loadSeconds = double(timer.elapsed()) / 1000.0;
    if (!db.exec(QStringLiteral("COMMENT ON DATABASE %1 IS '%2: %3 products, loaded in %4 s'")
                     .arg(store->m_databaseName, mark)
                     .arg(count)
                     .arg(store->m_loadSeconds, 0, 'f', 1))) {
        fail(db.error());
        return nullptr;
    }
    std::fprintf(stderr, "bench (PostgreSQL): loaded %d products into %s in %.1f s\n", count,
                 qPrintable(store->m_databaseName), store->m_loadSeconds);
    return store;
}

bool PgBenchStore::load(RawLibpq &db, int count)
{
    // The search keys (about 20 a product) load much faster into a table without indexes and
    // constraints: they are read from the catalog first and made again, the same, afterwards.
    const QString keys = QStringLiteral("'product_search_keys'::regclass");
    const QStringList constraints = db.rows(QStringLiteral("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                                                           " WHERE conrelid = %1 ORDER BY contype DESC")
                                                .arg(keys))
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList indexes = db.rows(QStringLiteral("SELECT pg_get_indexdef(indexrelid) FROM pg_index i WHERE indrelid = %1"
                                                       " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")
                                            .arg(keys))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList statements{QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL maintenance_work_mem = '1GB'")};
    for (const QString &c : constraints)
        statements << QStringLiteral("ALTER TABLE product_search_keys DROP CONSTRAINT %1").arg(c.section(QLatin1Char(' '), 0, 0));
    for (const QString &index : indexes) // "CREATE INDEX name ON …"
        statements << QStringLiteral("DROP INDEX %1").arg(index.section(QLatin1Char(' '), 2, 2));
    for (const QString &s : std::as_const(statements)) {
        if (!db.exec(s)) {
            fail(db.error());
            return false;
        }
    }
    const qint64 categoryId = db.value(QStringLiteral("INSERT INTO categories (code, name) VALUES ('99', '基准') RETURNING id")).toLongLong();
    if (categoryId <= 0 || !copyRows(db, count, categoryId))
        return false;
    statements = indexes;
    for (const QString &c : constraints) // primary key first, then the foreign key (contype DESC)
        statements << QStringLiteral("ALTER TABLE product_search_keys ADD CONSTRAINT %1").arg(c);
    statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT MAX(id) FROM products))")
               << QStringLiteral("COMMIT") << QStringLiteral("VACUUM ANALYZE");
    for (const QString &s : std::as_const(statements)) {
        if (!db.exec(s)) {
            fail(db.error());
            return false;
        }
    }
    return true;
}

bool PgBenchStore::copyRows(RawLibpq &db, int count, qint64 categoryId)
{
    struct Table
    {
        QString copy;
        std::function<bool(const GeneratedProduct &)> row;
    };
    const QByteArray category = number(categoryId);
    const Table tables[] = {
        {QStringLiteral("COPY products (id, sku, name, name_en, category_id, unit, price_fen, member_price_fen, cost_fen,"
                        " tax_class, safety_stock_milli, pinyin) FROM STDIN"),
         [&](const GeneratedProduct &p) {
             return db.copyLine(number(p.id) + '\t' + RawLibpq::field(p.sku) + '\t' + RawLibpq::field(p.name) + '\t'
                                + RawLibpq::field(p.nameEn) + '\t' + category + '\t' + RawLibpq::field(QStringLiteral("件"))
                                + '\t' + number(p.priceFen) + '\t' + (p.memberPriceFen ? number(*p.memberPriceFen) : "\\N")
                                + '\t' + number(p.costFen) + "\tstandard\t0\t" + RawLibpq::field(inventory::Pinyin::initials(p.name)));
         }},
        {QStringLiteral("COPY product_barcodes (code, product_id, pack_qty_milli, kind) FROM STDIN"),
         [&](const GeneratedProduct &p) { return db.copyLine(RawLibpq::field(p.barcode) + '\t' + number(p.id) + "\t1000\tgtin"); }},
        {QStringLiteral("COPY product_search (product_id, tokens) FROM STDIN"),
         [&](const GeneratedProduct &p) {
             return db.copyLine(number(p.id) + '\t' + RawLibpq::field(inventory::ProductSearchIndex::serverRows(p.name, p.nameEn).tokens));
         }},
        {QStringLiteral("COPY product_search_keys (key, product_id) FROM STDIN"),
         [&](const GeneratedProduct &p) {
             const QByteArray id = '\t' + number(p.id);
             for (const QString &key : inventory::ProductSearchIndex::serverRows(p.name, p.nameEn).keys) {
                 if (!db.copyLine(RawLibpq::field(key) + id))
                     return false;
             }
             return true;
         }},
    };
    for (const Table &table : tables) {
        if (!db.startCopy(table.copy)) {
            fail(db.error());
            return false;
        }
        for (int i = 0; i < count; ++i) {
            if (!table.row(CatalogBenchStore::product(i))) {
                fail(db.error());
                return false;
            }
        }
        if (!db.finishCopy()) {
            fail(table.copy + QStringLiteral(": ") + db.error());
            return false;
        }
        std::fprintf(stderr, "bench (PostgreSQL): %s done\n", qPrintable(table.copy.section(QLatin1Char(' '), 1, 1)));
    }
    return true;
}

} // namespace qtill::bench
