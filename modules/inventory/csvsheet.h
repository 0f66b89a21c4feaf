#pragma once

#include "csvreader.h"
#include "productimporter.h"

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qtill::inventory {

/// One column an import understands: its key (written by the export), the headings people type for it
/// (Chinese included) and whether a file must have it.
struct CsvColumnSpec
{
    QString key;
    QStringList aliases;
    bool required = false;
};

/// A CSV document seen through a list of column specs: which file column holds which field, the
/// cells by field, and the row-by-row report being built. Every import reads its file through one
/// (products with ProductCsv::columns(); see ImportRun for the steps they share): headings match key or
/// alias trimmed and case-insensitively, unknown columns are ignored, a field named by two columns or a
/// required field without a column is an error for the whole file.
class CsvSheet
{
public:
    /// Maps the header; the Error names what is missing or doubled.
    static Result<CsvSheet> map(const CsvDocument &document, const QList<CsvColumnSpec> &columns);

    bool has(int column) const { return m_index.at(column) >= 0; }
    /// The trimmed cell of `column` in `record`; empty when the file has no such column.
    QString cell(const CsvRecord &record, int column) const;
    /// The heading as written in the file (the key when the file lacks the column).
    QString heading(int column) const;

    /// Adds the whole-row problems of a record (malformed quotes, more values than columns) to
    /// `report`; false when there were any.
    bool checkRecord(const CsvRecord &record, ImportReport &report) const;
    /// Adds one issue about `column` (or the whole row when column < 0).
    void addIssue(ImportReport &report, int row, int column, const QString &value, const QString &message) const;

    /// The header line for an export: every key in order.
    static QStringList keys(const QList<CsvColumnSpec> &columns);

    /// A yes/no cell: 1/0, yes/no, y/n, true/false, 是/否 (any case); an empty cell is `empty`;
    /// nullopt for anything else.
    static std::optional<bool> parseFlag(const QString &text, bool empty = false);
    /// Whether what validate() found may be written in `mode` (the rule every importer shares): Ok, or
    /// InvalidInput when nothing was validated, when AllOrNothing meets bad rows, or when no row is good.
    static Status checkImportable(const ImportReport &report, bool validated, ProductImporter::Mode mode);

private:
    const CsvDocument *m_document = nullptr;
    QList<CsvColumnSpec> m_columns;
    QList<int> m_index;
};

} // namespace qtill::inventory
