#include "testsupport.h"

#include "core/documentnumbers.h"
#include "core/storesettings.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace qtill::test {

TempStore::TempStore(const QList<Schema> &schemas)
{
    reopen();
    QList<Schema> all{StoreSettings::schema(), DocumentNumbers::schema()};
    all += schemas;
    const Status migrated = store->migrate(all);
    EXPECT_TRUE(migrated.ok()) << migrated.error().toString().toStdString();
}

TempStore::~TempStore()
{
    store.reset(); // closed before its database is dropped
}

void TempStore::reopen()
{
    store.reset();
    Store::Options options;
    options.path = path();
    // Beside the file on SQLite (the default); on a server the default is the user's own folder,
    // which a test must not fill with its dumps.
    options.backupDir = dir.filePath(QStringLiteral("backups"));
    auto opened = Store::open(options, clock);
    if (!opened.ok()) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return;
    }
    store = std::move(opened.value());
}

PrivateDataHome::PrivateDataHome() : m_dir(QDir::temp().filePath(QStringLiteral("qtill-test-data-XXXXXX")))
{
    if (m_dir.isValid())
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path()));
}

} // namespace qtill::test
