#pragma once

#include "shell/uimodule.h"

#include "core/auditlog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

class AuditTableModel;

/// Audit log: the entries newest first, a page at a time, filtered by operator (as actor or approver)
/// and by action; "Verify chain" recomputes the hash chain and says it is intact (with the number of
/// entries checked) or names the first bad entry and what is wrong with it.
class AuditScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit AuditScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    /// Reloads the operator list and the current page.
    void reload();
    void activated() override;

    /// Filters (invalid id / empty prefix: all) and goes back to the first page.
    void setOperatorFilter(OperatorId id);
    void setActionFilter(const QString &actionPrefix);
    void nextPage();
    void previousPage();
    int page() const { return m_page; }
    int pageCount() const;
    qint64 total() const { return m_total; }

    /// Runs AuditLog::verify and shows the verdict; returns it too (nullopt when it could not run).
    std::optional<AuditVerifyReport> verify();
    /// The verdict line as shown.
    QString verifyText() const;

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    AuditQuery query() const;
    void loadPage();
    void filtersChanged();
    /// Clears the filters and selects entry `seq` (the first bad one after a failed verify).
    void showEntry(qint64 seq);

    shell::ShellContext &m_context;
    AuditTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_operator;
    QComboBox *m_action;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QPushButton *m_verify;
    QLabel *m_verdict;
    int m_page = 0;
    qint64 m_total = 0;
};

} // namespace qtill::admin
