#include "storeprofileservice.h"

#include "operatorservice.h"

#include "auditlog.h"
#include "operator.h"
#include "permission.h"
#include "permissionservice.h"
#include "settings.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::StoreProfileService", text);
}

const StoreProfile kDefaults;

// The settings behind the profile: key and default in one place.
const Setting<QString> kName{"store/name", kDefaults.name};
const Setting<QString> kAddress{"store/address", kDefaults.address};
const Setting<QString> kPhone{"store/phone", kDefaults.phone};
const Setting<QString> kTaxId{"store/taxId", kDefaults.taxId};
const Setting<QString> kLogoPath{"store/logoPath", kDefaults.logoPath};
const Setting<QString> kReceiptHeader{"receipt/header", kDefaults.receiptHeader};
const Setting<QString> kReceiptFooter{"receipt/footer", kDefaults.receiptFooter};
const Setting<QString> kCurrency{"store/currency", kDefaults.currencyCode};
const Setting<QTime> kBusinessDayStart{"store/businessDayStart", kDefaults.businessDayStart};
const Setting<QString> kRegisterId{"register/id", kDefaults.registerId};
/// Empty when never set: the machine's zone, read when asked (StoreProfile::systemTimeZone).
const Setting<QString> kTimeZone{"store/timeZone", QString()};

/// The text settings by their StoreProfile field name.
const Setting<QString> *textSetting(const QString &field)
{
    static const std::pair<const char *, const Setting<QString> *> kByField[] = {
        {"name", &kName},
        {"address", &kAddress},
        {"phone", &kPhone},
        {"tax-id", &kTaxId},
        {"logo", &kLogoPath},
        {"receipt-header", &kReceiptHeader},
        {"receipt-footer", &kReceiptFooter},
        {"currency", &kCurrency},
        {"time-zone", &kTimeZone},
        {"register-id", &kRegisterId},
    };
    for (const auto &[name, setting] : kByField) {
        if (field == QLatin1String(name))
            return setting;
    }
    return nullptr;
}

/// "name=Qtill 演示超市" with long values shortened, for the audit detail.
QString describeChange(const QString &field, const QString &value)
{
    constexpr int kMax = 60;
    QString shown = value;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (shown.size() > kMax)
        shown = shown.left(kMax) + QStringLiteral("…");
    return field + QLatin1Char('=') + shown;
}

} // namespace

StoreProfileService::StoreProfileService(Store &store, SettingsStorage &settings, PermissionService &permissions,
                                         AuditLog &audit)
    : m_store(store), m_settings(settings), m_permissions(permissions), m_audit(audit)
{
}

StoreProfile StoreProfileService::profile() const
{
    StoreProfile p;
    p.name = kName.get(m_settings);
    p.address = kAddress.get(m_settings);
    p.phone = kPhone.get(m_settings);
    p.taxId = kTaxId.get(m_settings);
    p.logoPath = kLogoPath.get(m_settings);
    p.receiptHeader = kReceiptHeader.get(m_settings);
    p.receiptFooter = kReceiptFooter.get(m_settings);
    p.currencyCode = kCurrency.get(m_settings);
    p.businessDayStart = kBusinessDayStart.get(m_settings);
    if (!p.businessDayStart.isValid())
        p.businessDayStart = kDefaults.businessDayStart;
    p.timeZone = kTimeZone.get(m_settings);
    if (p.timeZone.isEmpty() || !QTimeZone(p.timeZone.toLatin1()).isValid())
        p.timeZone = StoreProfile::systemTimeZone();
    p.registerId = kRegisterId.get(m_settings);
    p.idleLockMinutes = kIdleLockMinutes.get(m_settings);
    return p;
}

Currency StoreProfileService::currency() const
{
    const Currency c = Currency::fromCode(kCurrency.get(m_settings));
    return c.isValid() ? c : Currency::cny();
}

QTime StoreProfileService::businessDayStart() const
{
    return dayStart();
}

QString StoreProfileService::registerId() const
{
    return kRegisterId.get(m_settings);
}

QTimeZone StoreProfileService::timeZone() const
{
    // Two settings, not the whole profile: business dates are asked for per row in some reports.
    const QTimeZone zone(kTimeZone.get(m_settings).toLatin1());
    return zone.isValid() ? zone : QTimeZone(StoreProfile::systemTimeZone().toLatin1());
}

QTime StoreProfileService::dayStart() const
{
    const QTime start = kBusinessDayStart.get(m_settings);
    return start.isValid() ? start : kDefaults.businessDayStart;
}

QDate StoreProfileService::businessDate(const QDateTime &at) const
{
    return Clock::businessDate(at.toTimeZone(timeZone()), dayStart());
}

QDateTime StoreProfileService::businessDayStartsAt(QDate day) const
{
    return QDateTime(day, dayStart(), timeZone()).toLocalTime();
}

Status StoreProfileService::update(const Session &actor, const StoreProfile &wanted)
{
    if (Status allowed = m_permissions.require(actor, Permissions::kSettingsEdit); !allowed) {
        // Saved on its own: the refusal is worth keeping even though nothing changes.
        (void)m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("settings.profile"),
                                         QStringLiteral("store.profile"), AuditOutcome::kDenied, {}});
        return allowed;
    }
    if (Status valid = wanted.validate(); !valid)
        return valid;

    const StoreProfile current = profile();
    QStringList changed;
    QStringList details;
    for (const QString &field : StoreProfile::fieldNames()) {
        if (current.field(field) != wanted.field(field)) {
            changed << field;
            details << describeChange(field, wanted.field(field));
        }
    }
    if (changed.isEmpty())
        return {};
    if (changed.contains(QStringLiteral("logo")) && !wanted.logoPath.isEmpty()
        && !QFileInfo(wanted.logoPath).isFile()) {
        return Error::invalidInput(tr("The logo file %1 does not exist.").arg(wanted.logoPath));
    }

    return m_store.transaction([&]() -> Status {
        for (const QString &field : std::as_const(changed)) {
            bool written = false;
            if (const Setting<QString> *setting = textSetting(field))
                written = setting->set(m_settings, wanted.field(field));
            else if (field == QLatin1String("day-start"))
                written = kBusinessDayStart.set(m_settings, wanted.businessDayStart);
            else if (field == QLatin1String("idle-lock"))
                written = kIdleLockMinutes.set(m_settings, wanted.idleLockMinutes);
            if (!written)
                return Error::storage(tr("The store profile could not be saved."), field);
        }
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("settings.profile"),
                                                  QStringLiteral("store.profile"), AuditOutcome::kOk,
                                                  details.join(QStringLiteral("; "))});
        if (!audited)
            return audited.error();
        return {};
    });
}

Status StoreProfileService::setField(const Session &actor, const QString &fieldName, const QString &value)
{
    StoreProfile p = profile();
    if (Status set = p.setField(fieldName, value); !set)
        return set;
    return update(actor, p);
}

} // namespace qtill
