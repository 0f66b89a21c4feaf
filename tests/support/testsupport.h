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

/// For a test program's main(), before the application object: XDG_DATA_HOME (the app data folder,
/// where a store on a server keeps its backups unless Services::Options::backupDir says otherwise) is
/// a temporary folder for the whole run, removed at the end, and so are the qtillctl processes the
/// tests start (they inherit it). No test writes pg_dump files or anything else into the user's home.
class PrivateDataHome
{
public:
    PrivateDataHome();
    PrivateDataHome(const PrivateDataHome &) = delete;
    PrivateDataHome &operator=(const PrivateDataHome &) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace qtill::test
