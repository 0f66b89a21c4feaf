#pragma once

#include "core/services.h"

#include <QString>
#include <QVariantList>

#include <string>

namespace qtill::bench {

/// One engine's 1M-product bench store, as the catalog benchmarks see it.
struct BenchEngine
{
    std::string name;     ///< "SQLite" or "PostgreSQL": the middle part of each benchmark's name
    Services *services = nullptr;
    bool postgres = false;
    QString sqlitePath;   ///< SQLite: the store's file, for the raw sqlite3 baseline
    QString pgConnection; ///< PostgreSQL: the libpq connection string, for the raw libpq baseline
    int count = 0;
};

/// The SQL `sql` with its '?' marks numbered for libpq ("$1", "$2", …); none may sit inside a literal.
QString numberedMarks(const QString &sql);
/// `values` as libpq text parameters.
std::vector<QByteArray> textParams(const QVariantList &values);

/// Registers the list-page benchmarks (catalogbenchlist.cpp) for `engine`: Qtill and raw.
void registerListPageBenchmarks(const BenchEngine &engine);

} // namespace qtill::bench
