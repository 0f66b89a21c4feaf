#include "overridedialog.h"

#include "icons.h"
#include "numerickeypad.h"
#include "pinfield.h"
#include "theme.h"

#include "core/operatorservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::shell {

OverrideDialog::OverrideDialog(Authorizer &authorizer, OverrideRequest request, QWidget *parent)
    : QDialog(parent), m_authorizer(authorizer), m_request(std::move(request)),
      m_number(new DigitField(OperatorService::kMaxNumberLength, this)), m_pin(new PinField(this)),
      m_keypad(new NumericKeypad(this)), m_error(new QLabel(this)), m_approve(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Supervisor approval"));
    setModal(true);
    setMinimumWidth(760);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("shield"), Theme::kAccent, 44));
    auto *title = new QLabel(tr("Supervisor approval needed"), this);
    title->setProperty("heading", true);
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    const QString why = m_request.why.isEmpty() ? QString() : m_request.why + QLatin1Char('\n');
    what->setText(why + tr("%1 may not: %2. A supervisor can approve it with their number and PIN.")
                            .arg(m_request.actor.displayName(), m_request.permissionTitle));
    what->setProperty("secondary", true);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(14);
    heading->addWidget(icon, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->setSpacing(4);
    headingText->addWidget(title);
    headingText->addWidget(what);
    heading->addLayout(headingText, 1);

    auto *numberLabel = new QLabel(tr("Supervisor number"), this);
    numberLabel->setObjectName(QStringLiteral("fieldLabel"));
    numberLabel->setBuddy(m_number);
    m_number->setObjectName(QStringLiteral("supervisorNumber"));
    m_number->setPlaceholderText(tr("e.g. 01"));
    auto *pinLabel = new QLabel(tr("Supervisor PIN"), this);
    pinLabel->setObjectName(QStringLiteral("fieldLabel"));
    pinLabel->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("supervisorPin"));

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *fields = new QVBoxLayout;
    fields->setSpacing(8);
    fields->addWidget(numberLabel);
    fields->addWidget(m_number);
    fields->addSpacing(8);
    fields->addWidget(pinLabel);
    fields->addWidget(m_pin);
    fields->addSpacing(8);
    fields->addWidget(m_error);
    fields->addStretch(1);

    m_keypad->setDoubleZeroVisible(false);
    m_keypad->setMinimumSize(340, 300);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(fields, 1);
    body->addWidget(m_keypad, 1);

    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("overrideCancel"));
    m_approve->setText(tr("Approve"));
    m_approve->setObjectName(QStringLiteral("overrideApprove"));
    Theme::setKind(m_approve, QStringLiteral("primary"));
    m_approve->setMinimumWidth(160);
    m_cancel->setMinimumWidth(140);
    m_approve->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_approve);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);
    layout->addLayout(heading);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    setTabOrder(m_number, m_pin);
    setTabOrder(m_pin, m_cancel);
    setTabOrder(m_cancel, m_approve);

    m_number->installEventFilter(this);
    m_pin->installEventFilter(this);
    connect(m_number, &QLineEdit::returnPressed, this, &OverrideDialog::advance);
    connect(m_pin, &QLineEdit::returnPressed, this, &OverrideDialog::submit);
    connect(m_keypad, &NumericKeypad::okPressed, this, &OverrideDialog::advance);
    connect(m_approve, &QPushButton::clicked, this, &OverrideDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    setStep(false);
}

bool OverrideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_number)
            setStep(false);
        else if (watched == m_pin)
            setStep(true);
    }
    return QDialog::eventFilter(watched, event);
}

void OverrideDialog::setStep(bool pin)
{
    m_onPin = pin;
    QLineEdit *field = pin ? static_cast<QLineEdit *>(m_pin) : m_number;
    m_keypad->setTarget(field);
    m_keypad->setOkText(pin ? tr("OK") : tr("Next"));
    if (!field->hasFocus())
        field->setFocus(Qt::OtherFocusReason);
}

void OverrideDialog::advance()
{
    if (m_onPin) {
        submit();
        return;
    }
    if (m_number->text().isEmpty()) {
        showError(tr("Type the supervisor's operator number."));
        return;
    }
    setStep(true);
}

void OverrideDialog::setSupervisorNumber(const QString &number)
{
    m_number->setText(number);
    if (!number.isEmpty())
        setStep(true);
}

void OverrideDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OverrideDialog::submit()
{
    if (m_number->text().isEmpty()) {
        showError(tr("Type the supervisor's operator number."));
        setStep(false);
        return;
    }
    if (m_pin->text().isEmpty()) {
        showError(tr("Type the supervisor's PIN."));
        setStep(true);
        return;
    }
    auto result = m_authorizer.authorize(m_request.actor, m_request.permission,
                                         SupervisorCredentials{m_number->text(), m_pin->text()}, m_request.context);
    m_pin->clear();
    if (!result) {
        showError(result.error().message);
        setStep(result.error().code != Error::Code::NotFound);
        if (!m_onPin)
            m_number->selectAll();
        return;
    }
    m_authorization = result.value();
    accept();
}

} // namespace qtill::shell
