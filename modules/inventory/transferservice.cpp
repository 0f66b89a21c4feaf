#include "transferservice.h"

#include "documentkinds.h"
#include "stockledger.h"

#include "core/insertreturningid.h"
#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::TransferService", text);
}

const QString kTransferSelect = QStringLiteral(
    "SELECT t.id, t.number, t.from_location_id, t.to_location_id, f.name, d.name, t.operator_id, t.at, t.note"
    " FROM transfers t JOIN locations f ON f.id = t.from_location_id JOIN locations d ON d.id = t.to_location_id");

Transfer fromRow(const QSqlQuery &q)
{
    Transfer t;
    t.id = TransferId(q.value(0).toLongLong());
    t.number = q.value(1).toString();
    t.from = LocationId(q.value(2).toLongLong());
    t.to = LocationId(q.value(3).toLongLong());
    t.fromName = q.value(4).toString();
    t.toName = q.value(5).toString();
    t.operatorId = OperatorId(q.value(6).toLongLong());
    t.at = parseStoredTime(q.value(7).toString());
    t.note = q.value(8).toString();
    return t;
}

} // namespace

TransferService::TransferService(Services &core, StockLedger &ledger) : m_services(core), m_ledger(ledger) {}

Result<Transfer> TransferService::transfer(const Session &session, LocationId from, LocationId to,
                                           const QList<TransferLine> &lines, const QString &note)
{
    if (Status allowed = m_services.permissions().require(session, TransferPermissions::kTransfer); !allowed)
        return allowed.error();
    if (from == to)
        return Error::invalidInput(tr("Choose two different locations to transfer between."));
    if (lines.isEmpty())
        return Error::invalidInput(tr("Add at least one product to transfer."));
    QList<TransferLine> merged;
    for (const TransferLine &line : lines) {
        if (line.quantity.milli() <= 0)
            return Error::invalidInput(tr("Every quantity to transfer must be more than zero."));
        auto it = std::find_if(merged.begin(), merged.end(), [&](const TransferLine &l) { return l.product == line.product; });
        if (it == merged.end())
            merged << line;
        else
            it->quantity = Quantity::fromMilli(it->quantity.milli() + line.quantity.milli());
    }
    Store &store = m_services.store();
    StockLedger &ledger = m_ledger;
    TransferId created;
    const Status done = store.transaction([&]() -> Status {
        auto source = ledger.location(from);
        if (!source)
            return source.error();
        auto target = ledger.location(to);
        if (!target)
            return target.error();
        auto number = m_services.documentNumbers().next(DocumentKinds::kTransfer);
        if (!number)
            return number.error();
        auto header = insertReturningId(store, QStringLiteral("INSERT INTO transfers (number, from_location_id, to_location_id,"
                                                " operator_id, at, note) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {*number, idValue(from.value()), idValue(to.value()),
                                  optionalId(session.operatorId.value()),
                                  storedTime(store.clock().now()), text(note.trimmed())},
                                 tr("The transfer could not be saved."));
        if (!header)
            return header.error();
        const qint64 id = *header;
        for (const TransferLine &line : std::as_const(merged)) {
            auto out = ledger.post(StockMovement{line.product, from, -line.quantity, StockReason::kTransferOut,
                                                 session.operatorId, *number});
            if (!out)
                return out.error();
            auto in = ledger.post(StockMovement{line.product, to, line.quantity, StockReason::kTransferIn,
                                                session.operatorId, *number});
            if (!in)
                return in.error();
            auto row = store.exec(QStringLiteral("INSERT INTO transfer_lines (transfer_id, product_id, qty_milli)"
                                                 " VALUES (?, ?, ?)"),
                                  {idValue(id), idValue(line.product.value()),
                                   QVariant::fromValue(qlonglong(line.quantity.milli()))},
                                  tr("The transfer could not be saved."));
            if (!row)
                return row.error();
        }
        created = TransferId(id);
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("stock.transfer"), QStringLiteral("transfer:%1").arg(*number),
                        AuditOutcome::kOk,
                        QStringLiteral("%1 → %2, %3 lines%4")
                            .arg(source->name, target->name)
                            .arg(merged.size())
                            .arg(note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return get(created);
}

Result<Transfer> TransferService::get(TransferId id) const
{
    const Store &store = m_services.store();
    auto q = store.exec(kTransferSelect + QStringLiteral(" WHERE t.id = ?"), {idValue(id.value())},
                        tr("The transfer could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no transfer with id %1.").arg(id.value()));
    Transfer t = fromRow(*q);
    auto lines = store.exec(QStringLiteral("SELECT l.product_id, l.qty_milli, p.sku, p.name FROM transfer_lines l"
                                           " JOIN products p ON p.id = l.product_id WHERE l.transfer_id = ? ORDER BY l.id"),
                            {idValue(id.value())}, tr("The transfer could not be read."));
    if (!lines)
        return lines.error();
    while (lines->next()) {
        t.lines << TransferLine{ProductId(lines->value(0).toLongLong()), Quantity::fromMilli(lines->value(1).toLongLong()),
                                lines->value(2).toString(), lines->value(3).toString()};
    }
    return t;
}

Result<Transfer> TransferService::byNumber(const QString &number) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT id FROM transfers WHERE number = ?"),
                                     {number.trimmed().toUpper()}, tr("The transfer could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no transfer %1.").arg(number.trimmed()));
    return get(TransferId(q->value(0).toLongLong()));
}

Result<QList<Transfer>> TransferService::list(LocationId location, int limit, int offset) const
{
    QString where;
    QVariantList values;
    if (location.isValid()) {
        where = QStringLiteral(" WHERE t.from_location_id = ? OR t.to_location_id = ?");
        values << idValue(location.value()) << idValue(location.value());
    }
    values << qMax(0, limit) << qMax(0, offset);
    auto q = m_services.store().exec(kTransferSelect + where + QStringLiteral(" ORDER BY t.id DESC LIMIT ? OFFSET ?"),
                                     values, tr("The transfers could not be read."));
    if (!q)
        return q.error();
    QList<TransferId> ids;
    while (q->next())
        ids << TransferId(q->value(0).toLongLong());
    QList<Transfer> list;
    for (TransferId id : std::as_const(ids)) {
        auto t = get(id);
        if (!t)
            return t.error();
        list << *t;
    }
    return list;
}

} // namespace qtill::inventory
