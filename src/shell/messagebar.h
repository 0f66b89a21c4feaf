#pragma once

#include "shellcontext.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace qtill::shell {

/// A one-line strip for short messages ("Saved.", "The printer is out of paper."), not a modal box.
/// Info and success hide by themselves after a few seconds; warnings after longer; errors stay
/// until dismissed with × or replaced. Hidden while empty.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    using Severity = ShellContext::Severity;

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text` (translated, for a cashier), replacing any message shown.
    void showMessage(const QString &text, Severity severity = Severity::Info);
    /// Shows a success message (green, hides by itself).
    void showSuccess(const QString &text);
    void dismiss();

    QString text() const;
    /// "info", "success", "warning" or "error"; empty when nothing is shown.
    QString severityName() const;
    /// How long info messages stay (ms); warnings stay twice as long. For tests.
    void setAutoHideMs(int ms) { m_autoHideMs = ms; }

Q_SIGNALS:
    void dismissed();

private:
    void present(const QString &text, const QString &severity, const QString &icon, const QColor &color, int hideAfterMs);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_close;
    QTimer *m_timer;
    int m_autoHideMs = 6000;
};

} // namespace qtill::shell
