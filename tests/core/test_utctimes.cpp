// Times in the store are UTC text: what is written (read from the raw column), how a store written
// before that is upgraded (utcTimesMigration, Migration::run) and what the audit chain keeps.
#include "core/auditlog.h"
#include "core/sqldialect.h"
#include "core/storedtime.h"
#include "core/storesettings.h"
#include "core/utctimesmigration.h"
#include "localtimezone.h"
#include "testsupport.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

QString text(Store &store, const QString &sql, const QVariantList &values = {})
{
    auto q = store.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

/// A module's table as a store before UTC times wrote it.
Schema ledgerSchema(bool withUtcStep)
{
    Migration v1{1, QStringLiteral("ledger"), {}};
    v1.build = [](const SqlDialect &dialect) {
        return QStringList{QStringLiteral("CREATE TABLE ledger (id INTEGER PRIMARY KEY, at TEXT NOT NULL, done_at TEXT,"
                                          " note TEXT NOT NULL DEFAULT '')")}
            + dialect.appendOnly(QStringLiteral("ledger"));
    };
    Schema s{QStringLiteral("ledger"), {v1}};
    if (withUtcStep)
        s.migrations << utcTimesMigration(2, {{QStringLiteral("ledger"), {QStringLiteral("at"), QStringLiteral("done_at")},
                                              QStringLiteral("id"), true}});
    return s;
}

} // namespace

TEST(MigrationRun, ACodeStepRunsInsideTheStepsTransactionAndAFailureUndoesTheStep)
{
    test::TempStore t;
    Migration v1{1, QStringLiteral("items"), {QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}};
    Migration failing{2, QStringLiteral("fails after writing"), {QStringLiteral("INSERT INTO items (id, name) VALUES (1, 'sql')")}};
    failing.run = [](Store &store) -> Status {
        if (auto written = store.exec(QStringLiteral("INSERT INTO items (id, name) VALUES (2, 'code')")); !written)
            return written.error();
        return Error::internal(QStringLiteral("the step cannot finish"), QStringLiteral("on purpose"));
    };
    const Status refused = t.store->migrate({Schema{QStringLiteral("shop"), {v1, failing}}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 1);
    EXPECT_EQ(text(*t.store, QStringLiteral("SELECT COUNT(*) FROM items")), QStringLiteral("0")) << "neither the SQL nor the code's row";

    Migration working = failing;
    working.run = [](Store &store) -> Status {
        auto written = store.exec(QStringLiteral("INSERT INTO items (id, name) VALUES (2, 'code')"));
        return written ? Status() : Status(written.error());
    };
    ASSERT_TRUE(t.store->migrate({Schema{QStringLiteral("shop"), {v1, working}}}).ok());
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 2);
    EXPECT_EQ(text(*t.store, QStringLiteral("SELECT COUNT(*) FROM items")), QStringLiteral("2"));
}

TEST(UtcTimesMigration, LocalTimesOfAnOlderStoreBecomeUtcTextAndTheGuardComesBack)
{
    const test::LocalTimeZone lane("Asia/Shanghai");
    test::TempStore t({ledgerSchema(false)});
    Store &store = *t.store;
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO ledger (id, at, done_at) VALUES"
                                          " (1, '2026-11-21T10:00:00.000', NULL),"
                                          " (2, '2026-11-21T23:30:00.250', '2026-11-22T08:00:00.000'),"
                                          " (3, '2026-11-22T01:00:00.000Z', '')"))
                    .ok());
    ASSERT_TRUE(store.migrate({ledgerSchema(true)}).ok());
    EXPECT_EQ(store.schemaVersion(QStringLiteral("ledger")), 2);
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM ledger WHERE id = 1")), QStringLiteral("2026-11-21T02:00:00.000Z"));
    EXPECT_TRUE(store.exec(QStringLiteral("SELECT done_at FROM ledger WHERE id = 1")).value().next());
    EXPECT_EQ(text(store, QStringLiteral("SELECT COUNT(*) FROM ledger WHERE done_at IS NULL")), QStringLiteral("1"));
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM ledger WHERE id = 2")), QStringLiteral("2026-11-21T15:30:00.250Z"));
    EXPECT_EQ(text(store, QStringLiteral("SELECT done_at FROM ledger WHERE id = 2")), QStringLiteral("2026-11-22T00:00:00.000Z"));
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM ledger WHERE id = 3")), QStringLiteral("2026-11-22T01:00:00.000Z"))
        << "already UTC: kept";
    EXPECT_EQ(text(store, QStringLiteral("SELECT done_at FROM ledger WHERE id = 3")), QString());
    // Read back, the first row is still 10:00 on this lane's clock.
    EXPECT_EQ(parseStoredTime(text(store, QStringLiteral("SELECT at FROM ledger WHERE id = 1"))),
              QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    // The table is append-only again.
    EXPECT_FALSE(store.exec(QStringLiteral("UPDATE ledger SET note = 'x' WHERE id = 1")).ok());
    EXPECT_FALSE(store.exec(QStringLiteral("DELETE FROM ledger WHERE id = 1")).ok());
}

TEST(UtcTimesMigration, ManyRowsAreRewrittenPageByPage)
{
    const test::LocalTimeZone lane("Europe/Berlin");
    test::TempStore t({ledgerSchema(false)});
    Store &store = *t.store;
    constexpr int kRows = 2500; // more than one page
    const Status filled = store.transaction([&]() -> Status {
        for (int i = 1; i <= kRows; ++i) {
            const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).addSecs(i * 600);
            auto inserted = store.exec(QStringLiteral("INSERT INTO ledger (id, at) VALUES (?, ?)"),
                                       {i, at.toString(Qt::ISODateWithMs)});
            if (!inserted)
                return inserted.error();
        }
        return {};
    });
    ASSERT_TRUE(filled.ok());
    ASSERT_TRUE(store.migrate({ledgerSchema(true)}).ok());
    EXPECT_EQ(text(store, QStringLiteral("SELECT COUNT(*) FROM ledger WHERE at LIKE '%Z'")), QString::number(kRows));
    // Row 2500 is 2026-01-18 08:40 in Berlin (CET, UTC+1).
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM ledger WHERE id = ?"), {kRows}), QStringLiteral("2026-01-18T07:40:00.000Z"));
}

TEST(UtcTimesMigration, TheStoresOwnStepsAreRecordedInUtc)
{
    test::TempStore t({ledgerSchema(true)});
    const QString applied = text(*t.store, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE schema_name = 'ledger'"
                                                          " AND version = 2"));
    EXPECT_EQ(applied, storedTime(t.clock.now()));
    EXPECT_TRUE(applied.endsWith(QLatin1Char('Z')));
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("core")), StoreSettings::schema().latestVersion());
}

TEST(UtcTimesMigration, CoreRewritesTheAppliedTimesOfStepsRecordedBefore)
{
    const test::LocalTimeZone lane("Asia/Shanghai");
    test::TempStore t;
    // TempStore brought "core" up to date: put back how an older Qtill recorded its step.
    ASSERT_TRUE(t.store->exec(QStringLiteral("DELETE FROM schema_migrations WHERE schema_name = 'core' AND version > 1")).ok());
    ASSERT_TRUE(t.store->exec(QStringLiteral("UPDATE schema_migrations SET applied_at = '2026-11-21T10:00:00.000'")).ok());
    ASSERT_TRUE(t.store->migrate({StoreSettings::schema()}).ok());
    EXPECT_EQ(text(*t.store, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE schema_name = 'core' AND version = 1")),
              QStringLiteral("2026-11-21T02:00:00.000Z"));
    EXPECT_EQ(text(*t.store, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE applied_at NOT LIKE '%Z'")),
              QStringLiteral("0"));
}

TEST(AuditLogTimes, NewEntriesStoreAndHashUtcTextAndOldLocalEntriesStillVerify)
{
    const test::LocalTimeZone lane("Asia/Shanghai");
    test::TempStore t({AuditLog::schema()});
    Store &store = *t.store;
    // Entry 1 as an older Qtill wrote it: local time without an offset, hashed as such.
    AuditEntry old;
    old.seq = 1;
    old.at = QStringLiteral("2026-11-21T09:00:00.000");
    old.action = QStringLiteral("store.init");
    old.outcome = AuditOutcome::kOk;
    old.prevHash = AuditLog::genesisHash();
    old.hash = AuditLog::computeHash(old);
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO audit_log (seq, at, action, target, outcome, detail, prev_hash, hash)"
                                          " VALUES (1, ?, ?, '', ?, '', ?, ?)"),
                           {old.at, old.action, old.outcome, old.prevHash, old.hash})
                    .ok());

    AuditLog audit(store);
    ASSERT_TRUE(audit.append(AuditRecord{{}, {}, QStringLiteral("operator.signIn"), QStringLiteral("operator:1")}).ok());
    // 2026-11-21 10:00 in Shanghai.
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM audit_log WHERE seq = 2")), QStringLiteral("2026-11-21T02:00:00.000Z"));
    auto entries = audit.entries(AuditQuery{.newestFirst = false});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(1).hash, AuditLog::computeHash(entries->at(1))) << "the hash covers the UTC text";
    EXPECT_EQ(entries->at(0).atTime(), QDateTime(QDate(2026, 11, 21), QTime(9, 0))) << "old text is local time";
    EXPECT_EQ(entries->at(1).atTime(), QDateTime(QDate(2026, 11, 21), QTime(10, 0)));

    auto report = audit.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->reason.toStdString();
    EXPECT_EQ(report->rowsChecked, 2);

    // A range given on a Berlin lane's clock finds the same entry: bounds are UTC text too.
    const QDateTime from(QDate(2026, 11, 21), QTime(2, 59), QTimeZone("Europe/Berlin")); // 01:59 UTC
    const QDateTime to(QDate(2026, 11, 21), QTime(3, 1), QTimeZone("Europe/Berlin"));
    AuditQuery range;
    range.from = from;
    range.to = to;
    auto found = audit.entries(range);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().seq, 2);
}
