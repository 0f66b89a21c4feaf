#pragma once

#include "result.h"

#include <QString>
#include <QVariantList>

namespace qtill {

class Store;

/// Store::exec() of one `INSERT …` with ` RETURNING id` appended: the new row's id, read the same way
/// on SQLite (3.35+) and PostgreSQL — never QSqlQuery::lastInsertId(), which QPSQL does not give for
/// every table. `message` is what the user sees if it fails.
Result<qint64> insertReturningId(const Store &store, const QString &insertSql, const QVariantList &values,
                                 const QString &message);

} // namespace qtill
