// qtillctl products|stock|suppliers import | export and sales history import | export: CSV files of the catalog,
// stock, suppliers and the sales before Qtill, with a progress line and the row-by-row report.
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/exporter.h"
#include "inventory/inventoryservices.h"
#include "inventory/productimporter.h"
#include "inventory/saleshistory.h"
#include "inventory/stockimporter.h"
#include "inventory/supplierimporter.h"

#include "core/services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <functional>

namespace qtill::cli {

namespace {

/// "Checking 45,000 of 100,000 rows (45%)" on stderr, rewritten in place; a newline when done.
class ProgressLine
{
public:
    void operator()(inventory::ImportPhase phase, qint64 done, qint64 total)
    {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (phase == m_phase && percent == m_percent)
            return;
        if (phase != m_phase && m_percent >= 0)
            finish();
        m_phase = phase;
        m_percent = percent;
        const QString label = phase == inventory::ImportPhase::Validating ? tr("Checking") : tr("Writing");
        const QString line = QStringLiteral("\r%1 %2 of %3 rows (%4%)").arg(label).arg(done).arg(total).arg(percent);
        write(line);
        if (done >= total)
            finish();
    }

    void finish()
    {
        if (m_percent >= 0)
            write(QStringLiteral("\n"));
        m_percent = -1;
    }

private:
    static void write(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    inventory::ImportPhase m_phase = inventory::ImportPhase::Validating;
    int m_percent = -1;
};

QJsonObject reportJson(const QString &file, const inventory::ImportReport &report)
{
    QJsonArray issues;
    for (const inventory::ImportIssue &i : report.issues) {
        issues.append(QJsonObject{{QStringLiteral("row"), i.row},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("value"), i.value},
                                  {QStringLiteral("message"), i.message}});
    }
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("encoding"), report.fileEncoding},
                       {QStringLiteral("totalRows"), report.totalRows},
                       {QStringLiteral("goodRows"), report.goodRows},
                       {QStringLiteral("badRows"), report.badRows},
                       {QStringLiteral("issues"), issues}};
}

/// One kind of import, seen the same way by runImport.
struct ImportJob
{
    std::function<void(inventory::ImportProgress)> setProgress;
    std::function<Result<inventory::ImportReport>(const QString &, const inventory::CsvReader::Options &)> validate;
    /// Imports; the sentence for the terminal and the numbers for --json.
    std::function<Result<std::pair<QString, QJsonObject>>(const Session &, inventory::ProductImporter::Mode)> import;
};

ImportJob productJob(Services &services, bool update, bool createMissing)
{
    std::shared_ptr<inventory::ProductImporter> importer
        = inventory::InventoryServices::of(services).newProductImporter();
    importer->setExisting(update ? inventory::ProductImporter::Existing::Update : inventory::ProductImporter::Existing::Refuse);
    importer->setCreateMissing(createMissing);
    return {[importer](inventory::ImportProgress p) { importer->setProgress(std::move(p)); },
            [importer](const QString &file, const inventory::CsvReader::Options &o) { return importer->validateFile(file, o); },
            [importer](const Session &actor, inventory::ProductImporter::Mode mode) -> Result<std::pair<QString, QJsonObject>> {
                auto r = importer->import(actor, mode);
                if (!r)
                    return r.error();
                QString sentence = tr("Imported %1 new products and updated %2 (%3 new prices) with %4 barcodes; %5 rows skipped.")
                                       .arg(r->products)
                                       .arg(r->updated)
                                       .arg(r->pricesChanged)
                                       .arg(r->barcodes)
                                       .arg(r->skippedRows);
                if (r->categoriesAdded > 0 || r->departmentsAdded > 0 || r->brandsAdded > 0) {
                    sentence += QLatin1Char(' ') + tr("Created %1 categories, %2 departments and %3 brands the file named.")
                                                       .arg(r->categoriesAdded)
                                                       .arg(r->departmentsAdded)
                                                       .arg(r->brandsAdded);
                }
                return std::pair(sentence, QJsonObject{{QStringLiteral("products"), r->products},
                                                       {QStringLiteral("updated"), r->updated},
                                                       {QStringLiteral("pricesChanged"), r->pricesChanged},
                                                       {QStringLiteral("barcodes"), r->barcodes},
                                                       {QStringLiteral("skippedRows"), r->skippedRows},
                                                       {QStringLiteral("categoriesAdded"), r->categoriesAdded},
                                                       {QStringLiteral("departmentsAdded"), r->departmentsAdded},
                                                       {QStringLiteral("brandsAdded"), r->brandsAdded}});
            }};
}

ImportJob stockJob(Services &services)
{
    std::shared_ptr<inventory::StockImporter> importer
        = inventory::InventoryServices::of(services).newStockImporter();
    return {[importer](inventory::ImportProgress p) { importer->setProgress(std::move(p)); },
            [importer](const QString &file, const inventory::CsvReader::Options &o) { return importer->validateFile(file, o); },
            [importer](const Session &actor, inventory::ProductImporter::Mode mode) -> Result<std::pair<QString, QJsonObject>> {
                auto r = importer->import(actor, mode);
                if (!r)
                    return r.error();
                return std::pair(tr("Booked %1 stock movements; %2 rows matched the stock already; %3 rows skipped.")
                                     .arg(r->movements)
                                     .arg(r->unchanged)
                                     .arg(r->skippedRows),
                                 QJsonObject{{QStringLiteral("movements"), r->movements},
                                             {QStringLiteral("unchanged"), r->unchanged},
                                             {QStringLiteral("skippedRows"), r->skippedRows}});
            }};
}

ImportJob supplierJob(Services &services)
{
    std::shared_ptr<inventory::SupplierImporter> importer
        = inventory::InventoryServices::of(services).newSupplierImporter();
    return {[importer](inventory::ImportProgress p) { importer->setProgress(std::move(p)); },
            [importer](const QString &file, const inventory::CsvReader::Options &o) { return importer->validateFile(file, o); },
            [importer](const Session &actor, inventory::ProductImporter::Mode mode) -> Result<std::pair<QString, QJsonObject>> {
                auto r = importer->import(actor, mode);
                if (!r)
                    return r.error();
                return std::pair(tr("Added %1 suppliers, updated %2, set %3 supplier items; %4 rows skipped.")
                                     .arg(r->suppliersAdded)
                                     .arg(r->suppliersUpdated)
                                     .arg(r->items)
                                     .arg(r->skippedRows),
                                 QJsonObject{{QStringLiteral("suppliersAdded"), r->suppliersAdded},
                                             {QStringLiteral("suppliersUpdated"), r->suppliersUpdated},
                                             {QStringLiteral("items"), r->items},
                                             {QStringLiteral("skippedRows"), r->skippedRows}});
            }};
}

ImportJob salesHistoryJob(Services &services, const QString &file)
{
    inventory::SalesHistory *history = &inventory::InventoryServices::of(services).salesHistory();
    const QString source = QFileInfo(file).fileName();
    return {[history](inventory::ImportProgress p) { history->setProgress(std::move(p)); },
            [history](const QString &path, const inventory::CsvReader::Options &o) { return history->validateFile(path, o); },
            [history, source](const Session &actor, inventory::ProductImporter::Mode mode) -> Result<std::pair<QString, QJsonObject>> {
                auto r = history->import(actor, mode, source);
                if (!r)
                    return r.error();
                return std::pair(tr("Imported %1 rows of daily sales (%2 to %3) as batch %4; %5 rows skipped.")
                                     .arg(r->rows)
                                     .arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate), r->batch)
                                     .arg(r->skippedRows),
                                 QJsonObject{{QStringLiteral("batch"), r->batch},
                                             {QStringLiteral("rows"), r->rows},
                                             {QStringLiteral("from"), r->from.toString(Qt::ISODate)},
                                             {QStringLiteral("to"), r->to.toString(Qt::ISODate)},
                                             {QStringLiteral("skippedRows"), r->skippedRows}});
            }};
}

int runImport(Context &context, const QString &what, const QString &file)
{
    const Args &args = context.args();
    inventory::CsvReader::Options options;
    if (args.has(QStringLiteral("encoding"))) {
        bool ok = false;
        options.encoding = inventory::csvEncodingFromName(args.value(QStringLiteral("encoding")), &ok);
        if (!ok)
            return context.usage(tr("Unknown encoding \"%1\"; use utf-8 or gb18030.").arg(args.value(QStringLiteral("encoding"))));
    }
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    const bool goodRowsOnly = args.flag(QStringLiteral("good-rows-only"));

    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    // Sign in first, so a long check does not end in a PIN prompt.
    std::optional<Session> actor;
    if (!dryRun) {
        auto signedIn = context.actor();
        if (!signedIn)
            return context.fail(signedIn.error());
        actor = *signedIn;
    }

    ProgressLine progress;
    Services &services = **opened;
    ImportJob job = what == QLatin1String("sales")       ? salesHistoryJob(services, file)
                    : what == QLatin1String("stock")     ? stockJob(services)
                    : what == QLatin1String("suppliers") ? supplierJob(services)
                                                         : productJob(services, args.flag(QStringLiteral("update")),
                                                                      args.flag(QStringLiteral("create-missing")));
    job.setProgress([&progress](inventory::ImportPhase phase, qint64 done, qint64 total) { progress(phase, done, total); });
    auto report = job.validate(file, options);
    progress.finish();
    if (!report)
        return context.fail(report.error());

    QJsonObject json = reportJson(file, *report);
    if (!report->issues.isEmpty()) {
        Table table({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
        for (const inventory::ImportIssue &i : std::as_const(report->issues))
            table.addRow({QString::number(i.row), i.column, i.value, i.message});
        context.say(table.toString());
    }
    context.say(tr("%1 (%2): %3 rows, %4 good, %5 with problems.")
                    .arg(QFileInfo(file).fileName(), report->fileEncoding)
                    .arg(report->totalRows)
                    .arg(report->goodRows)
                    .arg(report->badRows));

    int exitCode = kExitOk;
    if (dryRun) {
        context.say(tr("Dry run: nothing was imported."));
        if (!report->isClean() && !(goodRowsOnly && report->goodRows > 0))
            exitCode = kExitError;
    } else if (!report->isClean() && !goodRowsOnly) {
        context.say(tr("Nothing was imported. Fix the rows above, or run again with --good-rows-only to import the %1 good rows.")
                        .arg(report->goodRows));
        exitCode = kExitError;
    } else {
        auto result = job.import(*actor, goodRowsOnly ? inventory::ProductImporter::Mode::GoodRowsOnly
                                                      : inventory::ProductImporter::Mode::AllOrNothing);
        progress.finish();
        if (!result) {
            if (context.json())
                context.printJson(json);
            return context.fail(result.error());
        }
        json.insert(QStringLiteral("imported"), result->second);
        context.say(result->first);
    }
    if (context.json())
        context.printJson(json);
    return exitCode;
}

int runExport(Context &context, const QString &what, const QString &file)
{
    const Args &args = context.args();
    inventory::CsvWriter::Options options;
    if (args.has(QStringLiteral("encoding"))) {
        bool ok = false;
        options.encoding = inventory::csvEncodingFromName(args.value(QStringLiteral("encoding")), &ok);
        if (!ok)
            return context.usage(tr("Unknown encoding \"%1\"; use utf-8 or gb18030.").arg(args.value(QStringLiteral("encoding"))));
    }
    if (args.flag(QStringLiteral("no-bom")))
        options.bom = false;
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    Result<int> written = 0;
    QString sentence;
    if (what == QLatin1String("products")) {
        ProgressLine progress;
        const std::unique_ptr<inventory::Exporter> exporter = inventory::InventoryServices::of(**opened).newExporter();
        exporter->setProgress([&progress](inventory::ImportPhase phase, qint64 done, qint64 total) { progress(phase, done, total); });
        written = exporter->exportProductsToFile(*actor, file, options);
        progress.finish();
        sentence = tr("Exported %1 products to %2.");
    } else {
        inventory::CsvWriter writer(options);
        if (what == QLatin1String("sales")) {
            written = inventory::SalesHistory::exportHistory(**opened, *actor, writer);
            sentence = tr("Exported %1 rows of daily sales to %2.");
        } else if (what == QLatin1String("stock")) {
            written = inventory::StockImporter::exportStock(**opened, *actor, writer);
            sentence = tr("Exported %1 stock balances to %2.");
        } else if (args.flag(QStringLiteral("items"))) {
            written = inventory::SupplierImporter::exportSupplierItems(**opened, *actor, writer);
            sentence = tr("Exported %1 supplier items to %2.");
        } else {
            written = inventory::SupplierImporter::exportSuppliers(**opened, *actor, writer);
            sentence = tr("Exported %1 suppliers to %2.");
        }
        if (written) {
            if (Status saved = writer.save(file); !saved)
                return context.fail(saved.error());
        }
    }
    if (!written)
        return context.fail(written.error());
    context.say(sentence.arg(*written).arg(file));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("rows"), *written}});
    return kExitOk;
}

/// sales history batches | remove NUMBER: the imported batches, and taking one back.
int runHistoryBatches(Context &context, const QString &sub, const QString &number)
{
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    inventory::SalesHistory &history = inventory::InventoryServices::of(**opened).salesHistory();
    if (sub == QLatin1String("remove")) {
        auto removed = history.removeBatch(*actor, number);
        if (!removed)
            return context.fail(removed.error());
        context.say(tr("Removed batch %1: %2 rows of daily sales.").arg(number.trimmed().toUpper()).arg(*removed));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("batch"), number.trimmed().toUpper()}, {QStringLiteral("rows"), *removed}});
        return kExitOk;
    }
    auto batches = history.batches(*actor);
    if (!batches)
        return context.fail(batches.error());
    QJsonArray rows;
    Table table({tr("Batch"), tr("Imported"), tr("From"), tr("To"), tr("Rows"), tr("Source")});
    for (const inventory::SalesHistoryBatch &b : std::as_const(*batches)) {
        table.addRow({b.number, b.importedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.from.toString(Qt::ISODate),
                      b.to.toString(Qt::ISODate), QString::number(b.rows), b.source});
        rows.append(QJsonObject{{QStringLiteral("batch"), b.number},
                                {QStringLiteral("importedAt"), jsonTime(b.importedAt)},
                                {QStringLiteral("from"), b.from.toString(Qt::ISODate)},
                                {QStringLiteral("to"), b.to.toString(Qt::ISODate)},
                                {QStringLiteral("rows"), b.rows},
                                {QStringLiteral("source"), b.source}});
    }
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("batches"), rows}});
    else
        context.say(batches->isEmpty() ? tr("No sales history has been imported.") : table.toString());
    return kExitOk;
}

} // namespace

int runImportExport(Context &context)
{
    const Args &args = context.args();
    const QString what = args.word(0);
    if (what == QLatin1String("sales")) {
        // sales history import | export FILE, sales history batches, sales history remove NUMBER
        const QString sub = args.word(2);
        if (args.word(1) == QLatin1String("history") && ((sub == QLatin1String("batches") && args.words().size() == 3)
                                                          || (sub == QLatin1String("remove") && args.words().size() == 4)))
            return runHistoryBatches(context, sub, args.word(3));
        if (args.words().size() != 4 || args.word(1) != QLatin1String("history")
            || (sub != QLatin1String("import") && sub != QLatin1String("export"))) {
            return context.usage(tr("Use: sales history import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]"
                                    " | sales history export FILE [--encoding utf-8|gb18030] [--no-bom]"
                                    " | sales history batches | sales history remove BATCH"));
        }
        return sub == QLatin1String("import") ? runImport(context, what, args.word(3)) : runExport(context, what, args.word(3));
    }
    const QString sub = args.word(1);
    if (args.words().size() != 3 || (sub != QLatin1String("import") && sub != QLatin1String("export"))) {
        return context.usage(tr("Use: %1 import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]"
                                " | %1 export FILE [--encoding utf-8|gb18030] [--no-bom]").arg(what));
    }
    return sub == QLatin1String("import") ? runImport(context, what, args.word(2)) : runExport(context, what, args.word(2));
}

} // namespace qtill::cli
