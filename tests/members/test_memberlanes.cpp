// Two lanes paying from one member's balance at the same moment: each lane is a thread with its own
// Services (its own connection) on the test's store — on PostgreSQL (QTILL_TEST_ENGINE=postgresql) two
// READ COMMITTED sessions, where only the conditional balance update keeps the second lane from spending
// what the first already took. Each round both lanes start together (a barrier) and each pays most of the
// balance: exactly one succeeds, the other gets Conflict, and the ledger equals the balance afterwards.
#include "membersfixture.h"

#include <array>
#include <atomic>
#include <barrier>
#include <functional>
#include <thread>

using namespace qtill;
using namespace qtill::members;

namespace {

using members::test::text;

constexpr int kRounds = 8;

struct Attempt
{
    bool ok = false;
    Error::Code code = Error::Code::Internal;
    QString message;
};

/// One lane: its own Services on the store's address, on the lane's thread.
struct Lane
{
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    inventory::InventoryModule inventoryModule;
    MembersModule membersModule;
    std::unique_ptr<Services> services;
    Session cashier;

    MembersServices &module() { return MembersServices::of(*services); }
};

using LaneWork = std::function<Status(Lane &lane, int index, int round)>;

/// Runs `work` kRounds times on two lanes at once; `between` runs on the test's thread before each round.
std::vector<std::array<Attempt, 2>> race(const QString &address, const std::function<void(int)> &between,
                                         const LaneWork &work)
{
    std::vector<std::array<Attempt, 2>> attempts(kRounds);
    std::barrier ready(3);  // the test thread set the round up
    std::barrier start(2);  // both lanes go at once
    std::barrier done(3);   // both lanes finished the round
    auto runLane = [&](int index) {
        Lane lane;
        auto opened = Services::open(Services::Options{.clock = lane.clock, .path = address,
                                                       .modules = {&lane.inventoryModule, &lane.membersModule},
                                                       .pinParams = PinHasher::Params::fastest(),
                                                       .createIfMissing = false});
        if (opened) {
            lane.services = std::move(*opened);
            lane.cashier = lane.services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        }
        for (int round = 0; round < kRounds; ++round) {
            ready.arrive_and_wait();
            start.arrive_and_wait();
            if (!lane.services) {
                attempts[round][index] = Attempt{false, Error::Code::Internal, opened.error().toString()};
            } else {
                const Status result = work(lane, index, round);
                attempts[round][index] = result ? Attempt{true, {}, {}}
                                                : Attempt{false, result.error().code, result.error().message};
            }
            done.arrive_and_wait();
        }
    };
    std::thread a(runLane, 0);
    std::thread b(runLane, 1);
    for (int round = 0; round < kRounds; ++round) {
        between(round);
        ready.arrive_and_wait();
        done.arrive_and_wait();
    }
    a.join();
    b.join();
    return attempts;
}

void expectOneWinnerPerRound(const std::vector<std::array<Attempt, 2>> &attempts)
{
    for (int round = 0; round < kRounds; ++round) {
        const auto &[a, b] = attempts[round];
        EXPECT_NE(a.ok, b.ok) << "round " << round << ": " << (a.ok ? "both lanes paid" : "no lane paid: ")
                              << a.message.toStdString() << " / " << b.message.toStdString();
        const Attempt &loser = a.ok ? b : a;
        EXPECT_EQ(loser.code, Error::Code::Conflict) << "round " << round << ": " << loser.message.toStdString();
    }
}

struct MemberLanesTest : ::testing::Test, members::test::MembersFixture
{
    Member m = registered(QStringLiteral("13812341234"));
    /// Amounts the lanes use, made on the test's thread (the fixture's Services belong to it).
    Currency currency = services->storeProfile().currency();
    Money laneFen(qint64 minor) const { return Money::fromMinor(minor, currency); }

    void TearDown() override { expectLedgersBalance(); }
};

} // namespace

TEST_F(MemberLanesTest, TwoLanesPayingMostOfOneBalanceAtOnceOnlyOnePays)
{
    auto topUpRound = [&](int) {
        ASSERT_TRUE(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(100), QStringLiteral("cash")}).ok());
    };
    // Each round adds ¥100 to what is left (¥20 from the round before) and both lanes try to pay ¥80+.
    auto attempts = race(database.address(), topUpRound, [&](Lane &lane, int index, int round) -> Status {
        auto paid = lane.module().storedValue().pay(
            lane.cashier, StoredValueRequest{newId(), m.id, QStringLiteral("sale-%1-%2").arg(round).arg(index),
                                             laneFen(8000 + index * 100 + (round > 0 ? 2000 : 0)), {}});
        return paid ? Status() : Status(paid.error());
    });
    expectOneWinnerPerRound(attempts);
    qint64 paid = 0;
    for (int round = 0; round < kRounds; ++round)
        for (int index = 0; index < 2; ++index)
            paid += attempts[round][index].ok ? 8000 + index * 100 + (round > 0 ? 2000 : 0) : 0;
    EXPECT_EQ(storedOf(m.id), kRounds * 10000 - paid);
    EXPECT_GE(storedOf(m.id), 0);
}

TEST_F(MemberLanesTest, TwoLanesRedeemingMostOfThePointsAtOnceOnlyOneRedeems)
{
    auto earnRound = [&](int) {
        const qint64 missing = 1000 - pointsOf(m.id);
        if (missing != 0) {
            ASSERT_TRUE(points().adjust(owner, newId(), m.id, missing, QStringLiteral("race")).ok());
        }
    };
    auto attempts = race(database.address(), earnRound, [&](Lane &lane, int index, int round) -> Status {
        auto redeemed = lane.module().points().redeem(lane.cashier, newId(), m.id,
                                                      QStringLiteral("sale-%1-%2").arg(round).arg(index), laneFen(600 + index));
        return redeemed ? Status() : Status(redeemed.error());
    });
    expectOneWinnerPerRound(attempts);
    EXPECT_GE(pointsOf(m.id), 0);
}

TEST_F(MemberLanesTest, TwoLanesReleasingTheSameBonusMonthReleaseItOnce)
{
    ASSERT_TRUE(storedValue().saveRule(owner, RechargeRule{0, QStringLiteral("充100送80"), yuan(100), yuan(80), 0, 9, true}).ok());
    ASSERT_TRUE(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(100), QStringLiteral("cash")}).ok());
    std::array<std::atomic<int>, 2> released{0, 0};
    race(database.address(), [](int) {}, [&](Lane &lane, int index, int round) -> Status {
        lane.clock.set(QDateTime(QDate(2026, 12, 7).addMonths(round + 1), QTime(10, 0)));
        auto done = lane.module().storedValue().releaseDue(lane.clock.now());
        if (done)
            released[index] += *done;
        return done ? Status() : Status(done.error());
    });
    EXPECT_EQ(released[0] + released[1], kRounds) << "one month per round, whichever lane got it";
    EXPECT_EQ(storedOf(m.id), 10000 + 8000) << "the whole bonus, nine months";
}
