#pragma once

#include "salereplay.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

/// A week of trading for the demo store (after inventory::DemoStore::populate), made through the
/// till's services by SaleReplay, so its journal, stock and reports tell one story that verifies:
/// each of the 7 business days before the clock's today opens a shift with a float, rings up some
/// dozens of sales (cash, card and QR, a few weighed goods, now and then a declined card), pays a
/// delivery out of the drawer, and on some days voids a sale or refunds a line.
/// Deterministic: the same seed and clock give the same file (ids included), so populating twice books
/// nothing new.
class DemoSales
{
public:
    static constexpr quint32 kSeed = 20261207;

    /// The week's operations as JSON Lines (docs/replay.md), ending before the business day of `now`.
    static Result<QList<QByteArray>> week(Services &services, const QDateTime &now, quint32 seed = kSeed);
    /// Replays week(services, services.clock().now()) acting as `actor` (who needs CheckoutPermissions::kReplay).
    static Result<ReplaySummary> populate(Services &services, const Session &actor);
};

} // namespace qtill::checkout
