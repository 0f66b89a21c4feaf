// qtillctl products import | export: CSV files of the catalog, with a progress line and the row report.
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/exporter.h"
#include "inventory/productimporter.h"

#include "core/services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

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

int runImport(Context &context, const QString &file)
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
    inventory::ProductImporter importer(**opened);
    importer.setProgress([&progress](inventory::ImportPhase phase, qint64 done, qint64 total) { progress(phase, done, total); });
    auto report = importer.validateFile(file, options);
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
        auto result = importer.import(*actor, goodRowsOnly ? inventory::ProductImporter::Mode::GoodRowsOnly
                                                          : inventory::ProductImporter::Mode::AllOrNothing);
        progress.finish();
        if (!result) {
            if (context.json())
                context.printJson(json);
            return context.fail(result.error());
        }
        json.insert(QStringLiteral("imported"), QJsonObject{{QStringLiteral("products"), result->products},
                                                            {QStringLiteral("barcodes"), result->barcodes},
                                                            {QStringLiteral("skippedRows"), result->skippedRows}});
        context.say(tr("Imported %1 products with %2 barcodes; %3 rows skipped.")
                        .arg(result->products)
                        .arg(result->barcodes)
                        .arg(result->skippedRows));
    }
    if (context.json())
        context.printJson(json);
    return exitCode;
}

int runExport(Context &context, const QString &file)
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
    ProgressLine progress;
    inventory::Exporter exporter(**opened);
    exporter.setProgress([&progress](inventory::ImportPhase phase, qint64 done, qint64 total) { progress(phase, done, total); });
    auto written = exporter.exportProductsToFile(*actor, file, options);
    progress.finish();
    if (!written)
        return context.fail(written.error());
    context.say(tr("Exported %1 products to %2.").arg(*written).arg(file));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("products"), *written}});
    return kExitOk;
}

} // namespace

int runProductsImportExport(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    if (args.words().size() != 3 || (sub != QLatin1String("import") && sub != QLatin1String("export"))) {
        return context.usage(tr("Use: products import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]"
                                " | products export FILE [--encoding utf-8|gb18030] [--no-bom]"));
    }
    return sub == QLatin1String("import") ? runImport(context, args.word(2)) : runExport(context, args.word(2));
}

} // namespace qtill::cli
