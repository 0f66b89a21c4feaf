#include "stockledger.h"

#include "inventorymodule.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StockLedger", text);
}

QString qtyText(Quantity q)
{
    return q.toString(QLocale());
}

} // namespace

namespace StockReason {

QStringList all()
{
    return {kOpening, kSale,  kRefund, kVoid, kReceipt, kSupplierReturn, kTransferOut, kTransferIn,
            kTransfer, kCount, kDamage, kLoss, kAdjustment};
}

QString displayName(const QString &reason)
{
    static const QHash<QString, const char *> kNames{
        {kOpening, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Opening stock")},
        {kSale, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Sale")},
        {kRefund, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Customer return")},
        {kVoid, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Sale voided")},
        {kReceipt, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Goods received")},
        {kSupplierReturn, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Return to supplier")},
        {kTransferOut, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Transfer out")},
        {kTransferIn, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Transfer in")},
        {kTransfer, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Transfer")},
        {kCount, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Stocktake adjustment")},
        {kDamage, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Damaged")},
        {kLoss, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Lost")},
        {kAdjustment, QT_TRANSLATE_NOOP("qtill::inventory::StockLedger", "Manual adjustment")},
    };
    const char *name = kNames.value(reason, nullptr);
    return name ? tr(name) : reason;
}

} // namespace StockReason

QString locationKindKey(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Store:
        return QStringLiteral("store");
    case LocationKind::BackRoom:
        return QStringLiteral("backroom");
    case LocationKind::Department:
        return QStringLiteral("department");
    case LocationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

LocationKind locationKindFromKey(const QString &key)
{
    for (LocationKind k : {LocationKind::Store, LocationKind::BackRoom, LocationKind::Department, LocationKind::Other}) {
        if (locationKindKey(k) == key)
            return k;
    }
    return LocationKind::Other;
}

const Setting<bool> StockLedger::kAllowNegativeStock{"inventory/allowNegativeStock", true};

StockLedger::StockLedger(Services &core) : m_services(core), m_store(core.store()) {}

Status StockLedger::require(const Session &session, const QString &permission) const
{
    return m_services.permissions().require(session, permission);
}

Result<qint64> StockLedger::record(const StockMovement &movement)
{
    auto posted = post(movement);
    if (!posted)
        return posted.error();
    return posted->id;
}

Result<RecordedMovement> StockLedger::adjust(const Session &session, ProductId product, LocationId location,
                                             Quantity delta, const QString &reason, const QString &note)
{
    if (Status allowed = require(session, StockPermissions::kAdjust); !allowed)
        return allowed.error();
    if (reason != StockReason::kAdjustment && reason != StockReason::kDamage && reason != StockReason::kLoss
        && reason != StockReason::kOpening) {
        return Error::invalidInput(tr("Stock can be changed by hand only as an adjustment, damage, loss or opening stock."));
    }
    if (note.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the stock changes (for example \"broken in the back room\")."));
    RecordedMovement recorded;
    const Status done = m_store.transaction([&]() -> Status {
        auto posted = post(StockMovement{product, location, delta, reason, session.operatorId, note.trimmed()});
        if (!posted)
            return posted.error();
        recorded = *posted;
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("stock.adjust"),
                        QStringLiteral("product:%1@location:%2").arg(product.value()).arg(location.value()),
                        AuditOutcome::kOk,
                        QStringLiteral("%1 %2 → %3: %4")
                            .arg(StockReason::displayName(reason), qtyText(delta), qtyText(posted->onHandAfter),
                                 note.trimmed())});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return recorded;
}

Result<Quantity> StockLedger::onHand(ProductId product, LocationId location) const
{
    auto q = m_store.exec(QStringLiteral("SELECT qty_milli FROM stock_balances WHERE product_id = ? AND location_id = ?"),
                          {idValue(product.value()), idValue(location.value())}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return Quantity::fromMilli(q->next() ? q->value(0).toLongLong() : 0);
}

Result<Quantity> StockLedger::onHand(ProductId product) const
{
    auto q = m_store.exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_balances WHERE product_id = ?"),
                          {idValue(product.value())}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return Quantity::fromMilli(q->next() ? q->value(0).toLongLong() : 0);
}

Result<QList<StockBalance>> StockLedger::balances(ProductId product) const
{
    auto q = m_store.exec(QStringLiteral("SELECT location_id, qty_milli FROM stock_balances WHERE product_id = ?"
                                         " ORDER BY location_id"),
                          {idValue(product.value())}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    QList<StockBalance> list;
    while (q->next())
        list << StockBalance{product, LocationId(q->value(0).toLongLong()), Quantity::fromMilli(q->value(1).toLongLong())};
    return list;
}

Result<StockHistoryPage> StockLedger::history(ProductId product, LocationId location, const QDateTime &from,
                                              const QDateTime &to, int limit, int offset) const
{
    QString where = QStringLiteral(" WHERE m.product_id = ?");
    QVariantList values{idValue(product.value())};
    if (location.isValid()) {
        where += QStringLiteral(" AND m.location_id = ?");
        values << idValue(location.value());
    }
    if (from.isValid()) {
        where += QStringLiteral(" AND m.at >= ?");
        values << storedTime(from);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND m.at < ?");
        values << storedTime(to);
    }
    StockHistoryPage page;
    auto counted = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM stock_movements m") + where, values,
                                tr("The stock history could not be read."));
    if (!counted)
        return counted.error();
    page.total = counted->next() ? counted->value(0).toLongLong() : 0;

    QVariantList pageValues = values;
    pageValues << qMax(0, limit) << qMax(0, offset);
    auto q = m_store.exec(
        QStringLiteral("SELECT m.id, m.location_id, m.qty_milli, m.reason, m.operator_id, o.number, o.name, m.at,"
                       " m.document FROM stock_movements m LEFT JOIN operators o ON o.id = m.operator_id")
            + where + QStringLiteral(" ORDER BY m.id DESC LIMIT ? OFFSET ?"),
        pageValues, tr("The stock history could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        StockMovementEntry e;
        e.id = q->value(0).toLongLong();
        e.product = product;
        e.location = LocationId(q->value(1).toLongLong());
        e.quantity = Quantity::fromMilli(q->value(2).toLongLong());
        e.reason = q->value(3).toString();
        e.operatorId = OperatorId(q->value(4).toLongLong());
        if (!q->value(5).isNull())
            e.operatorName = q->value(5).toString() + QLatin1Char(' ') + q->value(6).toString();
        e.at = parseStoredTime(q->value(7).toString());
        e.document = q->value(8).toString();
        page.entries << e;
    }
    if (page.entries.isEmpty())
        return page;

    // Running balances: today's balance per location minus everything newer than each row.
    QHash<qint64, qint64> running;
    auto current = balances(product);
    if (!current)
        return current.error();
    for (const StockBalance &b : std::as_const(*current))
        running.insert(b.location.value(), b.onHand.milli());
    auto newer = m_store.exec(QStringLiteral("SELECT location_id, SUM(qty_milli) FROM stock_movements"
                                             " WHERE product_id = ? AND id > ? GROUP BY location_id"),
                              {idValue(product.value()), idValue(page.entries.first().id)},
                              tr("The stock history could not be read."));
    if (!newer)
        return newer.error();
    while (newer->next())
        running[newer->value(0).toLongLong()] -= newer->value(1).toLongLong();
    for (StockMovementEntry &e : page.entries) {
        qint64 &balance = running[e.location.value()];
        e.balanceAfter = Quantity::fromMilli(balance);
        balance -= e.quantity.milli();
    }
    return page;
}

Result<QList<Location>> StockLedger::locations() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, code, name FROM locations ORDER BY id"), {},
                          tr("The stock locations could not be read."));
    if (!q)
        return q.error();
    QList<Location> list;
    while (q->next())
        list << Location{LocationId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString()};
    return list;
}

Result<QList<StockLocation>> StockLedger::stockLocations() const
{
    // Read by every sale (its selling location): a cached statement.
    auto q = m_store.execCached(QStringLiteral("SELECT l.id, l.code, l.name, COALESCE(i.kind, 'store'), COALESCE(i.active, 1)"
                                               " FROM locations l LEFT JOIN location_info i ON i.location_id = l.id"
                                               " ORDER BY l.id"),
                                {}, tr("The stock locations could not be read."));
    if (!q)
        return q.error();
    QList<StockLocation> list;
    while (q->next()) {
        list << StockLocation{
            Location{LocationId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString()},
            locationKindFromKey(q->value(3).toString()), q->value(4).toInt() != 0};
    }
    return list;
}

Result<Location> StockLedger::location(const QString &code) const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, code, name FROM locations WHERE code = ?"), {code},
                          tr("The stock locations could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no stock location %1.").arg(code));
    return Location{LocationId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString()};
}

Result<Location> StockLedger::location(LocationId id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, code, name FROM locations WHERE id = ?"), {idValue(id.value())},
                          tr("The stock locations could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no stock location with id %1.").arg(id.value()));
    return Location{LocationId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString()};
}

Result<Location> StockLedger::addLocation(const QString &code, const QString &name, LocationKind kind)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error::invalidInput(tr("A stock location needs a code and a name."));
    Location added;
    const Status done = m_store.transaction([&]() -> Status {
        auto existing = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM locations WHERE code = ?"), {code.trimmed()},
                                     tr("The stock locations could not be read."));
        if (!existing)
            return existing.error();
        if (existing->next() && existing->value(0).toLongLong() > 0)
            return Error::conflict(tr("There is already a stock location %1.").arg(code.trimmed()));
        auto inserted = insertReturningId(m_store, QStringLiteral("INSERT INTO locations (code, name) VALUES (?, ?)"),
                                     {code.trimmed(), name.trimmed()},
                                     tr("The stock location %1 could not be added.").arg(code));
        if (!inserted)
            return inserted.error();
        added = Location{LocationId(*inserted), code.trimmed(), name.trimmed()};
        auto info = m_store.exec(QStringLiteral("INSERT INTO location_info (location_id, kind, active) VALUES (?, ?, 1)"),
                                 {idValue(added.id.value()), locationKindKey(kind)},
                                 tr("The stock location %1 could not be added.").arg(code));
        if (!info)
            return info.error();
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<Location> StockLedger::addLocation(const Session &session, const QString &code, const QString &name,
                                          LocationKind kind)
{
    if (Status allowed = require(session, InventoryPermissions::kEdit); !allowed)
        return allowed.error();
    Location added;
    const Status done = m_store.transaction([&]() -> Status {
        auto created = addLocation(code, name, kind);
        if (!created)
            return created.error();
        added = *created;
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("location.add"),
                        QStringLiteral("location:%1").arg(added.code), AuditOutcome::kOk,
                        QStringLiteral("%1 (%2)").arg(added.name, locationKindKey(kind))});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return added;
}

Status StockLedger::updateLocation(const Session &session, LocationId id, const QString &name, LocationKind kind)
{
    if (Status allowed = require(session, InventoryPermissions::kEdit); !allowed)
        return allowed;
    if (name.trimmed().isEmpty())
        return Error::invalidInput(tr("A stock location needs a name."));
    return m_store.transaction([&]() -> Status {
        auto current = location(id);
        if (!current)
            return current.error();
        auto renamed = m_store.exec(QStringLiteral("UPDATE locations SET name = ? WHERE id = ?"),
                                    {name.trimmed(), idValue(id.value())}, tr("The stock location could not be saved."));
        if (!renamed)
            return renamed.error();
        auto kinded = m_store.exec(QStringLiteral("UPDATE location_info SET kind = ? WHERE location_id = ?"),
                                   {locationKindKey(kind), idValue(id.value())},
                                   tr("The stock location could not be saved."));
        if (!kinded)
            return kinded.error();
        if (kinded->numRowsAffected() == 0) {
            auto info = m_store.exec(QStringLiteral("INSERT INTO location_info (location_id, kind, active) VALUES (?, ?, 1)"),
                                     {idValue(id.value()), locationKindKey(kind)},
                                     tr("The stock location could not be saved."));
            if (!info)
                return info.error();
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("location.update"),
                        QStringLiteral("location:%1").arg(current->code), AuditOutcome::kOk,
                        QStringLiteral("%1 → %2 (%3)").arg(current->name, name.trimmed(), locationKindKey(kind))});
        return audited ? Status() : Status(audited.error());
    });
}

Status StockLedger::setLocationActive(const Session &session, LocationId id, bool active)
{
    if (Status allowed = require(session, InventoryPermissions::kEdit); !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        auto current = location(id);
        if (!current)
            return current.error();
        if (!active) {
            auto stocked = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM stock_balances WHERE location_id = ?"
                                                       " AND qty_milli <> 0"),
                                        {idValue(id.value())}, tr("The stock could not be read."));
            if (!stocked)
                return stocked.error();
            // (Counted first: lupdate's parser hangs on int(x->value(0).toLongLong()) inside translate().)
            const int products = stocked->next() ? stocked->value(0).toInt() : 0;
            if (products > 0) {
                const QString message = QCoreApplication::translate(
                    "qtill::inventory::StockLedger", "%1 still holds stock of %n product(s). Transfer it elsewhere first.",
                    nullptr, products);
                return Error::conflict(message.arg(current->name));
            }
        }
        auto updated = m_store.exec(QStringLiteral("UPDATE location_info SET active = ? WHERE location_id = ?"),
                                    {active ? 1 : 0, idValue(id.value())}, tr("The stock location could not be saved."));
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0) {
            auto info = m_store.exec(QStringLiteral("INSERT INTO location_info (location_id, kind, active) VALUES (?, 'store', ?)"),
                                     {idValue(id.value()), active ? 1 : 0}, tr("The stock location could not be saved."));
            if (!info)
                return info.error();
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), active ? QStringLiteral("location.open") : QStringLiteral("location.close"),
                        QStringLiteral("location:%1").arg(current->code), AuditOutcome::kOk, current->name});
        return audited ? Status() : Status(audited.error());
    });
}

Result<QList<LowStockItem>> StockLedger::lowStock(int limit) const
{
    auto q = m_store.exec(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, COALESCE(s.on_hand, 0) AS on_hand, p.safety_stock_milli"
                       " FROM products p"
                       " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS on_hand FROM stock_balances"
                       "            GROUP BY product_id) s ON s.product_id = p.id"
                       " WHERE p.status = 'listed' AND COALESCE(s.on_hand, 0) < p.safety_stock_milli"
                       " ORDER BY COALESCE(s.on_hand, 0) * 1000 / p.safety_stock_milli, p.sku LIMIT ?"),
        {limit}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    QList<LowStockItem> items;
    while (q->next()) {
        items << LowStockItem{ProductId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), Quantity::fromMilli(q->value(4).toLongLong()),
                              Quantity::fromMilli(q->value(5).toLongLong())};
    }
    return items;
}

Result<LocationStockPage> StockLedger::stockAt(LocationId location, const QList<ProductId> &only, bool lowOnly,
                                               int limit, int offset) const
{
    const Currency currency = m_services.storeProfile().currency();
    // Total on hand of the product at every location: the balances' primary key starts with product_id.
    const QString total = QStringLiteral("(SELECT SUM(x.qty_milli) FROM stock_balances x WHERE x.product_id = p.id)");
    QString where = QStringLiteral(" FROM stock_balances b JOIN products p ON p.id = b.product_id WHERE b.location_id = ?");
    QVariantList values{idValue(location.value())};
    if (!only.isEmpty()) {
        where += QStringLiteral(" AND b.product_id IN (") + Store::bindMarks(only.size()) + QLatin1Char(')');
        for (ProductId id : only)
            values << idValue(id.value());
    }
    const QString low = QStringLiteral("(p.safety_stock_milli > 0 AND ") + total + QStringLiteral(" < p.safety_stock_milli)");
    if (lowOnly)
        where += QStringLiteral(" AND ") + low;

    LocationStockPage page;
    page.totalValue = Money::zero(currency);
    auto sums = m_store.exec(QStringLiteral("SELECT COUNT(*), COALESCE(")
                                 + m_store.dialect().integerSum(QStringLiteral("b.qty_milli * p.cost_fen"))
                                 + QStringLiteral(", 0), COALESCE(SUM(CASE WHEN ")
                                 + low + QStringLiteral(" THEN 1 ELSE 0 END), 0)") + where,
                             values, tr("The stock could not be read."));
    if (!sums)
        return sums.error();
    if (sums->next()) {
        page.total = sums->value(0).toLongLong();
        // Σ on hand (milli) × cost (fen) is in milli-fen: a product past 64 bits comes back from SQLite
        // as a floating-point number (SUM of integers fails instead), which is an overflow, not a value;
        // PostgreSQL refuses it with an error (see SqlDialect::integerSum).
        const QVariant milliFen = sums->value(1);
        if (milliFen.typeId() == QMetaType::Double)
            return Error::overflow(tr("The stock's value is too large."), QStringLiteral("stock value beyond 64 bits"));
        // Half-up to whole fen, once for the whole location.
        auto value = Money::fromMinor(milliFen.toLongLong(), currency).scaled(1, Quantity::kScale, RoundingMode::HalfUp);
        if (!value)
            return value.error();
        page.totalValue = *value;
        page.lowCount = sums->value(2).toLongLong();
    }

    QVariantList pageValues = values;
    pageValues << qMax(0, limit) << qMax(0, offset);
    auto q = m_store.exec(QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, b.qty_milli, ") + total
                              + QStringLiteral(", p.safety_stock_milli, p.cost_fen") + where
                              + QStringLiteral(" ORDER BY p.sku LIMIT ? OFFSET ?"),
                          pageValues, tr("The stock could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        LocationStockRow row;
        row.product = ProductId(q->value(0).toLongLong());
        row.sku = q->value(1).toString();
        row.name = q->value(2).toString();
        row.unit = q->value(3).toString();
        row.onHand = Quantity::fromMilli(q->value(4).toLongLong());
        row.totalOnHand = Quantity::fromMilli(q->value(5).toLongLong());
        row.safetyStock = Quantity::fromMilli(q->value(6).toLongLong());
        row.unitCost = Money::fromMinor(q->value(7).toLongLong(), currency);
        auto value = row.unitCost.times(row.onHand);
        if (!value)
            return Error::overflow(tr("The stock's value is too large."), row.sku);
        row.value = *value;
        page.rows << row;
    }
    return page;
}

} // namespace qtill::inventory
