#include "core/journal.h"
#include "core/store.h"

#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace qtill;

namespace {

const Currency kCny = Currency::cny();

class JournalTest : public ::testing::Test
{
protected:
    test::TempStore t {{Journal::schema()}};
    Journal journal {*t.store};

    Result<JournalEntry> appendOne(const QString &registerId, const QString &kind, qint64 fen,
                                   const QString &document = {})
    {
        JournalDraft draft;
        draft.registerId = registerId;
        draft.kind = kind;
        draft.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        draft.document = document;
        draft.operatorId = OperatorId(1);
        draft.businessDate = QDate(2026, 12, 7);
        draft.amount = Money::fromMinor(fen, kCny);
        draft.payload = QJsonObject{{QStringLiteral("total"), QString::number(fen)}, {QStringLiteral("a"), 1}};
        Result<JournalEntry> out = Error::internal(QStringLiteral("not run"));
        const Status done = t.store->transaction([&]() -> Status {
            out = journal.append(draft);
            return out ? Status() : Status(out.error());
        });
        if (!done)
            return done.error();
        t.clock.advanceMs(1000);
        return out;
    }

    /// Raw SQL behind the journal's back, as someone with the database's owner rights would do it.
    bool raw(const QString &sql)
    {
        QSqlQuery q(t.store->database());
        const bool ok = q.exec(sql);
        m_lastError = q.lastError().text();
        return ok;
    }

    void dropGuards()
    {
        const QStringList triggers = t.store->dialect().isPostgres()
            ? QStringList{QStringLiteral("DROP TRIGGER journal_no_update ON journal"),
                  QStringLiteral("DROP TRIGGER journal_no_delete ON journal")}
            : QStringList{QStringLiteral("DROP TRIGGER journal_no_update"), QStringLiteral("DROP TRIGGER journal_no_delete")};
        for (const QString &sql : triggers)
            ASSERT_TRUE(raw(sql)) << m_lastError.toStdString();
    }

    QString m_lastError;
};

} // namespace

TEST_F(JournalTest, EachRegisterCountsFromOneWithItsOwnGrandTotal)
{
    ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kSale, 1250).ok());
    ASSERT_TRUE(appendOne(QStringLiteral("R02"), JournalKind::kSale, 990).ok());
    ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kPaidOut, 0).ok());
    auto refund = appendOne(QStringLiteral("R01"), JournalKind::kRefund, -250);
    ASSERT_TRUE(refund.ok()) << refund.error().toString().toStdString();
    EXPECT_EQ(refund->seq, 3);
    EXPECT_EQ(refund->grandTotalMinor, 1000);
    auto r02 = journal.last(QStringLiteral("R02"));
    ASSERT_TRUE(r02.ok());
    ASSERT_TRUE(r02->has_value());
    EXPECT_EQ((*r02)->seq, 1);
    EXPECT_EQ((*r02)->grandTotalMinor, 990);
    EXPECT_EQ(journal.registers().value(), (QStringList{QStringLiteral("R01"), QStringLiteral("R02")}));
    auto report = journal.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->reason.toStdString();
    EXPECT_EQ(report->recordsChecked, 4);
    EXPECT_EQ(report->registersChecked, 2);
}

TEST_F(JournalTest, EachRecordFollowsThePreviousHash)
{
    auto first = appendOne(QStringLiteral("R01"), JournalKind::kSale, 100);
    auto second = appendOne(QStringLiteral("R01"), JournalKind::kSale, 200);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->prevHash, Journal::genesisHash());
    EXPECT_EQ(second->prevHash, first->hash);
    EXPECT_EQ(second->hash, Journal::computeHash(*second));
    EXPECT_TRUE(first->at.endsWith(QLatin1Char('Z'))) << "stored as a UTC instant: " << first->at.toStdString();
    EXPECT_EQ(first->payload, QStringLiteral("{\"a\":1,\"total\":\"100\"}")) << "canonical JSON: sorted keys, compact";
}

TEST_F(JournalTest, TheSameUuidIsNeverJournalledTwice)
{
    JournalDraft draft;
    draft.registerId = QStringLiteral("R01");
    draft.kind = JournalKind::kSale;
    draft.uuid = QStringLiteral("5d0c5d7e-8f43-4b44-9a3c-0d6c1f2d9e11");
    draft.businessDate = QDate(2026, 12, 7);
    draft.amount = Money::fromMinor(500, kCny);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Status done = t.store->transaction([&]() -> Status {
            auto appended = journal.append(draft);
            return appended ? Status() : Status(appended.error());
        });
        if (attempt == 0)
            ASSERT_TRUE(done.ok());
        else
            EXPECT_EQ(done.error().code, Error::Code::Conflict);
    }
    EXPECT_EQ(journal.entries(QStringLiteral("R01")).value().size(), 1);
}

TEST_F(JournalTest, AppendOutsideTheRecordedTransactionIsRefused)
{
    JournalDraft draft;
    draft.registerId = QStringLiteral("R01");
    draft.kind = JournalKind::kSale;
    draft.uuid = QStringLiteral("u-1");
    draft.businessDate = QDate(2026, 12, 7);
    draft.amount = Money::fromMinor(1, kCny);
    auto appended = journal.append(draft);
    ASSERT_FALSE(appended.ok());
    EXPECT_EQ(appended.error().code, Error::Code::Internal);
    EXPECT_TRUE(journal.entries(QStringLiteral("R01")).value().isEmpty());
}

TEST_F(JournalTest, AnIncompleteRecordIsRefused)
{
    auto noRegister = appendOne(QString(), JournalKind::kSale, 1);
    ASSERT_FALSE(noRegister.ok());
    EXPECT_EQ(noRegister.error().code, Error::Code::InvalidInput);
}

TEST_F(JournalTest, UpdatesAndDeletesAreRefused)
{
    ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kSale, 100).ok());
    EXPECT_FALSE(raw(QStringLiteral("UPDATE journal SET amount = 1")));
    EXPECT_FALSE(raw(QStringLiteral("DELETE FROM journal")));
    EXPECT_EQ(journal.last(QStringLiteral("R01")).value()->amountMinor, 100);
}

TEST_F(JournalTest, AnEditedAmountIsNamed)
{
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kSale, i * 100, QStringLiteral("R01-%1").arg(i)).ok());
    dropGuards();
    ASSERT_TRUE(raw(QStringLiteral("UPDATE journal SET amount = 1 WHERE seq = 2")));
    auto report = journal.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->registerId, QStringLiteral("R01"));
    EXPECT_EQ(report->firstBadSeq, 2);
    EXPECT_TRUE(report->reason.contains(QStringLiteral("R01-2"))) << report->reason.toStdString();
}

TEST_F(JournalTest, ARemovedRecordIsNamed)
{
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kSale, 100).ok());
    dropGuards();
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM journal WHERE seq = 2")));
    auto report = journal.verify(QStringLiteral("R01"));
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->firstBadSeq, 2);
}

TEST_F(JournalTest, AGrandTotalRewrittenWithItsHashIsStillCaught)
{
    // Someone recomputes the hash of a record whose grand total they changed: the next record's
    // prev_hash no longer matches, and a last record's total no longer adds up.
    ASSERT_TRUE(appendOne(QStringLiteral("R01"), JournalKind::kSale, 100).ok());
    auto last = appendOne(QStringLiteral("R01"), JournalKind::kSale, 200);
    ASSERT_TRUE(last.ok());
    JournalEntry forged = *last;
    forged.grandTotalMinor = 250;
    forged.hash = Journal::computeHash(forged);
    dropGuards();
    ASSERT_TRUE(raw(QStringLiteral("UPDATE journal SET grand_total = 250, hash = '%1' WHERE seq = 2").arg(forged.hash)));
    auto report = journal.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->firstBadSeq, 2);
    EXPECT_TRUE(report->reason.contains(QStringLiteral("grand total"))) << report->reason.toStdString();
}
