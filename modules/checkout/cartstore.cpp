#include "cartstore.h"

#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::CartStore", text);
}

const QString kColumns = QStringLiteral("uuid, state, label, payload, operator_id, created_at, updated_at");

Result<SavedCart> readCart(const QSqlQuery &q)
{
    SavedCart saved;
    saved.uuid = q.value(0).toString();
    saved.held = q.value(1).toString() == QLatin1String("held");
    saved.label = q.value(2).toString();
    auto cart = Cart::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    if (!cart)
        return cart.error();
    saved.cart = *cart;
    saved.operatorId = OperatorId(q.value(4).toLongLong());
    saved.createdAt = parseStoredTime(q.value(5).toString());
    saved.updatedAt = parseStoredTime(q.value(6).toString());
    return saved;
}

} // namespace

CartStore::CartStore(Services &core) : m_core(core) { }

CartStore::~CartStore() = default;

QString CartStore::registerId() const
{
    return m_core.documentNumbers().registerId();
}

Status CartStore::save(const QString &uuid, const Cart &cart, OperatorId operatorId)
{
    if (uuid.isEmpty())
        return Error::invalidInput(tr("The ticket has no id."), QStringLiteral("CartStore::save without uuid"));
    Store &store = m_core.store();
    if (cart.isEmpty()) {
        auto removed = store.exec(QStringLiteral("DELETE FROM carts WHERE uuid = ? AND state = 'open'"), {uuid},
            tr("The ticket could not be saved."));
        return removed ? Status() : Status(removed.error());
    }
    const QString now = storedTime(m_core.clock().now());
    const QString payload = QString::fromUtf8(QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact));
    auto saved = store.exec(
        QStringLiteral("INSERT INTO carts (uuid, register_id, operator_id, state, label, payload, created_at, updated_at)"
                       " VALUES (?, ?, ?, 'open', '', ?, ?, ?)"
                       " ON CONFLICT (uuid) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at,"
                       " operator_id = excluded.operator_id WHERE carts.state = 'open' RETURNING uuid"),
        {uuid, registerId(), sqlvalues::optionalId(operatorId.value()), payload, now, now},
        tr("The ticket could not be saved."));
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            return Error::conflict(tr("Another ticket is open at this register: hold it or finish it first."),
                saved.error().detail);
        return saved.error();
    }
    if (!saved->next())
        return Error::conflict(tr("This ticket is held: recall it first."));
    return {};
}

Result<std::optional<SavedCart>> CartStore::find(const QString &uuid) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM carts WHERE uuid = ?"),
        {uuid}, tr("The ticket could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SavedCart>();
    auto saved = readCart(*q);
    if (!saved)
        return saved.error();
    return std::optional<SavedCart>(*saved);
}

Result<std::optional<SavedCart>> CartStore::open() const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM carts WHERE register_id = ? AND state = 'open'"),
        {registerId()}, tr("The ticket could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SavedCart>();
    auto saved = readCart(*q);
    if (!saved)
        return saved.error();
    return std::optional<SavedCart>(*saved);
}

Status CartStore::hold(const QString &uuid, const QString &label)
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    if (!*found || (*found)->held)
        return Error::notFound(tr("There is no open ticket to hold."));
    if ((*found)->cart.isEmpty())
        return Error::invalidInput(tr("The ticket is empty: nothing to hold."));
    auto held = m_core.store().exec(
        QStringLiteral("UPDATE carts SET state = 'held', label = ?, updated_at = ? WHERE uuid = ? AND state = 'open'"),
        {sqlvalues::text(label.trimmed()), storedTime(m_core.clock().now()), uuid}, tr("The ticket could not be held."));
    return held ? Status() : Status(held.error());
}

Result<QList<SavedCart>> CartStore::held() const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM carts WHERE register_id = ? AND state = 'held' ORDER BY updated_at, uuid"),
        {registerId()}, tr("The held tickets could not be read."));
    if (!q)
        return q.error();
    QList<SavedCart> out;
    while (q->next()) {
        auto saved = readCart(*q);
        if (!saved)
            return saved.error();
        out << *saved;
    }
    return out;
}

Result<SavedCart> CartStore::recall(const QString &uuid)
{
    SavedCart recalled;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto current = open();
        if (!current)
            return current.error();
        if (*current && !(*current)->cart.isEmpty())
            return Error::conflict(tr("Another ticket is open: hold it or finish it first."));
        auto found = find(uuid);
        if (!found)
            return found.error();
        if (!*found || !(*found)->held)
            return Error::notFound(tr("That held ticket is gone: it was recalled or discarded."));
        auto recalledRow = m_core.store().exec(
            QStringLiteral("UPDATE carts SET state = 'open', updated_at = ? WHERE uuid = ? AND state = 'held'"),
            {storedTime(m_core.clock().now()), uuid}, tr("The ticket could not be recalled."));
        if (!recalledRow)
            return recalledRow.error();
        recalled = **found;
        recalled.held = false;
        return {};
    });
    if (!done)
        return done.error();
    return recalled;
}

Status CartStore::discard(const Session &session, const QString &uuid)
{
    return m_core.store().transaction([&]() -> Status {
        auto found = find(uuid);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(tr("That ticket is gone already."));
        auto removed = m_core.store().execCached(QStringLiteral("DELETE FROM carts WHERE uuid = ?"), {uuid},
            tr("The ticket could not be discarded."));
        if (!removed)
            return removed.error();
        const Cart &cart = (*found)->cart;
        if (cart.isEmpty())
            return {};
        auto totals = cart.totals();
        const QString total = totals ? totals->total.format(QLocale()) : QString();
        auto audited = m_core.auditLog().append(AuditRecord{session.auditActor(), {}, QStringLiteral("sale.discard"),
            QStringLiteral("cart:") + uuid, AuditOutcome::kOk,
            QCoreApplication::translate("qtill::checkout::CartStore", "%n line(s), %1", nullptr, int(cart.lines().size())).arg(total)});
        return audited ? Status() : Status(audited.error());
    });
}

Status CartStore::removePaid(const QString &uuid)
{
    auto removed = m_core.store().execCached(QStringLiteral("DELETE FROM carts WHERE uuid = ?"), {uuid},
        tr("The ticket could not be closed."));
    return removed ? Status() : Status(removed.error());
}

} // namespace qtill::checkout
