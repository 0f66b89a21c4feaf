#pragma once

#include "core/clock.h"
#include "core/store.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <memory>

namespace qtill::test {

/// A temporary folder, a manual clock and a fresh store (a file in the folder, or a fresh database on
/// the test server when the suite runs on PostgreSQL: see TestDatabase), migrated with the schemas every
/// store has below the modules ("core" and "documentnumbers", which module steps may use), then the given ones.
/// Every test gets its own; nothing touches the user's files.
struct TempStore
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    TestDatabase database{dir.path()};
    std::unique_ptr<Store> store;

    explicit TempStore(const QList<Schema> &schemas = {});
    ~TempStore();
    /// The store's file path or server address.
    QString path() const { return database.address(); }
    /// Closes and opens the file again (as a restart would).
    void reopen();
};

} // namespace qtill::test
