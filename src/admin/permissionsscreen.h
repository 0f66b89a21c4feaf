#pragma once

#include "shell/uimodule.h"

#include <QWidget>

class QTableView;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

class PermissionMatrixModel;

/// Roles & permissions: every registered permission (rows, translated titles) against the roles
/// (columns) as checkboxes. The owner column is fixed on. Each tick is saved at once through
/// PermissionService::setGranted (which needs permissions.edit and audits the change); without the
/// permission a supervisor approves inline.
class PermissionsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit PermissionsScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void reload();
    void activated() override;

    PermissionMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    shell::ShellContext &m_context;
    PermissionMatrixModel *m_model;
    QTableView *m_view;
};

} // namespace qtill::admin
