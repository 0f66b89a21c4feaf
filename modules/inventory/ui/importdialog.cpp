#include "importdialog.h"

#include "saleshistorybatchesdialog.h"

#include "inventory/inventoryservices.h"
#include "inventory/saleshistory.h"

#include "shell/actingsession.h"
#include "shell/backgroundtask.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

/// What the check keeps on the worker thread for the import that follows it (worker thread only).
struct ImportJobState
{
    std::unique_ptr<ProductImporter> importer;   ///< holds the checked rows; ends in the task's teardown
    SalesHistory *history = nullptr;             ///< the worker's own Services' (Kind::SalesHistory)
};

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(shell::ShellContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_jobs(std::make_shared<ImportJobState>()),
      m_task(std::make_unique<shell::BackgroundTask>(context.services())),
      m_kind(new QComboBox(this)), m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("Choose file…"), this)), m_encoding(new QComboBox(this)),
      m_existing(new QComboBox(this)),
      m_createMissing(new QCheckBox(tr("Create the categories and departments the file names that this store lacks"), this)),
      m_phase(new QLabel(this)), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_issues(new QTableWidget(0, 4, this)), m_nothing(new QPushButton(tr("Import nothing"), this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import products"));
    setModal(true);
    resize(1040, 700);

    auto *title = new QLabel(tr("Import from a CSV file"), this);
    title->setProperty("heading", true);
    auto *hint = new QLabel(tr("The first row names the columns (sku, barcode, name, price, … or 商品编码, 条码, 品名, 售价). "
                               "Every row is checked first; nothing is added until you choose."),
                            this);
    hint->setProperty("secondary", true);
    hint->setWordWrap(true);

    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Products: item codes, barcodes, names, prices"), int(Kind::Products));
    m_kind->addItem(tr("Sales history before Qtill: sold per product and day (date, sku, quantity)"),
                    int(Kind::SalesHistory));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setReadOnly(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Encoding: automatic"), int(CsvEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (Chinese Excel)"), int(CsvEncoding::Gb18030));
    m_existing->setObjectName(QStringLiteral("importExisting"));
    m_existing->addItem(tr("New products only: item codes already in the store are problems"), false);
    m_existing->addItem(tr("Also update products whose item code is in the store (price lists)"), true);
    m_createMissing->setObjectName(QStringLiteral("importCreateMissing"));
    m_createMissing->setToolTip(tr("For a catalog exported from another store: each one is created with the code the "
                                   "file gives (rename it later) and recorded in the audit log."));
    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(10);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_encoding);

    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_phase->setProperty("secondary", true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumHeight(28);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_phase);
    progressRow->addWidget(m_progress, 1);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setProperty("heading", true);
    m_summary->setWordWrap(true);

    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    shell::setupTable(m_issues, 48);
    m_issues->setWordWrap(true);
    // Long messages wrap onto more lines rather than being cut off.
    m_issues->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->verticalHeader()->setMinimumSectionSize(48);
    QHeaderView *header = m_issues->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 170);
    header->setSectionResizeMode(3, QHeaderView::Stretch);

    m_nothing->setObjectName(QStringLiteral("importNothing"));
    m_import->setObjectName(QStringLiteral("importGood"));
    shell::Theme::setKind(m_import, QStringLiteral("primary"));
    // Sales history only: the batches imported so far, and taking one back.
    auto *batches = new QPushButton(tr("Imported batches…"), this);
    batches->setObjectName(QStringLiteral("importBatches"));
    batches->setVisible(false);
    connect(batches, &QPushButton::clicked, this, [this] {
        SalesHistoryBatchesDialog dialog(m_context, this);
        dialog.exec();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(batches);
    buttons->addStretch(1);
    buttons->addWidget(m_nothing);
    buttons->addWidget(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_kind);
    layout->addLayout(fileRow);
    layout->addWidget(m_existing);
    layout->addWidget(m_createMissing);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_path->text().isEmpty())
            check();
    });
    connect(m_kind, &QComboBox::activated, this, [this, hint, batches] {
        const bool history = kind() == Kind::SalesHistory;
        m_existing->setVisible(!history);
        m_createMissing->setVisible(!history);
        batches->setVisible(history);
        setWindowTitle(history ? tr("Import sales history") : tr("Import products"));
        hint->setText(history ? tr("The first row names the columns: date, sku (or barcode), quantity and optionally value "
                                   "(or 日期, 商品编码, 销量, 销售额): what each product sold on each day before Qtill. "
                                   "Every row is checked first; nothing is added until you choose.")
                              : tr("The first row names the columns (sku, barcode, name, price, … or 商品编码, 条码, 品名, 售价). "
                                   "Every row is checked first; nothing is added until you choose."));
        if (!m_path->text().isEmpty())
            check();
    });
    connect(m_existing, &QComboBox::activated, this, [this] {
        if (!m_path->text().isEmpty())
            check();
    });
    connect(m_createMissing, &QCheckBox::toggled, this, [this] {
        if (!m_path->text().isEmpty())
            check();
    });
    connect(m_nothing, &QPushButton::clicked, this, &ImportDialog::importNothing);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importGoodRows);

    // The importer (and its prepared statements) belongs to the worker's connection: end it there.
    m_task->setTeardown([jobs = m_jobs] {
        jobs->importer.reset();
        jobs->history = nullptr;
    });
    setState(State::ChooseFile);
}

ImportDialog::~ImportDialog()
{
    m_task.reset();   // waits for a running job, runs the teardown, closes the worker's store
}

void ImportDialog::chooseFile()
{
    const QString start = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    check();
}

QString ImportDialog::file() const
{
    return m_path->text();
}

void ImportDialog::setEncoding(CsvEncoding encoding)
{
    const int index = m_encoding->findData(int(encoding));
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
}

void ImportDialog::setKind(Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index < 0 || index == m_kind->currentIndex())
        return;
    m_kind->setCurrentIndex(index);
    Q_EMIT m_kind->activated(index);
}

ImportDialog::Kind ImportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ImportDialog::setUpdateExisting(bool update)
{
    m_existing->setCurrentIndex(update ? 1 : 0);
    if (!m_path->text().isEmpty())
        check();
}

void ImportDialog::setCreateMissing(bool create)
{
    m_createMissing->setChecked(create);   // toggled checks again when a file is open
}

bool ImportDialog::isBusy() const
{
    return m_task->isRunning() || m_checkAgain;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Checking || state == State::Importing;
    m_browse->setEnabled(!busy && state != State::Done);
    m_kind->setEnabled(!busy && state != State::Done);
    m_encoding->setEnabled(!busy && state != State::Done);
    m_existing->setEnabled(!busy && state != State::Done);
    m_createMissing->setEnabled(!busy && state != State::Done);
    m_phase->setVisible(busy || state == State::Done);
    m_progress->setVisible(busy || state == State::Done);
    m_issues->setVisible(state == State::Report || state == State::Done || state == State::Failed);
    m_import->setVisible(state == State::Report || state == State::Checking);
    m_import->setEnabled(state == State::Report && m_report.goodRows > 0);
    m_nothing->setEnabled(!busy || state == State::Checking);
    switch (state) {
    case State::ChooseFile:
        m_summary->setText(tr("Choose a CSV file to check."));
        m_nothing->setText(tr("Cancel"));
        break;
    case State::Checking:
        m_nothing->setText(tr("Import nothing"));
        break;
    case State::Report:
        m_nothing->setText(tr("Import nothing"));
        m_import->setText(m_report.isClean() ? tr("Import all %n row(s)", nullptr, m_report.goodRows)
                                             : tr("Import %n good row(s)", nullptr, m_report.goodRows));
        break;
    case State::Importing:
        break;
    case State::Done:
        m_nothing->setText(tr("Close"));
        m_nothing->setEnabled(true);
        break;
    case State::Failed:
        m_nothing->setText(tr("Close"));
        break;
    }
}

void ImportDialog::check()
{
    if (m_path->text().isEmpty() || m_state == State::Importing || m_state == State::Done)
        return;
    ++m_generation;   // the progress and report of a check still running are dropped
    m_report = {};
    m_issues->setRowCount(0);
    m_phase->setText(tr("Checking every row…"));
    m_progress->setRange(0, 0);   // busy until the first progress report says how many rows
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_path->text()).fileName()));
    setState(State::Checking);
    if (m_task->isRunning()) {   // one job at a time: check again when this one ends
        m_checkAgain = true;
        m_task->cancel();
        return;
    }
    startCheck();
}

void ImportDialog::startCheck()
{
    m_checkAgain = false;
    const int generation = m_generation;
    const CsvReader::Options options{.encoding = CsvEncoding(m_encoding->currentData().toInt())};
    const QString path = m_path->text();
    const auto existing = m_existing->currentData().toBool() ? ProductImporter::Existing::Update
                                                             : ProductImporter::Existing::Refuse;
    const bool history = kind() == Kind::SalesHistory;
    const bool createMissing = m_createMissing->isChecked();
    m_task->start<ImportReport>(
        [jobs = m_jobs, options, path, existing, createMissing, progress = progressFor(generation),
         history](Services &services, shell::TaskProgress &) -> Result<ImportReport> {
            if (history) {
                if (!jobs->history)
                    jobs->history = &InventoryServices::of(services).salesHistory();
                jobs->history->setProgress(progress);
                return jobs->history->validateFile(path, options);
            }
            if (!jobs->importer)
                jobs->importer = InventoryServices::of(services).newProductImporter();
            jobs->importer->setProgress(progress);
            jobs->importer->setExisting(existing);
            jobs->importer->setCreateMissing(createMissing);
            return jobs->importer->validateFile(path, options);
        },
        [this, generation](const Result<ImportReport> &report) {
            if (m_checkAgain)
                startCheck();
            else if (generation == m_generation)
                showReport(report);
        });
}

ImportProgress ImportDialog::progressFor(int generation)
{
    QPointer<ImportDialog> self(this);
    return [self, generation](ImportPhase phase, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, phase, done, total] {
                if (self && self->m_generation == generation)
                    self->showProgress(phase, done, total);
            },
            Qt::QueuedConnection);
    };
}

void ImportDialog::showProgress(ImportPhase phase, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_phase->setText(phase == ImportPhase::Validating ? tr("Checking row %1 of %2").arg(done).arg(total)
                                                      : tr("Importing row %1 of %2").arg(done).arg(total));
    // QProgressBar counts in int: scale big files.
    const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(done / scale));
}

void ImportDialog::showReport(const Result<ImportReport> &report)
{
    if (!report) {
        m_report = {};
        m_summary->setText(report.error().message);
        m_issues->setRowCount(0);
        setState(State::Failed);
        m_nothing->setText(tr("Close"));
        m_browse->setEnabled(true);
        m_encoding->setEnabled(true);
        m_import->setVisible(false);
        m_phase->setVisible(false);
        m_progress->setVisible(false);
        return;
    }
    m_report = *report;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QString text = tr("%n row(s) checked (%1): ", nullptr, m_report.totalRows).arg(m_report.fileEncoding);
    if (m_report.totalRows == 0)
        text = tr("The file has no rows to import.");
    else if (m_report.isClean())
        text += tr("all good.");
    else
        text += tr("%n good, ", nullptr, m_report.goodRows) + tr("%n with problems.", nullptr, m_report.badRows);
    m_summary->setText(text);
    m_issues->setRowCount(int(m_report.issues.size()));
    for (int row = 0; row < m_report.issues.size(); ++row) {
        const ImportIssue &issue = m_report.issues.at(row);
        QTableWidgetItem *rowItem = cell(QString::number(issue.row));
        rowItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(row, 0, rowItem);
        m_issues->setItem(row, 1, cell(issue.column.isEmpty() ? tr("(whole row)") : issue.column));
        m_issues->setItem(row, 2, cell(issue.value));
        QTableWidgetItem *message = cell(issue.message);
        message->setForeground(shell::Theme::kDanger);
        m_issues->setItem(row, 3, message);
    }
    setState(State::Report);
    m_phase->setVisible(false);
    m_progress->setVisible(false);
}

void ImportDialog::importNothing()
{
    if (m_state == State::Done) {
        accept();
        return;
    }
    if (m_state == State::Importing)
        return;
    ++m_generation;   // a check still running is forgotten
    m_checkAgain = false;
    if (m_state == State::Report)
        m_context.showMessage(tr("Nothing was imported."), shell::ShellContext::Severity::Info);
    reject();
}

void ImportDialog::reject()
{
    if (m_state == State::Importing)
        return;
    ++m_generation;   // a check still running is forgotten
    m_checkAgain = false;
    QDialog::reject();
}

void ImportDialog::importGoodRows()
{
    if (m_state != State::Report || m_report.goodRows <= 0 || m_task->isRunning())
        return;
    const bool history = kind() == Kind::SalesHistory;
    const QString fileName = QFileInfo(m_path->text()).fileName();
    const std::optional<Session> acting = shell::actingSession(
        m_context, ImportPermissions::kImport,
        history ? tr("Import %n day(s) of product sales from %1", nullptr, m_report.goodRows).arg(fileName)
                : tr("Import %n product(s) from %1", nullptr, m_report.goodRows).arg(fileName),
        this);
    if (!acting)
        return;
    const Session session = *acting;
    const ProductImporter::Mode mode =
        m_report.isClean() ? ProductImporter::Mode::AllOrNothing : ProductImporter::Mode::GoodRowsOnly;
    const int generation = ++m_generation;
    m_phase->setText(tr("Importing…"));
    m_progress->setRange(0, 0);
    setState(State::Importing);
    m_summary->setText(tr("Importing %n row(s)… Nothing is saved until the last one is in.", nullptr, m_report.goodRows));

    const ImportProgress progress = progressFor(generation);
    if (history) {
        m_task->start<SalesHistoryImportResult>(
            [jobs = m_jobs, session, mode, progress, fileName](Services &, shell::TaskProgress &)
                -> Result<SalesHistoryImportResult> {
                if (!jobs->history)
                    return Error::internal(tr("The import could not start."));
                jobs->history->setProgress(progress);
                return jobs->history->import(session, mode, fileName);
            },
            [this](const Result<SalesHistoryImportResult> &result) { showHistoryResult(result); });
        return;
    }
    m_task->start<ImportResult>(
        [jobs = m_jobs, session, mode, progress](Services &, shell::TaskProgress &) -> Result<ImportResult> {
            if (!jobs->importer)
                return Error::internal(tr("The import could not start."));
            jobs->importer->setProgress(progress);
            return jobs->importer->import(session, mode);
        },
        [this](const Result<ImportResult> &result) { showResult(result); });
}

void ImportDialog::showFailure(const Error &error)
{
    m_summary->setText(tr("Nothing was imported: %1").arg(error.message));
    m_context.showMessage(error.message, shell::ShellContext::Severity::Error);
    setState(State::Failed);
    m_phase->setVisible(false);
    m_progress->setVisible(false);
}

void ImportDialog::showHistoryResult(const Result<SalesHistoryImportResult> &result)
{
    if (!result) {
        showFailure(result.error());
        return;
    }
    m_historyResult = *result;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_phase->setText(tr("Done"));
    QString text = tr("Imported %n day(s) of product sales", nullptr, result->rows)
                   + tr(" from %1 to %2 as %3.")
                         .arg(QLocale().toString(result->from, QLocale::ShortFormat),
                              QLocale().toString(result->to, QLocale::ShortFormat), result->batch);
    if (result->skippedRows > 0)
        text += QLatin1Char(' ') + tr("%n row(s) with problems left out.", nullptr, result->skippedRows);
    m_summary->setText(text);
    setState(State::Done);
    m_context.showMessage(text, shell::ShellContext::Severity::Info);
}

void ImportDialog::showResult(const Result<ImportResult> &result)
{
    if (!result) {
        showFailure(result.error());
        return;
    }
    m_result = *result;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_phase->setText(tr("Done"));
    QString text = tr("Added %n product(s)", nullptr, result->products)
                   + tr(" with %n barcode(s).", nullptr, result->barcodes);
    if (result->updated > 0)
        text += QLatin1Char(' ') + tr("Updated %n product(s)", nullptr, result->updated)
                + tr(", %n with a new price.", nullptr, result->pricesChanged);
    if (result->skippedRows > 0)
        text += QLatin1Char(' ') + tr("%n row(s) with problems left out.", nullptr, result->skippedRows);
    if (result->brandsAdded > 0)
        text += QLatin1Char(' ') + tr("%n new brand(s).", nullptr, result->brandsAdded);
    if (result->categoriesAdded > 0)
        text += QLatin1Char(' ') + tr("%n new categor(y/ies).", nullptr, result->categoriesAdded);
    if (result->departmentsAdded > 0)
        text += QLatin1Char(' ') + tr("%n new department(s).", nullptr, result->departmentsAdded);
    m_summary->setText(text);
    setState(State::Done);
    m_context.showMessage(text, shell::ShellContext::Severity::Info);
    Q_EMIT imported(*result);
}

} // namespace qtill::inventory
