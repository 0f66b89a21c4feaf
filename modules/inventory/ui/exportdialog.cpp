#include "exportdialog.h"


#include "inventory/exporter.h"
#include "inventory/inventoryservices.h"
#include "inventory/saleshistory.h"

#include "shell/actingsession.h"
#include "shell/backgroundtask.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/clock.h"
#include "core/services.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qtill::inventory {

ExportDialog::ExportDialog(shell::ShellContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_task(std::make_unique<shell::BackgroundTask>(context.services())),
      m_what(new QComboBox(this)), m_encoding(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Choose…"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_close(new QPushButton(tr("Close"), this)), m_export(new QPushButton(tr("Export"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    setModal(true);
    resize(760, 440);

    auto *title = new QLabel(tr("Export to a CSV file"), this);
    title->setProperty("heading", true);

    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->addItem(tr("Products: item codes, barcodes, names, prices, costs, stock limits"), QStringLiteral("products"));
    m_what->addItem(tr("Sales history before Qtill: sold per product and day"), QStringLiteral("sales_history"));
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (opens in Excel and WPS)"), int(Encoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 (older Chinese software)"), int(Encoding::Gb18030));
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(
        QStringLiteral("qtill-products-%1.csv").arg(context.clock().now().date().toString(Qt::ISODate))));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setSpacing(12);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(tr("What"), m_what);
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(tr("Save to"), pathRow);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The file holds costs: keep it safe. It imports back with Import."));
    m_status->setProperty("secondary", true);

    m_export->setObjectName(QStringLiteral("exportStart"));
    shell::Theme::setKind(m_export, QStringLiteral("primary"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    // The suggested file name follows what is exported until someone chooses their own.
    connect(m_what, &QComboBox::currentIndexChanged, this, [this] {
        const QString products = QStringLiteral("qtill-products-");
        const QString history = QStringLiteral("qtill-sales-history-");
        QString text = m_path->text();
        const bool sales = m_what->currentData().toString() == QLatin1String("sales_history");
        if (sales && text.contains(products))
            text.replace(text.lastIndexOf(products), products.size(), history);
        else if (!sales && text.contains(history))
            text.replace(text.lastIndexOf(history), history.size(), products);
        m_path->setText(text);
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::setWhat(const QString &what)
{
    m_what->setCurrentIndex(std::max(0, m_what->findData(what)));
}

void ExportDialog::setEncoding(Encoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

bool ExportDialog::isBusy() const
{
    return m_task->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the export as"), m_path->text(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".csv"));
}

void ExportDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || isBusy()) {
        m_status->setText(tr("Choose where to save the file."));
        return;
    }
    const bool salesHistory = m_what->currentData().toString() == QLatin1String("sales_history");
    const std::optional<Session> acting =
        shell::actingSession(m_context, ImportPermissions::kExport,
                             salesHistory ? tr("Export the sales history") : tr("Export the product catalog with costs"), this);
    if (!acting)
        return;
    CsvWriter::Options options;
    switch (Encoding(m_encoding->currentData().toInt())) {
    case Encoding::Utf8Bom:
        options.encoding = CsvEncoding::Utf8;
        options.bom = true;
        break;
    case Encoding::Utf8:
        options.encoding = CsvEncoding::Utf8;
        options.bom = false;
        break;
    case Encoding::Gb18030:
        options.encoding = CsvEncoding::Gb18030;
        options.bom = false;
        break;
    }
    m_exported.reset();
    m_export->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setProperty("secondary", true);
    m_status->setText(tr("Exporting…"));

    QPointer<ExportDialog> self(this);
    ImportProgress progress = [self](ImportPhase, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self || total <= 0)
                    return;
                self->m_progress->setRange(0, int(std::min<qint64>(total, 1'000'000'000)));
                self->m_progress->setValue(int(std::min<qint64>(done, 1'000'000'000)));
            },
            Qt::QueuedConnection);
    };
    const Session session = *acting;
    m_task->start<int>(
        [session, path, options, progress, salesHistory](Services &services, shell::TaskProgress &) -> Result<int> {
            if (salesHistory) {
                CsvWriter writer(options);
                Result<int> written = SalesHistory::exportHistory(services, session, writer);
                if (written) {
                    if (Status saved = writer.save(path); !saved)
                        return saved.error();
                }
                return written;
            }
            // The exporter belongs to the worker's own Services (its thread's connection).
            const std::unique_ptr<Exporter> exporter = InventoryServices::of(services).newExporter();
            exporter->setProgress(progress);
            return exporter->exportProductsToFile(session, path, options);
        },
        [this, path, salesHistory](const Result<int> &written) { showOutcome(written, path, salesHistory); });
}

void ExportDialog::showOutcome(const Result<int> &written, const QString &path, bool salesHistory)
{
    m_export->setEnabled(true);
    m_close->setEnabled(true);
    m_progress->setVisible(false);
    if (!written) {
        m_status->setText(written.error().message);
        shell::Theme::setProperty(m_status, "secondary", false);
        m_context.showMessage(written.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_exported = *written;
    const int count = *m_exported;
    const QString text = salesHistory
        ? tr("Saved %n day(s) of product sales to %1.", nullptr, count).arg(QDir::toNativeSeparators(path))
        : tr("Saved %n product(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path));
    m_status->setText(text);
    m_context.showMessage(text, shell::ShellContext::Severity::Info);
}

} // namespace qtill::inventory
