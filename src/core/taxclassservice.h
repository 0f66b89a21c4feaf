#pragma once

#include "migration.h"
#include "result.h"
#include "taxclass.h"

#include <QList>
#include <QString>

namespace qtill {

class AuditLog;
class PermissionService;
class Store;
struct Session;

/// The store's tax classes, in table tax_classes (schema "tax").
///
/// Reading is open to everyone. Every change needs Permissions::kSettingsEdit of the acting Session,
/// checked here, and is written together with its audit entry ("tax.add" / "tax.update", target
/// "tax:<code>") in one transaction; a refused change is audited as denied.
/// Invariant: a store with tax classes has exactly one default.
///
/// Threading: same as the Store it uses. All references must outlive this object.
class TaxClassService
{
public:
    TaxClassService(Store &store, PermissionService &permissions, AuditLog &audit);

    /// The "tax" schema, version 1: tax_classes(code, name, rate_bp, is_default).
    static Schema schema();

    /// Lower-case letters, digits, '-' and '_', 1 to 16 characters.
    static bool isValidCode(const QString &code);

    /// Every class, ordered by rate (highest first), then code.
    Result<QList<TaxClass>> list() const;
    /// NotFound for an unknown code.
    Result<TaxClass> find(const QString &code) const;
    /// NotFound when the store has no tax classes yet.
    Result<TaxClass> defaultClass() const;

    /// Adds classes, all or nothing. The first class of a store becomes the default; a class added
    /// with isDefault takes the default from the old one. Errors: PermissionDenied, InvalidInput
    /// (bad code, empty name, rate outside 0–100%), Conflict (a code that exists already).
    Status add(const Session &actor, const QList<TaxClass> &classes);
    Status add(const Session &actor, const TaxClass &taxClass) { return add(actor, QList<TaxClass>{taxClass}); }

    /// The standard classes a new store starts with: China's VAT (TaxClass::chinaVat(): "standard" 13%
    /// (the default), "reduced" 9%, "low" 6%, "zero" 0%) — the codes the demo store and product exports use.
    static QList<TaxClass> standardClasses();
    /// Gives a store that has no tax classes the standard ones (through add(): needs kSettingsEdit, each
    /// audited "tax.add", all in one transaction). A store that has any keeps them: nothing is added.
    /// Returns how many were added. `qtillctl init` calls this for a new store, so products can be added at once.
    Result<int> addStandardClasses(const Session &actor);

    /// Changes the name, rate and default flag of the class with `changed.code`. Taking the default
    /// flag away is refused (make another class the default instead). No-op changes are not audited.
    Status update(const Session &actor, const TaxClass &changed);

private:
    Status checkAllowed(const Session &actor, const QString &action, const QString &target);
    Status clearDefault();

    Store &m_store;
    PermissionService &m_permissions;
    AuditLog &m_audit;
};

} // namespace qtill
