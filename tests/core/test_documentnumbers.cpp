// DocumentNumbers: one gapless counter per register and document kind, taken inside the caller's
// transaction, safe with two writers, seeded once from the documents of an upgraded store.
#include "core/documentnumbers.h"
#include "core/ids.h"
#include "core/module.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storesettings.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace qtill;

namespace {

const DocumentKind kOrders{QStringLiteral("PO"), QStringLiteral("PO")};
const DocumentKind kCounts{QStringLiteral("ST"), QStringLiteral("ST")};

/// A module from before DocumentNumbers (v1: orders numbered by scanning) and after (v2: seeds the counter).
class ShopModule final : public DomainModule
{
public:
    explicit ShopModule(int upTo) : m_upTo(upTo) {}
    QString name() const override { return QStringLiteral("shop"); }
    QList<Schema> schemas() const override { return {schema(m_upTo)}; }
    QList<PermissionDef> permissions() const override { return {}; }

    static Schema schema(int upTo)
    {
        const QList<Migration> all = {
            {1, QStringLiteral("orders"),
             {QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, number TEXT UNIQUE)")}},
            {2, QStringLiteral("order numbers from the document counters"),
             {DocumentNumbers::seedStatement(kOrders, QStringLiteral("orders"))}},
        };
        return Schema{QStringLiteral("shop"), all.mid(0, upTo)};
    }

private:
    int m_upTo;
};

struct DocumentNumbersTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock;
    ShopModule shop{2};
    std::unique_ptr<Services> services;

    QString path() const { return database.address(); }

    void open()
    {
        services.reset();
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = path(),
                                                       .modules = {&shop},
                                                       .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        services = std::move(opened.value());
    }
    void SetUp() override { open(); }

    DocumentNumbers &numbers() { return services->documentNumbers(); }

    /// next(kind) in a transaction of its own, as a service saving one document does.
    Result<QString> take(const DocumentKind &kind)
    {
        Result<QString> number = Error::internal(QStringLiteral("not run"));
        const Status done = services->store().transaction([&]() -> Status {
            number = numbers().next(kind);
            return number ? Status() : number.error();
        });
        if (!done)
            return done.error();
        return number;
    }
    Result<qint64> takeSequence(const QString &kind, const QString &registerId)
    {
        qint64 sequence = 0;
        const Status done = services->store().transaction([&]() -> Status {
            auto next = numbers().nextSequence(kind, registerId);
            if (!next)
                return next.error();
            sequence = *next;
            return {};
        });
        if (!done)
            return done.error();
        return sequence;
    }
};

QString text(const Result<QString> &r)
{
    return r ? *r : QStringLiteral("error: ") + r.error().toString();
}

} // namespace

TEST_F(DocumentNumbersTest, EachKindAndRegisterCountsOnItsOwn)
{
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000001"));
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000002"));
    EXPECT_EQ(text(take(kCounts)), QStringLiteral("ST-R01-00000001"));
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000003"));

    // Another lane on the same database has its own sequence.
    EXPECT_EQ(takeSequence(QStringLiteral("PO"), QStringLiteral("R02")).valueOr(-1), 1);
    EXPECT_EQ(takeSequence(QStringLiteral("PO"), QStringLiteral("R02")).valueOr(-1), 2);
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 3);
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R02")).valueOr(-1), 2);
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("ST"), QStringLiteral("R02")).valueOr(-1), 0);

    // The register id comes from the store profile, read at every call.
    ASSERT_TRUE(services->settings().write(QStringLiteral("register/id"), QStringLiteral("R02")));
    EXPECT_EQ(numbers().registerId(), QStringLiteral("R02"));
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R02-00000003"));

    // The counters survive a restart.
    open();
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R02-00000004"));
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 3);
}

TEST_F(DocumentNumbersTest, ARolledBackDocumentGivesItsNumberBack)
{
    ASSERT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000001"));
    QString lost;
    const Status failed = services->store().transaction([&]() -> Status {
        auto number = numbers().next(kOrders);
        if (!number)
            return number.error();
        lost = *number;
        return Error::invalidInput(QStringLiteral("the order had no lines")); // the save fails after numbering
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(lost, QStringLiteral("PO-R01-00000002"));
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 1);
    // No gap: the next saved order gets the number the failed one had.
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000002"));
}

TEST_F(DocumentNumbersTest, OutsideATransactionNoNumberIsTaken)
{
    auto refused = numbers().next(kOrders);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Internal);
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("outside a transaction"))) << refused.error().detail.toStdString();
    EXPECT_FALSE(numbers().nextSequence(QStringLiteral("PO"), QStringLiteral("R01")).ok());
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 0);
    EXPECT_EQ(text(take(kOrders)), QStringLiteral("PO-R01-00000001"));
}

TEST_F(DocumentNumbersTest, AnEmptyKindOrRegisterIsRefused)
{
    EXPECT_EQ(takeSequence(QString(), QStringLiteral("R01")).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(takeSequence(QStringLiteral("PO"), QString()).error().code, Error::Code::InvalidInput);
}

TEST(DocumentNumbersFormat, KeepsTheNumbersPeopleAlreadySee)
{
    EXPECT_EQ(DocumentNumbers::format(QStringLiteral("PO"), QStringLiteral("R01"), 42), QStringLiteral("PO-R01-00000042"));
    EXPECT_EQ(DocumentKind({QStringLiteral("GR"), QStringLiteral("GR")}).format(QStringLiteral("LANE7"), 1),
              QStringLiteral("GR-LANE7-00000001"));
    // Without a prefix: the receipt shape DocumentNumber prints.
    EXPECT_EQ(DocumentNumbers::format({}, QStringLiteral("R01"), 42), (DocumentNumber{QStringLiteral("R01"), 42}.toString()));
    EXPECT_EQ(DocumentNumbers::format(QStringLiteral("Z"), QStringLiteral("R01"), 7, 4), QStringLiteral("Z-R01-0007"));
    // A sequence longer than the width prints in full rather than wrapping.
    EXPECT_EQ(DocumentNumbers::format(QStringLiteral("Z"), QStringLiteral("R01"), 123456, 4), QStringLiteral("Z-R01-123456"));
}

TEST(DocumentNumbersUpgrade, AnUpgradedStoreGoesOnWhereItsDocumentsEnd)
{
    // A store of the version before DocumentNumbers: no counters, orders numbered by scanning.
    test::TempStore old({ShopModule::schema(1)});
    for (const char *number : {"PO-R01-00000007", "PO-R01-00000012", "PO-R02-00000003", "PO-LANE0001-00000005",
                               "PO-000099",        // an older shape without a register: not a sequence
                               "XX-R01-00000099"}) { // another kind's
        ASSERT_TRUE(old.store->exec(QStringLiteral("INSERT INTO orders (number) VALUES (?)"), {QString::fromLatin1(number)}));
    }
    ASSERT_TRUE(old.store->exec(QStringLiteral("INSERT INTO orders (number) VALUES (NULL)")));
    old.store.reset();

    ShopModule shop(2);
    auto opened = Services::open(Services::Options{.clock = old.clock,
                                                   .path = old.path(),
                                                   .modules = {&shop},
                                                   .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Services &services = **opened;
    EXPECT_EQ(services.store().schemaVersion(QStringLiteral("documentnumbers")), 1);
    EXPECT_EQ(services.store().schemaVersion(QStringLiteral("shop")), 2);
    DocumentNumbers &numbers = services.documentNumbers();
    EXPECT_EQ(numbers.lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 12);
    EXPECT_EQ(numbers.lastSequence(QStringLiteral("PO"), QStringLiteral("R02")).valueOr(-1), 3);
    EXPECT_EQ(numbers.lastSequence(QStringLiteral("PO"), QStringLiteral("LANE0001")).valueOr(-1), 5);
    auto counters = services.store().exec(QStringLiteral("SELECT COUNT(*) FROM document_counters"));
    ASSERT_TRUE(counters && counters->next());
    EXPECT_EQ(counters->value(0).toInt(), 3); // nothing for the old shape nor for XX

    QString next;
    ASSERT_TRUE(services.store()
                    .transaction([&]() -> Status {
                        auto number = numbers.next(kOrders);
                        if (!number)
                            return number.error();
                        next = *number;
                        auto saved = services.store().exec(QStringLiteral("INSERT INTO orders (number) VALUES (?)"), {next});
                        return saved ? Status() : saved.error();
                    })
                    .ok());
    EXPECT_EQ(next, QStringLiteral("PO-R01-00000013"));
}

TEST(DocumentNumbersUpgrade, AFreshStoreSeedsNothing)
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock;
    ShopModule shop(2);
    auto opened = Services::open(Services::Options{.clock = clock,
                                                   .path = database.address(),
                                                   .modules = {&shop},
                                                   .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    auto counters = (*opened)->store().exec(QStringLiteral("SELECT COUNT(*) FROM document_counters"));
    ASSERT_TRUE(counters && counters->next());
    EXPECT_EQ(counters->value(0).toInt(), 0);
}

namespace {

/// One documentnumberworker process, started and fed its go signal by the test.
struct Worker
{
    QProcess process;
    QString lines;

    void start(const QString &database, int count)
    {
        process.start(QStringLiteral(QTILL_DOCUMENTNUMBER_WORKER),
                      {database, QStringLiteral("PO"), QString::number(count)});
    }
    /// Waits for its "ready" line (the store is open); false when it ended first.
    bool waitReady()
    {
        if (!process.waitForStarted(60000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(60000))
                return false;
        }
        return process.readLine().trimmed() == "ready";
    }
    /// Sends the go signal now (QProcess only writes it out when waited on).
    bool go()
    {
        process.write("go\n");
        return process.waitForBytesWritten(60000);
    }
    bool finish()
    {
        const bool ended = process.waitForFinished(300000);
        lines = QString::fromLatin1(process.readAllStandardOutput());
        return ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    QList<qint64> numbers() const
    {
        QList<qint64> taken;
        for (const QString &line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            taken << line.toLongLong();
        return taken;
    }
};

} // namespace

TEST_F(DocumentNumbersTest, TwoProcessesOnOneFileNeverShareANumberAndLeaveNoGap)
{
    constexpr int kEach = 1000;
    services.reset(); // the file is set up; the workers are its only users now

    Worker a, b;
    a.start(path(), kEach);
    b.start(path(), kEach);
    ASSERT_TRUE(a.waitReady()) << a.process.readAllStandardError().toStdString();
    ASSERT_TRUE(b.waitReady()) << b.process.readAllStandardError().toStdString();
    ASSERT_TRUE(a.go());
    ASSERT_TRUE(b.go());
    const bool aDone = a.finish();
    const bool bDone = b.finish();
    const QByteArray aLog = a.process.readAllStandardError();
    const QByteArray bLog = b.process.readAllStandardError();
    ASSERT_TRUE(aDone) << aLog.toStdString();
    ASSERT_TRUE(bDone) << bLog.toStdString();

    const QList<qint64> fromA = a.numbers();
    const QList<qint64> fromB = b.numbers();
    EXPECT_EQ(fromA.size(), kEach);
    EXPECT_EQ(fromB.size(), kEach);
    QList<qint64> all = fromA + fromB;
    std::sort(all.begin(), all.end());
    QList<qint64> expected;
    for (qint64 n = 1; n <= 2 * kEach; ++n)
        expected << n;
    EXPECT_EQ(all, expected); // each of 1..2000 exactly once: no duplicate, no gap
    // Each worker saw its own numbers rise.
    EXPECT_TRUE(std::is_sorted(fromA.begin(), fromA.end()));
    EXPECT_TRUE(std::is_sorted(fromB.begin(), fromB.end()));
    // How much they overlapped (for the log, not asserted: the scheduler decides).
    const QSet<qint64> ofA(fromA.begin(), fromA.end());
    int handovers = 0;
    for (qint64 n = 2; n <= 2 * kEach; ++n)
        handovers += ofA.contains(n) != ofA.contains(n - 1) ? 1 : 0;
    std::cout << "handovers between the workers: " << handovers << "; A " << aLog.trimmed().toStdString() << ", B "
              << bLog.trimmed().toStdString() << std::endl;

    open();
    EXPECT_EQ(numbers().lastSequence(QStringLiteral("PO"), QStringLiteral("R01")).valueOr(-1), 2 * kEach);
}
