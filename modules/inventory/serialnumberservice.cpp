#include "serialnumberservice.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"
#include "core/utctimesmigration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SerialNumberService", text);
}

SerialStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("sold"))
        return SerialStatus::Sold;
    if (key == QLatin1String("returned"))
        return SerialStatus::Returned;
    if (key == QLatin1String("returned_to_supplier"))
        return SerialStatus::ReturnedToSupplier;
    return SerialStatus::InStock;
}

const QString kRecordColumns = QStringLiteral(
    "s.id, s.product_id, p.sku, p.name, s.serial, s.status, s.location_id, s.received_at, s.receipt_document,"
    " s.sold_at, s.sale_document, s.customer_ref, s.warranty_months, s.warranty_end"
    " FROM product_serials s JOIN products p ON p.id = s.product_id");

SerialRecord recordFromRow(const QSqlQuery &q)
{
    SerialRecord r;
    r.id = q.value(0).toLongLong();
    r.product = ProductId(q.value(1).toLongLong());
    r.sku = q.value(2).toString();
    r.productName = q.value(3).toString();
    r.serial = q.value(4).toString();
    r.status = statusFromKey(q.value(5).toString());
    r.location = LocationId(q.value(6).toLongLong());
    r.receivedAt = parseStoredTime(q.value(7).toString());
    r.receiptDocument = q.value(8).toString();
    r.soldAt = parseStoredTime(q.value(9).toString());
    r.saleDocument = q.value(10).toString();
    r.customerRef = q.value(11).toString();
    r.warrantyMonths = q.value(12).toInt();
    r.warrantyEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    return r;
}

} // namespace

QString serialStatusKey(SerialStatus status)
{
    switch (status) {
    case SerialStatus::InStock:
        return QStringLiteral("in_stock");
    case SerialStatus::Sold:
        return QStringLiteral("sold");
    case SerialStatus::Returned:
        return QStringLiteral("returned");
    case SerialStatus::ReturnedToSupplier:
        return QStringLiteral("returned_to_supplier");
    }
    return {};
}

QString serialStatusName(SerialStatus status)
{
    switch (status) {
    case SerialStatus::InStock:
        return tr("In stock");
    case SerialStatus::Sold:
        return tr("Sold");
    case SerialStatus::Returned:
        return tr("Returned");
    case SerialStatus::ReturnedToSupplier:
        return tr("Returned to supplier");
    }
    return {};
}

SerialNumberService::SerialNumberService(Services &services)
    : m_store(services.store()), m_audit(services.auditLog()), m_services(services)
{
}

Schema SerialNumberService::schema()
{
    Migration v1{1, QStringLiteral("serial numbers of serial-tracked goods and their history"), {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE product_serials ("
                       " id INTEGER PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " serial TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'in_stock' CHECK (status IN ('in_stock', 'sold', 'returned')),"
                       " location_id INTEGER REFERENCES locations (id),"
                       " received_at TEXT NOT NULL,"
                       " receipt_document TEXT NOT NULL DEFAULT '',"
                       " sold_at TEXT,"
                       " sale_document TEXT,"
                       " customer_ref TEXT,"
                       " warranty_months INTEGER,"
                       " warranty_end TEXT,"
                       " UNIQUE (product_id, serial))"),
        QStringLiteral("CREATE INDEX product_serials_serial ON product_serials (serial)"),
        QStringLiteral("CREATE INDEX product_serials_sale ON product_serials (sale_document)"),
        QStringLiteral("CREATE TABLE serial_events ("
                       " id INTEGER PRIMARY KEY,"
                       " serial_id INTEGER NOT NULL REFERENCES product_serials (id),"
                       " event TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " document TEXT NOT NULL DEFAULT '',"
                       " operator_id INTEGER,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX serial_events_serial ON serial_events (serial_id)"),
    };

    // v2: a unit can go back to the supplier. SQLite cannot change a CHECK, so both tables are rebuilt
    // (events first: nothing may reference the old product_serials when it is dropped); the rename
    // carries serial_events' reference over to the new table.
    Migration v2{2, QStringLiteral("serial numbers: status returned_to_supplier (supplier returns)"), {}};
    v2.statements = {
        QStringLiteral("CREATE TABLE product_serials_v2 ("
                       " id INTEGER PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " serial TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'in_stock'"
                       "  CHECK (status IN ('in_stock', 'sold', 'returned', 'returned_to_supplier')),"
                       " location_id INTEGER REFERENCES locations (id),"
                       " received_at TEXT NOT NULL,"
                       " receipt_document TEXT NOT NULL DEFAULT '',"
                       " sold_at TEXT,"
                       " sale_document TEXT,"
                       " customer_ref TEXT,"
                       " warranty_months INTEGER,"
                       " warranty_end TEXT,"
                       " UNIQUE (product_id, serial))"),
        QStringLiteral("INSERT INTO product_serials_v2 (id, product_id, serial, status, location_id, received_at,"
                       " receipt_document, sold_at, sale_document, customer_ref, warranty_months, warranty_end)"
                       " SELECT id, product_id, serial, status, location_id, received_at, receipt_document, sold_at,"
                       " sale_document, customer_ref, warranty_months, warranty_end FROM product_serials"),
        QStringLiteral("CREATE TABLE serial_events_v2 ("
                       " id INTEGER PRIMARY KEY,"
                       " serial_id INTEGER NOT NULL REFERENCES product_serials_v2 (id),"
                       " event TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " document TEXT NOT NULL DEFAULT '',"
                       " operator_id INTEGER,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO serial_events_v2 (id, serial_id, event, at, document, operator_id, detail)"
                       " SELECT id, serial_id, event, at, document, operator_id, detail FROM serial_events"),
        QStringLiteral("DROP TABLE serial_events"),
        QStringLiteral("DROP TABLE product_serials"),
        QStringLiteral("ALTER TABLE product_serials_v2 RENAME TO product_serials"),
        QStringLiteral("ALTER TABLE serial_events_v2 RENAME TO serial_events"),
        QStringLiteral("CREATE INDEX product_serials_serial ON product_serials (serial)"),
        QStringLiteral("CREATE INDEX product_serials_sale ON product_serials (sale_document)"),
        QStringLiteral("CREATE INDEX serial_events_serial ON serial_events (serial_id)"),
    };
    const Migration v3 = utcTimesMigration(3, {{QStringLiteral("product_serials"), {QStringLiteral("received_at"), QStringLiteral("sold_at")}},
                                               {QStringLiteral("serial_events"), {QStringLiteral("at")}}});
    return Schema{QStringLiteral("serials"), {v1, v2, v3}};
}

QString SerialNumberService::normalized(const QString &serial)
{
    return serial.trimmed().toUpper();
}

Result<QStringList> SerialNumberService::normalizedList(const QStringList &serials)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString &s : serials) {
        const QString n = normalized(s);
        if (n.isEmpty())
            return Error::invalidInput(tr("A serial number is empty."));
        if (seen.contains(n))
            return Error::invalidInput(tr("Serial number %1 is given twice.").arg(n));
        seen.insert(n);
        clean << n;
    }
    return clean;
}

Status SerialNumberService::recordReceipt(ProductId product, const QStringList &serials, LocationId location,
                                          const QString &document, OperatorId operatorId)
{
    if (serials.isEmpty())
        return Error::invalidInput(tr("Scan or type at least one serial number."));
    auto cleaned = normalizedList(serials);
    if (!cleaned)
        return cleaned.error();
    const QStringList clean = *cleaned;
    return m_store.transaction([&]() -> Status {
        auto p = m_store.exec(QStringLiteral("SELECT name, serial_tracked FROM products WHERE id = ?"),
                              {idValue(product.value())}, tr("The products could not be read."));
        if (!p)
            return p.error();
        if (!p->next())
            return Error::notFound(tr("This product does not exist."));
        const QString productName = p->value(0).toString();
        if (p->value(1).toInt() == 0) {
            return Error::invalidInput(tr("%1 does not take serial numbers. Mark it as serial-tracked in the product first.")
                                           .arg(productName));
        }
        const QString now = storedTime(m_store.clock().now());
        for (const QString &serial : std::as_const(clean)) {
            auto existing = m_store.exec(QStringLiteral("SELECT status, receipt_document FROM product_serials"
                                                        " WHERE product_id = ? AND serial = ?"),
                                         {idValue(product.value()), serial}, tr("The serial numbers could not be read."));
            if (!existing)
                return existing.error();
            if (existing->next() && existing->value(0).toString() == QLatin1String("returned_to_supplier")) {
                // The unit (repaired, or the same serial on a replacement) comes back from the supplier.
                auto back = m_store.exec(QStringLiteral("UPDATE product_serials SET status = 'in_stock', location_id = ?,"
                                                        " received_at = ?, receipt_document = ?"
                                                        " WHERE product_id = ? AND serial = ? AND status = 'returned_to_supplier'"),
                                         {optionalId(location.value()), now, text(document), idValue(product.value()), serial},
                                         tr("The serial number %1 could not be saved.").arg(serial));
                if (!back)
                    return back.error();
                if (back->numRowsAffected() != 1) {
                    // Another lane received it back between the read above and this update (PostgreSQL
                    // re-reads the row after that lane's commit and finds it in stock again).
                    return Error::conflict(tr("%1 with serial number %2 was received again just now (another lane).")
                                               .arg(productName, serial));
                }
                auto event = m_store.exec(QStringLiteral("INSERT INTO serial_events (serial_id, event, at, document, operator_id)"
                                                         " SELECT id, 'received', ?, ?, ? FROM product_serials"
                                                         " WHERE product_id = ? AND serial = ?"),
                                          {now, text(document), optionalId(operatorId.value()), idValue(product.value()), serial},
                                          tr("The serial number %1 could not be saved.").arg(serial));
                if (!event)
                    return event.error();
                continue;
            }
            if (existing->isValid()) {
                return Error::conflict(tr("%1 with serial number %2 is recorded already (%3, received with %4).")
                                           .arg(productName, serial,
                                                serialStatusName(statusFromKey(existing->value(0).toString())).toLower(),
                                                existing->value(1).toString()));
            }
            auto inserted = insertReturningId(m_store,
                QStringLiteral("INSERT INTO product_serials (product_id, serial, location_id, received_at, receipt_document)"
                               " VALUES (?, ?, ?, ?, ?)"),
                {idValue(product.value()), serial, optionalId(location.value()), now, text(document)},
                tr("The serial number %1 could not be saved.").arg(serial));
            if (!inserted)
                return inserted.error();
            auto event = m_store.exec(QStringLiteral("INSERT INTO serial_events (serial_id, event, at, document, operator_id)"
                                                     " VALUES (?, 'received', ?, ?, ?)"),
                                      {QVariant::fromValue(*inserted), now, text(document), optionalId(operatorId.value())},
                                      tr("The serial number %1 could not be saved.").arg(serial));
            if (!event)
                return event.error();
        }
        auto audited = m_audit.append(AuditRecord{operatorId, {}, QStringLiteral("serial.receive"),
                                                  QStringLiteral("product:%1").arg(product.value()), AuditOutcome::kOk,
                                                  QStringLiteral("%1: %2").arg(document, clean.join(QStringLiteral(", ")))});
        if (!audited)
            return audited.error();
        return {};
    });
}

Status SerialNumberService::registerSerials(const Session &session, ProductId product, const QStringList &serials,
                                            LocationId location, const QString &document)
{
    if (Status allowed = m_services.permissions().require(session, SerialPermissions::kManage); !allowed)
        return allowed;
    return recordReceipt(product, serials, location, document, session.operatorId);
}

Result<SerialRecord> SerialNumberService::findOne(const QString &serial, ProductId product) const
{
    const QString n = normalized(serial);
    if (n.isEmpty())
        return Error::invalidInput(tr("Scan or type a serial number."));
    QString sql = QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" WHERE s.serial = ?");
    QVariantList values{n};
    if (product.isValid()) {
        sql += QStringLiteral(" AND s.product_id = ?");
        values << idValue(product.value());
    }
    auto q = m_store.exec(sql, values, tr("The serial numbers could not be read."));
    if (!q)
        return q.error();
    QList<SerialRecord> found;
    while (q->next())
        found << recordFromRow(*q);
    if (found.isEmpty())
        return Error::notFound(tr("Serial number %1 is not known. Was it received?").arg(n));
    if (found.size() > 1)
        return Error::conflict(tr("Serial number %1 belongs to %2 products; choose the product.").arg(n).arg(found.size()));
    return found.constFirst();
}

Status SerialNumberService::changeStatus(const SerialRecord &unit, const QString &status, const QString &event,
                                         const QString &document, OperatorId operatorId, const QString &detail,
                                         const QVariantList &extraValues, const QString &extraSet)
{
    // Many writers (issue 9): the caller read the unit and checked its status; the update applies only
    // if the status is still the one read. On PostgreSQL a second lane changing the same unit waits for
    // the first to commit, re-reads the row, no longer matches and changes nothing: it gets Conflict.
    QVariantList values{status};
    values += extraValues;
    values << idValue(unit.id) << serialStatusKey(unit.status);
    auto updated = m_store.exec(QStringLiteral("UPDATE product_serials SET status = ?") + extraSet
                                    + QStringLiteral(" WHERE id = ? AND status = ?"),
                                values, tr("The serial number %1 could not be saved.").arg(unit.serial));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(tr("Serial number %1 was changed by someone else just now.").arg(unit.serial));
    const QString now = storedTime(m_store.clock().now());
    auto logged = m_store.exec(QStringLiteral("INSERT INTO serial_events (serial_id, event, at, document, operator_id, detail)"
                                              " VALUES (?, ?, ?, ?, ?, ?)"),
                               {idValue(unit.id), event, now, text(document), optionalId(operatorId.value()), text(detail)},
                               tr("The serial number %1 could not be saved.").arg(unit.serial));
    if (!logged)
        return logged.error();
    auto audited = m_audit.append(AuditRecord{operatorId, {}, QStringLiteral("serial.") + event,
                                              QStringLiteral("serial:%1/%2").arg(unit.sku, unit.serial), AuditOutcome::kOk,
                                              document + (detail.isEmpty() ? QString() : QStringLiteral(" ") + detail)});
    if (!audited)
        return audited.error();
    return {};
}

Result<SerialRecord> SerialNumberService::markSold(const QString &serial, const QString &saleDocument,
                                                   const QString &customerRef, int warrantyMonths,
                                                   OperatorId operatorId, ProductId product)
{
    if (warrantyMonths < 0 || warrantyMonths > 240)
        return Error::invalidInput(tr("The warranty must be between 0 and 240 months."));
    if (saleDocument.trimmed().isEmpty())
        return Error::invalidInput(tr("A sale of a serial-numbered item needs its receipt number."));
    SerialRecord sold;
    const Status done = m_store.transaction([&]() -> Status {
        auto unit = findOne(serial, product);
        if (!unit)
            return unit.error();
        if (unit->status == SerialStatus::ReturnedToSupplier) {
            return Error::conflict(tr("%1 with serial number %2 went back to the supplier; it cannot be sold.")
                                       .arg(unit->productName, unit->serial));
        }
        if (unit->status == SerialStatus::Sold) {
            return Error::conflict(tr("%1 with serial number %2 was sold already on %3 (%4).")
                                       .arg(unit->productName, unit->serial, unit->soldAt.date().toString(Qt::ISODate),
                                            unit->saleDocument));
        }
        const QDate today = m_store.clock().now().date();
        const QDate end = warrantyMonths > 0 ? today.addMonths(warrantyMonths) : QDate();
        const Status changed = changeStatus(
            *unit, QStringLiteral("sold"), QStringLiteral("sold"), saleDocument.trimmed(), operatorId, customerRef.trimmed(),
            {storedTime(m_store.clock().now()), saleDocument.trimmed(), text(customerRef.trimmed()), warrantyMonths,
             end.isValid() ? QVariant(end.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))},
            QStringLiteral(", sold_at = ?, sale_document = ?, customer_ref = ?, warranty_months = ?, warranty_end = ?"));
        if (!changed)
            return changed;
        sold = *unit;
        return {};
    });
    if (!done)
        return done.error();
    auto found = lookup(sold.serial);
    if (!found)
        return found.error();
    for (const SerialRecord &r : std::as_const(*found)) {
        if (r.id == sold.id)
            return r;
    }
    return Error::internal(tr("The serial number could not be read back."));
}

Result<SerialRecord> SerialNumberService::markReturned(const QString &serial, const QString &document,
                                                       OperatorId operatorId, ProductId product)
{
    qint64 unitId = 0;
    QString stored;
    const Status done = m_store.transaction([&]() -> Status {
        auto unit = findOne(serial, product);
        if (!unit)
            return unit.error();
        if (unit->status != SerialStatus::Sold) {
            return Error::conflict(tr("%1 with serial number %2 is %3, not sold; it cannot be returned.")
                                       .arg(unit->productName, unit->serial, serialStatusName(unit->status).toLower()));
        }
        unitId = unit->id;
        stored = unit->serial;
        return changeStatus(*unit, QStringLiteral("returned"), QStringLiteral("returned"), document.trimmed(), operatorId,
                            {}, {}, {});
    });
    if (!done)
        return done.error();
    auto found = lookup(stored);
    if (!found)
        return found.error();
    for (const SerialRecord &r : std::as_const(*found)) {
        if (r.id == unitId)
            return r;
    }
    return Error::internal(tr("The serial number could not be read back."));
}

Status SerialNumberService::returnToSupplier(ProductId product, const QStringList &serials, const QString &document,
                                            OperatorId operatorId, const QString &detail)
{
    if (serials.isEmpty())
        return Error::invalidInput(tr("Scan or type the serial numbers of the units going back."));
    auto cleaned = normalizedList(serials);
    if (!cleaned)
        return cleaned.error();
    const QStringList clean = *cleaned;
    return m_store.transaction([&]() -> Status {
        for (const QString &serial : std::as_const(clean)) {
            auto unit = findOne(serial, product);
            if (!unit) {
                if (unit.error().code == Error::Code::NotFound) {
                    auto name = m_store.exec(QStringLiteral("SELECT name FROM products WHERE id = ?"), {idValue(product.value())},
                                             tr("The products could not be read."));
                    const QString productName = name && name->next() ? name->value(0).toString() : QString();
                    return Error::notFound(tr("%1 has no unit with serial number %2.").arg(productName, serial));
                }
                return unit.error();
            }
            if (unit->status == SerialStatus::Sold) {
                return Error::conflict(tr("%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.")
                                           .arg(unit->productName, unit->serial, unit->soldAt.date().toString(Qt::ISODate),
                                                unit->saleDocument));
            }
            if (unit->status == SerialStatus::ReturnedToSupplier) {
                return Error::conflict(tr("%1 with serial number %2 went back to the supplier already.")
                                           .arg(unit->productName, unit->serial));
            }
            if (Status changed = changeStatus(*unit, QStringLiteral("returned_to_supplier"),
                                              QStringLiteral("returned_to_supplier"), document.trimmed(), operatorId,
                                              detail.trimmed(), {}, {});
                !changed)
                return changed;
        }
        return {};
    });
}

Result<QList<SerialRecord>> SerialNumberService::lookup(const QString &serial) const
{
    const QString n = normalized(serial);
    if (n.isEmpty())
        return Error::invalidInput(tr("Scan or type a serial number."));
    auto q = m_store.exec(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" WHERE s.serial = ? ORDER BY p.sku"),
                          {n}, tr("The serial numbers could not be read."));
    if (!q)
        return q.error();
    QList<SerialRecord> records;
    while (q->next())
        records << recordFromRow(*q);
    if (records.isEmpty())
        return Error::notFound(tr("No product has serial number %1.").arg(n));
    for (SerialRecord &r : records) {
        auto events = m_store.exec(QStringLiteral("SELECT event, at, document, operator_id, detail FROM serial_events"
                                                  " WHERE serial_id = ? ORDER BY id"),
                                   {idValue(r.id)}, tr("The serial numbers could not be read."));
        if (!events)
            return events.error();
        while (events->next()) {
            r.history << SerialEvent{events->value(0).toString(),
                                     parseStoredTime(events->value(1).toString()),
                                     events->value(2).toString(), OperatorId(events->value(3).toLongLong()),
                                     events->value(4).toString()};
        }
    }
    return records;
}

Result<QList<SerialRecord>> SerialNumberService::serialsOf(ProductId product, const QString &statusKey) const
{
    QString sql = QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" WHERE s.product_id = ?");
    QVariantList values{idValue(product.value())};
    if (!statusKey.isEmpty()) {
        sql += QStringLiteral(" AND s.status = ?");
        values << statusKey;
    }
    sql += QStringLiteral(" ORDER BY s.serial");
    auto q = m_store.exec(sql, values, tr("The serial numbers could not be read."));
    if (!q)
        return q.error();
    QList<SerialRecord> records;
    while (q->next())
        records << recordFromRow(*q);
    return records;
}

} // namespace qtill::inventory
