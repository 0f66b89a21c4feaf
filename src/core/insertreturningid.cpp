#include "insertreturningid.h"

#include "store.h"

#include <QSqlQuery>

namespace qtill {

Result<qint64> insertReturningId(const Store &store, const QString &insertSql, const QVariantList &values,
                                 const QString &message)
{
    auto q = store.exec(insertSql + QStringLiteral(" RETURNING id"), values, message);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::internal(message, QStringLiteral("INSERT … RETURNING id gave no row"));
    return q->value(0).toLongLong();
}

} // namespace qtill
