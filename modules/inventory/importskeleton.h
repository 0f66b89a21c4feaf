#pragma once

#include "csvreader.h"
#include "csvsheet.h"
#include "productimporter.h"

#include "core/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// One record being checked: its cells (through the file's CsvSheet) and the issues the column
/// validators find, filed in the report under the record's spreadsheet row. The validators of every
/// import take one of these (or a struct holding one) and check one column each.
class RowCheck
{
public:
    RowCheck(const CsvSheet &sheet, const CsvRecord &record, ImportReport &report)
        : m_sheet(sheet), m_record(record), m_report(report), m_issuesBefore(report.issues.size())
    {
    }

    /// The spreadsheet row (the header is row 1).
    int row() const { return m_record.row; }
    const CsvRecord &record() const { return m_record; }
    const CsvSheet &sheet() const { return m_sheet; }
    ImportReport &report() { return m_report; }
    /// Whether the file has `column`.
    bool has(int column) const { return m_sheet.has(column); }
    /// The trimmed cell; empty when the file lacks the column.
    QString cell(int column) const { return m_sheet.cell(m_record, column); }
    /// A problem with `column` (the whole row when column < 0).
    void issue(int column, const QString &value, const QString &message)
    {
        m_sheet.addIssue(m_report, m_record.row, column, value, message);
    }
    /// Whether no problem was found in this record since the check began.
    bool clean() const { return m_report.issues.size() == m_issuesBefore; }

private:
    const CsvSheet &m_sheet;
    const CsvRecord &m_record;
    ImportReport &m_report;
    qsizetype m_issuesBefore;
};

/// The shape every import shares — check → report → write — so that the product, stock, supplier and
/// sales-history imports differ only in their columns, their validators and what they write:
///
///  1. check: begin() starts the report, CsvSheet::map() reads the header, checkRecords() runs the
///     whole-row checks (CsvSheet::checkRecord) and then the importer's validators on every record
///     (each makes one Row); the importer may then check across rows (duplicates, the store).
///  2. report: finish() puts the issues in row order, marks every row that has one bad, counts good
///     and bad rows, reports the end of the check and allows one write.
///  3. write: write() checks the permissions and CsvSheet::checkImportable(), then runs the importer's
///     writer (rows and its audit entry) in ONE transaction: an import is never half done.
///
/// `Row` is the importer's own row type; it needs `int row` and `bool good`.
template<typename Row>
struct ImportRun
{
    ImportReport report;
    QList<Row> rows;
    bool validated = false;   ///< true between a finished check and its write

    /// Forgets the last check.
    void reset()
    {
        report = ImportReport{};
        rows.clear();
        validated = false;
    }

    /// Step 1 begins: forgets the last check and starts the report of `document`.
    void begin(const CsvDocument &document)
    {
        reset();
        report.fileEncoding = csvEncodingName(document.encoding);
        report.totalRows = int(document.records.size());
    }

    /// Step 2 (see the class notes).
    void finish(const ImportProgress &progress);
};

namespace ImportSkeleton {

/// Progress is reported every this many rows.
constexpr int kProgressEvery = 1000;

/// Sorts the issues by row (stable: a row's issues keep their order) and returns the rows that have any.
QSet<int> sortIssues(ImportReport &report);

/// Step 1 for every record of `document`: the whole-row checks, then `check(RowCheck &)`, which
/// returns the record's Row (its `row` is set here); progress every kProgressEvery rows.
template<typename Row, typename Check>
void checkRecords(const CsvSheet &sheet, const CsvDocument &document, ImportRun<Row> &run,
                  const ImportProgress &progress, Check &&check)
{
    run.rows.reserve(document.records.size());
    for (qsizetype i = 0; i < document.records.size(); ++i) {
        const CsvRecord &record = document.records.at(i);
        RowCheck rowCheck(sheet, record, run.report);
        sheet.checkRecord(record, run.report);
        Row row = check(rowCheck);
        row.row = record.row;
        run.rows << std::move(row);
        if (progress && (i + 1) % kProgressEvery == 0)
            progress(ImportPhase::Validating, i + 1, run.report.totalRows);
    }
}

/// Step 3: `actor` must hold every permission of `permissions` (in that order), the last check must
/// allow `mode`; then `write` runs in one transaction of the store. On success `validated` becomes
/// false: the same rows cannot be written twice.
Status write(Services &services, const Session &actor, const QStringList &permissions, const ImportReport &report,
             bool &validated, ProductImporter::Mode mode, const std::function<Status()> &write);

/// The audit entry of an import or export (outcome ok), inside the caller's transaction.
Status audit(Services &services, const Session &actor, const QString &action, const QString &target,
             const QString &detail);

} // namespace ImportSkeleton

template<typename Row>
void ImportRun<Row>::finish(const ImportProgress &progress)
{
    const QSet<int> bad = ImportSkeleton::sortIssues(report);
    for (Row &row : rows) {
        row.good = !bad.contains(row.row);
        (row.good ? report.goodRows : report.badRows) += 1;
    }
    if (progress)
        progress(ImportPhase::Validating, report.totalRows, report.totalRows);
    validated = true;
}

} // namespace qtill::inventory
