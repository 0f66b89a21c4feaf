#include "operatorservice.h"

#include "auditlog.h"
#include "permissionservice.h"
#include "pinhasher.h"
#include "store.h"
#include "storedtime.h"
#include "utctimesmigration.h"

#include <QCoreApplication>
#include <QSet>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::OperatorService", text);
}

const QString kColumns
    = QStringLiteral("id, number, name, role, active, failed_attempts, locked, created_at, locked_at");
constexpr int kMaxNameLength = 40;

Operator readOperator(const QSqlQuery &q)
{
    Operator op;
    op.id = OperatorId(q.value(0).toLongLong());
    op.number = q.value(1).toString();
    op.name = q.value(2).toString();
    op.role = roleFromKey(q.value(3).toString()).value_or(Role::Cashier);
    op.active = q.value(4).toInt() != 0;
    op.failedAttempts = q.value(5).toInt();
    op.locked = q.value(6).toInt() != 0;
    op.createdAt = parseStoredTime(q.value(7).toString());
    op.lockedAt = q.value(8).isNull() ? QDateTime() : parseStoredTime(q.value(8).toString());
    return op;
}

QString targetOf(const Operator &op)
{
    return QStringLiteral("operator:") + QString::number(op.id.value());
}

Result<QString> validName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("Enter the operator's name."));
    if (trimmed.size() > kMaxNameLength)
        return Error::invalidInput(tr("A name has at most %1 characters.").arg(kMaxNameLength));
    return trimmed;
}

Error lockedError(const Operator &op)
{
    return Error::locked(tr("Operator %1 is locked after %2 wrong PINs. Ask the owner to unlock it.")
                             .arg(op.number)
                             .arg(OperatorService::kMaxFailedAttempts),
        QStringLiteral("operator %1 locked").arg(op.id.value()));
}

} // namespace

OperatorService::OperatorService(Store &store, AuditLog &audit, PermissionService &permissions, const PinHasher &hasher)
    : m_store(store), m_audit(audit), m_permissions(permissions), m_hasher(hasher)
{ }

Schema OperatorService::schema()
{
    return Schema {QStringLiteral("auth"),
        {Migration {1, QStringLiteral("operators and the role permission table"),
            {QStringLiteral("CREATE TABLE operators ("
                            " id INTEGER PRIMARY KEY,"
                            " number TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " pin_hash TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                            " locked INTEGER NOT NULL DEFAULT 0,"
                            " locked_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE role_permissions ("
                               " role TEXT NOT NULL,"
                               " permission TEXT NOT NULL,"
                               " granted INTEGER NOT NULL,"
                               " PRIMARY KEY (role, permission))")}},
         utcTimesMigration(2, {{QStringLiteral("operators"),
                                {QStringLiteral("locked_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")}}})}};
}

Status OperatorService::validateNumber(const QString &number)
{
    if (number.isEmpty())
        return Error::invalidInput(tr("Enter an operator number."));
    for (QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error::invalidInput(tr("An operator number has digits only (0-9)."));
    }
    if (number.size() < kMinNumberLength || number.size() > kMaxNumberLength)
        return Error::invalidInput(
            tr("An operator number has %1 to %2 digits, e.g. 01.").arg(kMinNumberLength).arg(kMaxNumberLength));
    return {};
}

// ---- reading --------------------------------------------------------------------------------------

Result<Operator> OperatorService::readOne(const QString &column, const QVariant &value) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operators WHERE ") + column
            + QStringLiteral(" = ?"),
        {value}, tr("The operators could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no such operator."));
    return readOperator(*q);
}

Result<QList<Operator>> OperatorService::list(bool activeOnly) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operators")
            + (activeOnly ? QStringLiteral(" WHERE active <> 0") : QString())
            + QStringLiteral(" ORDER BY length(number), number"),
        {}, tr("The operators could not be read."));
    if (!q)
        return q.error();
    QList<Operator> out;
    while (q->next())
        out << readOperator(*q);
    return out;
}

Result<Operator> OperatorService::find(OperatorId id) const
{
    return readOne(QStringLiteral("id"), qlonglong(id.value()));
}

Result<Operator> OperatorService::findByNumber(const QString &number) const
{
    auto found = readOne(QStringLiteral("number"), number.trimmed());
    if (!found && found.error().code == Error::Code::NotFound)
        return Error::notFound(tr("There is no operator %1.").arg(number.trimmed()));
    return found;
}

Result<int> OperatorService::count() const
{
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM operators"), {}, tr("The operators could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> OperatorService::activeOwnerCount() const
{
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = ? AND active <> 0"),
        {roleKey(Role::Owner)}, tr("The operators could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status OperatorService::audit(OperatorId actor, OperatorId approver, const QString &action, const Operator &target,
    const QString &outcome, const QString &detail)
{
    auto appended = m_audit.append(AuditRecord {actor, approver, action, targetOf(target), outcome, detail});
    if (!appended)
        return appended.error();
    return {};
}

// ---- signing in -----------------------------------------------------------------------------------

Error OperatorService::recordFailure(const Operator &op)
{
    int failed = op.failedAttempts;
    bool nowLocked = false;
    const Status saved = m_store.transaction([&]() -> Status {
        auto updated
            = m_store.exec(QStringLiteral("UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE id = ?"),
                {qlonglong(op.id.value())}, tr("The sign-in could not be recorded."));
        if (!updated)
            return updated.error();
        auto fresh = find(op.id);
        if (!fresh)
            return fresh.error();
        failed = fresh->failedAttempts;
        if (failed >= kMaxFailedAttempts && !fresh->locked) {
            const QString now = storedTime(m_store.clock().now());
            auto locked = m_store.exec(
                QStringLiteral("UPDATE operators SET locked = 1, locked_at = ?, updated_at = ? WHERE id = ?"),
                {now, now, qlonglong(op.id.value())}, tr("The sign-in could not be recorded."));
            if (!locked)
                return locked.error();
            nowLocked = true;
            return audit(op.id, {}, QStringLiteral("operator.lockout"), op, AuditOutcome::kOk,
                QStringLiteral("%1 wrong PINs in a row").arg(failed));
        }
        return {};
    });
    if (!saved)
        return saved.error();
    if (nowLocked || failed >= kMaxFailedAttempts) {
        return Error::locked(tr("Wrong PIN. Operator %1 is now locked; ask the owner to unlock it.").arg(op.number),
            QStringLiteral("operator %1 locked after %2 failures").arg(op.id.value()).arg(failed));
    }
    const int left = kMaxFailedAttempts - failed;
    return Error::invalidInput(left == 1
            ? tr("Wrong PIN. 1 try left before operator %1 is locked.").arg(op.number)
            : tr("Wrong PIN. %1 tries left before operator %2 is locked.").arg(left).arg(op.number),
        QStringLiteral("operator %1 failure %2").arg(op.id.value()).arg(failed));
}

Result<Operator> OperatorService::verifyCredentials(const QString &number, const QString &pin)
{
    Failure failure = Failure::None;
    return checkCredentials(number, pin, failure);
}

Result<Operator> OperatorService::checkCredentials(const QString &number, const QString &pin, Failure &failure)
{
    failure = Failure::BadInput;
    if (auto valid = validateNumber(number.trimmed()); !valid)
        return valid.error();
    auto found = findByNumber(number);
    if (!found) {
        failure = found.error().code == Error::Code::NotFound ? Failure::Unknown : Failure::Storage;
        return found.error();
    }
    Operator op = *found;
    if (!op.active) {
        failure = Failure::Inactive;
        return Error::permissionDenied(tr("Operator %1 is no longer active. Ask a manager.").arg(op.number),
            QStringLiteral("operator %1 inactive").arg(op.id.value()));
    }
    if (op.locked) {
        failure = Failure::Locked;
        return lockedError(op);
    }
    if (auto valid = PinHasher::validatePin(pin); !valid)
        return valid.error();

    failure = Failure::Storage;
    auto stored = m_store.exec(QStringLiteral("SELECT pin_hash FROM operators WHERE id = ?"),
        {qlonglong(op.id.value())}, tr("The operators could not be read."));
    if (!stored)
        return stored.error();
    const QString pinHash = stored->next() ? stored->value(0).toString() : QString();
    if (!m_hasher.verify(pinHash, pin)) {
        failure = Failure::WrongPin;
        return recordFailure(op);
    }
    failure = Failure::Storage;

    const bool reset = op.failedAttempts > 0;
    const bool rehash = m_hasher.needsRehash(pinHash);
    if (reset || rehash) {
        const Status saved = m_store.transaction([&]() -> Status {
            if (reset) {
                auto updated = m_store.exec(QStringLiteral("UPDATE operators SET failed_attempts = 0 WHERE id = ?"),
                    {qlonglong(op.id.value())}, tr("The sign-in could not be recorded."));
                if (!updated)
                    return updated.error();
            }
            if (rehash) {
                auto fresh = m_hasher.hash(pin);
                if (!fresh)
                    return fresh.error();
                auto updated = m_store.exec(QStringLiteral("UPDATE operators SET pin_hash = ? WHERE id = ?"),
                    {*fresh, qlonglong(op.id.value())}, tr("The sign-in could not be recorded."));
                if (!updated)
                    return updated.error();
            }
            return {};
        });
        if (!saved)
            return saved.error();
        op.failedAttempts = 0;
    }
    failure = Failure::None;
    return op;
}

Result<Session> OperatorService::signIn(const QString &number, const QString &pin)
{
    Failure failure = Failure::None;
    auto checked = checkCredentials(number, pin, failure);
    if (!checked) {
        const Error e = checked.error();
        if (failure == Failure::Storage)
            return e;
        auto known = findByNumber(number);
        const OperatorId id = known ? known->id : OperatorId();
        const QString target
            = known ? targetOf(*known) : QStringLiteral("number:") + number.trimmed().left(kMaxNumberLength);
        const QString outcome = failure == Failure::Inactive || failure == Failure::Locked ? AuditOutcome::kDenied
                                                                                           : AuditOutcome::kFailed;
        auto audited
            = m_audit.append(AuditRecord {id, {}, QStringLiteral("operator.signIn"), target, outcome, e.message});
        if (!audited)
            return audited.error();
        return e;
    }
    Session session {checked->id, checked->number, checked->name, checked->role, m_store.clock().now()};
    if (auto audited = audit(checked->id, {}, QStringLiteral("operator.signIn"), *checked, AuditOutcome::kOk, {}); !audited)
        return audited.error();
    return session;
}

Status OperatorService::signOut(const Session &session)
{
    if (!session.isValid())
        return {};
    auto appended = m_audit.append(AuditRecord {session.auditActor(), session.auditApprover(), QStringLiteral("operator.signOut"),
        QStringLiteral("operator:") + QString::number(session.operatorId.value()), AuditOutcome::kOk, {}});
    if (!appended)
        return appended.error();
    return {};
}

Status OperatorService::recordScreenLock(const Session &session, const QString &reason)
{
    if (!session.isValid())
        return {};
    auto appended = m_audit.append(AuditRecord {session.auditActor(), session.auditApprover(), QStringLiteral("operator.screenLock"),
        QStringLiteral("operator:") + QString::number(session.operatorId.value()), AuditOutcome::kOk, reason});
    if (!appended)
        return appended.error();
    return {};
}

// ---- changes --------------------------------------------------------------------------------------

Status OperatorService::requireManage(const Session &actor, bool touchesOwner) const
{
    if (auto allowed = m_permissions.require(actor, Permissions::kOperatorsManage); !allowed)
        return allowed;
    if (!touchesOwner)
        return {};
    auto me = find(actor.operatorId);
    if (!me || me->role != Role::Owner || !me->active)
        return Error::permissionDenied(tr("Only an owner may add, change or reset the PIN of an owner."),
            QStringLiteral("operator %1 is not an owner").arg(actor.number));
    return {};
}

Result<Operator> OperatorService::insertOperator(
    const QString &number, const QString &name, Role role, const QString &pin, OperatorId actor, OperatorId approver)
{
    if (auto valid = validateNumber(number); !valid)
        return valid.error();
    auto cleanName = validName(name);
    if (!cleanName)
        return cleanName.error();
    auto pinHash = m_hasher.hash(pin);
    if (!pinHash)
        return pinHash.error();
    auto taken = findByNumber(number);
    if (taken)
        return Error::conflict(tr("Operator number %1 is taken by %2.").arg(number, taken->name));
    if (taken.error().code != Error::Code::NotFound)
        return taken.error();

    const QString now = storedTime(m_store.clock().now());
    auto inserted
        = m_store.exec(QStringLiteral("INSERT INTO operators (number, name, role, pin_hash, active, failed_attempts,"
                                      " locked, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 0, 0, ?, ?)"),
            {number, *cleanName, roleKey(role), *pinHash, now, now}, tr("The operator could not be saved."));
    if (!inserted)
        return inserted.error();
    auto created = findByNumber(number);
    if (!created)
        return created.error();
    if (auto audited = audit(actor, approver, QStringLiteral("operator.create"), *created, AuditOutcome::kOk,
            created->number + QLatin1Char(' ') + created->name + QStringLiteral(", ") + roleKey(role));
        !audited)
        return audited.error();
    return created;
}

Result<Operator> OperatorService::create(
    const Session &actor, const QString &number, const QString &name, Role role, const QString &pin)
{
    if (auto allowed = requireManage(actor, role == Role::Owner); !allowed)
        return allowed.error();
    std::optional<Operator> created;
    const Status done = m_store.transaction([&]() -> Status {
        auto made = insertOperator(number.trimmed(), name, role, pin, actor.auditActor(), actor.auditApprover());
        if (!made)
            return made.error();
        created = *made;
        return {};
    });
    if (!done)
        return done.error();
    return *created;
}

Result<QList<Operator>> OperatorService::bootstrap(const QList<NewOperator> &operators)
{
    const bool hasOwner
        = std::any_of(operators.cbegin(), operators.cend(), [](const NewOperator &n) { return n.role == Role::Owner; });
    if (!hasOwner)
        return Error::invalidInput(tr("The first operators must include an owner."));
    QSet<QString> numbers;
    for (const NewOperator &n : operators) {
        if (numbers.contains(n.number.trimmed()))
            return Error::invalidInput(tr("Operator number %1 is given twice.").arg(n.number.trimmed()));
        numbers.insert(n.number.trimmed());
    }
    QList<Operator> created;
    const Status done = m_store.transaction([&]() -> Status {
        auto existing = count();
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::conflict(tr("This store has operators already. Sign in as the owner to add more."));
        for (const NewOperator &n : operators) {
            auto made = insertOperator(n.number.trimmed(), n.name, n.role, n.pin, OperatorId());
            if (!made)
                return made.error();
            created << *made;
        }
        return {};
    });
    if (!done)
        return done.error();
    return created;
}

Status OperatorService::changeOwnPin(const Session &self, const QString &oldPin, const QString &newPin)
{
    if (!self.isValid())
        return Error::permissionDenied(tr("Sign in first."));
    if (auto valid = PinHasher::validatePin(newPin); !valid)
        return valid;
    auto me = find(self.operatorId);
    if (!me)
        return me.error();
    auto checked = verifyCredentials(me->number, oldPin);
    if (!checked) {
        const Error e = checked.error();
        auto audited = audit(me->id, {}, QStringLiteral("operator.pinChange"), *me, AuditOutcome::kFailed, e.message);
        if (!audited)
            return audited.error();
        return e;
    }
    auto pinHash = m_hasher.hash(newPin);
    if (!pinHash)
        return pinHash.error();
    return m_store.transaction([&]() -> Status {
        auto updated = m_store.exec(QStringLiteral("UPDATE operators SET pin_hash = ?, updated_at = ? WHERE id = ?"),
            {*pinHash, storedTime(m_store.clock().now()), qlonglong(me->id.value())},
            tr("The PIN could not be changed."));
        if (!updated)
            return updated.error();
        return audit(me->id, {}, QStringLiteral("operator.pinChange"), *me, AuditOutcome::kOk, {});
    });
}

Status OperatorService::resetPin(const Session &actor, OperatorId target, const QString &newPin)
{
    auto op = find(target);
    if (!op)
        return op.error();
    if (auto allowed = requireManage(actor, op->role == Role::Owner); !allowed)
        return allowed;
    auto pinHash = m_hasher.hash(newPin);
    if (!pinHash)
        return pinHash.error();
    return m_store.transaction([&]() -> Status {
        auto updated = m_store.exec(QStringLiteral("UPDATE operators SET pin_hash = ?, updated_at = ? WHERE id = ?"),
            {*pinHash, storedTime(m_store.clock().now()), qlonglong(target.value())},
            tr("The PIN could not be changed."));
        if (!updated)
            return updated.error();
        return audit(actor.auditActor(), actor.auditApprover(), QStringLiteral("operator.pinReset"), *op, AuditOutcome::kOk, {});
    });
}

Status OperatorService::unlock(const Session &actor, OperatorId target)
{
    if (auto allowed = m_permissions.require(actor, Permissions::kOperatorsUnlock); !allowed)
        return allowed;
    auto op = find(target);
    if (!op)
        return op.error();
    if (!op->locked && op->failedAttempts == 0)
        return {};
    return m_store.transaction([&]() -> Status {
        auto updated
            = m_store.exec(QStringLiteral("UPDATE operators SET locked = 0, locked_at = NULL, failed_attempts = 0,"
                                          " updated_at = ? WHERE id = ?"),
                {storedTime(m_store.clock().now()), qlonglong(target.value())},
                tr("The operator could not be unlocked."));
        if (!updated)
            return updated.error();
        return audit(actor.auditActor(), actor.auditApprover(), QStringLiteral("operator.unlock"), *op, AuditOutcome::kOk,
            QStringLiteral("after %1 wrong PINs").arg(op->failedAttempts));
    });
}

Result<Operator> OperatorService::setRole(const Session &actor, OperatorId target, Role role)
{
    auto op = find(target);
    if (!op)
        return op.error();
    if (auto allowed = requireManage(actor, op->role == Role::Owner || role == Role::Owner); !allowed)
        return allowed.error();
    if (op->role == role)
        return *op;
    const Status done = m_store.transaction([&]() -> Status {
        if (op->role == Role::Owner && op->active) {
            auto owners = activeOwnerCount();
            if (!owners)
                return owners.error();
            if (*owners <= 1)
                return Error::conflict(
                    tr("%1 is the last owner. Make someone else owner first.").arg(op->displayName()));
        }
        auto updated = m_store.exec(QStringLiteral("UPDATE operators SET role = ?, updated_at = ? WHERE id = ?"),
            {roleKey(role), storedTime(m_store.clock().now()), qlonglong(target.value())},
            tr("The role could not be changed."));
        if (!updated)
            return updated.error();
        return audit(actor.auditActor(), actor.auditApprover(), QStringLiteral("operator.setRole"), *op, AuditOutcome::kOk,
            roleKey(op->role) + QStringLiteral(" -> ") + roleKey(role));
    });
    if (!done)
        return done.error();
    return find(target);
}

Result<Operator> OperatorService::setActive(const Session &actor, OperatorId target, bool active)
{
    auto op = find(target);
    if (!op)
        return op.error();
    if (auto allowed = requireManage(actor, op->role == Role::Owner); !allowed)
        return allowed.error();
    if (op->active == active)
        return *op;
    const Status done = m_store.transaction([&]() -> Status {
        if (!active && op->role == Role::Owner) {
            auto owners = activeOwnerCount();
            if (!owners)
                return owners.error();
            if (*owners <= 1)
                return Error::conflict(
                    tr("%1 is the last owner and stays active. Make someone else owner first.").arg(op->displayName()));
        }
        auto updated = m_store.exec(QStringLiteral("UPDATE operators SET active = ?, updated_at = ? WHERE id = ?"),
            {active ? 1 : 0, storedTime(m_store.clock().now()), qlonglong(target.value())},
            tr("The operator could not be changed."));
        if (!updated)
            return updated.error();
        return audit(actor.auditActor(), actor.auditApprover(), QStringLiteral("operator.setActive"), *op, AuditOutcome::kOk,
            active ? QStringLiteral("activated") : QStringLiteral("deactivated"));
    });
    if (!done)
        return done.error();
    return find(target);
}

Result<Operator> OperatorService::setName(const Session &actor, OperatorId target, const QString &name)
{
    auto op = find(target);
    if (!op)
        return op.error();
    if (auto allowed = requireManage(actor, op->role == Role::Owner); !allowed)
        return allowed.error();
    auto cleanName = validName(name);
    if (!cleanName)
        return cleanName.error();
    if (*cleanName == op->name)
        return *op;
    const Status done = m_store.transaction([&]() -> Status {
        auto updated = m_store.exec(QStringLiteral("UPDATE operators SET name = ?, updated_at = ? WHERE id = ?"),
            {*cleanName, storedTime(m_store.clock().now()), qlonglong(target.value())},
            tr("The operator could not be changed."));
        if (!updated)
            return updated.error();
        return audit(actor.auditActor(), actor.auditApprover(), QStringLiteral("operator.rename"), *op, AuditOutcome::kOk,
            op->name + QStringLiteral(" -> ") + *cleanName);
    });
    if (!done)
        return done.error();
    return find(target);
}

} // namespace qtill
