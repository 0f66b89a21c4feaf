#include "storesettings.h"

#include "store.h"
#include "storeprofile.h"
#include "utctimesmigration.h"

namespace qtill {

QVariant StoreSettings::read(const QString &key) const
{
    // Read on hot paths (a sale reads the register id, currency and business day): a cached statement.
    auto q = m_store.execCached(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q || !q->next())
        return {};
    return q->value(0);
}

bool StoreSettings::write(const QString &key, const QVariant &value)
{
    // A null string (a cleared field) is stored as empty text: the column is NOT NULL.
    QString text = value.typeId() == QMetaType::QTime ? value.toTime().toString(QStringLiteral("HH:mm"))
                                                      : value.toString();
    if (text.isNull())
        text = QLatin1String("");
    return m_store
        .transaction([&]() -> Status {
            auto updated = m_store.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {text, key});
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() > 0)
                return {};
            auto inserted = m_store.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, text});
            if (!inserted)
                return inserted.error();
            return {};
        })
        .ok();
}

bool StoreSettings::remove(const QString &key)
{
    return m_store.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}).ok();
}

namespace {

/// The store keeps the zone it was made in (or was first upgraded in): its business days and the
/// times it wrote as local before UTC (core v2) are of that zone. Without it, opening the store on a
/// server or a lane in another zone would move every business day to that machine's clock.
Migration pinTimeZone(int version)
{
    return Migration{version, QStringLiteral("the store's time zone fixed at this machine's when none is set"), {}, {},
                     [](Store &store) -> Status {
                         const QString key = QStringLiteral("store/timeZone");
                         auto pinned = store.exec(QStringLiteral("INSERT INTO settings (key, value) SELECT ?, ? "
                                                                 "WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = ?)"),
                                                  {key, StoreProfile::systemTimeZone(), key});
                         return pinned ? Status() : Status(pinned.error());
                     }};
}

} // namespace

Schema StoreSettings::schema()
{
    return Schema{QStringLiteral("core"),
                  {Migration{1, QStringLiteral("settings"),
                             {QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
                   // The store's own record of its steps (Store::migrate) has no key column: found by text.
                   utcTimesMigration(2, {{QStringLiteral("schema_migrations"), {QStringLiteral("applied_at")}, QString()}}),
                   pinTimeZone(3)}};
}

} // namespace qtill
