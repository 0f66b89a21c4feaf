#pragma once

#include "migration.h"
#include "permission.h"

#include <QList>
#include <QString>

namespace qtill {

/// What a domain module (inventory, members, checkout, …) contributes to the store: its schemas and
/// the permissions it enforces. The application and qtillctl hold a list of these; nothing in core
/// knows a module by name.
class DomainModule
{
public:
    virtual ~DomainModule() = default;
    virtual QString name() const = 0;
    virtual QList<Schema> schemas() const = 0;
    virtual QList<PermissionDef> permissions() const = 0;
};

} // namespace qtill
