#include "pricinginput.h"

namespace qtill::members {

bool PricingScope::covers(const PricingLine &line) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::Products:
        return products.contains(line.product);
    case Kind::Categories:
        for (const CategoryId &c : line.categories) {
            if (categories.contains(c))
                return true;
        }
        return false;
    }
    return false;
}

bool TimeWindow::contains(const QDate &date, const QTime &time) const
{
    const bool restricted = from.isValid() || until.isValid() || weekdays != 0 || start.isValid() || end.isValid();
    if (!restricted)
        return true;
    if (!date.isValid() || !time.isValid())
        return false;
    if ((from.isValid() && date < from) || (until.isValid() && date > until))
        return false;
    if (weekdays != 0 && (weekdays & (1 << date.dayOfWeek())) == 0)
        return false;
    if (!start.isValid() && !end.isValid())
        return true;
    const QTime s = start.isValid() ? start : QTime(0, 0);
    if (!end.isValid())
        return time >= s;
    if (s <= end)
        return time >= s && time < end;
    return time >= s || time < end; // over midnight
}

} // namespace qtill::members
