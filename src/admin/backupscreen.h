#pragma once

#include "shell/uimodule.h"

#include "core/backupservice.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

/// Backup: take a consistent copy of the database now (BackupService, while the app keeps running)
/// and see the copies in the backup folder with their date and size. The copy is written on a worker
/// thread with its own connection to the file (seconds on a large store), so the screen stays
/// responsive and shows that it is busy; the result line says where the file went or why it failed.
/// Restoring replaces the database the app holds open, so it is done with qtillctl while Qtill is
/// closed; the screen shows the exact command for the chosen backup.
class BackupScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    struct BackupFile
    {
        QString path;
        QDateTime modified;
        qint64 size = 0;
    };

    explicit BackupScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    /// Waits for a backup still being written and audits it.
    ~BackupScreen() override;

    /// The backups in the store's backup folder, newest first.
    QList<BackupFile> backups() const;
    /// Reads the folder again.
    void reload();
    /// Starts a backup now (needs backup.run; a supervisor may approve): true when it is being
    /// written, false when it was refused, not approved, or one is running already. backupFinished()
    /// follows.
    bool backUpNow();
    /// True while a backup is being written.
    bool isBusy() const { return m_worker != nullptr; }
    /// The qtillctl command that restores `backupPath` into this store's database.
    QString restoreCommand(const QString &backupPath) const;

    void activated() override;

    QTableWidget *table() const { return m_table; }
    /// The result line: "Backup written to …", the failure, or the busy note while writing.
    QString lastResultText() const;

Q_SIGNALS:
    /// A backup started by backUpNow() is done (and audited): `path` is the file written, empty when it failed.
    void backupFinished(const QString &path);

private:
    void updateRestoreHint();
    void setBusy(bool busy);
    void showResult(const QString &text, bool failed);
    /// Audits the finished worker's backup and shows the outcome.
    void collectBackup();

    struct Running
    {
        BackupService::Job job;
        std::shared_ptr<std::optional<Result<QString>>> written; ///< set by the worker before it ends
    };

    shell::ShellContext &m_context;
    QPushButton *m_backUp;
    QLabel *m_result;
    QLabel *m_folder;
    QTableWidget *m_table;
    QLabel *m_restoreCommand;
    QPushButton *m_copy;
    QProgressBar *m_progress;
    QThread *m_worker = nullptr;      ///< the thread writing the backup; null when idle
    std::optional<Running> m_running;
};

} // namespace qtill::admin
