#pragma once

#include "inventory/inventorymodule.h"

#include "core/clock.h"
#include "core/services.h"

#include <QString>

#include <memory>

namespace qtill::bench {

class RawLibpq;

/// The PostgreSQL twin of CatalogBenchStore: the same `count` generated products (CatalogBenchStore::
/// product()) in a database `qtill_bench_g<generator version>_<count>` on the server QTILL_BENCH_PG
/// names, built once and reused by later runs (the database's comment says it is complete, and for
/// which search keys: a change to ProductSearchIndex's keys loads it again).
///
/// Building it: Qtill's own migrations make the schema (Services::open), then the rows go in with COPY
/// (libpq, one transaction) — products, their barcodes, and the search rows as ProductSearchIndex
/// writes them (ProductSearchIndex::serverRows) — the search keys' indexes built after the load, then
/// ANALYZE. Before the database is marked complete, a sample of products is written again through
/// ProductService into a scratch database and must give exactly the rows the load wrote.
class PgBenchStore
{
public:
    /// Opens the bench database on `server` (a postgresql:// address), building it first when it is
    /// missing or incomplete. nullptr (with the reason on stderr) when it cannot.
    static std::unique_ptr<PgBenchStore> open(const QString &server, int count);

    Services &services() { return *m_services; }
    /// The bench database's libpq connection string, for the raw baselines.
    const QString &connectionString() const { return m_connectionString; }
    const QString &databaseName() const { return m_databaseName; }
    int count() const { return m_count; }
    /// Seconds the load took in this run; 0 when the database was reused.
    double loadSeconds() const { return m_loadSeconds; }

private:
    PgBenchStore() = default;
    bool load(RawLibpq &db, int count);
    bool copyRows(RawLibpq &db, int count, qint64 categoryId);

    ManualClock m_clock;
    inventory::InventoryModule m_module;
    std::unique_ptr<Services> m_services;
    QString m_connectionString;
    QString m_databaseName;
    int m_count = 0;
    double m_loadSeconds = 0;
};

} // namespace qtill::bench
