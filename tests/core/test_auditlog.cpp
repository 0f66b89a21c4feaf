#include "core/auditlog.h"
#include "core/store.h"
#include "core/storedtime.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace qtill;

namespace {

class AuditLogTest : public ::testing::Test
{
protected:
    test::TempStore t {{AuditLog::schema()}};
    AuditLog log {*t.store};

    void appendRows(int n)
    {
        for (int i = 1; i <= n; ++i) {
            auto seq = log.append(AuditRecord {OperatorId(i % 3 + 1), i % 4 == 0 ? OperatorId(9) : OperatorId(),
                i % 2 ? QStringLiteral("operator.signIn") : QStringLiteral("sale.void"),
                QStringLiteral("operator:%1").arg(i), AuditOutcome::kOk, QStringLiteral("row %1").arg(i)});
            ASSERT_TRUE(seq.ok()) << seq.error().toString().toStdString();
            ASSERT_EQ(*seq, i);
            t.clock.advanceMs(1000);
        }
    }

    /// Raw SQL behind the services' back, as someone with the file would do it.
    bool raw(const QString &sql)
    {
        QSqlQuery q(t.store->database());
        const bool ok = q.exec(sql);
        m_lastError = q.lastError().text();
        return ok;
    }

    /// Lifts one append-only guard, as someone with the database's owner rights could: the SQLite
    /// trigger is dropped; on PostgreSQL the trigger is dropped from its table the same way.
    bool dropGuard(const char *trigger)
    {
        const QString name = QLatin1String(trigger);
        return raw(t.store->dialect().isPostgres() ? QStringLiteral("DROP TRIGGER %1 ON audit_log").arg(name)
                                                    : QStringLiteral("DROP TRIGGER %1").arg(name));
    }

    QString m_lastError;
};

} // namespace

TEST_F(AuditLogTest, EmptyLogVerifies)
{
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok);
    EXPECT_EQ(report->rowsChecked, 0);
    EXPECT_EQ(*log.lastSeq(), 0);
}

TEST_F(AuditLogTest, ChainOfAppendedRowsVerifies)
{
    appendRows(20);
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->reason.toStdString();
    EXPECT_EQ(report->rowsChecked, 20);
    EXPECT_EQ(report->firstBadSeq, 0);

    AuditQuery all;
    all.limit = 0;
    all.newestFirst = false;
    auto rows = log.entries(all);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 20);
    EXPECT_EQ(rows->at(0).prevHash, QString(64, QLatin1Char('0')));
    for (int i = 1; i < rows->size(); ++i)
        EXPECT_EQ(rows->at(i).prevHash, rows->at(i - 1).hash);
    EXPECT_EQ(rows->at(0).at, storedTime(QDateTime(QDate(2026, 11, 21), QTime(10, 0)))); // UTC text: "…Z"
    EXPECT_TRUE(rows->at(0).at.endsWith(QLatin1Char('Z')));
    EXPECT_EQ(rows->at(3).approverId, OperatorId(9));
    EXPECT_FALSE(rows->at(0).approverId.isValid());
}

TEST_F(AuditLogTest, HashIsSha256OfTheDocumentedCanonicalForm)
{
    ASSERT_TRUE(log.append(AuditRecord {OperatorId(3), {}, QStringLiteral("operator.signIn"),
                               QStringLiteral("operator:3"), AuditOutcome::kOk, QStringLiteral("收银")})
                    .ok());
    auto rows = log.entries();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    // The hash covers the stored text: the UTC time with "Z" (24 bytes).
    const QByteArray at = storedTime(QDateTime(QDate(2026, 11, 21), QTime(10, 0))).toUtf8();
    ASSERT_EQ(at.size(), 24);
    const QByteArray expected = QByteArray("1:1\n") + "24:" + at + "\n" + "1:3\n" + "0:\n"
        + "15:operator.signIn\n" + "10:operator:3\n" + "2:ok\n" + "6:" + QStringLiteral("收银").toUtf8() + "\n"
        + "64:" + QByteArray(64, '0') + "\n";
    EXPECT_EQ(AuditLog::canonical(rows->at(0)), expected);
    EXPECT_EQ(
        rows->at(0).hash, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
}

TEST_F(AuditLogTest, UpdateAndDeleteAreRefusedByTheDatabase)
{
    appendRows(3);
    EXPECT_FALSE(raw(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2")));
    EXPECT_TRUE(m_lastError.contains(QStringLiteral("append-only"))) << m_lastError.toStdString();
    EXPECT_FALSE(raw(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    EXPECT_TRUE(m_lastError.contains(QStringLiteral("append-only"))) << m_lastError.toStdString();
    // Through the store, too.
    auto viaStore = t.store->exec(
        QStringLiteral("UPDATE audit_log SET outcome = ? WHERE seq = ?"), {QStringLiteral("denied"), 1});
    EXPECT_FALSE(viaStore.ok());

    auto rows = log.entries();
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(1).detail, QStringLiteral("row 2"));
    EXPECT_TRUE(log.verify()->ok);
}

TEST_F(AuditLogTest, EditedFieldIsNamedByItsSeq)
{
    appendRows(10);
    ASSERT_TRUE(dropGuard("audit_log_no_update"));
    ASSERT_TRUE(raw(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 7")));
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->firstBadSeq, 7);
    EXPECT_EQ(report->rowsChecked, 6);
    EXPECT_EQ(
        report->reason.toStdString(), "Entry 7 was changed after it was written: its contents do not match its hash.");
}

TEST_F(AuditLogTest, EditedActorIsDetectedToo)
{
    appendRows(5);
    ASSERT_TRUE(dropGuard("audit_log_no_update"));
    ASSERT_TRUE(raw(QStringLiteral("UPDATE audit_log SET approver_id = 2 WHERE seq = 2")));
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->firstBadSeq, 2);
}

TEST_F(AuditLogTest, RowRewrittenWithAFreshHashBreaksTheNextLink)
{
    appendRows(10);
    ASSERT_TRUE(dropGuard("audit_log_no_update"));
    auto rows = log.entries(AuditQuery {.limit = 0, .newestFirst = false});
    ASSERT_TRUE(rows.ok());
    AuditEntry forged = rows->at(6); // seq 7
    forged.detail = QStringLiteral("nothing happened");
    forged.hash = AuditLog::computeHash(forged);
    ASSERT_TRUE(t.store
                    ->exec(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 7"),
                        {forged.detail, forged.hash})
                    .ok());
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->firstBadSeq, 8);
    EXPECT_TRUE(report->reason.startsWith(QStringLiteral("Entry 8 does not follow entry 7")))
        << report->reason.toStdString();
}

TEST_F(AuditLogTest, DeletedRowIsAGap)
{
    appendRows(10);
    ASSERT_TRUE(dropGuard("audit_log_no_delete"));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->firstBadSeq, 5);
    EXPECT_EQ(report->rowsChecked, 4);
    EXPECT_EQ(report->reason.toStdString(), "Entry 5 is missing: the log jumps from 4 to 6.");
}

TEST_F(AuditLogTest, DeletedFirstRowIsAGap)
{
    appendRows(3);
    ASSERT_TRUE(dropGuard("audit_log_no_delete"));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->firstBadSeq, 1);
    EXPECT_EQ(report->reason.toStdString(), "Entries before 2 are missing: the log starts at 2.");
}

TEST_F(AuditLogTest, AppendJoinsTheCallersTransaction)
{
    appendRows(2);
    const Status rolledBack = t.store->transaction([&]() -> Status {
        auto seq
            = log.append(AuditRecord {OperatorId(1), {}, QStringLiteral("price.change"), QStringLiteral("product:1")});
        EXPECT_TRUE(seq.ok()) << seq.error().toString().toStdString();
        EXPECT_EQ(*seq, 3);
        return Error::invalidInput(QStringLiteral("the change failed"));
    });
    EXPECT_FALSE(rolledBack.ok());
    EXPECT_EQ(*log.lastSeq(), 2); // the audit row went with the change

    const Status committed = t.store->transaction([&]() -> Status {
        auto seq
            = log.append(AuditRecord {OperatorId(1), {}, QStringLiteral("price.change"), QStringLiteral("product:1")});
        if (!seq)
            return seq.error();
        return {};
    });
    EXPECT_TRUE(committed.ok()) << committed.error().toString().toStdString();
    EXPECT_EQ(*log.lastSeq(), 3);
    EXPECT_TRUE(log.verify()->ok);
}

TEST_F(AuditLogTest, EntriesFilterAndPage)
{
    appendRows(12);
    // Newest first, paged.
    auto page = log.entries(AuditQuery {.limit = 5, .offset = 5});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 5);
    EXPECT_EQ(page->at(0).seq, 7);
    EXPECT_EQ(page->at(4).seq, 3);

    auto signIns = log.entries(AuditQuery {.actionPrefix = QStringLiteral("operator."), .limit = 0});
    ASSERT_TRUE(signIns.ok());
    EXPECT_EQ(signIns->size(), 6);
    EXPECT_EQ(*log.count(AuditQuery {.actionPrefix = QStringLiteral("sale.")}), 6);

    // Operator 9 only approved (rows 4, 8, 12); operator 1 acted in rows 3, 6, 9, 12.
    EXPECT_EQ(*log.count(AuditQuery {.operatorId = OperatorId(9)}), 3);
    EXPECT_EQ(*log.count(AuditQuery {.operatorId = OperatorId(1)}), 4);

    const QDateTime start(QDate(2026, 11, 21), QTime(10, 0));
    auto window = log.entries(AuditQuery {.from = start.addSecs(2), .to = start.addSecs(5), .newestFirst = false});
    ASSERT_TRUE(window.ok());
    ASSERT_EQ(window->size(), 3);
    EXPECT_EQ(window->at(0).seq, 3);
    EXPECT_EQ(window->at(2).seq, 5);

    EXPECT_EQ(*log.count(AuditQuery {.outcome = AuditOutcome::kDenied}), 0);
    EXPECT_EQ(*log.count(), 12);
}

TEST_F(AuditLogTest, SeveralDeletedRowsAreNamedAsARange)
{
    appendRows(8);
    ASSERT_TRUE(dropGuard("audit_log_no_delete"));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM audit_log WHERE seq BETWEEN 3 AND 5")));
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->firstBadSeq, 3);
    EXPECT_EQ(report->reason.toStdString(), "Entries 3 to 5 are missing: the log jumps from 2 to 6.");
}

TEST_F(AuditLogTest, LongChainIsCheckedAcrossPages)
{
    const Status filled = t.store->transaction([&]() -> Status {
        for (int i = 0; i < 4500; ++i) {
            auto seq = log.append(
                AuditRecord {OperatorId(1), {}, QStringLiteral("sale.commit"), QStringLiteral("sale:%1").arg(i)});
            if (!seq)
                return seq.error();
        }
        return {};
    });
    ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
    auto report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->reason.toStdString();
    EXPECT_EQ(report->rowsChecked, 4500);

    ASSERT_TRUE(dropGuard("audit_log_no_update"));
    ASSERT_TRUE(raw(QStringLiteral("UPDATE audit_log SET target = 'sale:x' WHERE seq = 4321")));
    report = log.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->firstBadSeq, 4321);
    EXPECT_EQ(report->rowsChecked, 4320);
}
