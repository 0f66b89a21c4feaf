#include "supplierservice.h"

#include "purchaseorderservice.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/sqlvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SupplierService", text);
}

const QString kSupplierColumns = QStringLiteral("id, code, name, contact, phone, lead_time_days, active, address,"
                                                " payment_terms, tax_id, bank_name, bank_account, note");
const QString kItemColumns = QStringLiteral("i.supplier_id, i.product_id, i.supplier_code, i.last_cost_fen,"
                                            " i.pack_qty_milli, i.preferred");

Supplier supplierFromRow(const QSqlQuery &q)
{
    return Supplier{SupplierId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt() != 0,
                    q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                    q.value(11).toString(), q.value(12).toString()};
}

SupplierItem itemFromRow(const QSqlQuery &q, const Currency &currency)
{
    return SupplierItem{SupplierId(q.value(0).toLongLong()), ProductId(q.value(1).toLongLong()), q.value(2).toString(),
                        Money::fromMinor(q.value(3).toLongLong(), currency), Quantity::fromMilli(q.value(4).toLongLong()),
                        q.value(5).toInt() != 0};
}

/// The optional v2 fields, trimmed; the tax id in upper case without spaces, the account as typed.
Supplier cleaned(const Supplier &s)
{
    Supplier c = s;
    c.code = s.code.trimmed();
    c.name = s.name.trimmed();
    c.contact = s.contact.trimmed();
    c.phone = s.phone.trimmed();
    c.address = s.address.trimmed();
    c.paymentTerms = s.paymentTerms.trimmed();
    c.taxId = s.taxId.simplified().remove(QLatin1Char(' ')).toUpper();
    c.bankName = s.bankName.trimmed();
    c.bankAccount = s.bankAccount.simplified();
    c.note = s.note.trimmed();
    return c;
}

} // namespace

Status SupplierService::validate(const Supplier &supplier)
{
    const Supplier s = cleaned(supplier);
    if (s.code.isEmpty() || s.name.isEmpty())
        return Error::invalidInput(tr("A supplier needs a code and a name."));
    if (s.leadTimeDays < 0 || s.leadTimeDays > 365)
        return Error::invalidInput(tr("The lead time must be between 0 and 365 days."));
    if (s.name.size() > 100 || s.contact.size() > 100 || s.phone.size() > 50 || s.address.size() > 200
        || s.paymentTerms.size() > 100 || s.bankName.size() > 100)
        return Error::invalidInput(tr("A supplier's name, contact, phone, address, payment terms or bank is too long."));
    if (s.note.size() > 1000)
        return Error::invalidInput(tr("The note is too long (at most 1000 characters)."));
    if (!s.taxId.isEmpty()) {
        static const QRegularExpression kTaxId(QStringLiteral("^[0-9A-Z]{15,20}$"));
        if (!kTaxId.match(s.taxId).hasMatch())
            return Error::invalidInput(
                tr("The tax id \"%1\" is not valid: it has 15 to 20 letters and digits (统一社会信用代码: 18).")
                    .arg(s.taxId));
    }
    if (!s.bankAccount.isEmpty()) {
        static const QRegularExpression kAccount(QStringLiteral("^[0-9][0-9 -]*[0-9]$"));
        const qsizetype digits = std::count_if(s.bankAccount.cbegin(), s.bankAccount.cend(),
                                               [](QChar ch) { return ch.isDigit(); });
        if (!kAccount.match(s.bankAccount).hasMatch() || digits < 8 || digits > 34)
            return Error::invalidInput(
                tr("The bank account \"%1\" is not valid: 8 to 34 digits (spaces and dashes allowed).").arg(s.bankAccount));
    }
    if (!s.bankAccount.isEmpty() && s.bankName.isEmpty())
        return Error::invalidInput(tr("Say which bank the account %1 is with.").arg(s.bankAccount));
    return {};
}

namespace {

} // namespace

SupplierService::SupplierService(Services &services) : m_services(services) {}

Result<Supplier> SupplierService::add(const Session &session, const Supplier &supplier)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed.error();
    if (Status valid = validate(supplier); !valid)
        return valid.error();
    Store &store = m_services.store();
    Supplier added = cleaned(supplier);
    const Status done = store.transaction([&]() -> Status {
        auto existing = supplierByCode(added.code);
        if (existing)
            return Error::conflict(tr("There is already a supplier %1 (%2).").arg(added.code, existing->name));
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        auto inserted = insertReturningId(store,
            QStringLiteral("INSERT INTO suppliers (code, name, contact, phone, lead_time_days, active, address,"
                           " payment_terms, tax_id, bank_name, bank_account, note)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {added.code, added.name, text(added.contact), text(added.phone), added.leadTimeDays, added.active ? 1 : 0,
             text(added.address), text(added.paymentTerms), text(added.taxId), text(added.bankName),
             text(added.bankAccount), text(added.note)},
            tr("The supplier could not be saved."));
        if (!inserted)
            return inserted.error();
        added.id = SupplierId(*inserted);
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.add"),
                                                                QStringLiteral("supplier:%1").arg(added.code),
                                                                AuditOutcome::kOk, added.name});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return added;
}

Status SupplierService::update(const Session &session, const Supplier &supplier)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    if (Status valid = validate(supplier); !valid)
        return valid;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto current = this->supplier(supplier.id);
        if (!current)
            return current.error();
        const Supplier s = cleaned(supplier);
        auto updated = store.exec(QStringLiteral("UPDATE suppliers SET name = ?, contact = ?, phone = ?,"
                                                 " lead_time_days = ?, active = ?, address = ?, payment_terms = ?,"
                                                 " tax_id = ?, bank_name = ?, bank_account = ? , note = ? WHERE id = ?"),
                                  {s.name, text(s.contact), text(s.phone), s.leadTimeDays, s.active ? 1 : 0,
                                   text(s.address), text(s.paymentTerms), text(s.taxId), text(s.bankName),
                                   text(s.bankAccount), text(s.note), idValue(supplier.id.value())},
                                  tr("The supplier could not be saved."));
        if (!updated)
            return updated.error();
        // Which of the other fields changed, so the audit says e.g. "bank account changed" (a fraud signal).
        QStringList changed;
        const std::pair<const char *, bool> fields[] = {
            {"contact", current->contact != s.contact},           {"phone", current->phone != s.phone},
            {"address", current->address != s.address},           {"payment terms", current->paymentTerms != s.paymentTerms},
            {"tax id", current->taxId != s.taxId},                {"bank", current->bankName != s.bankName},
            {"bank account", current->bankAccount != s.bankAccount}, {"note", current->note != s.note}};
        for (const auto &[field, differs] : fields) {
            if (differs)
                changed << QLatin1String(field);
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.update"),
                        QStringLiteral("supplier:%1").arg(current->code), AuditOutcome::kOk,
                        QStringLiteral("%1, lead time %2 days%3%4")
                            .arg(s.name)
                            .arg(s.leadTimeDays)
                            .arg(s.active ? QString() : QStringLiteral(", inactive"),
                                 changed.isEmpty() ? QString()
                                                   : QStringLiteral("; changed: ") + changed.join(QStringLiteral(", ")))});
        return audited ? Status() : Status(audited.error());
    });
}

Result<QList<Supplier>> SupplierService::list(bool activeOnly) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT ") + kSupplierColumns + QStringLiteral(" FROM suppliers")
                                         + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
                                         + QStringLiteral(" ORDER BY code"),
                                     {}, tr("The suppliers could not be read."));
    if (!q)
        return q.error();
    QList<Supplier> list;
    while (q->next())
        list << supplierFromRow(*q);
    return list;
}

Result<Supplier> SupplierService::supplier(SupplierId id) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT ") + kSupplierColumns
                                         + QStringLiteral(" FROM suppliers WHERE id = ?"),
                                     {idValue(id.value())}, tr("The suppliers could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no supplier with id %1.").arg(id.value()));
    return supplierFromRow(*q);
}

Result<Supplier> SupplierService::supplierByCode(const QString &code) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT ") + kSupplierColumns
                                         + QStringLiteral(" FROM suppliers WHERE code = ?"),
                                     {code.trimmed()}, tr("The suppliers could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no supplier %1.").arg(code.trimmed()));
    return supplierFromRow(*q);
}

Status SupplierService::setItems(const Session &session, const QList<SupplierItem> &items)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();
    return store.transaction([&]() -> Status {
        for (const SupplierItem &item : items) {
            if (Status written = writeItem(store, item, currency); !written)
                return written;
        }
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.items"),
                                                                QStringLiteral("supplier_items"), AuditOutcome::kOk,
                                                                QStringLiteral("%1 items set").arg(items.size())});
        return audited ? Status() : Status(audited.error());
    });
}

Status SupplierService::setItem(const Session &session, const SupplierItem &item)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto current = supplier(item.supplier);
        if (!current)
            return current.error();
        if (Status written = writeItem(store, item, m_services.storeProfile().currency()); !written)
            return written;
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.item"),
                        QStringLiteral("supplier:%1/product:%2").arg(current->code).arg(item.product.value()),
                        AuditOutcome::kOk,
                        QStringLiteral("code %1, cost %2, pack %3%4")
                            .arg(item.supplierCode.trimmed(), item.lastCost.toPlainString())
                            .arg(item.packSize.milli())
                            .arg(item.preferred ? QStringLiteral(", preferred") : QString())});
        return audited ? Status() : Status(audited.error());
    });
}

Status SupplierService::writeItem(Store &store, const SupplierItem &item, const Currency &currency)
{
    if (item.lastCost.currency() != currency) {
        return Error::invalidInput(tr("A cost must be in the store's currency (%1).").arg(currency.code()),
                                   QStringLiteral("cost in ") + item.lastCost.currency().code());
    }
    if (item.lastCost.isNegative())
        return Error::invalidInput(tr("A cost cannot be negative."));
    if (item.packSize.milli() <= 0)
        return Error::invalidInput(tr("A pack holds at least some of the product."));
    const QVariantList key{idValue(item.supplier.value()), idValue(item.product.value())};
    if (item.preferred) {
        auto cleared = store.exec(QStringLiteral("UPDATE supplier_items SET preferred = 0 WHERE product_id = ?"),
                                  {key.at(1)}, tr("The supplier item could not be saved."));
        if (!cleared)
            return cleared.error();
    }
    auto updated = store.exec(QStringLiteral("UPDATE supplier_items SET supplier_code = ?, last_cost_fen = ?,"
                                             " pack_qty_milli = ?, preferred = ? WHERE supplier_id = ? AND product_id = ?"),
                              {text(item.supplierCode.trimmed()), QVariant::fromValue(qlonglong(item.lastCost.minor())),
                               QVariant::fromValue(qlonglong(item.packSize.milli())), item.preferred ? 1 : 0,
                               key.at(0), key.at(1)},
                              tr("The supplier item could not be saved."));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0) {
        auto inserted = store.exec(
            QStringLiteral("INSERT INTO supplier_items (supplier_id, product_id, supplier_code, last_cost_fen,"
                           " pack_qty_milli, preferred) VALUES (?, ?, ?, ?, ?, ?)"),
            {key.at(0), key.at(1), text(item.supplierCode.trimmed()), QVariant::fromValue(qlonglong(item.lastCost.minor())),
             QVariant::fromValue(qlonglong(item.packSize.milli())), item.preferred ? 1 : 0},
            tr("The supplier item could not be saved; check that the supplier and the product exist."));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status SupplierService::removeItem(const Session &session, SupplierId supplier, ProductId product)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto removed = store.exec(QStringLiteral("DELETE FROM supplier_items WHERE supplier_id = ? AND product_id = ?"),
                                  {idValue(supplier.value()), idValue(product.value())},
                                  tr("The supplier item could not be removed."));
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return Error::notFound(tr("This supplier does not supply that product."));
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.itemRemove"),
                        QStringLiteral("supplier:%1/product:%2").arg(supplier.value()).arg(product.value()),
                        AuditOutcome::kOk, {}});
        return audited ? Status() : Status(audited.error());
    });
}

Result<QList<SupplierItem>> SupplierService::items(SupplierId supplier) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT ") + kItemColumns
                                         + QStringLiteral(" FROM supplier_items i JOIN products p ON p.id = i.product_id"
                                                          " WHERE i.supplier_id = ? ORDER BY p.sku"),
                                     {idValue(supplier.value())}, tr("The supplier items could not be read."));
    if (!q)
        return q.error();
    const Currency currency = m_services.storeProfile().currency();
    QList<SupplierItem> list;
    while (q->next())
        list << itemFromRow(*q, currency);
    return list;
}

Result<QList<SupplierItem>> SupplierService::suppliersOf(ProductId product) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT ") + kItemColumns
                                         + QStringLiteral(" FROM supplier_items i JOIN suppliers s ON s.id = i.supplier_id"
                                                          " WHERE i.product_id = ?"
                                                          " ORDER BY i.preferred DESC, s.active DESC, i.last_cost_fen, s.code"),
                                     {idValue(product.value())}, tr("The supplier items could not be read."));
    if (!q)
        return q.error();
    const Currency currency = m_services.storeProfile().currency();
    QList<SupplierItem> list;
    while (q->next())
        list << itemFromRow(*q, currency);
    return list;
}

Result<std::optional<SupplierItem>> SupplierService::preferredItem(ProductId product) const
{
    auto all = suppliersOf(product);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<SupplierItem>();
    return std::optional<SupplierItem>(all->first());
}

} // namespace qtill::inventory
