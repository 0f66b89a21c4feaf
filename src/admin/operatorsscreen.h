#pragma once

#include "shell/uimodule.h"

#include "core/operator.h"
#include "core/result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace qtill::shell {
class FormDialog;
class ShellContext;
} // namespace qtill::shell

namespace qtill::admin {

class OperatorTableModel;

/// Operators: the list (number, name, role, status) and, for the selected one, change role, rename,
/// reset PIN, unlock and deactivate / activate; plus adding an operator with their first PIN.
///
/// OperatorService checks every change (operators.manage, operators.unlock, the owner rules) and
/// audits it; its message is shown as it is. When the signed-in operator lacks the permission, a
/// supervisor approves inline (ShellContext::authorize) and the change is made on their authority.
/// Dialogs open window-modal and are returned for tests.
class OperatorsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit OperatorsScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void reload();
    void activated() override;
    void prepareScreenshot() override;

    /// Selects the operator's row; false when not listed.
    bool select(OperatorId id);
    /// The selected operator, if any.
    std::optional<Operator> selected() const;

    shell::FormDialog *addOperator();
    shell::FormDialog *changeRole();
    shell::FormDialog *rename();
    shell::FormDialog *resetPin();
    /// Unlocks the selected operator at once. True when done.
    bool unlockSelected();
    /// Deactivating asks first (returns the question); activating happens at once (returns null).
    shell::FormDialog *toggleActive();

    OperatorTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateDetail();
    shell::FormDialog *confirmDeactivate(const Operator &op);
    /// Reloads, reselects `id` and shows `message` (or the error) in the shell.
    void finish(const Status &result, OperatorId id, const QString &message);

    shell::ShellContext &m_context;
    OperatorTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QLabel *m_detailName;
    QLabel *m_detailRole;
    QLabel *m_detailStatus;
    QLabel *m_detailInfo;
    QPushButton *m_changeRole;
    QPushButton *m_rename;
    QPushButton *m_resetPin;
    QPushButton *m_unlock;
    QPushButton *m_toggleActive;
    QWidget *m_detail;
    QLabel *m_noSelection;
};

} // namespace qtill::admin
