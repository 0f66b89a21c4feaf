#include "auditscreen.h"

#include "audittablemodel.h"

#include "shell/backgroundtask.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/operatorservice.h"
#include "core/services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace qtill::admin {

AuditScreen::AuditScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AuditTableModel(this)), m_view(new QTableView(this)),
      m_operator(new QComboBox(this)), m_action(new QComboBox(this)),
      m_previous(new QPushButton(tr("Previous"), this)), m_next(new QPushButton(tr("Next"), this)),
      m_pageLabel(new QLabel(this)), m_verify(new QPushButton(tr("Verify chain"), this)), m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("auditScreen"));
    auto *header = new shell::PageHeader(tr("Audit log"), this);
    header->setSubtitle(tr("Who did what and when, with whose approval. Entries cannot be changed or removed."));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setIcon(shell::Icons::icon(QStringLiteral("shield"), Qt::white));
    shell::Theme::setKind(m_verify, QStringLiteral("primary"));
    header->addActionWidget(m_verify);

    m_verdict->setObjectName(QStringLiteral("verifyResult"));
    m_verdict->setWordWrap(true);
    m_verdict->setVisible(false);

    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_operator->setMinimumWidth(240);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setMinimumWidth(240);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->lineEdit()->setPlaceholderText(tr("All actions"));
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Sign-in and operators"), QStringLiteral("operator."));
    m_action->addItem(tr("Supervisor approvals"), QStringLiteral("authorize"));
    m_action->addItem(tr("Permissions"), QStringLiteral("permission."));
    m_action->addItem(tr("Store settings"), QStringLiteral("settings."));
    m_action->addItem(tr("Tax classes"), QStringLiteral("tax."));
    m_action->addItem(tr("Backups"), QStringLiteral("backup."));

    auto *operatorLabel = new QLabel(tr("Operator"), this);
    operatorLabel->setObjectName(QStringLiteral("fieldLabel"));
    auto *actionLabel = new QLabel(tr("Action"), this);
    actionLabel->setObjectName(QStringLiteral("fieldLabel"));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(operatorLabel);
    filters->addWidget(m_operator);
    filters->addSpacing(12);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    shell::setupTable(m_view, 48);
    QHeaderView *columns = m_view->horizontalHeader();
    for (int c : {AuditTableModel::TimeColumn, AuditTableModel::OperatorColumn, AuditTableModel::ApproverColumn,
                  AuditTableModel::ActionColumn, AuditTableModel::OutcomeColumn})
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AuditTableModel::TargetColumn, QHeaderView::Interactive);
    columns->resizeSection(AuditTableModel::TargetColumn, 180);

    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setProperty("secondary", true);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addWidget(m_verdict);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(paging);

    connect(m_verify, &QPushButton::clicked, this, &AuditScreen::verify);
    connect(m_previous, &QPushButton::clicked, this, &AuditScreen::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditScreen::nextPage);
    connect(m_operator, &QComboBox::activated, this, &AuditScreen::filtersChanged);
    connect(m_action, &QComboBox::activated, this, &AuditScreen::filtersChanged);
    connect(m_action->lineEdit(), &QLineEdit::editingFinished, this, &AuditScreen::filtersChanged);
    reload();
}

void AuditScreen::activated()
{
    reload();
}

void AuditScreen::reload()
{
    const OperatorId current(m_operator->currentData().toLongLong());
    auto operators = m_context.services().operators().list();
    QHash<qint64, QString> names;
    m_operator->clear();
    m_operator->addItem(tr("All operators"), qlonglong(0));
    if (operators) {
        for (const Operator &op : *operators) {
            names.insert(op.id.value(), op.displayName());
            m_operator->addItem(op.displayName(), qlonglong(op.id.value()));
        }
    }
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(qlonglong(current.value()))));
    m_model->setOperatorNames(names);
    loadPage();
}

AuditQuery AuditScreen::query() const
{
    AuditQuery q;
    q.operatorId = OperatorId(m_operator->currentData().toLongLong());
    // A chosen family uses its prefix; anything typed is taken as a prefix of the action key.
    const QString typed = m_action->currentText().trimmed();
    const int item = m_action->findText(typed);
    q.actionPrefix = item >= 0 ? m_action->itemData(item).toString() : typed;
    q.limit = kPageSize;
    q.offset = m_page * kPageSize;
    q.newestFirst = true;
    return q;
}

void AuditScreen::loadPage()
{
    AuditLog &log = m_context.services().auditLog();
    const AuditQuery q = query();
    auto total = log.count(q);
    auto entries = log.entries(q);
    if (!total || !entries) {
        m_context.showMessage((!total ? total.error() : entries.error()).message, shell::ShellContext::Severity::Error);
        m_total = 0;
        m_model->setEntries({});
    } else {
        m_total = *total;
        m_model->setEntries(*entries);
    }
    if (m_page > 0 && m_page >= pageCount()) {
        m_page = pageCount() - 1;
        loadPage();
        return;
    }
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
    m_pageLabel->setText(m_total == 0 ? tr("No entries.")
                                      : tr("Page %1 of %2 · %n entries", nullptr, int(std::min<qint64>(m_total, INT_MAX)))
                                            .arg(m_page + 1)
                                            .arg(pageCount()));
}

int AuditScreen::pageCount() const
{
    return int(std::max<qint64>(1, (m_total + kPageSize - 1) / kPageSize));
}

void AuditScreen::filtersChanged()
{
    m_page = 0;
    loadPage();
}

void AuditScreen::setOperatorFilter(OperatorId id)
{
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(qlonglong(id.value()))));
    filtersChanged();
}

void AuditScreen::setActionFilter(const QString &actionPrefix)
{
    const int item = m_action->findData(actionPrefix);
    if (item >= 0)
        m_action->setCurrentIndex(item);
    else
        m_action->setEditText(actionPrefix);
    filtersChanged();
}

void AuditScreen::nextPage()
{
    if (m_page + 1 < pageCount()) {
        ++m_page;
        loadPage();
    }
}

void AuditScreen::previousPage()
{
    if (m_page > 0) {
        --m_page;
        loadPage();
    }
}

bool AuditScreen::verify()
{
    if (!m_verifyTask) {
        m_verifyTask = new shell::BackgroundTask(m_context.services(), this);
        connect(m_verifyTask, &shell::BackgroundTask::progressChanged, this, [this](qint64 done, qint64 total) {
            if (total > 0)
                m_verdict->setText(tr("Checking the chain… %1 of %2 entries").arg(QLocale().toString(done),
                                                                                  QLocale().toString(total)));
        });
    }
    const bool started = m_verifyTask->start<AuditVerifyReport>(
        [](Services &services, shell::TaskProgress &progress) {
            return services.auditLog().verify(progress.callback());
        },
        [this](const Result<AuditVerifyReport> &report) { showVerifyResult(report); });
    if (!started)
        return false;
    m_verify->setEnabled(false);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Checking the chain…"));
    m_verdict->setVisible(true);
    return true;
}

void AuditScreen::showVerifyResult(const Result<AuditVerifyReport> &report)
{
    m_verify->setEnabled(true);
    if (!report) {
        m_report.reset();
        m_verdict->setVisible(false);
        m_context.showMessage(report.error().message, shell::ShellContext::Severity::Error);
        Q_EMIT verified(false);
        return;
    }
    m_report = *report;
    QString text;
    if (report->ok) {
        text = tr("The audit log is intact: %n entries checked.", nullptr,
                  int(std::min<qint64>(report->rowsChecked, INT_MAX)));
        m_verdict->setStyleSheet(QStringLiteral("color: #067647; background: #ECFDF3; border: 1px solid #A6E9C0;"
                                                " border-radius: 10px; padding: 10px 14px; font-weight: 600;"));
        m_context.showMessage(text);
    } else {
        text = report->reason.isEmpty()
            ? tr("The audit log is not intact from entry %1 on.").arg(report->firstBadSeq)
            : tr("The audit log is not intact. %1").arg(report->reason);
        m_verdict->setStyleSheet(QStringLiteral("color: #B42318; background: #FEF3F2; border: 1px solid #F4B4AE;"
                                                " border-radius: 10px; padding: 10px 14px; font-weight: 600;"));
        m_context.showMessage(text, shell::ShellContext::Severity::Error);
        showEntry(report->firstBadSeq);
    }
    m_verdict->setText(text);
    m_verdict->setVisible(true);
    Q_EMIT verified(report->ok);
}

void AuditScreen::showEntry(qint64 seq)
{
    // Newest first and without filters, entry `seq` sits (last - seq) rows from the top when the
    // sequence has no gaps; near enough to land on the right page otherwise.
    auto last = m_context.services().auditLog().lastSeq();
    if (!last || seq <= 0)
        return;
    m_operator->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_page = int(std::max<qint64>(0, *last - seq) / kPageSize);
    loadPage();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entries().at(row).seq == seq) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

QString AuditScreen::verifyText() const
{
    return m_verdict->isVisibleTo(this) ? m_verdict->text() : QString();
}

} // namespace qtill::admin
