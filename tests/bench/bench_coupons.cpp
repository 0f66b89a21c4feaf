// Coupon codes (issue 11 "Numbers": 1M codes, no collision; the check catches every single typo): how fast
// CouponCode makes and checks codes, beside raw baselines in the same run — the CSPRNG bytes alone, and a
// plain loop that only maps bits to symbols.
//
//   bench_coupons [--benchmark_...]
#include "members/couponcode.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <vector>

using namespace qtill::members;

namespace {

constexpr int kCodes = 1'000'000;

/// A million codes from the system CSPRNG, check symbol included.
void BM_GenerateMillionCodes(benchmark::State &state)
{
    for (auto _ : state) {
        const QList<QString> codes = CouponCode::generate(kCodes);
        benchmark::DoNotOptimize(codes.constData());
    }
    state.SetItemsProcessed(state.iterations() * kCodes);
}

/// Raw baseline: the CSPRNG's 8 MB alone.
void BM_RawSystemRandomBytes(benchmark::State &state)
{
    std::vector<quint32> words(size_t(kCodes) * 2);
    for (auto _ : state) {
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        benchmark::DoNotOptimize(words.data());
    }
    state.SetItemsProcessed(state.iterations() * kCodes);
}

/// Raw baseline: bits to 12 ASCII symbols in a char buffer, no check, no QString.
void BM_RawBitsToSymbols(benchmark::State &state)
{
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::vector<char> out(size_t(kCodes) * 12);
    quint64 x = 0x9E3779B97F4A7C15ull;
    for (auto _ : state) {
        for (int i = 0; i < kCodes; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            quint64 bits = x;
            for (int j = 0; j < 12; ++j, bits >>= 5)
                out[size_t(i) * 12 + size_t(j)] = kAlphabet[bits & 31u];
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * kCodes);
}

/// What the till does with a typed code: normalise, parse, verify the check symbol.
void BM_ParseTypedCode(benchmark::State &state)
{
    const QList<QString> codes = CouponCode::generate(1000);
    QStringList typed;
    for (const QString &c : codes)
        typed << CouponCode::grouped(c).toLower();
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(CouponCode::parse(typed.at(i++ % typed.size())).ok());
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_GenerateMillionCodes)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RawSystemRandomBytes)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RawBitsToSymbols)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ParseTypedCode);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
