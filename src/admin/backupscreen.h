#pragma once

#include "shell/uimodule.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

/// Backup: take a consistent copy of the database now (Store::backup, while the app keeps running)
/// and see the copies in the backup folder with their date and size. Restoring replaces the database
/// the app holds open, so it is done with qtillctl while Qtill is closed; the screen shows the exact
/// command for the chosen backup.
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

    /// The backups in the store's backup folder, newest first.
    QList<BackupFile> backups() const;
    /// Reads the folder again.
    void reload();
    /// Takes a backup now (needs backup.run; a supervisor may approve). Returns the file written, or
    /// an empty string when it failed or was not approved.
    QString backUpNow();
    /// The qtillctl command that restores `backupPath` into this store's database.
    QString restoreCommand(const QString &backupPath) const;

    void activated() override;

    QTableWidget *table() const { return m_table; }
    /// The "Backup written to …" line after backUpNow().
    QString lastResultText() const;

private:
    void updateRestoreHint();

    shell::ShellContext &m_context;
    QPushButton *m_backUp;
    QLabel *m_result;
    QLabel *m_folder;
    QTableWidget *m_table;
    QLabel *m_restoreCommand;
    QPushButton *m_copy;
};

} // namespace qtill::admin
