#pragma once

#include "shell/uimodule.h"

#include "core/auditlog.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace qtill::shell {
class BackgroundTask;
class ShellContext;
} // namespace qtill::shell

namespace qtill::admin {

class AuditTableModel;

/// Audit log: the entries newest first, a page at a time, filtered by operator (as actor or approver)
/// and by action; "Verify chain" recomputes the hash chain on a worker thread (it reads the whole log)
/// while the screen stays usable and the verdict line shows how far it got, then says the chain is
/// intact (with the number of entries checked) or names the first bad entry and what is wrong with it.
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

    /// Starts AuditLog::verify on the worker; verified() brings the verdict, shown on the screen.
    /// False when a check is running already.
    bool verify();
    /// The verdict line as shown (also "Checking…" while it runs).
    QString verifyText() const;
    /// The last check's report (nullopt before one ended, or when it could not run).
    const std::optional<AuditVerifyReport> &lastReport() const { return m_report; }

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    /// A check ended and its verdict is shown; `ok` false when the chain is broken or could not be read.
    void verified(bool ok);

private:
    AuditQuery query() const;
    void loadPage();
    void filtersChanged();
    /// Clears the filters and selects entry `seq` (the first bad one after a failed verify).
    void showEntry(qint64 seq);
    void showVerifyResult(const Result<AuditVerifyReport> &report);

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
    shell::BackgroundTask *m_verifyTask = nullptr;   ///< made on the first check
    std::optional<AuditVerifyReport> m_report;
    int m_page = 0;
    qint64 m_total = 0;
};

} // namespace qtill::admin
