#pragma once

#include "checkout/cashservice.h"

#include "core/money.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class NumericKeypad;
class ShellContext;
} // namespace qtill::shell

namespace qtill::checkout {

/// Cash in and out of the drawer at the till (Cash F9 on the sale screen), issue 10 item 8:
/// - four big choices: Opening float (F2), Paid in (F3), Paid out (F4), No sale — open the drawer (F5);
/// - the amount on the number pad, digits filling from the right like the rest of the till
///   (5, 0, 0, 0 → 50.00); a no-sale moves no money;
/// - a reason: quick reasons as buttons (F6–F8) or typed; required for paid in/out and no-sale;
/// - the register's movements of the business day (CashService::ofDay) with who booked and who approved
///   them, and what they come to, so the cashier sees what is booked.
///
/// Book (Enter) gets the authority the movement needs through shell::actingSession — kSell for a float,
/// kCashMovement for the others, a supervisor's override for a cashier (both ids audited) — and books it
/// with CashService::record under one uuid per submission: a retry after an error sends the same uuid;
/// once booked, pressing again books nothing until the form changes. Then the drawer opens (the register's
/// CashDrawer); a drawer that does not open is a warning line, the booking stands. Every refusal is one
/// line. Esc closes. Modal at the till; the ShellContext outlives it.
class CashDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CashDialog(shell::ShellContext &context, QWidget *parent = nullptr);
    ~CashDialog() override;

    /// Chooses what to book (a CashKind key), as its button does.
    void choose(const QString &kind);
    QString kind() const { return m_kind; }
    /// Types keypad digits into the amount ("5000" → 50.00), as the number pad does.
    void typeDigits(const QString &digits);
    /// The amount as typed; zero when nothing is (and for a no-sale).
    Money amount() const;
    /// The reason, as a quick reason button or typing does.
    void setReason(const QString &reason);
    QString reason() const;
    /// Books what the form says. False when refused, not approved or nothing new is to be booked
    /// (statusText() says why).
    bool submit();

    /// The movement this dialog booked last.
    const std::optional<CashMovement> &booked() const { return m_booked; }
    /// The line under the form: why not, or what was booked (and a drawer warning).
    QString statusText() const;
    /// "error", "warning" or "info".
    QString statusSeverity() const { return m_severity; }
    /// The day's movements as shown (newest last).
    QTableWidget *movementsTable() const { return m_movements; }
    QPushButton *kindButton(const QString &kind) const { return m_kindButtons.value(kind); }
    QPushButton *bookButton() const { return m_book; }

    /// For `qtill --screenshot`: a paid-out of ¥50.00 for a delivery, filled in and not booked.
    void fillForScreenshot();

    /// Translated: "Opening float", "Paid in", "Paid out", "No sale".
    static QString kindName(const QString &kind);
    /// The quick reasons offered for `kind` (translated, at most three).
    static QStringList quickReasons(const QString &kind);

Q_SIGNALS:
    /// A movement was booked (not on a retry that found it booked already).
    void movementBooked(const qtill::checkout::CashMovement &movement);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildKinds();
    QWidget *buildEntry();
    QWidget *buildReason();
    QWidget *buildDay();
    QPushButton *bigButton(const QString &name, const QString &text);
    void showQuickReasons();
    void refreshForm();
    void reload();
    void edited();
    bool formReady();
    void showBooked(const CashMovement &movement);
    QString openDrawer();
    QString operatorName(OperatorId id);
    void setStatus(const QString &text, const QString &severity);

    shell::ShellContext &m_context;
    QString m_kind;
    QString m_digits;
    QString m_uuid;                 ///< the submission under way: kept after an error, new after a booking
    bool m_busy = false;
    bool m_unchanged = false;       ///< booked, and the form not touched since
    std::optional<CashMovement> m_booked;
    QString m_severity;
    QHash<qint64, QString> m_names;
    QHash<QString, QPushButton *> m_kindButtons;
    QList<QPushButton *> m_reasonButtons;
    QGridLayout *m_reasonGrid = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    shell::NumericKeypad *m_keypad = nullptr;
    QTableWidget *m_movements = nullptr;
    QLabel *m_dayTotals = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace qtill::checkout
