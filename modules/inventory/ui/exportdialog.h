#pragma once

#include "core/result.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace qtill::shell {
class BackgroundTask;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

/// Export to a CSV file (the Products screen opens it: `ExportDialog dialog(context, this); dialog.exec();`):
/// what (the product catalog with barcodes, prices and costs, or the sales history imported from the POS
/// used before Qtill — in the columns the imports read, so a file exported here imports back), the encoding (UTF-8 with BOM for Excel, UTF-8, GB18030), and where
/// to save. Runs off the GUI thread (shell::BackgroundTask) with a progress bar; audited by the domain.
/// Needs inventory.export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// The encodings offered, in the order of the list.
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };

    explicit ExportDialog(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPath(const QString &path);
    QString path() const;
    /// What to export: "products" (the default) or "sales_history".
    void setWhat(const QString &what);
    void setEncoding(Encoding encoding);
    /// Starts the export (what the Export button does); the result comes when isBusy() turns false.
    void exportNow();

    bool isBusy() const;
    /// Products written by the last export; nullopt before or when it failed.
    std::optional<int> exported() const { return m_exported; }
    /// The result line under the form.
    QString statusText() const;
    QPushButton *exportButton() const { return m_export; }

private:
    void choosePath();
    void showOutcome(const Result<int> &written, const QString &path, bool salesHistory);

    shell::ShellContext &m_context;
    std::unique_ptr<shell::BackgroundTask> m_task;
    std::optional<int> m_exported;

    QComboBox *m_what;
    QComboBox *m_encoding;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_close;
    QPushButton *m_export;
};

} // namespace qtill::inventory
