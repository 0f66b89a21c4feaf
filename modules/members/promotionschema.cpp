// Schema "promotions": the store's automatic promotions (the rule as JSON, see promotionjson.h).
#include "membersmodule.h"

namespace qtill::members {

Schema MembersModule::promotionSchema()
{
    return Schema{QStringLiteral("promotions"),
                  {Migration{1, QStringLiteral("promotions"),
                             {QStringLiteral("CREATE TABLE promotions ("
                                             " id INTEGER PRIMARY KEY,"
                                             " code TEXT NOT NULL UNIQUE,"
                                             " name TEXT NOT NULL,"
                                             " kind TEXT NOT NULL,"
                                             " rule TEXT NOT NULL,"
                                             " active INTEGER NOT NULL,"
                                             " revision INTEGER NOT NULL,"
                                             " created_at TEXT NOT NULL,"
                                             " updated_at TEXT NOT NULL)")}}}};
}

} // namespace qtill::members
