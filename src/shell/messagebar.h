#pragma once

#include "shellcontext.h"

#include <QFrame>
#include <QList>

#include <functional>

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

    /// A button beside the message ("Retry", "Clear"): clicking it runs `run` and dismisses the message.
    /// The button's object name is "messageAction_<id>".
    struct Action
    {
        QString id;
        QString label; ///< translated
        std::function<void()> run;
    };

    /// Shows `text` (translated, for a cashier), replacing any message shown (and its actions).
    void showMessage(const QString &text, Severity severity = Severity::Info);
    /// The same with buttons; a message with actions stays until answered or dismissed.
    void showMessage(const QString &text, Severity severity, const QList<Action> &actions);
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
    void clearActions();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_close;
    QList<QPushButton *> m_actions;
    QTimer *m_timer;
    int m_autoHideMs = 6000;
};

} // namespace qtill::shell
