// The pricing engine (issue 11 "Numbers"): a 50-line cart against 200 active promotions and 5 offered
// coupons, beside a raw baseline in the same run — one pass applying a flat percent to each line, the
// floor any engine pays. Target: p99 < 5 ms.
//
//   bench_pricing [--benchmark_...]
#include "benchtiming.h"

#include "members/pricingengine.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <ctime>

using namespace qtill;
using namespace qtill::members;

namespace {

constexpr int kLines = 50;
constexpr int kPromotions = 200;
constexpr int kCategories = 12;

/// This thread's CPU time in µs: the engine's own cost, apart from the waits of a shared, loaded machine.
double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

/// p99 of per-call CPU times, beside the wall-clock percentiles.
void reportCpuP99(benchmark::State &state, std::vector<double> &cpu)
{
    if (cpu.empty())
        return;
    std::sort(cpu.begin(), cpu.end());
    state.counters["cpu_p99_us"] = cpu[std::min(cpu.size() - 1, size_t(0.99 * double(cpu.size())))];
}

Money fen(std::int64_t minor)
{
    return Money::fromMinor(minor, Currency::cny());
}

PricingScope scopeFor(QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0:
        return PricingScope::ofCategories({CategoryId(1 + random.bounded(kCategories))});
    case 1:
        return PricingScope::all();
    default:
        return PricingScope::ofProducts({ProductId(1 + random.bounded(kLines)), ProductId(1 + random.bounded(kLines))});
    }
}

Promotion promotionFor(int i, QRandomGenerator &random)
{
    Promotion p;
    p.id = QStringLiteral("promo%1").arg(i, 3, 10, QLatin1Char('0'));
    p.name = p.id;
    p.scope = scopeFor(random);
    p.stackable = random.bounded(4) == 0;
    p.priority = random.bounded(3);
    switch (i % 6) {
    case 0: p.kind = Promotion::Kind::PercentOff; p.percentBasisPoints = 500 + 100 * random.bounded(20); break;
    case 1: p.kind = Promotion::Kind::AmountOff; p.amount = fen(10 + random.bounded(200)); break;
    case 2: p.kind = Promotion::Kind::MemberPrice; p.amount = fen(100 + random.bounded(2000)); p.tiers = {QStringLiteral("gold")}; break;
    case 3: p.kind = Promotion::Kind::BuyGetFree; p.buy = 1 + random.bounded(3); p.get = 1; break;
    case 4: p.kind = Promotion::Kind::BundlePrice; p.buy = 2 + random.bounded(3); p.amount = fen(500 + random.bounded(3000)); break;
    default:
        p.kind = Promotion::Kind::Threshold;
        p.threshold = fen(5000 + 1000 * random.bounded(20));
        p.amount = fen(500 + 100 * random.bounded(20));
        p.every = random.bounded(2) == 0;
        break;
    }
    return p;
}

PricingInput benchInput()
{
    QRandomGenerator random(11);
    PricingInput in;
    in.currency = Currency::cny();
    in.memberTier = QStringLiteral("gold");
    in.localDate = QDate(2026, 12, 7);
    in.localTime = QTime(18, 0);
    in.instant = QDateTime(in.localDate, QTime(10, 0), Qt::UTC);
    for (int l = 0; l < kLines; ++l) {
        PricingLine line;
        line.key = QStringLiteral("line%1").arg(l);
        line.product = ProductId(1 + l);
        line.name = QStringLiteral("Product %1").arg(l);
        line.categories = {CategoryId(1 + l % kCategories)};
        line.unitPrice = fen(100 + random.bounded(4900));
        line.quantity = Quantity::units(1 + random.bounded(3));
        in.lines.append(line);
    }
    for (int i = 0; i < kPromotions; ++i)
        in.promotions.append(promotionFor(i, random));
    for (int c = 0; c < 5; ++c) {
        Coupon coupon;
        coupon.code = QStringLiteral("C%1").arg(c);
        coupon.kind = c == 0 ? Coupon::Kind::PercentOff : c == 4 ? Coupon::Kind::PointsMultiplier : Coupon::Kind::AmountOff;
        coupon.percentBasisPoints = 1000;
        coupon.cap = fen(2000);
        coupon.amount = fen(300 * (c + 1));
        coupon.minimumSpend = fen(5000 * c);
        coupon.stackable = c % 2 == 0;
        in.coupons.append(coupon);
    }
    return in;
}

void BM_PricingEngine(benchmark::State &state)
{
    const PricingInput in = benchInput();
    std::vector<double> us, cpu;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const double cpuStarted = threadCpuUs();
        auto result = PricingEngine::price(in);
        cpu.push_back(threadCpuUs() - cpuStarted);
        us.push_back(bench::elapsedUs(started));
        if (!result) {
            state.SkipWithError(result.error().toString().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(result);
        state.counters["discount_fen"] = double(result->totalDiscount.minor());
        state.counters["exact"] = result->exact ? 1 : 0;
    }
    bench::reportPercentiles(state, us);
    reportCpuP99(state, cpu);
}

/// The search's worst shape: 200 exclusive promotions in components of exactly kExactPromotions (each
/// component's rules share two products), so every component is enumerated.
void BM_PricingEngineSmallComponents(benchmark::State &state)
{
    PricingInput in = benchInput();
    in.promotions.clear();
    QRandomGenerator random(12);
    const int size = PricingEngine::kExactPromotions;
    for (int i = 0; i < kPromotions; ++i) {
        Promotion p = promotionFor(i, random);
        if (p.kind == Promotion::Kind::Threshold) {
            p.kind = Promotion::Kind::PercentOff;
            p.percentBasisPoints = 1000;
        }
        const int group = i / size;
        p.scope = PricingScope::ofProducts({ProductId(1 + (2 * group) % kLines), ProductId(2 + (2 * group) % kLines)});
        p.stackable = false;
        p.tiers.clear();
        in.promotions.append(p);
    }
    std::vector<double> us, cpu;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const double cpuStarted = threadCpuUs();
        auto result = PricingEngine::price(in);
        cpu.push_back(threadCpuUs() - cpuStarted);
        us.push_back(bench::elapsedUs(started));
        benchmark::DoNotOptimize(result);
        state.counters["exact"] = result && result->exact ? 1 : 0;
    }
    bench::reportPercentiles(state, us);
    reportCpuP99(state, cpu);
}

/// The floor: one pass over the lines, price × quantity and a flat 10 % off each, summed.
void BM_RawFlatPercent(benchmark::State &state)
{
    const PricingInput in = benchInput();
    std::vector<double> us, cpu;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const double cpuStarted = threadCpuUs();
        MoneySum total(in.currency);
        for (const PricingLine &line : in.lines) {
            auto amount = line.unitPrice.times(line.quantity);
            total.add(amount);
            if (amount)
                total.add(amount->percent(-1000, RoundingMode::HalfUp));
        }
        cpu.push_back(threadCpuUs() - cpuStarted);
        us.push_back(bench::elapsedUs(started));
        benchmark::DoNotOptimize(total);
    }
    bench::reportPercentiles(state, us);
    reportCpuP99(state, cpu);
}

} // namespace

BENCHMARK(BM_PricingEngine)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PricingEngineSmallComponents)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RawFlatPercent)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::AddCustomContext("cart", "50 lines, 200 promotions, 5 coupons");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
