#pragma once

#include "core/operator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace qtill {
class Clock;
class Services;
} // namespace qtill

namespace qtill::shell {
class DigitField;
class NumericKeypad;
class PinField;
} // namespace qtill::shell

namespace qtill::app {

/// The sign-in screen, and the lock screen in its Unlock mode.
///
/// Sign-in: the operator number first, then the PIN, typed on the on-screen keypad or the keyboard
/// (Enter moves on, Esc goes back). OperatorService::signIn decides; the screen shows its message
/// (wrong PIN with the tries left, locked operator, unknown number). Lockout is the service's, not ours.
///
/// Unlock: the locked operator's name is shown and only the PIN is asked; "Switch operator" turns the
/// form into a normal sign-in so someone else can take over the register.
///
/// Either way a successful sign-in emits signedIn() with the new Session; the application decides
/// whether that resumes (same operator) or switches the session.
class SignInScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SignIn, Unlock };

    SignInScreen(Services &services, const Clock &clock, QWidget *parent = nullptr);

    /// Resets the form for a fresh sign-in.
    void showSignIn();
    /// Shows the lock screen for `locked`.
    void showUnlock(const Session &locked);
    Mode mode() const { return m_mode; }

    /// Reads the store profile (name, logo, register) and the operator count again.
    void refreshStore();
    /// Shows a message under the fields (empty hides it).
    void showError(const QString &message);
    QString errorText() const;

    /// Signs in with what was typed (same as pressing OK on the PIN step).
    void submit();

    shell::NumericKeypad *keypad() const { return m_keypad; }
    QLineEdit *numberField() const;
    QLineEdit *pinField() const;

Q_SIGNALS:
    void signedIn(const qtill::Session &session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Step { Number, Pin };
    void setStep(Step step);
    void okPressed();
    void goBack();
    void switchOperator();
    void updateClock();
    void updateTexts();

    Services &m_services;
    const Clock &m_clock;
    Mode m_mode = Mode::SignIn;
    Step m_step = Step::Number;
    Session m_locked;
    bool m_hasOperators = true;

    QLabel *m_logo;
    QLabel *m_storeName;
    QLabel *m_register;
    QLabel *m_headingIcon;
    QLabel *m_bigClock;
    QLabel *m_date;

    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_lockedOperator;
    QLabel *m_numberLabel;
    shell::DigitField *m_number;
    QLabel *m_pinLabel;
    shell::PinField *m_pin;
    QLabel *m_error;
    QLabel *m_help;
    QPushButton *m_switch;
    shell::NumericKeypad *m_keypad;
    QTimer *m_clockTimer;
};

} // namespace qtill::app
