#include "backupscreen.h"

#include "shell/actingsession.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/backupservice.h"
#include "core/operator.h"
#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace qtill::admin {

namespace {

/// Quotes an argument for a POSIX shell when it needs it.
QString shellQuoted(const QString &arg)
{
    static const QString kSafe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:=,@");
    const bool safe = !arg.isEmpty() && std::all_of(arg.cbegin(), arg.cend(), [](QChar c) { return kSafe.contains(c); });
    if (safe)
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

BackupScreen::BackupScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_backUp(new QPushButton(tr("Back up now"), this)),
      m_result(new QLabel(this)), m_folder(new QLabel(this)), m_table(new QTableWidget(this)),
      m_restoreCommand(new QLabel(this)), m_copy(new QPushButton(tr("Copy command"), this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("backupScreen"));
    auto *header = new shell::PageHeader(tr("Backup"), this);
    header->setSubtitle(tr("A backup is a complete copy of the shop's data, taken while the tills keep working."));
    m_backUp->setObjectName(QStringLiteral("backupNowButton"));
    m_backUp->setIcon(shell::Icons::icon(QStringLiteral("shield"), Qt::white));
    shell::Theme::setKind(m_backUp, QStringLiteral("primary"));
    header->addActionWidget(m_backUp);

    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0); // VACUUM INTO tells no progress: a busy bar while it runs
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setProperty("secondary", true);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Taken"), tr("Size")});
    shell::setupTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // ---- restoring -----------------------------------------------------------------------------
    auto *restore = new shell::Card(this);
    auto *restoreHeading = new QLabel(tr("Restoring a backup"), restore);
    restoreHeading->setProperty("heading", true);
    auto *restoreText = new QLabel(
        tr("Restoring replaces everything in the database with the backup. Qtill keeps the database open while it runs, "
           "so restore from a terminal: close Qtill on this register, then run the command below. The current "
           "data is kept in the backup folder first."),
        restore);
    restoreText->setWordWrap(true);
    restoreText->setProperty("secondary", true);
    m_restoreCommand->setObjectName(QStringLiteral("restoreCommand"));
    m_restoreCommand->setWordWrap(true);
    m_restoreCommand->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restoreCommand->setStyleSheet(QStringLiteral(
        "QLabel#restoreCommand { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; background: #F2F3F5;"
        " border-radius: 8px; padding: 10px 12px; }"));
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    auto *commandRow = new QHBoxLayout;
    commandRow->setSpacing(12);
    commandRow->addWidget(m_restoreCommand, 1);
    commandRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto *restoreLayout = new QVBoxLayout(restore);
    restoreLayout->setContentsMargins(24, 20, 24, 20);
    restoreLayout->setSpacing(10);
    restoreLayout->addWidget(restoreHeading);
    restoreLayout->addWidget(restoreText);
    restoreLayout->addLayout(commandRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_folder);
    layout->addWidget(m_table, 1);
    layout->addWidget(restore);

    connect(m_backUp, &QPushButton::clicked, this, &BackupScreen::backUpNow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupScreen::updateRestoreHint);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_restoreCommand->text());
        m_context.showMessage(tr("The command is copied."));
    });
    reload();
}

BackupScreen::~BackupScreen()
{
    if (!m_worker)
        return;
    // The copy cannot be stopped half-way; wait for it so that it is audited like any other.
    m_worker->disconnect(this);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (m_running && *m_running->written)
        (void)m_context.services().backup().finish(m_running->job, **m_running->written); // no screen left to report to
}

void BackupScreen::activated()
{
    reload();
}

QList<BackupScreen::BackupFile> BackupScreen::backups() const
{
    const QDir dir(m_context.services().store().backupDir());
    QList<BackupFile> files;
    const QFileInfoList infos =
        dir.entryInfoList({QStringLiteral("*.db"), QStringLiteral("*.dump")}, // SQLite copies, pg_dump files
                          QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &info : infos)
        files << BackupFile{info.absoluteFilePath(), info.lastModified(), info.size()};
    return files;
}

void BackupScreen::reload()
{
    const QString folder = m_context.services().store().backupDir();
    const QList<BackupFile> files = backups();
    m_folder->setText(files.isEmpty() ? tr("No backups yet in %1.").arg(QDir::toNativeSeparators(folder))
                                      : tr("%n backup(s) in %1", nullptr, int(files.size()))
                                            .arg(QDir::toNativeSeparators(folder)));
    const QLocale locale;
    m_table->clearContents();
    m_table->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const BackupFile &f = files.at(row);
        auto *name = new QTableWidgetItem(QFileInfo(f.path).fileName());
        name->setData(Qt::UserRole, f.path);
        name->setToolTip(f.path);
        auto *taken = new QTableWidgetItem(locale.toString(f.modified, QStringLiteral("yyyy-MM-dd HH:mm")));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, taken);
        m_table->setItem(row, 2, size);
    }
    if (!files.isEmpty())
        m_table->selectRow(0);
    updateRestoreHint();
}

bool BackupScreen::backUpNow()
{
    if (m_worker)
        return false;
    const std::optional<Session> actor =
        shell::actingSession(m_context, Permissions::kBackupRun, tr("Take a backup of the shop's data"), this);
    if (!actor)
        return false;
    // Checked (and a refusal audited) here, on the GUI thread; the worker only writes the file.
    auto job = m_context.services().backup().prepare(*actor);
    if (!job) {
        showResult(job.error().message, true);
        m_context.showMessage(job.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_running = Running{*job, std::make_shared<std::optional<Result<QString>>>()};
    const Clock &clock = m_context.clock();
    m_worker = QThread::create([job = *job, written = m_running->written, &clock] {
        written->emplace(BackupService::write(job, clock));
    });
    m_worker->setObjectName(QStringLiteral("backup"));
    connect(m_worker, &QThread::finished, this, &BackupScreen::collectBackup);
    setBusy(true);
    m_worker->start();
    return true;
}

void BackupScreen::collectBackup()
{
    if (!m_worker || !m_running)
        return;
    m_worker->deleteLater();
    m_worker = nullptr;
    const Running running = *std::exchange(m_running, std::nullopt);
    const Result<QString> written =
        *running.written ? **running.written : Result<QString>(Error::internal(tr("The backup stopped unexpectedly.")));
    const auto done = m_context.services().backup().finish(running.job, written);
    setBusy(false);
    if (!done) {
        showResult(done.error().message, true);
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        reload(); // the file may be there even when the log could not record it
        Q_EMIT backupFinished({});
        return;
    }
    showResult(tr("Backup written to %1").arg(QDir::toNativeSeparators(*done)), false);
    m_context.showMessage(tr("The backup is done."));
    reload();
    Q_EMIT backupFinished(*done);
}

void BackupScreen::setBusy(bool busy)
{
    m_backUp->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_result->setText(tr("Writing the backup… The tills keep working; this page tells you when it is done."));
        m_result->setStyleSheet(QStringLiteral("color: #344054; background: #F2F4F7; border-radius: 10px; padding: 10px 14px;"));
        m_result->setVisible(true);
    }
}

void BackupScreen::showResult(const QString &text, bool failed)
{
    m_result->setText(text);
    m_result->setStyleSheet(failed ? QStringLiteral("color: #B42318; background: #FEF3F2; border: 1px solid #FECDCA;"
                                                    " border-radius: 10px; padding: 10px 14px; font-weight: 600;")
                                   : QStringLiteral("color: #067647; background: #ECFDF3; border: 1px solid #A6E9C0;"
                                                    " border-radius: 10px; padding: 10px 14px; font-weight: 600;"));
    m_result->setVisible(true);
}

QString BackupScreen::lastResultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

QString BackupScreen::restoreCommand(const QString &backupPath) const
{
    // Restoring needs backup.restore (by default the owner's alone): name an owner to act as.
    QString as = tr("OWNER-NUMBER");
    if (m_context.can(Permissions::kBackupRestore)) {
        as = m_context.session().number;
    } else if (auto operators = m_context.services().operators().list(true)) {
        for (const Operator &op : *operators) {
            if (op.role == Role::Owner) {
                as = op.number;
                break;
            }
        }
    }
    return QStringLiteral("qtillctl --db %1 --as %2 restore %3")
        .arg(shellQuoted(QDir::toNativeSeparators(m_context.services().store().path())), as,
             shellQuoted(QDir::toNativeSeparators(backupPath)));
}

void BackupScreen::updateRestoreHint()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    QString path;
    for (const QTableWidgetItem *item : selected) {
        if (item->column() == 0)
            path = item->data(Qt::UserRole).toString();
    }
    m_restoreCommand->setText(restoreCommand(path.isEmpty() ? tr("BACKUP-FILE") : path));
    m_copy->setEnabled(!path.isEmpty());
}

} // namespace qtill::admin
