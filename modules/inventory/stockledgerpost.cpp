// StockLedger::post and postBatch: movements appended and the cached balances moved with them, three
// statements for a whole batch (a sale's lines), kept apart from the reading code in stockledger.cpp.
#include "stockledger.h"

#include "core/auditlog.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storesettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StockLedger", text);
}

QVariant milli(Quantity q)
{
    return QVariant::fromValue(static_cast<qlonglong>(q.milli()));
}

QString qtyText(Quantity q)
{
    return q.toString(QLocale());
}

/// -1: the reason only removes stock, +1: only adds, 0: either.
int reasonSign(const QString &reason)
{
    if (reason == StockReason::kSale || reason == StockReason::kSupplierReturn || reason == StockReason::kTransferOut
        || reason == StockReason::kDamage || reason == StockReason::kLoss)
        return -1;
    if (reason == StockReason::kRefund || reason == StockReason::kVoid || reason == StockReason::kReceipt
        || reason == StockReason::kTransferIn)
        return 1;
    return 0;
}

/// What a movement must be before anything is read: a quantity, a known reason, the reason's sign.
Status checkMovement(const StockMovement &m)
{
    if (m.quantity.isZero())
        return Error::invalidInput(tr("A stock movement needs a quantity other than zero."));
    if (m.reason.trimmed().isEmpty())
        return Error::invalidInput(tr("A stock movement needs a reason."));
    if (!StockReason::all().contains(m.reason))
        return Error::invalidInput(tr("\"%1\" is not a reason for a stock movement.").arg(m.reason));
    const int sign = reasonSign(m.reason);
    if ((sign < 0 && !m.quantity.isNegative()) || (sign > 0 && m.quantity.isNegative())) {
        return Error::invalidInput(tr("A stock movement of type \"%1\" cannot %2 stock.")
                                       .arg(StockReason::displayName(m.reason), sign < 0 ? tr("add") : tr("remove")));
    }
    return {};
}

QString rowMarks(qsizetype rows, const QString &row)
{
    QStringList out;
    for (qsizetype i = 0; i < rows; ++i)
        out << row;
    return out.join(QStringLiteral(", "));
}

} // namespace

/// The names and state of the products and locations a batch moves, read in one statement.
struct StockLedger::BatchNames
{
    QHash<qint64, QString> products;
    QHash<qint64, QString> locations;
    QSet<qint64> closedLocations;
};

Result<StockLedger::BatchNames> StockLedger::batchNames(const QList<qint64> &products, const QList<qint64> &locations)
{
    QVariantList values;
    for (qint64 p : products)
        values << idValue(p);
    for (qint64 l : locations)
        values << idValue(l);
    auto q = m_store.execCached(
        QStringLiteral("SELECT 0, id, name, 1 FROM products WHERE id IN (%1) UNION ALL"
                       " SELECT 1, l.id, l.name, COALESCE(i.active, 1) FROM locations l"
                       " LEFT JOIN location_info i ON i.location_id = l.id WHERE l.id IN (%2)")
            .arg(Store::bindMarks(products.size()), Store::bindMarks(locations.size())),
        values, tr("The stock could not be read."));
    if (!q)
        return q.error();
    BatchNames names;
    while (q->next()) {
        const qint64 id = q->value(1).toLongLong();
        if (q->value(0).toInt() == 0) {
            names.products.insert(id, q->value(2).toString());
        } else {
            names.locations.insert(id, q->value(2).toString());
            if (q->value(3).toInt() == 0)
                names.closedLocations.insert(id);
        }
    }
    return names;
}

Result<QHash<StockLedger::BalanceKey, Quantity>> StockLedger::addToBalances(const QList<BalanceKey> &pairs,
                                                                             const QHash<BalanceKey, Quantity> &change)
{
    // One statement moves every balance of the batch and reads it back: the rows are made if missing
    // and the upsert locks each one for this transaction (ON CONFLICT … DO UPDATE works on the latest
    // committed row), so a second lane on PostgreSQL waits for the first and adds to its result —
    // no lost update — and on SQLite the write transaction serialises the lanes already. The pairs come
    // sorted, so two lanes lock shared rows in the same order. What the batch found is the result less
    // its own change; the movements are checked against it (negative stock) before anything commits.
    QVariantList values;
    for (const BalanceKey &pair : pairs)
        values << idValue(pair.first) << idValue(pair.second) << milli(change.value(pair));
    auto q = m_store.execCached(
        QStringLiteral("INSERT INTO stock_balances (product_id, location_id, qty_milli) VALUES %1"
                       " ON CONFLICT (product_id, location_id) DO UPDATE SET qty_milli = stock_balances.qty_milli + excluded.qty_milli"
                       " RETURNING product_id, location_id, qty_milli")
            .arg(rowMarks(pairs.size(), QStringLiteral("(?, ?, ?)"))),
        values, tr("The stock movement could not be saved."));
    if (!q)
        return q.error();
    QHash<BalanceKey, Quantity> before;
    while (q->next()) {
        const BalanceKey key{q->value(0).toLongLong(), q->value(1).toLongLong()};
        const QVariant after = q->value(2);
        if (after.typeId() == QMetaType::Double) // SQLite makes a sum past 64 bits a REAL; PostgreSQL refuses it
            return Error::invalidInput(tr("The stock of product %1 would be out of range.").arg(key.first),
                                       QStringLiteral("stock_balances.qty_milli became %1").arg(after.toString()));
        auto was = Quantity::fromMilli(after.toLongLong()).plus(-change.value(key));
        if (!was)
            return was.error();
        before.insert(key, *was);
    }
    if (before.size() != pairs.size())
        return Error::internal(tr("The stock movement could not be saved."),
                               QStringLiteral("the balance upsert returned %1 rows for %2").arg(before.size()).arg(pairs.size()));
    return before;
}

Result<RecordedMovement> StockLedger::post(const StockMovement &movement)
{
    auto posted = postBatch({movement});
    if (!posted)
        return posted.error();
    return posted->constFirst();
}

Result<QList<RecordedMovement>> StockLedger::postBatch(const QList<StockMovement> &movements)
{
    for (const StockMovement &m : movements) {
        if (Status ok = checkMovement(m); !ok)
            return ok.error();
    }
    if (movements.isEmpty())
        return QList<RecordedMovement>();
    QList<RecordedMovement> recorded(movements.size());
    const Status done = m_store.transaction([&]() -> Status {
        recorded = QList<RecordedMovement>(movements.size());
        return writeBatch(movements, recorded);
    });
    if (!done)
        return done.error();
    return recorded;
}

Status StockLedger::writeBatch(const QList<StockMovement> &movements, QList<RecordedMovement> &recorded)
{
    QList<qint64> products, locations;
    QHash<BalanceKey, Quantity> change;
    for (const StockMovement &m : movements) {
        if (!products.contains(m.product.value()))
            products << m.product.value();
        if (!locations.contains(m.location.value()))
            locations << m.location.value();
        auto sum = change.value(BalanceKey{m.product.value(), m.location.value()}).plus(m.quantity);
        if (!sum)
            return sum.error();
        change.insert(BalanceKey{m.product.value(), m.location.value()}, *sum);
    }
    auto names = batchNames(products, locations);
    if (!names)
        return names.error();
    for (const StockMovement &m : movements) {
        if (!names->products.contains(m.product.value()))
            return Error::conflict(tr("There is no product with id %1.").arg(m.product.value()));
        if (!names->locations.contains(m.location.value()))
            return Error::conflict(tr("There is no stock location with id %1.").arg(m.location.value()));
        if (names->closedLocations.contains(m.location.value()))
            return Error::conflict(tr("The location %1 is closed; it takes no stock movements.")
                                       .arg(names->locations.value(m.location.value())));
    }
    QList<BalanceKey> pairs = change.keys();
    std::sort(pairs.begin(), pairs.end());
    auto balances = addToBalances(pairs, change);
    if (!balances)
        return balances.error();
    QList<Quantity> before;
    if (Status moved = moveBalances(movements, *names, *balances, recorded, before); !moved) {
        // Refused (not enough stock): the balances are put back, so nothing of the batch stays written
        // even in a caller's transaction that goes on.
        QHash<BalanceKey, Quantity> undo;
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            undo.insert(it.key(), -it.value());
        if (auto undone = addToBalances(pairs, undo); !undone)
            return undone.error();
        return moved;
    }
    if (Status inserted = insertMovements(movements, recorded); !inserted)
        return inserted;
    return auditNegatives(movements, *names, before, recorded);
}

Status StockLedger::moveBalances(const QList<StockMovement> &movements, const BatchNames &names,
                                 QHash<BalanceKey, Quantity> &balances, QList<RecordedMovement> &recorded,
                                 QList<Quantity> &before)
{
    std::optional<bool> allowNegative; // read once, only when a movement goes below zero
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const StockMovement &m = movements.at(i);
        Quantity &balance = balances[BalanceKey{m.product.value(), m.location.value()}];
        auto after = balance.plus(m.quantity);
        if (!after)
            return after.error();
        if (m.quantity.isNegative() && after->isNegative()) {
            if (!allowNegative)
                allowNegative = kAllowNegativeStock.get(StoreSettings(m_store));
            if (!*allowNegative) {
                return Error::conflict(
                    tr("Not enough stock of %1 at %2: %3 on hand, %4 needed. This store does not allow negative stock.")
                        .arg(names.products.value(m.product.value()), names.locations.value(m.location.value()),
                             qtyText(balance), qtyText(-m.quantity)));
            }
            recorded[i].wentNegative = true;
        }
        before << balance;
        recorded[i].onHandAfter = *after;
        balance = *after;
    }
    return {};
}

Status StockLedger::insertMovements(const QList<StockMovement> &movements, QList<RecordedMovement> &recorded)
{
    const QString at = storedTime(m_store.clock().now());
    QVariantList values;
    for (const StockMovement &m : movements)
        values << idValue(m.product.value()) << idValue(m.location.value()) << milli(m.quantity) << m.reason
               << optionalId(m.operatorId.value()) << at << text(m.document);
    auto q = m_store.execCached(
        QStringLiteral("INSERT INTO stock_movements (product_id, location_id, qty_milli, reason, operator_id, at, document)"
                       " VALUES %1 RETURNING id")
            .arg(rowMarks(movements.size(), QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"))),
        values, tr("The stock movement could not be saved."));
    if (!q)
        return q.error();
    // Ids are handed out in the order of the rows (the engines need not return them in that order).
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    if (ids.size() != movements.size())
        return Error::internal(tr("The stock movement could not be saved."),
                               QStringLiteral("INSERT … RETURNING id gave %1 ids for %2 movements").arg(ids.size()).arg(movements.size()));
    std::sort(ids.begin(), ids.end());
    for (qsizetype i = 0; i < ids.size(); ++i)
        recorded[i].id = ids.at(i);
    return {};
}

Status StockLedger::auditNegatives(const QList<StockMovement> &movements, const BatchNames &names,
                                   const QList<Quantity> &before, const QList<RecordedMovement> &recorded)
{
    for (qsizetype i = 0; i < movements.size(); ++i) {
        if (!recorded.at(i).wentNegative)
            continue;
        const StockMovement &m = movements.at(i);
        auto audited = m_services.auditLog().append(AuditRecord{
            m.operatorId, {}, QStringLiteral("stock.negative"),
            QStringLiteral("product:%1@location:%2").arg(m.product.value()).arg(m.location.value()), AuditOutcome::kOk,
            QStringLiteral("%1 %2 at %3: %4 → %5 (%6)")
                .arg(StockReason::displayName(m.reason), names.products.value(m.product.value()),
                     names.locations.value(m.location.value()), qtyText(before.at(i)), qtyText(recorded.at(i).onHandAfter),
                     m.document)});
        if (!audited)
            return audited.error();
    }
    return {};
}

} // namespace qtill::inventory
