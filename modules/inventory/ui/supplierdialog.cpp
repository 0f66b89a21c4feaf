#include "supplierdialog.h"

#include "purchasingsupport.h"

#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/shellcontext.h"
#include "shell/theme.h"

#include <QCheckBox>
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
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("supplierDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    setMinimumWidth(620);
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
    if (existing) {
        m_code->setText(existing->code);
        m_code->setEnabled(false);
        m_name->setText(existing->name);
        m_contact->setText(existing->contact);
        m_phone->setText(existing->phone);
        m_leadTime->setValue(existing->leadTimeDays);
        m_active->setChecked(existing->active);
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

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *ok = new QPushButton(tr("Save"), this);
    ok->setObjectName(QStringLiteral("dialogOk"));
    shell::Theme::setKind(ok, QStringLiteral("primary"));
    ok->setMinimumWidth(150);
    ok->setAutoDefault(false);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("dialogCancel"));
    cancel->setMinimumWidth(130);
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &SupplierDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(ok);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(form);
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
    Supplier s = m_existing.value_or(Supplier {});
    s.code = m_code->text().trimmed().toUpper();
    s.name = m_name->text().trimmed();
    s.contact = m_contact->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.leadTimeDays = m_leadTime->value();
    s.active = m_active->isChecked();
    if (s.code.isEmpty() || s.name.isEmpty()) {
        showError(tr("Enter the supplier's code and name."));
        return;
    }
    const std::optional<Session> actor = purchasingui::actingSession(m_context, PurchasingPermissions::kOrder,
        m_existing ? tr("Change supplier %1").arg(s.code) : tr("Add supplier %1").arg(s.code), this);
    if (!actor) {
        showError(tr("Not saved: the change was not authorised."));
        return;
    }
    SupplierService service(m_context.services());
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
