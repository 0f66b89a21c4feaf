// qtillctl sales replay end to end: the real binary on a demo store (which init --demo fills with a
// week of sales made by the same replay engine).
#include "qtillctlfixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using QtillctlReplayTest = qtill::test::QtillctlFixture;

const QString kOwnerPin = QStringLiteral("888888");

QString writeFile(const QString &path, const QStringList &lines)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

/// A cash sale of one cola an hour ago, with the lane's UTC offset.
QString colaSale(const QString &id, int minutesAgo)
{
    const QDateTime at = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    return QStringLiteral("{\"op\":\"sale\",\"id\":\"%1\",\"at\":\"%2\",\"operator\":\"01\","
                          "\"lines\":[{\"code\":\"6924808758854\",\"qty\":\"2\"}],"
                          "\"tenders\":[{\"type\":\"cash\",\"amount\":\"10.00\"}]}")
        .arg(id, at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate));
}

} // namespace

TEST_F(QtillctlReplayTest, TheDemoWeekVerifiesAndAFileReplaysOnceWithItsCounts)
{
    initDemo();
    const Outcome verified = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    const Outcome listed = run({QStringLiteral("sales"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("500"),
                                QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_GE(listed.json().array().size(), 7 * 25) << "the demo store has a week of sales";

    const QString file = writeFile(dir.filePath(QStringLiteral("day.jsonl")),
                                   {colaSale(QStringLiteral("0e0c8c36-6f0b-4a55-8f1a-1a2b3c4d5e01"), 60),
                                    colaSale(QStringLiteral("0e0c8c36-6f0b-4a55-8f1a-1a2b3c4d5e02"), 30)});
    const QStringList replay{QStringLiteral("sales"), QStringLiteral("replay"), file, QStringLiteral("--json"),
                             QStringLiteral("--as"), QStringLiteral("00")};
    const Outcome first = run(replay, kOwnerPin);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject once = first.json().object();
    EXPECT_EQ(once.value(QStringLiteral("sales")).toInt(), 2) << first.out.toStdString();
    EXPECT_EQ(once.value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_GT(once.value(QStringLiteral("salesPerSecond")).toDouble(), 0.0);

    const Outcome second = run(replay, kOwnerPin);
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.json().object().value(QStringLiteral("sales")).toInt(), 0);
    EXPECT_EQ(second.json().object().value(QStringLiteral("skipped")).toInt(), 2);

    const Outcome text = run({QStringLiteral("sales"), QStringLiteral("replay"), file, QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    EXPECT_TRUE(text.out.contains(QStringLiteral("2 skipped as already booked"))) << text.out.toStdString();
    ASSERT_EQ(run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin).exitCode, 0);
}

TEST_F(QtillctlReplayTest, ABadLineIsNamedAndACashierMayNotReplay)
{
    initDemo();
    const QString file = writeFile(dir.filePath(QStringLiteral("bad.jsonl")),
                                   {colaSale(QStringLiteral("0e0c8c36-6f0b-4a55-8f1a-1a2b3c4d5e11"), 60),
                                    QStringLiteral("{\"op\":\"sale\",\"id\":\"0e0c8c36-6f0b-4a55-8f1a-1a2b3c4d5e12\",\"at\":\"2026-12-07T10:00:00+08:00\","
                                                   "\"operator\":\"01\",\"lines\":[{\"code\":\"6901234567892\"}],"
                                                   "\"tenders\":[{\"type\":\"cash\",\"amount\":\"10.00\"}]}")});
    const Outcome bad = run({QStringLiteral("sales"), QStringLiteral("replay"), file, QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("line 2: unknown product 6901234567892"))) << bad.err.toStdString();
    const Outcome shown = run({QStringLiteral("sales"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                               QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_NE(shown.json().array().at(0).toObject().value(QStringLiteral("uuid")).toString(),
              QStringLiteral("0e0c8c36-6f0b-4a55-8f1a-1a2b3c4d5e11")) << "line 1 was not applied";

    const Outcome cashier = run({QStringLiteral("sales"), QStringLiteral("replay"), file, QStringLiteral("--as"), QStringLiteral("01")},
                                QStringLiteral("0000"));
    EXPECT_EQ(cashier.exitCode, 1) << cashier.out.toStdString();
}

TEST_F(QtillctlReplayTest, SalesReprintQueuesTheReceiptMarkedAndJournalled)
{
    initDemo();
    const Outcome listed = run({QStringLiteral("sales"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                                QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QString receipt = listed.json().array().at(0).toObject().value(QStringLiteral("receipt")).toString();
    ASSERT_FALSE(receipt.isEmpty());

    const Outcome json = run({QStringLiteral("sales"), QStringLiteral("reprint"), receipt, QStringLiteral("--json"),
                              QStringLiteral("--as"), QStringLiteral("01")}, QStringLiteral("0000"));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject job = json.json().object();
    EXPECT_EQ(job.value(QStringLiteral("receipt")).toString(), receipt);
    EXPECT_GT(job.value(QStringLiteral("job")).toInt(), 0);
    EXPECT_EQ(job.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    EXPECT_GE(job.value(QStringLiteral("copies")).toInt(), 1);

    const Outcome text = run({QStringLiteral("sales"), QStringLiteral("reprint"), receipt, QStringLiteral("--as"), QStringLiteral("01")},
                             QStringLiteral("0000"));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("queued as print job"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(receipt));

    const Outcome unknown = run({QStringLiteral("sales"), QStringLiteral("reprint"), QStringLiteral("R01-99999999"),
                                 QStringLiteral("--as"), QStringLiteral("01")}, QStringLiteral("0000"));
    EXPECT_NE(unknown.exitCode, 0);
    const Outcome verified = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
}
