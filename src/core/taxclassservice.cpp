#include "taxclassservice.h"

#include "auditlog.h"
#include "operator.h"
#include "permission.h"
#include "permissionservice.h"
#include "store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace qtill {

namespace {

constexpr int kMaxNameLength = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::TaxClassService", text);
}

QString target(const QString &code)
{
    return QStringLiteral("tax:") + code;
}

QString describe(const TaxClass &c)
{
    return c.name + QStringLiteral(" (") + c.rateText() + (c.isDefault ? QStringLiteral(", default)") : QStringLiteral(")"));
}

Status validate(const TaxClass &c)
{
    if (!TaxClassService::isValidCode(c.code)) {
        return Error::invalidInput(
            tr("\"%1\" is not a tax class code. Use 1 to 16 lower-case letters, digits, '-' or '_', such as standard.")
                .arg(c.code));
    }
    if (c.name.trimmed().isEmpty())
        return Error::invalidInput(tr("The tax class %1 has no name.").arg(c.code));
    if (c.name.size() > kMaxNameLength)
        return Error::invalidInput(tr("The tax class name is too long: at most %1 characters.").arg(kMaxNameLength));
    if (c.rateBasisPoints < 0 || c.rateBasisPoints > TaxClass::kMaxRateBasisPoints)
        return Error::invalidInput(tr("A tax rate must be between 0% and 100%."), QString::number(c.rateBasisPoints));
    return {};
}

TaxClass fromRow(const QSqlQuery &q)
{
    return TaxClass{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0};
}

const QString kSelect = QStringLiteral("SELECT code, name, rate_bp, is_default FROM tax_classes");

} // namespace

TaxClassService::TaxClassService(Store &store, PermissionService &permissions, AuditLog &audit)
    : m_store(store), m_permissions(permissions), m_audit(audit)
{
}

Schema TaxClassService::schema()
{
    return Schema{QStringLiteral("tax"),
                  {Migration{1,
                             QStringLiteral("tax classes"),
                             {QStringLiteral("CREATE TABLE tax_classes ("
                                             " code TEXT PRIMARY KEY,"
                                             " name TEXT NOT NULL,"
                                             " rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),"
                                             " is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)))"),
                              // At most one default (partial unique index: SQLite and PostgreSQL alike).
                              QStringLiteral("CREATE UNIQUE INDEX tax_classes_one_default ON tax_classes (is_default)"
                                             " WHERE is_default = 1")}}}};
}

bool TaxClassService::isValidCode(const QString &code)
{
    static const QRegularExpression kCode(QStringLiteral("^[a-z0-9_-]{1,16}$"));
    return kCode.match(code).hasMatch();
}

Result<QList<TaxClass>> TaxClassService::list() const
{
    auto q = m_store.exec(kSelect + QStringLiteral(" ORDER BY rate_bp DESC, code"), {},
                          tr("The tax classes could not be read."));
    if (!q)
        return q.error();
    QList<TaxClass> classes;
    while (q->next())
        classes << fromRow(*q);
    return classes;
}

Result<TaxClass> TaxClassService::find(const QString &code) const
{
    auto q = m_store.execCached(kSelect + QStringLiteral(" WHERE code = ?"), {code}, tr("The tax classes could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no tax class \"%1\".").arg(code));
    return fromRow(q->query());
}

Result<TaxClass> TaxClassService::defaultClass() const
{
    auto q = m_store.exec(kSelect + QStringLiteral(" WHERE is_default = 1"), {}, tr("The tax classes could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The store has no tax classes yet. Add them under Settings → Taxes."));
    return fromRow(*q);
}

Status TaxClassService::checkAllowed(const Session &actor, const QString &action, const QString &what)
{
    Status allowed = m_permissions.require(actor, Permissions::kSettingsEdit);
    if (!allowed) {
        // Saved on its own: the refusal is worth keeping even though nothing changes.
        (void)m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), action, what, AuditOutcome::kDenied, {}});
    }
    return allowed;
}

Status TaxClassService::clearDefault()
{
    auto cleared = m_store.exec(QStringLiteral("UPDATE tax_classes SET is_default = 0 WHERE is_default = 1"), {},
                                tr("The tax classes could not be saved."));
    if (!cleared)
        return cleared.error();
    return {};
}

Status TaxClassService::add(const Session &actor, const QList<TaxClass> &classes)
{
    QStringList codes;
    for (const TaxClass &c : classes)
        codes << c.code;
    if (Status allowed = checkAllowed(actor, QStringLiteral("tax.add"), target(codes.join(QLatin1Char(',')))); !allowed)
        return allowed;
    QSet<QString> seen;
    int defaults = 0;
    for (const TaxClass &c : classes) {
        if (Status valid = validate(c); !valid)
            return valid;
        if (seen.contains(c.code))
            return Error::invalidInput(tr("The tax class code %1 is given twice.").arg(c.code));
        seen.insert(c.code);
        defaults += c.isDefault ? 1 : 0;
    }
    if (defaults > 1)
        return Error::invalidInput(tr("Only one tax class can be the default."));

    return m_store.transaction([&]() -> Status {
        auto existing = list();
        if (!existing)
            return existing.error();
        for (const TaxClass &c : existing.value()) {
            if (seen.contains(c.code))
                return Error::conflict(tr("There is a tax class %1 already (%2).").arg(c.code, describe(c)));
        }
        if (defaults > 0) {
            if (Status cleared = clearDefault(); !cleared)
                return cleared;
        }
        for (int i = 0; i < classes.size(); ++i) {
            TaxClass c = classes.at(i);
            c.name = c.name.trimmed();
            if (existing->isEmpty() && defaults == 0 && i == 0)
                c.isDefault = true;
            auto inserted = m_store.exec(
                QStringLiteral("INSERT INTO tax_classes (code, name, rate_bp, is_default) VALUES (?, ?, ?, ?)"),
                {c.code, c.name, c.rateBasisPoints, c.isDefault ? 1 : 0}, tr("The tax class could not be saved."));
            if (!inserted)
                return inserted.error();
            auto audited = m_audit.append(
                AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("tax.add"), target(c.code), AuditOutcome::kOk, describe(c)});
            if (!audited)
                return audited.error();
        }
        return {};
    });
}

QList<TaxClass> TaxClassService::standardClasses()
{
    return TaxClass::chinaVat();
}

Result<int> TaxClassService::addStandardClasses(const Session &actor)
{
    auto existing = list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0;
    // add() checks the permission (auditing a refusal) and refuses codes added meanwhile (Conflict).
    const QList<TaxClass> classes = standardClasses();
    if (Status saved = add(actor, classes); !saved)
        return saved.error();
    return int(classes.size());
}

Status TaxClassService::update(const Session &actor, const TaxClass &changed)
{
    if (Status allowed = checkAllowed(actor, QStringLiteral("tax.update"), target(changed.code)); !allowed)
        return allowed;
    if (Status valid = validate(changed); !valid)
        return valid;
    return m_store.transaction([&]() -> Status {
        auto current = find(changed.code);
        if (!current)
            return current.error();
        TaxClass next = changed;
        next.name = next.name.trimmed();
        if (*current == next)
            return {};
        if (current->isDefault && !next.isDefault) {
            return Error::invalidInput(
                tr("%1 is the default tax class. Make another class the default instead.").arg(current->code));
        }
        if (next.isDefault && !current->isDefault) {
            if (Status cleared = clearDefault(); !cleared)
                return cleared;
        }
        auto updated = m_store.exec(
            QStringLiteral("UPDATE tax_classes SET name = ?, rate_bp = ?, is_default = ? WHERE code = ?"),
            {next.name, next.rateBasisPoints, next.isDefault ? 1 : 0, next.code}, tr("The tax class could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("tax.update"), target(next.code),
                                                  AuditOutcome::kOk, describe(*current) + QStringLiteral(" → ") + describe(next)});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace qtill
