// Schema "coupons": campaigns, the codes issued under them, redemptions and group-buy vouchers.
#include "membersmodule.h"

namespace qtill::members {

Schema MembersModule::couponSchema()
{
    return Schema{QStringLiteral("coupons"), {}};
}

} // namespace qtill::members
