#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace qtill::bench {

/// Per-call times in µs → p50/p99/max counters (sorts `us`).
inline void reportPercentiles(benchmark::State &state, std::vector<double> &us)
{
    if (us.empty())
        return;
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size())))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

inline double elapsedUs(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - from).count();
}

} // namespace qtill::bench
