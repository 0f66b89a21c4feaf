#include "pinfield.h"

#include <QRegularExpressionValidator>

namespace qtill::shell {

namespace {

void makeDigitsOnly(QLineEdit *edit, int maxLength)
{
    edit->setMaxLength(maxLength);
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(maxLength)), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
}

} // namespace

PinField::PinField(QWidget *parent) : QLineEdit(parent)
{
    makeDigitsOnly(this, kMaxLength);
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhHiddenText);
    setProperty("pin", true);
    setAlignment(Qt::AlignCenter);
}

DigitField::DigitField(int maxLength, QWidget *parent) : QLineEdit(parent)
{
    makeDigitsOnly(this, maxLength);
    setProperty("big", true);
    setAlignment(Qt::AlignCenter);
}

} // namespace qtill::shell
