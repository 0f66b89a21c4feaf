#pragma once

#include "storeprofile.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace qtill {

class AuditLog;
class PermissionService;
class SettingsStorage;
class Store;
struct Session;

/// Reads and changes the store profile, kept as typed settings (StoreSettings) in the store.
///
/// Reading is open to everyone (receipts, the status bar, the sign-in screen). Every change needs
/// Permissions::kSettingsEdit of the acting Session, checked here; it is validated, written and audited
/// ("settings.profile", target "store.profile") in one transaction. A refused change is audited as denied.
///
/// Changing the currency or the register id of a store that already has sales is not guarded yet;
/// checkout will refuse it once it exists.
///
/// Threading: same as the Store it uses. All references must outlive this object.
class StoreProfileService
{
public:
    StoreProfileService(Store &store, SettingsStorage &settings, PermissionService &permissions, AuditLog &audit);

    /// The stored profile; fields never set have StoreProfile's defaults.
    StoreProfile profile() const;
    /// The store's currency (CNY when none or an unknown code is stored).
    Currency currency() const;
    /// When the business day turns over (default 04:00).
    QTime businessDayStart() const;
    /// This register's id (default "R01").
    QString registerId() const;
    /// The store's time zone (StoreProfile::timeZone; this machine's zone when none or an unknown one is stored).
    QTimeZone timeZone() const;
    /// The business date `at` belongs to: `at` seen on the store's clock (its time zone), with the store's
    /// day start. Two lanes in different zones put the same instant on the same business day.
    QDate businessDate(const QDateTime &at) const;
    /// The instant business date `day` starts (its day start on the store's clock), in local time.
    /// A day start that the store's clock skips (daylight saving) is moved on as QDateTime does.
    QDateTime businessDayStartsAt(QDate day) const;

    /// Replaces the whole profile. No-op when nothing changed (not audited). Errors: PermissionDenied,
    /// InvalidInput (StoreProfile::validate, or a logo file that does not exist), Storage.
    Status update(const Session &actor, const StoreProfile &profile);
    /// Changes one field by its name (see StoreProfile::fieldNames), as `qtillctl profile set` does.
    Status setField(const Session &actor, const QString &fieldName, const QString &value);

private:
    QTime dayStart() const; ///< the stored day start, or the default

    Store &m_store;
    SettingsStorage &m_settings;
    PermissionService &m_permissions;
    AuditLog &m_audit;
};

} // namespace qtill
