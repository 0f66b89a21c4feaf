#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <cstdint>

/// Values bound to SQL statements the same way on SQLite and PostgreSQL, for the domain libraries'
/// services (one definition instead of a copy in every service).
namespace qtill::sqlvalues {

/// A 64-bit id or number (bound as qlonglong: BIGINT on PostgreSQL).
inline QVariant idValue(std::int64_t id)
{
    return QVariant::fromValue(static_cast<qlonglong>(id));
}

/// An optional id: 0 binds a typed NULL.
inline QVariant optionalId(std::int64_t id)
{
    return id != 0 ? idValue(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Text for a NOT NULL column: a null QString would bind as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace qtill::sqlvalues
