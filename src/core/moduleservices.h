#pragma once

namespace qtill {

/// The services one domain module builds once per opened store (e.g. inventory::InventoryServices).
///
/// Ownership and order: Services builds them at the end of Services::open(), in module order, through
/// DomainModule::createServices(), owns them, and destroys them before its own services. A module's
/// services may use the core services and those of the modules before it, never those after.
/// Threading: the thread that opened the Services (a worker opens its own Services and gets its own set).
class ModuleServices
{
public:
    virtual ~ModuleServices() = default;

protected:
    ModuleServices() = default;
    ModuleServices(const ModuleServices &) = delete;
    ModuleServices &operator=(const ModuleServices &) = delete;
};

} // namespace qtill
