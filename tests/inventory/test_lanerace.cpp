// Two lanes changing the same thing at the same moment: each lane is a thread with its own Services
// (its own connection) on one store, and both start each round together (a barrier). On PostgreSQL
// (READ COMMITTED) only the services' own guards keep the second lane from acting on what it read
// before the first committed: the conditional status update of a serial number, the locked stock
// balance of a supplier return. On SQLite the file's write lock serialises the lanes. Either way,
// in every round exactly one lane wins and the other is refused with Conflict, and the store holds
// exactly one event, one movement, one return per round.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/productservice.h"
#include "inventory/receivingservice.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierreturnservice.h"
#include "inventory/supplierservice.h"

#include "core/auditlog.h"
#include "core/storesettings.h"

#include <algorithm>
#include <array>
#include <barrier>
#include <functional>
#include <thread>

using namespace qtill;
using namespace qtill::inventory;

namespace {

constexpr int kRounds = 12;

/// What one lane's attempt in one round came to.
struct Attempt
{
    bool ok = false;
    Error::Code code = Error::Code::Internal;
    QString message;
};

Attempt attemptOf(const Status &status)
{
    return status ? Attempt{true, {}, {}} : Attempt{false, status.error().code, status.error().message};
}

/// One lane's view of the store: its own Services on the store's address, on the lane's thread.
struct Lane
{
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0))};
    InventoryModule module;
    std::unique_ptr<Services> services;
    Session supervisor;

    InventoryServices &inventory() { return InventoryServices::of(*services); }
};

/// One lane's attempt in one round; `index` 0 or 1 says which lane.
using LaneWork = std::function<Status(Lane &lane, int index, int round)>;

/// Runs `work` kRounds times on two lanes at once; [round][lane] what each attempt came to.
std::vector<std::array<Attempt, 2>> race(const QString &address, const LaneWork &work)
{
    std::vector<std::array<Attempt, 2>> attempts(kRounds);
    std::barrier start(2);
    auto runLane = [&](int index) {
        Lane lane;
        auto opened = Services::open(Services::Options{.clock = lane.clock, .path = address, .modules = {&lane.module},
                                                       .pinParams = PinHasher::Params::fastest(),
                                                       .createIfMissing = false});
        if (opened)
            lane.services = std::move(*opened);
        if (lane.services)
            lane.supervisor = lane.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
        for (int round = 0; round < kRounds; ++round) {
            start.arrive_and_wait();
            attempts[round][index] = lane.services ? attemptOf(work(lane, index, round))
                                                   : Attempt{false, Error::Code::Internal, opened.error().toString()};
        }
    };
    std::thread a(runLane, 0);
    std::thread b(runLane, 1);
    a.join();
    b.join();
    return attempts;
}

/// Every round: one lane won, the other got Conflict (said in words a person understands).
void expectOneWinnerPerRound(const std::vector<std::array<Attempt, 2>> &attempts)
{
    for (int round = 0; round < kRounds; ++round) {
        const auto &[a, b] = attempts[round];
        EXPECT_NE(a.ok, b.ok) << "round " << round << ": " << (a.ok ? "both lanes won" : "no lane won: ")
                              << a.message.toStdString() << " / " << b.message.toStdString();
        const Attempt &loser = a.ok ? b : a;
        EXPECT_EQ(loser.code, Error::Code::Conflict) << "round " << round << ": " << loser.message.toStdString();
    }
}

struct LaneRaceTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    InventoryServices &inventory = InventoryServices::of(*demo.services);
    LocationId floor = inventory.ledger().location(QStringLiteral("FLOOR")).value().id;
    Supplier supplier = inventory.suppliers().supplierByCode(QStringLiteral("S002")).value();
    Product phone = makePhone();

    Product makePhone()
    {
        Product p;
        p.sku = QStringLiteral("259001");
        p.name = QStringLiteral("测试手机 竞争");
        p.categoryId = inventory.catalog().categories().value().constFirst().id;
        p.unit = QStringLiteral("台");
        p.price = Money::fromMinor(199900, Currency::cny());
        p.cost = Money::fromMinor(150000, Currency::cny());
        p.taxClass = QStringLiteral("standard");
        p.serialTracked = true;
        auto id = inventory.products().create(demo.owner, p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toString().toStdString());
        return inventory.catalog().product(id.valueOr(ProductId())).valueOr(Product());
    }

    static QString serialOf(int round) { return QStringLiteral("RACE-%1").arg(round, 4, 10, QLatin1Char('0')); }

    /// Receives one phone per round (serials RACE-0000 …) on the floor, through receiving.
    void receivePhones()
    {
        Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
        QStringList serials;
        for (int round = 0; round < kRounds; ++round)
            serials << serialOf(round);
        auto received = inventory.receiving().receive(
            supervisor, ReceiveRequest{{}, supplier.id, floor, QStringLiteral("DN-RACE"),
                                       {ReceiptLine{phone.id, Quantity::units(kRounds), {}, serials}}});
        ASSERT_TRUE(received.ok()) << received.error().toString().toStdString();
    }

    /// How many events `event` the unit with `serial` has.
    int eventsOf(const QString &serial, const QString &event)
    {
        const auto found = inventory.serials().lookup(serial);
        EXPECT_TRUE(found.ok()) << serial.toStdString();
        if (!found || found->isEmpty())
            return -1;
        return int(std::count_if(found->first().history.cbegin(), found->first().history.cend(),
                                 [&](const SerialEvent &e) { return e.event == event; }));
    }

    SerialStatus statusOf(const QString &serial) { return inventory.serials().lookup(serial).value().first().status; }
};

} // namespace

TEST_F(LaneRaceTest, TwoLanesSellingTheSameSerialSellItOnce)
{
    receivePhones();
    const auto attempts = race(demo.database.address(), [](Lane &lane, int index, int round) -> Status {
        auto sold = lane.inventory().serials().markSold(serialOf(round), QStringLiteral("R0%1-%2").arg(index + 1).arg(round),
                                                       {}, 12, lane.supervisor.operatorId);
        return sold ? Status() : Status(sold.error());
    });
    expectOneWinnerPerRound(attempts);
    for (int round = 0; round < kRounds; ++round) {
        EXPECT_EQ(statusOf(serialOf(round)), SerialStatus::Sold);
        EXPECT_EQ(eventsOf(serialOf(round), QStringLiteral("sold")), 1) << serialOf(round).toStdString();
    }
}

TEST_F(LaneRaceTest, AUnitSoldOnOneLaneWhileTheOtherSendsItBackGoesOneWayOnly)
{
    receivePhones();
    const Quantity before = inventory.ledger().onHand(phone.id, floor).value();
    const qsizetype returnsBefore = inventory.supplierReturns().recent().value().size();
    const SupplierId to = supplier.id;
    const ProductId product = phone.id;
    const LocationId from = floor;
    const auto attempts = race(demo.database.address(), [=](Lane &lane, int index, int round) -> Status {
        // The lanes swap roles every round, so each kind of change is sometimes the first.
        if ((index + round) % 2 == 0) {
            auto sold = lane.inventory().serials().markSold(serialOf(round), QStringLiteral("R01-%1").arg(round), {}, 12,
                                                           lane.supervisor.operatorId);
            return sold ? Status() : Status(sold.error());
        }
        auto returned = lane.inventory().supplierReturns().returnGoods(
            lane.supervisor, SupplierReturnRequest{to, from, QStringLiteral("屏幕坏点"),
                                                   {ReceiptLine{product, Quantity::units(1), {}, {serialOf(round)}}}});
        return returned ? Status() : Status(returned.error());
    });
    expectOneWinnerPerRound(attempts);
    qint64 sentBack = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString serial = serialOf(round);
        const SerialStatus status = statusOf(serial);
        ASSERT_TRUE(status == SerialStatus::Sold || status == SerialStatus::ReturnedToSupplier) << serial.toStdString();
        EXPECT_EQ(eventsOf(serial, QStringLiteral("sold")) + eventsOf(serial, QStringLiteral("returned_to_supplier")), 1)
            << serial.toStdString();
        if (status == SerialStatus::ReturnedToSupplier)
            ++sentBack;
    }
    // Only the units that went back left the stock (a sale's stock movement is checkout's), once each.
    EXPECT_EQ(inventory.ledger().onHand(phone.id, floor).value().milli(), before.milli() - sentBack * 1000);
    EXPECT_EQ(inventory.supplierReturns().recent().value().size(), returnsBefore + sentBack);
    EXPECT_TRUE(inventory.ledger().verify().value().ok);
}

TEST_F(LaneRaceTest, TwoLanesReceivingTheSameUnitBackFromTheSupplierBookItOnce)
{
    receivePhones();
    Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
    QStringList serials;
    for (int round = 0; round < kRounds; ++round)
        serials << serialOf(round);
    ASSERT_TRUE(inventory.supplierReturns()
                    .returnGoods(supervisor, SupplierReturnRequest{supplier.id, floor, QStringLiteral("返修"),
                                                                   {ReceiptLine{phone.id, Quantity::units(kRounds), {}, serials}}})
                    .ok());
    const Quantity before = inventory.ledger().onHand(phone.id, floor).value();
    const SupplierId from = supplier.id;
    const ProductId product = phone.id;
    const LocationId to = floor;
    const auto attempts = race(demo.database.address(), [=](Lane &lane, int index, int round) -> Status {
        // The repaired unit comes back and both lanes record it. Even rounds through receiving (whose
        // receipt number already makes the second lane wait for the first), odd rounds through the
        // serial hook alone, where only the conditional update stands between the lanes.
        if (round % 2 == 0) {
            auto received = lane.inventory().receiving().receive(
                lane.supervisor, ReceiveRequest{{}, from, to, QStringLiteral("DN-REPAIR-%1-%2").arg(round).arg(index),
                                                {ReceiptLine{product, Quantity::units(1), {}, {serialOf(round)}}}});
            return received ? Status() : Status(received.error());
        }
        return lane.inventory().serials().recordReceipt(product, {serialOf(round)}, to,
                                                        QStringLiteral("DN-REPAIR-%1-%2").arg(round).arg(index),
                                                        lane.supervisor.operatorId);
    });
    expectOneWinnerPerRound(attempts);
    for (int round = 0; round < kRounds; ++round) {
        EXPECT_EQ(statusOf(serialOf(round)), SerialStatus::InStock);
        EXPECT_EQ(eventsOf(serialOf(round), QStringLiteral("received")), 2) << "the first delivery and one repair";
    }
    // Stock came back once per received round (the hook alone moves no stock).
    EXPECT_EQ(inventory.ledger().onHand(phone.id, floor).value().milli(), before.milli() + (kRounds + 1) / 2 * 1000);
    EXPECT_TRUE(inventory.ledger().verify().value().ok);
}

TEST_F(LaneRaceTest, SupplierReturnsNeverTakeMoreThanIsOnHand)
{
    // Negative stock is blocked. (Each return takes its RT number first, whose counter row already
    // makes the second lane wait; the locked balance in StockLedger::post is what decides either way.) The floor holds 2^kRounds - 1 units; in round r both lanes send back
    // 2^(kRounds-1-r) units: there is enough for one lane and not for both (what is left after the
    // round is less than one lane's amount), so exactly one may win, and the floor ends at zero.
    StoreSettings settings(demo.store());
    ASSERT_TRUE(StockLedger::kAllowNegativeStock.set(settings, false));
    const Product cola = inventory.catalog().productBySku(QStringLiteral("140006")).value();
    const Quantity start = Quantity::units((qint64(1) << kRounds) - 1);
    const Quantity delta = start.minus(inventory.ledger().onHand(cola.id, floor).value()).value();
    ASSERT_TRUE(inventory.ledger().adjust(demo.owner, cola.id, floor, delta, StockReason::kAdjustment, QStringLiteral("race")).ok());
    const qint64 movementsBefore = inventory.ledger().verify().value().movementsChecked;
    const qsizetype returnsBefore = inventory.supplierReturns().recent().value().size();
    const SupplierId to = supplier.id;
    const LocationId from = floor;
    const ProductId product = cola.id;
    const auto attempts = race(demo.database.address(), [=](Lane &lane, int, int round) -> Status {
        const Quantity amount = Quantity::units(qint64(1) << (kRounds - 1 - round));
        auto returned = lane.inventory().supplierReturns().returnGoods(
            lane.supervisor, SupplierReturnRequest{to, from, QStringLiteral("过期"), {ReceiptLine{product, amount, {}}}});
        return returned ? Status() : Status(returned.error());
    });
    expectOneWinnerPerRound(attempts);
    EXPECT_EQ(inventory.ledger().onHand(cola.id, floor).value().milli(), 0);
    const auto verified = inventory.ledger().verify().value();
    EXPECT_TRUE(verified.ok) << verified.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(verified.movementsChecked, movementsBefore + kRounds);
    EXPECT_EQ(inventory.supplierReturns().recent().value().size(), returnsBefore + kRounds);
}
