// Which promotions take which units: evaluation of one promotion on candidate units, and the search over
// competing exclusive promotions (docs/pricing.md "The search").
#include "pricingstate.h"

#include "members/pricingengine.h"

#include <QMap>

#include <algorithm>
#include <numeric>

namespace qtill::members::detail {
namespace {

using Kind = Promotion::Kind;

bool underLimit(const Promotion &p, int times)
{
    return p.perOrderLimit == 0 || times < p.perOrderLimit;
}

/// Adds a group's units with `discount` shared over them by their reduced prices.
void addGroup(const PricingState &state, Application &a, const QList<int> &group, std::int64_t discount)
{
    QList<std::int64_t> bases;
    for (int u : group)
        bases.append(state.units[u].reduced);
    const QList<std::int64_t> shares = shareOutLargestRemainder(discount, bases);
    for (int i = 0; i < group.size(); ++i) {
        a.units.append(group[i]);
        a.perUnit.append(shares[i]);
        a.base += bases[i];
    }
    a.total += discount;
    ++a.times;
}

Application perUnit(const PricingState &state, int p, const QList<int> &candidates, bool againstChain)
{
    const Promotion &promotion = state.input().promotions[p];
    auto a = Application::of(p);
    QList<int> percentUnits; // percent: rounded once per line (a line's units are consecutive here)
    for (int u : candidates) {
        const Unit &unit = state.units[u];
        const std::int64_t d = unitDiscount(promotion, state.input().lines[unit.line], unit.reduced);
        if (d <= 0 || (againstChain && d <= state.chainEstimate[unit.line]) || !underLimit(promotion, a.times))
            continue;
        ++a.times;
        if (promotion.kind == Kind::PercentOff) {
            percentUnits.append(u);
            continue;
        }
        a.units.append(u);
        a.perUnit.append(d);
        a.base += unit.reduced;
        a.total += d;
    }
    const int times = a.times;
    for (qsizetype first = 0; first < percentUnits.size();) {
        const int line = state.units[percentUnits[first]].line;
        qsizetype end = first;
        std::int64_t base = 0;
        for (; end < percentUnits.size() && state.units[percentUnits[end]].line == line; ++end)
            base += state.units[percentUnits[end]].reduced;
        addGroup(state, a, percentUnits.mid(first, end - first), percentOf(base, promotion.percentBasisPoints));
        first = end;
    }
    a.times = times;
    return a;
}

Application multiBuy(const PricingState &state, int p, QList<int> candidates, bool againstChain)
{
    const Promotion &promotion = state.input().promotions[p];
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int x, int y) { return state.units[x].reduced > state.units[y].reduced; });
    const int size = promotion.kind == Kind::BuyGetFree ? promotion.buy + promotion.get : promotion.buy;
    auto a = Application::of(p);
    for (int start = 0; start + size <= candidates.size() && underLimit(promotion, a.times); start += size) {
        const QList<int> group = candidates.mid(start, size);
        std::int64_t sum = 0, chain = 0, freeSum = 0;
        for (int i = 0; i < size; ++i) {
            sum += state.units[group[i]].reduced;
            chain += state.chainEstimate[state.units[group[i]].line];
            if (i >= promotion.buy)
                freeSum += state.units[group[i]].reduced;
        }
        const std::int64_t d = promotion.kind == Kind::BuyGetFree ? freeSum : sum - promotion.amount.minor();
        if (d <= 0 && promotion.kind == Kind::BundlePrice)
            break; // dearest first: the later groups come to less
        if (d <= 0 || (againstChain && d <= chain))
            continue;
        addGroup(state, a, group, d);
    }
    return a;
}

Application threshold(const PricingState &state, int p, const QList<int> &candidates)
{
    const Promotion &promotion = state.input().promotions[p];
    auto a = Application::of(p);
    std::int64_t base = 0;
    for (int u : candidates)
        base += state.units[u].reduced;
    const std::int64_t need = promotion.threshold.minor();
    if (base <= 0 || base < need)
        return a;
    // A zero threshold applies once (never "every ¥0": Odoo #127770's −Infinity).
    std::int64_t times = (promotion.every && need > 0) ? base / need : 1;
    if (promotion.perOrderLimit > 0)
        times = std::min<std::int64_t>(times, promotion.perOrderLimit);
    std::int64_t d = 0;
    if (promotion.amount.hasCurrency() && promotion.amount.isPositive()) {
        const Int128 wanted = Int128(promotion.amount.minor()) * times;
        d = wanted > base ? base : std::int64_t(wanted);
    } else {
        d = percentOf(base, promotion.percentBasisPoints);
    }
    if (d <= 0)
        return a;
    addGroup(state, a, candidates, d);
    a.times = int(times);
    return a;
}

/// Components of promotions that compete for the same lines (union-find on lines).
QList<QList<int>> components(const PricingState &state, const QList<int> &promotions)
{
    QList<int> parent(promotions.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    QList<int> owner(state.input().lines.size(), -1);
    for (int i = 0; i < promotions.size(); ++i) {
        for (int l = 0; l < owner.size(); ++l) {
            if (!state.covers[promotions[i]][l])
                continue;
            if (owner[l] < 0)
                owner[l] = i;
            else
                parent[find(i)] = find(owner[l]);
        }
    }
    QMap<int, QList<int>> byRoot;
    for (int i = 0; i < promotions.size(); ++i)
        byRoot[find(i)].append(promotions[i]); // keeps the priority order inside a component
    QList<QList<int>> out = byRoot.values();
    std::sort(out.begin(), out.end(), [&](const QList<int> &x, const QList<int> &y) {
        return promotions.indexOf(x.first()) < promotions.indexOf(y.first());
    });
    return out;
}

struct Plan
{
    QList<Application> applications;
    std::int64_t score = 0;
};

/// Promotion `p` claims what it can of the units not `taken`; adds it to `plan` (score: its discount less the
/// stackable chain the claimed units give up, for item promotions). Returns whether it took anything.
bool claim(const PricingState &state, int p, bool item, QList<char> &taken, Plan &plan)
{
    const QList<int> free = state.candidates(p, [&](const Unit &u) {
        return !taken[&u - state.units.constData()] && (item ? u.exclusiveItem < 0 : u.exclusiveThreshold < 0);
    });
    Application a = evaluatePromotion(state, p, free, item);
    if (a.total <= 0)
        return false;
    for (int u : a.units) {
        taken[u] = 1;
        if (item)
            plan.score -= state.chainEstimate[state.units[u].line];
    }
    plan.score += a.total;
    plan.applications.append(std::move(a));
    return true;
}

/// The promotions claim units in `order`: what this order is worth to the customer.
Plan simulate(const PricingState &state, const QList<int> &order, bool item)
{
    Plan plan;
    QList<char> taken(state.units.size(), 0);
    for (int p : order)
        claim(state, p, item, taken, plan);
    return plan;
}

/// Every order of `component` (lexicographic, as next_permutation would), sharing the work of common
/// prefixes: the first order with the highest score wins.
struct Enumeration
{
    const PricingState &state;
    const QList<int> &component;
    bool item;
    QList<char> taken;
    QList<bool> used;
    Plan current;
    Plan best;
    bool first = true;

    void walk(qsizetype depth)
    {
        if (depth == component.size()) {
            if (first || current.score > best.score)
                best = current;
            first = false;
            return;
        }
        for (qsizetype i = 0; i < component.size(); ++i) {
            if (used[i])
                continue;
            const QList<char> takenBefore = taken;
            const std::int64_t scoreBefore = current.score;
            const bool took = claim(state, component[i], item, taken, current);
            used[i] = true;
            walk(depth + 1);
            used[i] = false;
            if (took) {
                taken = takenBefore;
                current.score = scoreBefore;
                current.applications.removeLast();
            }
        }
    }
};

int orders(qsizetype n)
{
    int out = 1;
    for (int k = 2; k <= n; ++k)
        out *= k;
    return out;
}

Plan bestOrder(PricingState &state, const QList<int> &component, bool item)
{
    if (component.size() <= PricingEngine::kExactPromotions && orders(component.size()) <= state.ordersLeft) {
        state.ordersLeft -= orders(component.size());
        Enumeration e{state, component, item, QList<char>(state.units.size(), 0), QList<bool>(component.size(), false), {}, {}};
        e.walk(0);
        return e.best;
    }
    // Greedy bound (too many rules, or the call's budget of orders spent): each alone on the free units,
    // then in order of that value (priority on ties).
    state.exact = false;
    QList<std::pair<std::int64_t, int>> values;
    for (int i = 0; i < component.size(); ++i)
        values.append({simulate(state, {component[i]}, item).score, i});
    std::stable_sort(values.begin(), values.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QList<int> order;
    for (const auto &v : values)
        order.append(component[v.second]);
    return simulate(state, order, item);
}

void searchExclusive(PricingState &state, const QList<int> &promotions, bool item)
{
    for (const QList<int> &component : components(state, promotions)) {
        const Plan plan = bestOrder(state, component, item);
        for (const Application &a : plan.applications) {
            for (int u : a.units)
                (item ? state.units[u].exclusiveItem : state.units[u].exclusiveThreshold) = a.rule;
            state.commit(a);
        }
    }
}

} // namespace

Application evaluatePromotion(const PricingState &state, int p, const QList<int> &candidates, bool againstChain)
{
    switch (state.input().promotions[p].kind) {
    case Kind::PercentOff:
    case Kind::AmountOff:
    case Kind::MemberPrice:
        return perUnit(state, p, candidates, againstChain);
    case Kind::BuyGetFree:
    case Kind::BundlePrice:
        return multiBuy(state, p, candidates, againstChain);
    case Kind::Threshold:
        return threshold(state, p, candidates);
    }
    return Application::of(p);
}

void searchPromotions(PricingState &state)
{
    QList<int> exclusiveItem, stackableItem, exclusiveThreshold, stackableThreshold;
    for (int p : std::as_const(state.activePromotions)) {
        const Promotion &promotion = state.input().promotions[p];
        (promotion.isItemLevel() ? (promotion.stackable ? stackableItem : exclusiveItem)
                                 : (promotion.stackable ? stackableThreshold : exclusiveThreshold))
            .append(p);
    }
    searchExclusive(state, exclusiveItem, true);
    for (int p : stackableItem) {
        const Application a = evaluatePromotion(state, p, state.candidates(p, [](const Unit &u) { return u.exclusiveItem < 0; }), false);
        if (a.total > 0)
            state.commit(a);
    }
    for (const Unit &u : std::as_const(state.units))
        state.afterItems.append(u.reduced);
    searchExclusive(state, exclusiveThreshold, false);
    for (int p : stackableThreshold) {
        const Application a = evaluatePromotion(state, p, state.candidates(p, [](const Unit &u) { return u.exclusiveThreshold < 0; }), false);
        if (a.total > 0)
            state.commit(a);
    }
}

} // namespace qtill::members::detail
