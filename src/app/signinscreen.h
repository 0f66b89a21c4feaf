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
///
/// Store check: while the application checks the database file at start-up, the screen says so and
/// holds signing in (what was typed is kept and signs in when the check passes); a damaged file
/// blocks it for good with the check's message.
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

    /// Signs in with what was typed (same as pressing OK on the PIN step). Held while the store is
    /// being checked, refused when it is damaged.
    void submit();

    /// Shows "Checking the store…" and holds signing in until releaseStoreCheck().
    void holdForStoreCheck();
    /// The check passed: signing in is open; a sign-in held meanwhile goes ahead now.
    void releaseStoreCheck();
    /// The check failed: shows `message` and refuses every sign-in from now on.
    void blockForDamage(const QString &message);
    bool isHeldForStoreCheck() const { return m_held; }
    bool isBlocked() const { return m_blocked; }
    /// The store-check line ("Checking the store…" or the damage message); empty when none shows.
    QString storeStateText() const;

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
    void showStoreState(const QString &text, bool failed);

    Services &m_services;
    const Clock &m_clock;
    Mode m_mode = Mode::SignIn;
    Step m_step = Step::Number;
    Session m_locked;
    bool m_hasOperators = true;
    bool m_held = false;          ///< the store check runs: sign-in waits
    bool m_pendingSubmit = false; ///< OK was pressed on the PIN step while held
    bool m_blocked = false;       ///< the store is damaged: nobody signs in

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
    QLabel *m_storeState;
    QLabel *m_help;
    QPushButton *m_switch;
    shell::NumericKeypad *m_keypad;
    QTimer *m_clockTimer;
};

} // namespace qtill::app
