#pragma once

#include "inventory/supplier.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

/// Adds or edits one supplier: code (fixed once saved), name, contact person, phone, lead time in
/// days and whether new orders may go to it; beside them the paperwork: address, payment terms
/// (editable list: cash on delivery, net 30 days, …), tax id, bank and account number, a note. Save checks purchasing.order (with a supervisor override
/// when the operator lacks it); a refusal from the domain keeps the dialog open with its message.
/// Open it with open(); it deletes itself on close and emits saved() after a successful save.
class SupplierDialog : public QDialog
{
    Q_OBJECT
public:
    SupplierDialog(shell::ShellContext &context, const std::optional<Supplier> &existing, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QSpinBox *leadTimeEdit() const { return m_leadTime; }
    QCheckBox *activeCheck() const { return m_active; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *paymentTermsCombo() const { return m_paymentTerms; }
    QLineEdit *taxIdEdit() const { return m_taxId; }
    QLineEdit *bankNameEdit() const { return m_bankName; }
    QLineEdit *bankAccountEdit() const { return m_bankAccount; }
    QLineEdit *noteEdit() const { return m_note; }
    QString errorText() const;

    /// Same as pressing Save.
    void save();

Q_SIGNALS:
    void saved(qtill::inventory::SupplierId id);

private:
    void showError(const QString &message);

    shell::ShellContext &m_context;
    std::optional<Supplier> m_existing;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QSpinBox *m_leadTime;
    QCheckBox *m_active;
    QLineEdit *m_address;
    QComboBox *m_paymentTerms;
    QLineEdit *m_taxId;
    QLineEdit *m_bankName;
    QLineEdit *m_bankAccount;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace qtill::inventory
