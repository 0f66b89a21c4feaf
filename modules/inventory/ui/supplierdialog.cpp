#include "supplierdialog.h"

#include "purchasingsupport.h"

#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/actingsession.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qtill::inventory {

SupplierDialog::SupplierDialog(shell::ShellContext &context, const std::optional<Supplier> &existing, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_existing(existing),
      m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_contact(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_leadTime(new QSpinBox(this)),
      m_active(new QCheckBox(tr("Takes new orders"), this)),
      m_address(new QLineEdit(this)),
      m_paymentTerms(new QComboBox(this)),
      m_taxId(new QLineEdit(this)),
      m_bankName(new QLineEdit(this)),
      m_bankAccount(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("supplierDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    setMinimumWidth(1000);
    const QString title = existing ? tr("Edit supplier") : tr("New supplier");
    setWindowTitle(title);
    auto *heading = new QLabel(title, this);
    heading->setProperty("heading", true);
    auto *hint = new QLabel(existing ? tr("Orders and deliveries keep the supplier they were made with.")
                                     : tr("The code is short and cannot be changed later, e.g. S006."),
        this);
    hint->setProperty("secondary", true);
    hint->setWordWrap(true);

    m_code->setObjectName(QStringLiteral("supplierCodeEdit"));
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("e.g. S006"));
    m_name->setObjectName(QStringLiteral("supplierNameEdit"));
    m_name->setPlaceholderText(tr("Company name as on the invoice"));
    m_contact->setObjectName(QStringLiteral("supplierContactEdit"));
    m_contact->setPlaceholderText(tr("Who to call about orders"));
    m_phone->setObjectName(QStringLiteral("supplierPhoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_leadTime->setObjectName(QStringLiteral("supplierLeadTimeEdit"));
    m_leadTime->setRange(0, 365);
    m_leadTime->setSuffix(tr(" days"));
    m_leadTime->setValue(2);
    m_active->setObjectName(QStringLiteral("supplierActiveCheck"));
    m_active->setChecked(true);
    m_address->setObjectName(QStringLiteral("supplierAddressEdit"));
    m_address->setMaxLength(200);
    m_address->setPlaceholderText(tr("Street, district, city"));
    m_paymentTerms->setObjectName(QStringLiteral("supplierPaymentTermsCombo"));
    m_paymentTerms->setEditable(true);
    m_paymentTerms->addItems({QString(), tr("Cash on delivery"), tr("Net 15 days"), tr("Net 30 days"), tr("Net 60 days"),
                              tr("Prepayment")});
    m_paymentTerms->lineEdit()->setMaxLength(100);
    m_paymentTerms->lineEdit()->setPlaceholderText(tr("Choose or type, e.g. net 30 days"));
    m_taxId->setObjectName(QStringLiteral("supplierTaxIdEdit"));
    m_taxId->setMaxLength(24);
    m_taxId->setPlaceholderText(tr("18-character unified social credit code"));
    m_bankName->setObjectName(QStringLiteral("supplierBankNameEdit"));
    m_bankName->setMaxLength(100);
    m_bankName->setPlaceholderText(tr("Bank and branch"));
    m_bankAccount->setObjectName(QStringLiteral("supplierBankAccountEdit"));
    m_bankAccount->setMaxLength(48);
    m_bankAccount->setInputMethodHints(Qt::ImhDigitsOnly);
    m_bankAccount->setPlaceholderText(tr("Account number"));
    m_note->setObjectName(QStringLiteral("supplierNoteEdit"));
    m_note->setMaxLength(1000);
    m_note->setPlaceholderText(tr("Anything the buyer should know"));
    if (existing) {
        m_code->setText(existing->code);
        m_code->setEnabled(false);
        m_name->setText(existing->name);
        m_contact->setText(existing->contact);
        m_phone->setText(existing->phone);
        m_leadTime->setValue(existing->leadTimeDays);
        m_active->setChecked(existing->active);
        m_address->setText(existing->address);
        m_paymentTerms->setCurrentText(existing->paymentTerms);
        m_taxId->setText(existing->taxId);
        m_bankName->setText(existing->bankName);
        m_bankAccount->setText(existing->bankAccount);
        m_note->setText(existing->note);
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->addRow(purchasingui::fieldLabel(tr("Code"), this), m_code);
    form->addRow(purchasingui::fieldLabel(tr("Name"), this), m_name);
    form->addRow(purchasingui::fieldLabel(tr("Contact"), this), m_contact);
    form->addRow(purchasingui::fieldLabel(tr("Phone"), this), m_phone);
    form->addRow(purchasingui::fieldLabel(tr("Lead time"), this), m_leadTime);
    form->addRow(QString(), m_active);

    // The paperwork, beside: invoices, payment and the bank.
    auto *paperwork = new QFormLayout;
    paperwork->setRowWrapPolicy(QFormLayout::DontWrapRows);
    paperwork->setHorizontalSpacing(16);
    paperwork->setVerticalSpacing(12);
    paperwork->addRow(purchasingui::fieldLabel(tr("Address"), this), m_address);
    paperwork->addRow(purchasingui::fieldLabel(tr("Payment terms"), this), m_paymentTerms);
    paperwork->addRow(purchasingui::fieldLabel(tr("Tax id"), this), m_taxId);
    paperwork->addRow(purchasingui::fieldLabel(tr("Bank"), this), m_bankName);
    paperwork->addRow(purchasingui::fieldLabel(tr("Account"), this), m_bankAccount);
    paperwork->addRow(purchasingui::fieldLabel(tr("Note"), this), m_note);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(form, 1);
    columns->addLayout(paperwork, 1);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    QPushButton *ok = nullptr;
    QHBoxLayout *buttons = purchasingui::saveCancelButtons(this, &ok);
    connect(ok, &QPushButton::clicked, this, &SupplierDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

QString SupplierDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SupplierDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SupplierDialog::save()
{
    showError({});
    Supplier s = m_existing.value_or(Supplier {});
    s.code = m_code->text().trimmed().toUpper();
    s.name = m_name->text().trimmed();
    s.contact = m_contact->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.leadTimeDays = m_leadTime->value();
    s.active = m_active->isChecked();
    s.address = m_address->text().trimmed();
    s.paymentTerms = m_paymentTerms->currentText().trimmed();
    s.taxId = m_taxId->text().trimmed();
    s.bankName = m_bankName->text().trimmed();
    s.bankAccount = m_bankAccount->text().trimmed();
    s.note = m_note->text().trimmed();
    if (s.code.isEmpty() || s.name.isEmpty()) {
        showError(tr("Enter the supplier's code and name."));
        return;
    }
    // Checked before asking for a supervisor: a typo in the tax id needs no override to be told.
    if (Status valid = SupplierService::validate(s); !valid) {
        showError(valid.error().message);
        return;
    }
    const std::optional<Session> actor = shell::actingSession(m_context, PurchasingPermissions::kOrder,
        m_existing ? tr("Change supplier %1").arg(s.code) : tr("Add supplier %1").arg(s.code), this);
    if (!actor) {
        showError(tr("Not saved: the change was not authorised."));
        return;
    }
    SupplierService &service = InventoryServices::of(m_context.services()).suppliers();
    SupplierId id = s.id;
    if (m_existing) {
        if (Status done = service.update(*actor, s); !done) {
            showError(done.error().message);
            return;
        }
    } else {
        auto added = service.add(*actor, s);
        if (!added) {
            showError(added.error().message);
            return;
        }
        id = added->id;
    }
    m_context.showMessage(m_existing ? tr("Supplier %1 saved.").arg(s.name) : tr("Supplier %1 added.").arg(s.name));
    Q_EMIT saved(id);
    accept();
}

} // namespace qtill::inventory
