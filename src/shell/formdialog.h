#pragma once

#include "core/result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qtill::shell {

class NumericKeypad;

/// The small edit dialog every module's screens share: a heading, a form, an inline error line and
/// Cancel / OK.
///
/// OK runs the submit function; when it fails the dialog stays open and shows the domain's message
/// (e.g. "Operator number 03 is taken."), when it succeeds the dialog is accepted. Open it with
/// open() (window-modal, non-blocking); the caller reacts to accepted().
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(const QString &title, QWidget *parent = nullptr);

    /// A row with a label above-left of `field`.
    void addRow(const QString &label, QWidget *field);
    /// A line of explanation under the heading.
    void setHint(const QString &hint);
    /// Puts the big number pad beside the form; it types into whichever of `digitFields` has focus.
    void attachKeypad(const QList<QLineEdit *> &digitFields);

    void setOkText(const QString &text);
    /// Called on OK; a failing Status keeps the dialog open and shows its message.
    void setSubmit(std::function<Status()> submit) { m_submit = std::move(submit); }

    /// Shows `message` in the error line (empty hides it).
    void showError(const QString &message);
    QString errorText() const;

    /// Same as pressing OK.
    void submit();

    QPushButton *okButton() const { return m_ok; }

private:
    QLabel *m_heading;
    QLabel *m_hint;
    QFormLayout *m_form;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    NumericKeypad *m_keypad = nullptr;
    QWidget *m_keypadHost;
    QList<QLineEdit *> m_digitFields;
    std::function<Status()> m_submit;
};

} // namespace qtill::shell
