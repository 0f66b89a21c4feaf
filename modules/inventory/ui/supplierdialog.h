#pragma once

#include "inventory/supplier.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

/// Adds or edits one supplier: code (fixed once saved), name, contact person, phone, lead time in
/// days and whether new orders may go to it. Save checks purchasing.order (with a supervisor override
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
    QLabel *m_error;
};

} // namespace qtill::inventory
