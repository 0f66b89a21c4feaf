#pragma once

#include "inventory/supplier.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;

/// Adds or edits what one supplier supplies: the product (scanned, or typed as item code, barcode or
/// name; fixed when editing), the supplier's own item code, the last cost per selling unit, the units
/// in their order pack and whether reorder suggestions buy it from this supplier (preferred).
/// Save checks purchasing.order (with a supervisor override when missing) and calls
/// SupplierService::setItem; a refusal keeps the dialog open with its message. Deletes itself on close.
class SupplierItemDialog : public QDialog
{
    Q_OBJECT
public:
    SupplierItemDialog(shell::ShellContext &context, const Supplier &supplier,
                       const std::optional<SupplierItem> &existing, QWidget *parent = nullptr);
    ~SupplierItemDialog() override;

    QLineEdit *productEdit() const { return m_product; }
    QLabel *productLabel() const { return m_productName; }
    QLineEdit *supplierCodeEdit() const { return m_code; }
    QLineEdit *costEdit() const { return m_cost; }
    QLineEdit *packEdit() const { return m_pack; }
    QCheckBox *preferredCheck() const { return m_preferred; }
    QString errorText() const;

    /// Same as pressing Save.
    void save();

Q_SIGNALS:
    void saved(qtill::inventory::ProductId product);

private:
    /// Resolves what was typed into m_product; shows the product or the reason.
    bool findProduct();
    void showError(const QString &message);

    shell::ShellContext &m_context;
    Supplier m_supplier;
    std::optional<SupplierItem> m_existing;
    InventoryServices &m_inventory;
    ProductId m_chosen;
    QLineEdit *m_product;
    QLabel *m_productName;
    QLineEdit *m_code;
    QLineEdit *m_cost;
    QLineEdit *m_pack;
    QCheckBox *m_preferred;
    QLabel *m_error;
};

} // namespace qtill::inventory
