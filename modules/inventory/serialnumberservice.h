#pragma once

#include "inventoryids.h"

#include "core/ids.h"
#include "core/migration.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace qtill {
class Services;
class Store;
class AuditLog;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// Where one serial-numbered unit is.
enum class SerialStatus {
    InStock,    ///< received, not sold
    Sold,       ///< sold to a customer (under warranty until warrantyEnd)
    Returned,   ///< brought back by the customer; can be sold again
    ReturnedToSupplier,   ///< sent back to the supplier (supplier return "RT-…"); can be received again
};

/// Stable key stored in product_serials.status: "in_stock", "sold", "returned", "returned_to_supplier".
QString serialStatusKey(SerialStatus status);
/// Translated: "In stock", "Sold", "Returned", "Returned to supplier".
QString serialStatusName(SerialStatus status);

/// One thing that happened to a unit, oldest first in SerialRecord::history.
struct SerialEvent
{
    QString event;              ///< "received", "sold", "returned", "returned_to_supplier"
    QDateTime at;
    QString document;           ///< delivery note / goods receipt, sale receipt, return document
    OperatorId operatorId;
    QString detail;             ///< customer reference of a sale, free text otherwise
};

/// What after-sales sees for one serial number.
struct SerialRecord
{
    qint64 id = 0;
    ProductId product;
    QString sku;
    QString productName;
    QString serial;
    SerialStatus status = SerialStatus::InStock;
    LocationId location;            ///< where it was received
    QDateTime receivedAt;
    QString receiptDocument;
    QDateTime soldAt;               ///< invalid until sold (kept after a return)
    QString saleDocument;           ///< "R01-00000042"
    QString customerRef;            ///< member number or phone, as given at the sale
    int warrantyMonths = 0;
    QDate warrantyEnd;              ///< sale date + warrantyMonths; invalid when no warranty
    QList<SerialEvent> history;

    /// Whether the warranty still runs on `today` (through warrantyEnd inclusive).
    bool underWarranty(const QDate &today) const { return warrantyEnd.isValid() && today <= warrantyEnd; }
};

/// The permission for registering serials by hand (outside receiving) and correcting them.
namespace SerialPermissions {
inline const QString kManage = QStringLiteral("inventory.serials.manage");
} // namespace SerialPermissions

/// Serial numbers of serial-tracked goods (phones, laptops, jewellery): taken when the goods are
/// received and when they are sold, so after-sales can look a unit up by its serial.
///
/// Rules:
/// - A serial is unique per product (two makers may use the same serial; one maker never twice).
///   Serials are stored trimmed and in upper case; lookups ignore case.
/// - recordReceipt(), markSold() and markReturned() are hooks for receiving, checkout and returns:
///   returnToSupplier() is the hook for supplier returns. They check no permission (their callers check theirs), join the caller's Store::transaction and
///   append their audit row there, so the serial and the stock movement commit together.
/// - Only a unit in the shop (in stock, or brought back by a customer) can go back to the supplier;
///   a unit that went back cannot be sold, and receiving its serial again (a replacement or a repaired
///   unit) puts it back in stock.
/// - A sold unit cannot be sold again until it is returned; selling an unknown serial is refused
///   (receive it first), so every sold unit has a known origin.
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive the service.
class SerialNumberService
{
public:
    /// The "serials" schema (v1: product_serials, serial_events; v2: status "returned_to_supplier").
    static Schema schema();
    /// How serials are stored: trimmed, upper case.
    static QString normalized(const QString &serial);
    /// Every serial normalized; InvalidInput for an empty one or one given twice.
    static Result<QStringList> normalizedList(const QStringList &serials);

    /// Hook for receiving: the serials of `product` that arrived at `location` with `document`.
    /// All or nothing: InvalidInput for a product not marked serial-tracked, an empty serial or one
    /// given twice; Conflict naming the first serial this product already has.
    Status recordReceipt(ProductId product, const QStringList &serials, LocationId location, const QString &document,
                         OperatorId operatorId);
    /// recordReceipt() for a person registering serials by hand. Needs SerialPermissions::kManage.
    Status registerSerials(const Session &session, ProductId product, const QStringList &serials, LocationId location,
                           const QString &document);

    /// Hook for checkout: the unit with `serial` is sold on `saleDocument` to `customerRef` (member
    /// number, phone; may be empty) with `warrantyMonths` of warranty from today. `product` may be
    /// invalid when the serial is unique across products. NotFound for an unknown serial; Conflict
    /// when it is sold already or the serial is ambiguous.
    Result<SerialRecord> markSold(const QString &serial, const QString &saleDocument, const QString &customerRef,
                                  int warrantyMonths, OperatorId operatorId, ProductId product = {});
    /// Hook for customer returns: the sold unit comes back. Conflict when it is not sold.
    Result<SerialRecord> markReturned(const QString &serial, const QString &document, OperatorId operatorId,
                                      ProductId product = {});

    /// Hook for supplier returns: the units of `product` with `serials` go back to the supplier on
    /// `document` ("RT-R01-00000003"); `detail` (the supplier's name) goes into their history.
    /// All or nothing: InvalidInput for no serial, an empty one or one given twice; NotFound for a
    /// serial this product does not have; Conflict for a unit that is sold or went back already.
    Status returnToSupplier(ProductId product, const QStringList &serials, const QString &document,
                            OperatorId operatorId, const QString &detail = {});

    /// After-sales lookup: every unit with this serial (normally one), with its history.
    /// NotFound when no product has this serial.
    Result<QList<SerialRecord>> lookup(const QString &serial) const;
    /// The units of one product, by serial; `statusKey` empty for all.
    Result<QList<SerialRecord>> serialsOf(ProductId product, const QString &statusKey = {}) const;

private:
    friend class InventoryServices;
    explicit SerialNumberService(Services &core);

    Result<SerialRecord> findOne(const QString &serial, ProductId product) const;
    Status changeStatus(const SerialRecord &unit, const QString &status, const QString &event,
                        const QString &document, OperatorId operatorId, const QString &detail,
                        const QVariantList &extraValues, const QString &extraSet);

    Store &m_store;
    AuditLog &m_audit;
    Services &m_services;
};

} // namespace qtill::inventory
