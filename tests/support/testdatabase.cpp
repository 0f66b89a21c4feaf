#include "testdatabase.h"

#include "core/databaseaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>

namespace qtill::test {

namespace {

/// Runs `sql` on the test server's maintenance database ("postgres"), on a connection of its own.
bool runOnServer(const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("qtill-test-admin-%1").arg(++counter);
    bool ok = false;
    {
        auto address = DatabaseAddress::parse(TestDatabase::serverAddress());
        if (!address) {
            ADD_FAILURE() << "QTILL_TEST_PG: " << address.error().toString().toStdString();
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address->applyTo(db);
        if (!db.open()) {
            ADD_FAILURE() << "test server: " << db.lastError().text().toStdString();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::onPostgres()
{
    return qEnvironmentVariable("QTILL_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TestDatabase::serverAddress()
{
    return qEnvironmentVariable("QTILL_TEST_PG");
}

QString TestDatabase::createServerDatabase()
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("qtill_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    auto address = DatabaseAddress::parse(serverAddress());
    return address ? address->withDatabase(name).displayText() : QString();
}

void TestDatabase::dropServerDatabase(const QString &address)
{
    auto parsed = DatabaseAddress::parse(address);
    if (parsed && parsed->isServer())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(parsed->databaseName()));
}

TestDatabase::TestDatabase(const QString &folder, const QString &fileName)
{
    if (onPostgres()) {
        if (serverAddress().isEmpty())
            ADD_FAILURE() << "QTILL_TEST_ENGINE=postgresql needs QTILL_TEST_PG (the test server's address)";
        m_address = createServerDatabase();
        m_server = true;
    } else {
        m_address = QDir(folder).filePath(fileName);
    }
}

TestDatabase::~TestDatabase()
{
    if (m_server)
        dropServerDatabase(m_address);
}

} // namespace qtill::test
