#pragma once

#include "supplier.h"

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// Suppliers and what each supplies. Changes need PurchasingPermissions::kOrder and are audited
/// ("supplier.add", "supplier.update", "supplier.item"), each in one transaction with its audit row.
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class SupplierService
{
public:
    /// Checks a supplier as add() and update() do (InvalidInput with the reason): code and name required,
    /// lead time 0–365 days, lengths; when given, a tax id of 15–20 letters and digits (spaces ignored,
    /// upper-cased) and a bank account of 8–34 digits (spaces, dashes allowed) with its bank's name.
    static Status validate(const Supplier &supplier);

    /// Adds a supplier (fields trimmed; see validate()). Conflict when the code exists.
    Result<Supplier> add(const Session &session, const Supplier &supplier);
    /// Changes everything but the code of the supplier with supplier.id (see validate()). The audit
    /// row names the fields that changed ("changed: bank account").
    Status update(const Session &session, const Supplier &supplier);

    /// Every supplier ordered by code (inactive ones too unless activeOnly).
    Result<QList<Supplier>> list(bool activeOnly = false) const;
    /// NotFound for an unknown id / code.
    Result<Supplier> supplier(SupplierId id) const;
    Result<Supplier> supplierByCode(const QString &code) const;

    /// Adds or changes what `item.supplier` calls `item.product`, its last cost and pack size. When
    /// item.preferred is set, the product's other supplier items lose their preferred flag.
    Status setItem(const Session &session, const SupplierItem &item);
    /// setItem() for many items in one transaction with one audit row "supplier.items" (imports, demo).
    /// All or nothing.
    Status setItems(const Session &session, const QList<SupplierItem> &items);
    /// Removes a supplier item (history in POs and receipts stays). NotFound when there is none.
    Status removeItem(const Session &session, SupplierId supplier, ProductId product);
    /// The items of one supplier, by product SKU.
    Result<QList<SupplierItem>> items(SupplierId supplier) const;
    /// Who supplies one product, preferred first, then cheapest.
    Result<QList<SupplierItem>> suppliersOf(ProductId product) const;
    /// The product's preferred supplier item (else the first of suppliersOf); nullopt when none.
    Result<std::optional<SupplierItem>> preferredItem(ProductId product) const;

private:
    friend class InventoryServices;
    explicit SupplierService(Services &core);

    static Status writeItem(Store &store, const SupplierItem &item, const Currency &currency);

    Services &m_services;
};

} // namespace qtill::inventory
