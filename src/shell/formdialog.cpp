#include "formdialog.h"

#include "numerickeypad.h"
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::shell {

// The dialog's words keep the translation context "qtill::admin::FormDialog" (it began as an admin dialog).

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(title, this)), m_hint(new QLabel(this)), m_form(new QFormLayout),
      m_error(new QLabel(this)),
      m_ok(new QPushButton(QCoreApplication::translate("qtill::admin::FormDialog", "Save"), this)),
      m_cancel(new QPushButton(QCoreApplication::translate("qtill::admin::FormDialog", "Cancel"), this)),
      m_keypadHost(new QWidget(this))
{
    setWindowTitle(title);
    setModal(true);
    setMinimumWidth(560);

    m_heading->setProperty("heading", true);
    m_hint->setProperty("secondary", true);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(12);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_ok->setObjectName(QStringLiteral("dialogOk"));
    m_cancel->setObjectName(QStringLiteral("dialogCancel"));
    Theme::setKind(m_ok, QStringLiteral("primary"));
    m_ok->setMinimumWidth(150);
    m_cancel->setMinimumWidth(130);
    m_ok->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &FormDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *fields = new QVBoxLayout;
    fields->setSpacing(12);
    fields->addLayout(m_form);
    fields->addWidget(m_error);
    fields->addStretch(1);

    m_keypadHost->setVisible(false);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(fields, 3);
    body->addWidget(m_keypadHost, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
}

void FormDialog::addRow(const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, this);
    text->setObjectName(QStringLiteral("fieldLabel"));
    text->setBuddy(field);
    m_form->addRow(text, field);
}

void FormDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void FormDialog::attachKeypad(const QList<QLineEdit *> &digitFields)
{
    if (digitFields.isEmpty())
        return;
    m_digitFields = digitFields;
    if (!m_keypad) {
        m_keypad = new NumericKeypad(m_keypadHost);
        m_keypad->setDoubleZeroVisible(false);
        m_keypad->setOkText(QCoreApplication::translate("qtill::admin::FormDialog", "Next"));
        m_keypad->setMinimumSize(320, 280);
        auto *layout = new QVBoxLayout(m_keypadHost);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_keypad);
        m_keypadHost->setVisible(true);
        setMinimumWidth(920);
        connect(m_keypad, &NumericKeypad::okPressed, this, [this] {
            // The next digit field, or OK after the last one.
            const qsizetype at = m_digitFields.indexOf(m_keypad->target());
            if (at >= 0 && at + 1 < m_digitFields.size())
                m_digitFields.at(at + 1)->setFocus();
            else
                submit();
        });
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            if (auto *edit = qobject_cast<QLineEdit *>(now); edit && m_digitFields.contains(edit))
                m_keypad->setTarget(edit);
        });
    }
    m_keypad->setTarget(m_digitFields.first());
}

void FormDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

void FormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FormDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void FormDialog::submit()
{
    if (m_submit) {
        const Status done = m_submit();
        if (!done) {
            showError(done.error().message);
            return;
        }
    }
    showError({});
    accept();
}

} // namespace qtill::shell
