#pragma once

#include "inventory/csvreader.h"
#include "inventory/productimporter.h"
#include "inventory/saleshistory.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class BackgroundTask;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

struct ImportJobState;

/// Import products, or the sales history from the POS used before Qtill (Kind), from a CSV file (the
/// Products screen opens it: `ImportDialog dialog(context, this); dialog.exec();`).
///
/// 1. Choose a file (and the encoding: automatic UTF-8 / UTF-8 with BOM / GB18030, or chosen); every
///    row is checked at once with a progress bar. Nothing is written.
/// 2. The report: how many rows are good and which are not, row by row (row, column, value, what is
///    wrong). "Import N good rows" or "Import nothing".
/// 3. The import runs in one transaction with a progress bar, then says what was added.
///
/// Checking and importing run off the GUI thread on the worker's own store connection
/// (shell::BackgroundTask). Checking again while a check runs drops that check's report and checks
/// once more with the latest choices when it ends.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { ChooseFile, Checking, Report, Importing, Done, Failed };
    /// What the file holds: products (ProductImporter) or daily sales before Qtill (SalesHistory).
    enum class Kind { Products, SalesHistory };

    explicit ImportDialog(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Sets the file and checks it at once (what choosing it in the file dialog does).
    void setFile(const QString &path);
    QString file() const;
    void setEncoding(CsvEncoding encoding);
    /// Products by default; checks again when a file is open.
    void setKind(Kind kind);
    Kind kind() const;
    /// Whether rows whose item code is in the store already update those products (price lists)
    /// instead of being reported as problems; checks again when a file is open.
    void setUpdateExisting(bool update);
    /// Whether categories and departments the file names that the store lacks are created by the import
    /// (another store's export; ProductImporter::setCreateMissing); checks again when a file is open.
    void setCreateMissing(bool create);
    /// Checks the chosen file again (after changing the encoding).
    void check();
    /// "Import N good rows" (all rows when every row is good).
    void importGoodRows();
    /// "Import nothing": closes without writing.
    void importNothing();

    State state() const { return m_state; }
    bool isBusy() const;
    /// The last check's report; empty before.
    const ImportReport &report() const { return m_report; }
    /// What the import wrote; nullopt until it has run.
    const std::optional<ImportResult> &importResult() const { return m_result; }
    /// What a sales-history import wrote; nullopt until it has run.
    const std::optional<SalesHistoryImportResult> &historyResult() const { return m_historyResult; }

    QTableWidget *issueTable() const { return m_issues; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *nothingButton() const { return m_nothing; }
    QProgressBar *progressBar() const { return m_progress; }
    QCheckBox *createMissingBox() const { return m_createMissing; }
    /// The line above the report ("120 rows: 117 good, 3 with problems.") or the import's summary.
    QString summaryText() const;

    /// Closing is refused while the import runs (it cannot be stopped half-way).
    void reject() override;

Q_SIGNALS:
    /// After products were added (the Products screen refreshes its list).
    void imported(const qtill::inventory::ImportResult &result);

private:
    void chooseFile();
    /// Starts checking the file with the choices as they are now (the worker is free).
    void startCheck();
    /// An ImportProgress that shows progress while `m_generation` is still `generation`.
    ImportProgress progressFor(int generation);
    void setState(State state);
    void showProgress(ImportPhase phase, qint64 done, qint64 total);
    void showReport(const Result<ImportReport> &report);
    void showResult(const Result<ImportResult> &result);
    /// The import failed: says why, nothing was written.
    void showFailure(const Error &error);
    void showHistoryResult(const Result<SalesHistoryImportResult> &result);

    shell::ShellContext &m_context;
    std::shared_ptr<ImportJobState> m_jobs;        ///< the importer lives (and dies) on the worker thread
    std::unique_ptr<shell::BackgroundTask> m_task;
    bool m_checkAgain = false;                     ///< asked to check while a check ran
    State m_state = State::ChooseFile;
    ImportReport m_report;
    std::optional<ImportResult> m_result;
    std::optional<SalesHistoryImportResult> m_historyResult;
    int m_generation = 0;                          ///< drops progress of a check that was replaced

    QComboBox *m_kind;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_encoding;
    QComboBox *m_existing;
    QCheckBox *m_createMissing;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QPushButton *m_nothing;
    QPushButton *m_import;
};

} // namespace qtill::inventory
