#include "supplierreturnservice.h"

#include "documentkinds.h"
#include "purchaseorderservice.h"
#include "purchasinglines.h"
#include "serialnumberservice.h"
#include "stockledger.h"
#include "supplierservice.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SupplierReturnService", text);
}

using purchasing::GoodsDirection;
using purchasing::idValue;
using purchasing::number64;
using purchasing::optionalId;
using purchasing::text;
using purchasing::timeOf;

} // namespace

/// The return being booked, inside returnGoods()'s transaction.
struct SupplierReturnService::Shipment
{
    explicit Shipment(const Currency &storeCurrency) : currency(storeCurrency), value(Money::zero(storeCurrency)) {}

    qint64 documentId = 0;
    QString number;
    LocationId location;
    QString supplierName;
    Currency currency;    ///< the store's: every amount of the return is in it
    Money value;          ///< Σ quantity × cost, checked
};

SupplierReturnService::SupplierReturnService(Services &core, StockLedger &ledger, SupplierService &suppliers,
                                             SerialNumberService &serials)
    : m_services(core), m_ledger(ledger), m_suppliers(suppliers), m_serials(serials)
{
}

Result<QString> SupplierReturnService::returnGoods(const Session &session, const SupplierReturnRequest &request)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kReceive); !allowed)
        return allowed.error();
    const Currency currency = m_services.storeProfile().currency();
    if (Status valid = purchasing::checkLines(request.lines, currency); !valid)
        return valid.error();
    if (!request.location.isValid())
        return Error::invalidInput(tr("Choose where the goods are taken from."));
    const QList<ReceiptLine> lines = purchasing::merged(request.lines);
    Store &store = m_services.store();
    Shipment shipment(currency);
    const Status done = store.transaction([&]() -> Status {
        auto supplier = m_suppliers.supplier(request.supplier);
        if (!supplier)
            return supplier.error();
        auto doc = purchasing::nextDocumentNumber(m_services, DocumentKinds::kSupplierReturn);
        if (!doc)
            return doc.error();
        shipment.number = doc->second;
        shipment.location = request.location;
        shipment.supplierName = supplier->name;
        auto header = insertReturningId(store,
            QStringLiteral("INSERT INTO supplier_returns (number, supplier_id, location_id, operator_id, at, reason,"
                           " value_fen) VALUES (?, ?, ?, ?, ?, ?, 0)"),
            {shipment.number, idValue(request.supplier.value()), idValue(request.location.value()),
             optionalId(session.operatorId.value()), storedTime(store.clock().now()),
             text(request.reason.trimmed())},
            tr("The supplier return could not be saved; check the location."));
        if (!header)
            return header.error();
        shipment.documentId = *header;
        for (const ReceiptLine &line : lines) {
            if (Status returned = returnLine(session, shipment, line); !returned)
                return returned;
        }
        auto valued = store.exec(QStringLiteral("UPDATE supplier_returns SET value_fen = ? WHERE id = ?"),
                                 {number64(shipment.value.minor()), number64(shipment.documentId)},
                                 tr("The supplier return could not be saved."));
        if (!valued)
            return valued.error();
        auto audited = m_services.auditLog().append(AuditRecord{
            session.auditActor(), session.auditApprover(), QStringLiteral("supplier.return"),
            QStringLiteral("return:%1").arg(shipment.number), AuditOutcome::kOk,
            QStringLiteral("%1, %2 lines, %3: %4")
                .arg(shipment.supplierName)
                .arg(lines.size())
                .arg(shipment.value.toPlainString(), request.reason.trimmed())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return shipment.number;
}

Status SupplierReturnService::returnLine(const Session &session, Shipment &shipment, const ReceiptLine &line)
{
    Store &store = m_services.store();
    auto product = purchasing::productCost(store, line.product, shipment.currency);
    if (!product)
        return product.error();
    if (Status serials = purchasing::checkSerials(*product, line, GoodsDirection::BackToSupplier); !serials)
        return serials;
    const Money cost = line.unitCost.value_or(product->cost);
    auto moved = m_ledger.post(StockMovement{line.product, shipment.location, -line.quantity,
                                             StockReason::kSupplierReturn, session.operatorId, shipment.number});
    if (!moved)
        return moved.error();
    if (product->serialTracked) {
        if (Status back = m_serials.returnToSupplier(line.product, line.serials, shipment.number, session.operatorId,
                                                     shipment.supplierName);
            !back)
            return back;
    }
    auto row = store.exec(QStringLiteral("INSERT INTO supplier_return_lines (return_id, product_id, qty_milli,"
                                         " unit_cost_fen) VALUES (?, ?, ?, ?)"),
                          {number64(shipment.documentId), idValue(line.product.value()), number64(line.quantity.milli()),
                           number64(cost.minor())},
                          tr("The supplier return could not be saved."));
    if (!row)
        return row.error();
    auto amount = cost.times(line.quantity);
    if (!amount)
        return amount.error();
    auto sum = shipment.value.plus(*amount);
    if (!sum)
        return sum.error();
    shipment.value = *sum;
    return {};
}

Result<QList<SupplierReturnSummary>> SupplierReturnService::recent(int limit, int offset) const
{
    const Currency currency = m_services.storeProfile().currency();
    auto q = m_services.store().exec(
        QStringLiteral("SELECT r.id, r.number, r.supplier_id, s.name, r.location_id, r.at, r.reason, r.value_fen,"
                       " (SELECT COUNT(*) FROM supplier_return_lines l WHERE l.return_id = r.id)"
                       " FROM supplier_returns r JOIN suppliers s ON s.id = r.supplier_id"
                       " ORDER BY r.id DESC LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)}, tr("The supplier returns could not be read."));
    if (!q)
        return q.error();
    QList<SupplierReturnSummary> list;
    while (q->next()) {
        SupplierReturnSummary r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.supplier = SupplierId(q->value(2).toLongLong());
        r.supplierName = q->value(3).toString();
        r.location = LocationId(q->value(4).toLongLong());
        r.at = timeOf(q->value(5));
        r.reason = q->value(6).toString();
        r.value = Money::fromMinor(q->value(7).toLongLong(), currency);
        r.lineCount = q->value(8).toInt();
        list << r;
    }
    return list;
}

} // namespace qtill::inventory
