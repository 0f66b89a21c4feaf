#include "operatorsscreen.h"

#include "operatortablemodel.h"

#include "shell/actingsession.h"
#include "shell/formdialog.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/pinfield.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/services.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qtill::admin {

namespace {

QComboBox *roleCombo(QWidget *parent, Role current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : allRoles())
        combo->addItem(roleDisplayName(role), int(role));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

Role comboRole(const QComboBox *combo)
{
    return Role(combo->currentData().toInt());
}

QString pinMismatch()
{
    return QCoreApplication::translate("qtill::admin::OperatorsScreen",
                                       "The two PINs are not the same. Type the new PIN twice.");
}

} // namespace

OperatorsScreen::OperatorsScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new OperatorTableModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("Add operator"), this)), m_detailName(new QLabel(this)),
      m_detailRole(new QLabel(this)), m_detailStatus(new QLabel(this)), m_detailInfo(new QLabel(this)),
      m_changeRole(new QPushButton(tr("Change role"), this)), m_rename(new QPushButton(tr("Rename"), this)),
      m_resetPin(new QPushButton(tr("Reset PIN"), this)), m_unlock(new QPushButton(tr("Unlock"), this)),
      m_toggleActive(new QPushButton(this)), m_detail(new QWidget(this)),
      m_noSelection(new QLabel(tr("Choose an operator in the list."), this))
{
    setObjectName(QStringLiteral("operatorsScreen"));
    auto *header = new shell::PageHeader(tr("Operators"), this);
    header->setSubtitle(tr("Who may sign in at the tills, in which role."));
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_add->setIcon(shell::Icons::icon(QStringLiteral("user"), Qt::white));
    shell::Theme::setKind(m_add, QStringLiteral("primary"));
    header->addActionWidget(m_add);

    m_view->setObjectName(QStringLiteral("operatorTable"));
    m_view->setModel(m_model);
    shell::setupTable(m_view, 56);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(OperatorTableModel::NumberColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(OperatorTableModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(OperatorTableModel::RoleColumn, QHeaderView::ResizeToContents);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(OperatorTableModel::StatusColumn, QHeaderView::ResizeToContents);

    // ---- the selected operator ---------------------------------------------------------------
    auto *card = new shell::Card(this);
    card->setMinimumWidth(340);
    m_detailName->setObjectName(QStringLiteral("detailName"));
    m_detailName->setProperty("heading", true);
    m_detailName->setWordWrap(true);
    m_detailRole->setProperty("chip", QStringLiteral("role"));
    m_detailStatus->setObjectName(QStringLiteral("detailStatus"));
    m_detailInfo->setProperty("secondary", true);
    m_detailInfo->setWordWrap(true);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_resetPin->setObjectName(QStringLiteral("resetPinButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setIcon(shell::Icons::icon(QStringLiteral("lock"), shell::Theme::kText));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));

    auto *chips = new QHBoxLayout;
    chips->setSpacing(8);
    chips->addWidget(m_detailRole);
    chips->addWidget(m_detailStatus);
    chips->addStretch(1);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(12);
    detailLayout->addWidget(m_detailName);
    detailLayout->addLayout(chips);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addSpacing(8);
    for (QPushButton *button : {m_changeRole, m_rename, m_resetPin, m_unlock, m_toggleActive})
        detailLayout->addWidget(button);
    detailLayout->addStretch(1);

    m_noSelection->setProperty("secondary", true);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 24);
    cardLayout->addWidget(m_detail);
    cardLayout->addWidget(m_noSelection, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_view, 3);
    body->addWidget(card, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    connect(m_add, &QPushButton::clicked, this, &OperatorsScreen::addOperator);
    connect(m_changeRole, &QPushButton::clicked, this, &OperatorsScreen::changeRole);
    connect(m_rename, &QPushButton::clicked, this, &OperatorsScreen::rename);
    connect(m_resetPin, &QPushButton::clicked, this, &OperatorsScreen::resetPin);
    connect(m_unlock, &QPushButton::clicked, this, &OperatorsScreen::unlockSelected);
    connect(m_toggleActive, &QPushButton::clicked, this, &OperatorsScreen::toggleActive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsScreen::updateDetail);
    reload();
}

void OperatorsScreen::activated()
{
    reload();
}

void OperatorsScreen::prepareScreenshot()
{
    if (!selected() && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void OperatorsScreen::reload()
{
    const std::optional<Operator> before = selected();
    auto operators = m_context.services().operators().list();
    if (!operators) {
        m_context.showMessage(operators.error().message, shell::ShellContext::Severity::Error);
        m_model->setOperators({});
    } else {
        m_model->setOperators(*operators);
    }
    if (before)
        select(before->id);
    updateDetail();
}

bool OperatorsScreen::select(OperatorId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

std::optional<Operator> OperatorsScreen::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->operators().size())
        return std::nullopt;
    return m_model->operators().at(rows.first().row());
}

void OperatorsScreen::updateDetail()
{
    const std::optional<Operator> op = selected();
    m_detail->setVisible(op.has_value());
    m_noSelection->setVisible(!op);
    if (!op)
        return;
    m_detailName->setText(op->displayName());
    m_detailRole->setText(roleDisplayName(op->role));
    m_detailStatus->setText(OperatorTableModel::statusText(*op));
    shell::Theme::setProperty(m_detailStatus, "chip", op->active && !op->locked ? QStringLiteral("true")
                                                                                 : QStringLiteral("muted"));
    const QLocale locale;
    QStringList info;
    info << tr("Added %1").arg(locale.toString(op->createdAt, QLocale::ShortFormat));
    if (op->locked && op->lockedAt.isValid())
        info << tr("Locked since %1 after too many wrong PINs.").arg(locale.toString(op->lockedAt, QLocale::ShortFormat));
    else if (op->failedAttempts > 0)
        info << tr("%n wrong PIN(s) since the last sign-in.", nullptr, op->failedAttempts);
    m_detailInfo->setText(info.join(QLatin1Char('\n')));

    // Unlocking also clears the count of wrong PINs of an operator who is not locked (yet).
    m_unlock->setVisible(op->locked || op->failedAttempts > 0);
    m_unlock->setText(op->locked ? tr("Unlock") : tr("Clear wrong PINs"));
    m_toggleActive->setText(op->active ? tr("Deactivate") : tr("Activate"));
    shell::Theme::setKind(m_toggleActive, op->active ? QStringLiteral("danger") : QString());
}

void OperatorsScreen::finish(const Status &result, OperatorId id, const QString &message)
{
    if (!result) {
        m_context.showMessage(result.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    reload();
    select(id);
    m_context.showMessage(message);
}

shell::FormDialog *OperatorsScreen::addOperator()
{
    auto *dialog = new shell::FormDialog(tr("New operator"), this);
    dialog->setObjectName(QStringLiteral("addOperatorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("The operator signs in with this number and PIN. Tell them the PIN in person."));

    auto *number = new shell::DigitField(OperatorService::kMaxNumberLength, dialog);
    number->setObjectName(QStringLiteral("numberEdit"));
    number->setPlaceholderText(tr("2 to 6 digits, e.g. 05"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("As shown on receipts"));
    QComboBox *role = roleCombo(dialog, Role::Cashier);
    auto *pin = new shell::PinField(dialog);
    pin->setObjectName(QStringLiteral("pinEdit"));
    pin->setPlaceholderText(tr("4–8 digits"));
    auto *confirm = new shell::PinField(dialog);
    confirm->setObjectName(QStringLiteral("pinConfirmEdit"));
    confirm->setPlaceholderText(tr("Once more"));

    dialog->addRow(tr("Number"), number);
    dialog->addRow(tr("Name"), name);
    dialog->addRow(tr("Role"), role);
    dialog->addRow(tr("PIN"), pin);
    dialog->addRow(tr("Repeat PIN"), confirm);
    dialog->attachKeypad({number, pin, confirm});
    dialog->setOkText(tr("Add"));

    auto created = std::make_shared<OperatorId>();
    dialog->setSubmit([this, number, name, role, pin, confirm, created]() -> Status {
        if (pin->text() != confirm->text())
            return Error::invalidInput(pinMismatch());
        const QString who = number->text() + QLatin1Char(' ') + name->text().trimmed();
        const std::optional<Session> actor =
            shell::actingSession(m_context, Permissions::kOperatorsManage, tr("Add operator %1").arg(who), this);
        if (!actor)
            return Error::permissionDenied(tr("Not added: the change was not authorised."));
        auto op = m_context.services().operators().create(*actor, number->text(), name->text().trimmed(),
                                                         comboRole(role), pin->text());
        if (!op)
            return op.error();
        *created = op->id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, created] {
        finish({}, *created, tr("The operator is added. They can sign in now."));
    });
    dialog->open();
    number->setFocus();
    return dialog;
}

shell::FormDialog *OperatorsScreen::changeRole()
{
    const std::optional<Operator> op = selected();
    if (!op)
        return nullptr;
    auto *dialog = new shell::FormDialog(tr("Change role of %1").arg(op->displayName()), this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("What each role may do is set under Roles & permissions."));
    QComboBox *role = roleCombo(dialog, op->role);
    dialog->addRow(tr("Role"), role);
    const Operator target = *op;
    dialog->setSubmit([this, role, target]() -> Status {
        if (comboRole(role) == target.role)
            return {};
        const std::optional<Session> actor = shell::actingSession(
            m_context, Permissions::kOperatorsManage,
            tr("Make %1 %2").arg(target.displayName(), roleDisplayName(comboRole(role))), this);
        if (!actor)
            return Error::permissionDenied(tr("Not changed: the change was not authorised."));
        auto changed = m_context.services().operators().setRole(*actor, target.id, comboRole(role));
        if (!changed)
            return changed.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, target] {
        finish({}, target.id, tr("The role of %1 is changed.").arg(target.displayName()));
    });
    dialog->open();
    return dialog;
}

shell::FormDialog *OperatorsScreen::rename()
{
    const std::optional<Operator> op = selected();
    if (!op)
        return nullptr;
    auto *dialog = new shell::FormDialog(tr("Rename %1").arg(op->displayName()), this);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(op->name, dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    dialog->addRow(tr("Name"), name);
    const Operator target = *op;
    dialog->setSubmit([this, name, target]() -> Status {
        if (name->text().trimmed() == target.name)
            return {};
        const std::optional<Session> actor = shell::actingSession(m_context, Permissions::kOperatorsManage,
                                                           tr("Rename %1").arg(target.displayName()), this);
        if (!actor)
            return Error::permissionDenied(tr("Not changed: the change was not authorised."));
        auto changed = m_context.services().operators().setName(*actor, target.id, name->text().trimmed());
        if (!changed)
            return changed.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this,
            [this, target] { finish({}, target.id, tr("The name is changed.")); });
    dialog->open();
    name->setFocus();
    name->selectAll();
    return dialog;
}

shell::FormDialog *OperatorsScreen::resetPin()
{
    const std::optional<Operator> op = selected();
    if (!op)
        return nullptr;
    auto *dialog = new shell::FormDialog(tr("New PIN for %1").arg(op->displayName()), this);
    dialog->setObjectName(QStringLiteral("resetPinDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(op->locked ? tr("For a forgotten PIN. %1 is locked: unlock them as well.").arg(op->name)
                               : tr("For a forgotten PIN. The old PIN stops working at once."));
    auto *pin = new shell::PinField(dialog);
    pin->setObjectName(QStringLiteral("pinEdit"));
    pin->setPlaceholderText(tr("4–8 digits"));
    auto *confirm = new shell::PinField(dialog);
    confirm->setObjectName(QStringLiteral("pinConfirmEdit"));
    confirm->setPlaceholderText(tr("Once more"));
    dialog->addRow(tr("New PIN"), pin);
    dialog->addRow(tr("Repeat PIN"), confirm);
    dialog->attachKeypad({pin, confirm});
    dialog->setOkText(tr("Set PIN"));
    const Operator target = *op;
    dialog->setSubmit([this, pin, confirm, target]() -> Status {
        if (pin->text() != confirm->text())
            return Error::invalidInput(pinMismatch());
        const std::optional<Session> actor = shell::actingSession(m_context, Permissions::kOperatorsManage,
                                                           tr("Reset the PIN of %1").arg(target.displayName()), this);
        if (!actor)
            return Error::permissionDenied(tr("Not changed: the change was not authorised."));
        return m_context.services().operators().resetPin(*actor, target.id, pin->text());
    });
    connect(dialog, &QDialog::accepted, this, [this, target] {
        finish({}, target.id, tr("The PIN of %1 is changed.").arg(target.displayName()));
    });
    dialog->open();
    pin->setFocus();
    return dialog;
}

bool OperatorsScreen::unlockSelected()
{
    const std::optional<Operator> op = selected();
    if (!op)
        return false;
    const std::optional<Session> actor =
        shell::actingSession(m_context, Permissions::kOperatorsUnlock, tr("Unlock %1").arg(op->displayName()), this);
    if (!actor)
        return false;
    const Status done = m_context.services().operators().unlock(*actor, op->id);
    finish(done, op->id, tr("%1 is unlocked and can sign in again.").arg(op->displayName()));
    return done.ok();
}

shell::FormDialog *OperatorsScreen::toggleActive()
{
    const std::optional<Operator> op = selected();
    if (!op)
        return nullptr;
    if (op->active)
        return confirmDeactivate(*op);
    const std::optional<Session> actor =
        shell::actingSession(m_context, Permissions::kOperatorsManage, tr("Activate %1").arg(op->displayName()), this);
    if (!actor)
        return nullptr;
    auto changed = m_context.services().operators().setActive(*actor, op->id, true);
    finish(changed ? Status() : Status(changed.error()), op->id,
           tr("%1 is active again and can sign in.").arg(op->displayName()));
    return nullptr;
}

shell::FormDialog *OperatorsScreen::confirmDeactivate(const Operator &op)
{
    auto *dialog = new shell::FormDialog(tr("Deactivate %1?").arg(op.displayName()), this);
    dialog->setObjectName(QStringLiteral("deactivateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("%1 will no longer be able to sign in. Their sales and history stay; "
                       "you can activate them again later.")
                        .arg(op.name));
    dialog->setOkText(tr("Deactivate"));
    shell::Theme::setKind(dialog->okButton(), QStringLiteral("danger"));
    dialog->setSubmit([this, op]() -> Status {
        const std::optional<Session> actor =
            shell::actingSession(m_context, Permissions::kOperatorsManage, tr("Deactivate %1").arg(op.displayName()), this);
        if (!actor)
            return Error::permissionDenied(tr("Not changed: the change was not authorised."));
        auto changed = m_context.services().operators().setActive(*actor, op.id, false);
        if (!changed)
            return changed.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, op] {
        finish({}, op.id, tr("%1 is deactivated.").arg(op.displayName()));
    });
    dialog->open();
    return dialog;
}

} // namespace qtill::admin
