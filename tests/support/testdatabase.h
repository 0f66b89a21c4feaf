#pragma once

#include <QString>

namespace qtill::test {

/// The database one test works on. By default a file in the test's temporary folder. When the suite
/// runs on PostgreSQL (QTILL_TEST_ENGINE=postgresql, the server at QTILL_TEST_PG — ./test.sh starts
/// one, scripts/pgcluster.sh), a fresh empty database on that server instead, dropped at the end.
/// Either way address() is what a Store, Services or `qtillctl --db` takes.
class TestDatabase
{
public:
    /// `folder`: where the file goes (SQLite); `fileName` its name.
    explicit TestDatabase(const QString &folder, const QString &fileName = QStringLiteral("qtill.db"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// The file path or the postgresql:// address.
    const QString &address() const { return m_address; }

    /// True when this run's tests use PostgreSQL.
    static bool onPostgres();
    /// The test server's address (QTILL_TEST_PG), empty when none was started: tests that need a
    /// server whatever the suite's engine (the concurrency test, db copy) skip without one.
    static QString serverAddress();
    /// A fresh empty database on the test server; its address. Dropped by dropServerDatabase().
    static QString createServerDatabase();
    static void dropServerDatabase(const QString &address);

private:
    QString m_address;
    bool m_server = false;
};

/// In a test that only makes sense on one engine: GTEST_SKIP() with the reason when the suite runs
/// on PostgreSQL (a file's permissions, a damaged file, VACUUM INTO …).
#define QTILL_SQLITE_ONLY(why)                                                                           \
    do {                                                                                                 \
        if (::qtill::test::TestDatabase::onPostgres())                                                  \
            GTEST_SKIP() << "SQLite only: " << (why);                                                   \
    } while (false)

} // namespace qtill::test
