#include "deviceconfigservice.h"

#include "auditlog.h"
#include "operator.h"
#include "permission.h"
#include "permissionservice.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace qtill {

namespace {

constexpr int kMaxNameLength = 60;
constexpr int kMaxParamsLength = 4000;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::DeviceConfigService", text);
}

QString target(const QString &registerId, const QString &deviceId)
{
    return QStringLiteral("device:") + registerId + QLatin1Char('/') + deviceId;
}

QString describe(const DeviceConfig &c)
{
    return c.category + QLatin1Char(' ') + c.backend + QLatin1Char(' ') + c.params
           + (c.name.isEmpty() ? QString() : QStringLiteral(" \"") + c.name + QLatin1Char('"'));
}

/// The params as compact JSON with sorted keys (so an unchanged object is an unchanged text), or
/// nullopt when the text is not a JSON object.
std::optional<QString> normalizedParams(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("{}");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

Status validate(DeviceConfig &c)
{
    if (!DeviceConfigService::isValidId(c.id)) {
        return Error::invalidInput(
            tr("\"%1\" cannot be a device id. Use 1 to 32 lower-case letters, digits, '-' or '_', such as printer.")
                .arg(c.id));
    }
    if (!DeviceConfigService::categories().contains(c.category))
        return Error::invalidInput(tr("\"%1\" is not a kind of device Qtill knows.").arg(c.category));
    c.backend = c.backend.trimmed();
    if (c.backend.isEmpty() || c.backend.size() > 32)
        return Error::invalidInput(tr("Choose how the device %1 is connected.").arg(c.id));
    c.name = c.name.trimmed();
    if (c.name.isNull())
        c.name = QStringLiteral(""); // a null QString binds as SQL NULL
    if (c.name.size() > kMaxNameLength)
        return Error::invalidInput(tr("The device name is too long: at most %1 characters.").arg(kMaxNameLength));
    const std::optional<QString> params = normalizedParams(c.params);
    if (!params || params->size() > kMaxParamsLength)
        return Error::invalidInput(tr("The settings of the device %1 could not be read.").arg(c.id), c.params);
    c.params = *params;
    return {};
}

DeviceConfig fromRow(const QSqlQuery &q)
{
    return DeviceConfig{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()};
}

const QString kSelect = QStringLiteral("SELECT device_id, category, name, backend, params FROM device_configs");

} // namespace

QVariantMap DeviceConfig::paramMap() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(params.toUtf8());
    return doc.isObject() ? doc.object().toVariantMap() : QVariantMap{};
}

void DeviceConfig::setParamMap(const QVariantMap &map)
{
    params = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

DeviceConfigService::DeviceConfigService(Store &store, PermissionService &permissions, AuditLog &audit)
    : m_store(store), m_permissions(permissions), m_audit(audit)
{
}

Schema DeviceConfigService::schema()
{
    return Schema{QStringLiteral("devices"),
                  {Migration{1,
                             QStringLiteral("device configuration per register"),
                             {QStringLiteral("CREATE TABLE device_configs ("
                                             " register_id TEXT NOT NULL,"
                                             " device_id TEXT NOT NULL,"
                                             " category TEXT NOT NULL,"
                                             " name TEXT NOT NULL DEFAULT '',"
                                             " backend TEXT NOT NULL,"
                                             " params TEXT NOT NULL DEFAULT '{}',"
                                             " position INTEGER NOT NULL,"
                                             " PRIMARY KEY (register_id, device_id))")}}}};
}

QStringList DeviceConfigService::categories()
{
    return {QStringLiteral("scanner"),      QStringLiteral("receipt-printer"), QStringLiteral("cash-drawer"),
            QStringLiteral("card-reader"),  QStringLiteral("nfc-reader"),      QStringLiteral("scale"),
            QStringLiteral("customer-display"), QStringLiteral("payment-terminal")};
}

bool DeviceConfigService::isValidId(const QString &id)
{
    static const QRegularExpression kId(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    return kId.match(id).hasMatch();
}

Result<QList<DeviceConfig>> DeviceConfigService::list(const QString &registerId) const
{
    auto q = m_store.exec(kSelect + QStringLiteral(" WHERE register_id = ? ORDER BY position, device_id"), {registerId},
                          tr("The device settings could not be read."));
    if (!q)
        return q.error();
    QList<DeviceConfig> devices;
    while (q->next())
        devices << fromRow(*q);
    return devices;
}

Result<DeviceConfig> DeviceConfigService::find(const QString &registerId, const QString &deviceId) const
{
    auto q = m_store.exec(kSelect + QStringLiteral(" WHERE register_id = ? AND device_id = ?"), {registerId, deviceId},
                          tr("The device settings could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The register %1 has no device \"%2\".").arg(registerId, deviceId));
    return fromRow(*q);
}

Status DeviceConfigService::checkAllowed(const Session &actor, const QString &action, const QString &what)
{
    Status allowed = m_permissions.require(actor, Permissions::kDevicesConfigure);
    if (!allowed) {
        // Saved on its own: the refusal is worth keeping even though nothing changes.
        (void)m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), action, what, AuditOutcome::kDenied, {}});
    }
    return allowed;
}

Status DeviceConfigService::save(const Session &actor, const QString &registerId, const DeviceConfig &config)
{
    if (Status allowed = checkAllowed(actor, QStringLiteral("device.save"), target(registerId, config.id)); !allowed)
        return allowed;
    if (registerId.trimmed().isEmpty())
        return Error::invalidInput(tr("The register has no id. Set it under Settings → Store."));
    DeviceConfig next = config;
    if (Status valid = validate(next); !valid)
        return valid;

    return m_store.transaction([&]() -> Status {
        auto current = find(registerId, next.id);
        if (current) {
            if (*current == next)
                return {};
            auto updated = m_store.exec(
                QStringLiteral("UPDATE device_configs SET category = ?, name = ?, backend = ?, params = ?"
                               " WHERE register_id = ? AND device_id = ?"),
                {next.category, next.name, next.backend, next.params, registerId, next.id},
                tr("The device settings could not be saved."));
            if (!updated)
                return updated.error();
            auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("device.update"),
                                                      target(registerId, next.id), AuditOutcome::kOk,
                                                      describe(*current) + QStringLiteral(" → ") + describe(next)});
            if (!audited)
                return audited.error();
            return {};
        }
        if (current.error().code != Error::Code::NotFound)
            return current.error();
        auto last = m_store.exec(QStringLiteral("SELECT MAX(position) FROM device_configs WHERE register_id = ?"),
                                 {registerId}, tr("The device settings could not be saved."));
        if (!last)
            return last.error();
        const int position = last->next() && !last->value(0).isNull() ? last->value(0).toInt() + 1 : 1;
        auto inserted = m_store.exec(
            QStringLiteral("INSERT INTO device_configs (register_id, device_id, category, name, backend, params, position)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {registerId, next.id, next.category, next.name, next.backend, next.params, position},
            tr("The device settings could not be saved."));
        if (!inserted)
            return inserted.error();
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("device.add"),
                                                  target(registerId, next.id), AuditOutcome::kOk, describe(next)});
        if (!audited)
            return audited.error();
        return {};
    });
}

Status DeviceConfigService::remove(const Session &actor, const QString &registerId, const QString &deviceId)
{
    if (Status allowed = checkAllowed(actor, QStringLiteral("device.remove"), target(registerId, deviceId)); !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        auto current = find(registerId, deviceId);
        if (!current)
            return current.error();
        auto removed = m_store.exec(QStringLiteral("DELETE FROM device_configs WHERE register_id = ? AND device_id = ?"),
                                    {registerId, deviceId}, tr("The device settings could not be saved."));
        if (!removed)
            return removed.error();
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("device.remove"),
                                                  target(registerId, deviceId), AuditOutcome::kOk, describe(*current)});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace qtill
