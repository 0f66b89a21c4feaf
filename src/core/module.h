#pragma once

#include "migration.h"
#include "moduleservices.h"
#include "permission.h"

#include <QList>
#include <QString>

#include <memory>

namespace qtill {

class Services;

/// What a domain module (inventory, members, checkout, …) contributes to the store: its schemas, the
/// permissions it enforces and the one object that owns its services. The application and qtillctl hold a list of these; nothing in core
/// knows a module by name.
class DomainModule
{
public:
    virtual ~DomainModule() = default;
    virtual QString name() const = 0;
    virtual QList<Schema> schemas() const = 0;
    virtual QList<PermissionDef> permissions() const = 0;
    /// Builds the module's services once for an opened, migrated store (see ModuleServices). Called by
    /// Services::open() after every schema and permission is in place; nullptr for a module without any.
    virtual std::unique_ptr<ModuleServices> createServices(Services &core) const
    {
        (void)core;
        return nullptr;
    }
};

} // namespace qtill
