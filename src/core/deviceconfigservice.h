#pragma once

#include "migration.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace qtill {

class AuditLog;
class PermissionService;
class Store;
struct Session;

/// One configured device of a register, as stored. Core knows no hardware: `category` is the HAL's
/// category key ("receipt-printer", "scanner", ...), `backend` its backend key ("tcp", "cups", "sim",
/// ...) and `params` a JSON object with the backend's settings ({"host": "192.168.1.50", "port": 9100}).
/// The application turns it into a hal::DeviceInfo.
struct DeviceConfig
{
    QString id;       ///< unique in its register: lower-case letters, digits, '-' and '_', e.g. "printer"
    QString category; ///< one of DeviceConfigService::categories()
    QString name;     ///< what the staff call it ("Front counter printer"); may be empty
    QString backend;  ///< 1..32 characters, e.g. "tcp"
    QString params = QStringLiteral("{}"); ///< JSON object text

    /// params parsed; an empty map when it is not a JSON object.
    QVariantMap paramMap() const;
    void setParamMap(const QVariantMap &map);

    bool operator==(const DeviceConfig &) const = default;
};

/// The devices each register uses, in table device_configs (schema "devices"), in the order they were
/// added. Reading is open to everyone (the app reads it at start). Every change needs
/// Permissions::kDevicesConfigure of the acting Session, checked here, and is written with its audit
/// entry ("device.add" / "device.update" / "device.remove", target "device:<register>/<id>") in one
/// transaction; a refused change is audited as denied.
///
/// Threading: same as the Store it uses. All references must outlive this object.
class DeviceConfigService
{
public:
    DeviceConfigService(Store &store, PermissionService &permissions, AuditLog &audit);

    /// The "devices" schema, version 1: device_configs(register_id, device_id, category, name,
    /// backend, params, position).
    static Schema schema();
    /// The category keys a configuration may use (the HAL's DeviceCategory keys).
    static QStringList categories();
    static bool isValidId(const QString &id);

    /// The register's devices in the order they were added (empty when none are configured).
    Result<QList<DeviceConfig>> list(const QString &registerId) const;
    /// NotFound for an unknown id.
    Result<DeviceConfig> find(const QString &registerId, const QString &deviceId) const;

    /// Adds the device, or replaces the one with the same id (keeping its position). No-op changes are
    /// not audited. Errors: PermissionDenied, InvalidInput (bad id, unknown category, empty backend,
    /// params that are not a JSON object, name too long).
    Status save(const Session &actor, const QString &registerId, const DeviceConfig &config);
    /// Removes the device. NotFound when the register has no such device.
    Status remove(const Session &actor, const QString &registerId, const QString &deviceId);

private:
    Status checkAllowed(const Session &actor, const QString &action, const QString &target);

    Store &m_store;
    PermissionService &m_permissions;
    AuditLog &m_audit;
};

} // namespace qtill
