// Schema "members": members, tiers, and the points and stored-value ledgers (append-only).
#include "membersmodule.h"

namespace qtill::members {

Schema MembersModule::schema()
{
    return Schema{QStringLiteral("members"), {}};
}

} // namespace qtill::members
