#pragma once

#include <QLineEdit>

namespace qtill::shell {

/// A field for a PIN: digits only, shown as large dots, at most kMaxLength digits. Nothing typed is
/// ever shown in clear. Enter emits returnPressed() as usual.
class PinField : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kMaxLength = 8;

    explicit PinField(QWidget *parent = nullptr);
};

/// A field for a number keyed on the pad (operator number, quantity): digits only, large, at most
/// `maxLength` digits.
class DigitField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DigitField(int maxLength, QWidget *parent = nullptr);
};

} // namespace qtill::shell
