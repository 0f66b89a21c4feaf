#pragma once

#include "core/authorizer.h"
#include "core/operator.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace qtill::shell {

class DigitField;
class NumericKeypad;
class PinField;

/// What the cashier asks a supervisor to approve.
struct OverrideRequest
{
    Session actor;              ///< who is signed in and lacks the permission
    QString permission;         ///< the key, e.g. "sale.void"
    QString permissionTitle;    ///< translated, e.g. "Void a sale"
    QString why;                ///< translated, one line: what will happen, e.g. "Void receipt R01-00000042"
    QString context;            ///< for the audit log's detail (not shown)
};

/// Supervisor override: a supervisor types their operator number and PIN on the keypad; the dialog
/// asks the Authorizer (which checks the supervisor's role, counts wrong PINs toward their lockout and
/// audits every outcome) and shows the domain's message when it refuses ("Wrong PIN, 3 tries left",
/// "This operator is locked…", "… may not …").
///
/// Keyboard: digits type, Enter moves from the number to the PIN and then submits, Esc cancels.
/// exec() returns Accepted only with an Authorization (see authorization()).
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(Authorizer &authorizer, OverrideRequest request, QWidget *parent = nullptr);

    /// The granted authorization after Accepted; nullopt otherwise.
    const std::optional<Authorization> &authorization() const { return m_authorization; }

    /// Shows `message` as the refusal text (also used by `qtill --screenshot`).
    void showError(const QString &message);
    /// Fills the supervisor number and moves on to the PIN (when the supervisor is known already).
    void setSupervisorNumber(const QString &number);

    /// Asks the Authorizer with what was typed. Same as pressing Approve.
    void submit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void advance();
    /// false: the number is being typed; true: the PIN.
    void setStep(bool pin);

    Authorizer &m_authorizer;
    OverrideRequest m_request;
    std::optional<Authorization> m_authorization;
    bool m_onPin = false;

    DigitField *m_number;
    PinField *m_pin;
    NumericKeypad *m_keypad;
    QLabel *m_error;
    QPushButton *m_approve;
    QPushButton *m_cancel;
};

} // namespace qtill::shell
