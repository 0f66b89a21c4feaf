#pragma once

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// The demo store's serial-numbered goods: a 数码通讯 (phones) category with three phones marked
/// serial-tracked, received with three serial numbers (IMEIs) each, and one of them sold with a
/// one-year warranty, so after-sales lookup (`qtillctl serial show 860000000000011`) shows something.
///
/// Called by DemoStore::populate inside its transaction; acts as `actor` (the owner). Returns how
/// many products it added.
class DemoSerials
{
public:
    static constexpr const char *kSoldSerial = "860000000000011";
    static Result<int> populate(Services &services, const Session &actor);
};

} // namespace qtill::inventory
