#pragma once

#include "result.h"

#include <QString>

namespace qtill {

class Store;

/// What `db status` shows about where a store lives: the engine, its version and how much room the
/// store takes (the SQLite file with its WAL, or the PostgreSQL database on the server).
struct StoreInfo
{
    QString engine;        ///< "SQLite" or "PostgreSQL"
    QString version;       ///< the server's version, or the SQLite library's
    QString location;      ///< the file or the server address (never a secret: Store::displayName())
    qint64 sizeBytes = 0;

    /// Reads it from the open store. A Storage error when the server cannot tell its database's size.
    static Result<StoreInfo> of(const Store &store);
};

} // namespace qtill
