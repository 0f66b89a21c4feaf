// Two lanes on one store: two processes adjust, receive and transfer the same three products at the
// same time (laneworker). On PostgreSQL nothing serialises them but the row locks and retries of the
// services; on SQLite the file's write lock does. Afterwards, on either engine: the stock ledger
// verifies, every balance is what the lanes' committed operations add up to (nothing lost, nothing
// twice), no balance went below zero where the store blocks it, and the receipt and transfer numbers
// are gapless.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/stockledger.h"
#include "inventory/transferservice.h"

#include "core/store.h"
#include "core/storesettings.h"
#include "inventory/receivingservice.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>

using namespace qtill;
using namespace qtill::inventory;

namespace {

constexpr int kOperationsPerLane = 150;
constexpr qint64 kStartUnits = 4;

/// One laneworker process, started and given its go signal by the test.
struct LaneProcess
{
    QProcess process;

    void start(const QString &database, int seed)
    {
        process.start(QStringLiteral(QTILL_LANE_WORKER),
                      {database, QString::number(seed), QString::number(kOperationsPerLane)});
    }
    bool ready()
    {
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(60000))
                return false;
        }
        return process.readLine().trimmed() == "ready";
    }
    void go()
    {
        process.write("go\n");
        process.waitForBytesWritten();
    }
    bool finish()
    {
        process.closeWriteChannel();
        const bool ended = process.waitForFinished(300000);
        return ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
};

/// The sequence at the end of a document number ("GR-R01-00000007" → 7), per prefix ("GR-R01").
std::pair<QString, qint64> sequenceOf(const QString &number)
{
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    return {number.left(dash), number.mid(dash + 1).toLongLong()};
}

} // namespace

TEST(TwoLanes, ConcurrentAdjustmentsDeliveriesAndTransfersAddUpExactly)
{
    inventory::test::DemoFixture demo;
    ASSERT_TRUE(demo.services);
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    StoreSettings settings(demo.store());
    ASSERT_TRUE(StockLedger::kAllowNegativeStock.set(settings, false));

    // What each (product, location) holds before the lanes start.
    std::map<std::pair<qint64, qint64>, qint64> expected;
    const Location floor = ledger.location(QLatin1String(DemoStore::kFloorCode)).value();
    const Location back = ledger.location(QLatin1String(DemoStore::kBackRoomCode)).value();
    auto &catalog = InventoryServices::of(*demo.services).catalog();
    for (const char *sku : {"140006", "140001", "140002"}) {
        const ProductId id = catalog.productBySku(QLatin1String(sku)).value().id;
        for (const Location &l : {floor, back}) {
            // Little stock, so the lanes compete for the last units and some removals are refused.
            const Quantity delta = Quantity::units(kStartUnits).minus(ledger.onHand(id, l.id).value()).value();
            if (!delta.isZero()) {
                ASSERT_TRUE(ledger.adjust(demo.owner, id, l.id, delta, StockReason::kAdjustment, QStringLiteral("start")).ok());
            }
            expected[{id.value(), l.id.value()}] = ledger.onHand(id, l.id).value().milli();
        }
    }
    const qint64 movementsBefore = ledger.verify().value().movementsChecked;
    // The last receipt and transfer numbers before the lanes start (the demo books some).
    std::map<QString, qint64> lastBefore;
    for (const GoodsReceiptSummary &r : InventoryServices::of(*demo.services).receiving().recent(1).value())
        lastBefore.insert(sequenceOf(r.number));
    for (const Transfer &t : InventoryServices::of(*demo.services).transfers().list({}, 1).value())
        lastBefore.insert(sequenceOf(t.number));
    const QString database = demo.store().path();
    demo.services.reset(); // the lanes are the store's only users now

    LaneProcess a, b;
    a.start(database, 1);
    b.start(database, 2);
    ASSERT_TRUE(a.ready()) << a.process.readAllStandardError().toStdString();
    ASSERT_TRUE(b.ready()) << b.process.readAllStandardError().toStdString();
    a.go();
    b.go();
    ASSERT_TRUE(a.finish()) << a.process.readAllStandardError().toStdString();
    ASSERT_TRUE(b.finish()) << b.process.readAllStandardError().toStdString();

    // Replay what the lanes say they committed.
    qint64 movements = 0;
    int refused = 0;
    std::map<QString, std::set<qint64>> numbers;
    for (LaneProcess *lane : {&a, &b}) {
        const QStringList lines = QString::fromUtf8(lane->process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ASSERT_EQ(lines.size(), kOperationsPerLane);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.at(0) == QLatin1String("A")) {
                expected[{f.at(1).toLongLong(), f.at(2).toLongLong()}] += f.at(3).toLongLong();
                movements += 1;
            } else if (f.at(0) == QLatin1String("R")) {
                expected[{f.at(2).toLongLong(), f.at(3).toLongLong()}] += f.at(4).toLongLong();
                movements += 1;
                const auto [prefix, seq] = sequenceOf(f.at(1));
                EXPECT_TRUE(numbers[prefix].insert(seq).second) << "receipt number twice: " << line.toStdString();
            } else if (f.at(0) == QLatin1String("T")) {
                expected[{f.at(2).toLongLong(), f.at(3).toLongLong()}] -= f.at(5).toLongLong();
                expected[{f.at(2).toLongLong(), f.at(4).toLongLong()}] += f.at(5).toLongLong();
                movements += 2;
                const auto [prefix, seq] = sequenceOf(f.at(1));
                EXPECT_TRUE(numbers[prefix].insert(seq).second) << "transfer number twice: " << line.toStdString();
            } else {
                ++refused;
            }
        }
    }

    InventoryModule module;
    auto reopened = Services::open(Services::Options{.clock = demo.clock, .path = database, .modules = {&module},
                                                     .pinParams = PinHasher::Params::fastest(),
                                                     .createIfMissing = false});
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    StockLedger &checked = InventoryServices::of(**reopened).ledger();
    auto verified = checked.verify();
    ASSERT_TRUE(verified.ok()) << verified.error().toString().toStdString();
    EXPECT_TRUE(verified->ok) << verified->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(verified->movementsChecked, movementsBefore + movements) << "a committed movement is missing or extra";
    for (const auto &[key, milli] : expected) {
        const qint64 onHand = checked.onHand(ProductId(key.first), LocationId(key.second)).value().milli();
        EXPECT_EQ(onHand, milli) << "product " << key.first << " at location " << key.second;
        EXPECT_GE(onHand, 0) << "negative stock is blocked, yet product " << key.first << " went below zero";
    }
    ASSERT_FALSE(numbers.empty());
    EXPECT_GT(refused, 0) << "the lanes never competed for the last units";
    for (const auto &[prefix, seqs] : numbers) {
        // Gapless: the lanes' numbers of one kind follow the last one before them without a hole.
        const qint64 first = lastBefore.count(prefix) ? lastBefore.at(prefix) + 1 : 1;
        EXPECT_EQ(*seqs.begin(), first) << prefix.toStdString();
        EXPECT_EQ(*seqs.rbegin(), first + qint64(seqs.size()) - 1) << prefix.toStdString() << " has a gap";
    }
    std::cout << "committed movements: " << movements << ", operations refused for stock: " << refused << '\n';
}
