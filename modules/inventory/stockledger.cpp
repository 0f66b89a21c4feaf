#include "stockledger.h"

#include "core/store.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StockLedger", text);
}

QVariant idValue(std::int64_t id)
{
    return QVariant::fromValue(static_cast<qlonglong>(id));
}

QVariant optionalId(std::int64_t id)
{
    return id != 0 ? idValue(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

StockLedger::StockLedger(Store &store) : m_store(store) {}

Result<qint64> StockLedger::record(const StockMovement &m)
{
    if (m.quantity.isZero())
        return Error::invalidInput(tr("A stock movement needs a quantity other than zero."));
    if (m.reason.trimmed().isEmpty())
        return Error::invalidInput(tr("A stock movement needs a reason."));
    qint64 id = 0;
    const Status done = m_store.transaction([&]() -> Status {
        auto inserted = m_store.exec(
            QStringLiteral("INSERT INTO stock_movements (product_id, location_id, qty_milli, reason, operator_id, at,"
                           " document) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {idValue(m.product.value()), idValue(m.location.value()), QVariant::fromValue(qlonglong(m.quantity.milli())),
             m.reason, optionalId(m.operatorId.value()), m_store.clock().now().toString(Qt::ISODateWithMs), m.document},
            tr("The stock movement could not be saved."));
        if (!inserted)
            return inserted.error();
        id = inserted->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<Quantity> StockLedger::onHand(ProductId product, LocationId location) const
{
    auto q = m_store.exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements"
                                         " WHERE product_id = ? AND location_id = ?"),
                          {idValue(product.value()), idValue(location.value())}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return Quantity::fromMilli(q->next() ? q->value(0).toLongLong() : 0);
}

Result<Quantity> StockLedger::onHand(ProductId product) const
{
    auto q = m_store.exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements WHERE product_id = ?"),
                          {idValue(product.value())}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    return Quantity::fromMilli(q->next() ? q->value(0).toLongLong() : 0);
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

Result<Location> StockLedger::addLocation(const QString &code, const QString &name)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error::invalidInput(tr("A stock location needs a code and a name."));
    auto inserted = m_store.exec(QStringLiteral("INSERT INTO locations (code, name) VALUES (?, ?)"),
                                 {code.trimmed(), name.trimmed()},
                                 tr("The stock location %1 could not be added; the code may be taken.").arg(code));
    if (!inserted)
        return inserted.error();
    return Location{LocationId(inserted->lastInsertId().toLongLong()), code.trimmed(), name.trimmed()};
}

Result<QList<LowStockItem>> StockLedger::lowStock(int limit) const
{
    auto q = m_store.exec(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, COALESCE(s.on_hand, 0) AS on_hand, p.safety_stock_milli"
                       " FROM products p"
                       " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS on_hand FROM stock_movements"
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

} // namespace qtill::inventory
