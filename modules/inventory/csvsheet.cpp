#include "csvsheet.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::CsvSheet", text);
}

} // namespace

Result<CsvSheet> CsvSheet::map(const CsvDocument &document, const QList<CsvColumnSpec> &columns)
{
    CsvSheet sheet;
    sheet.m_document = &document;
    sheet.m_columns = columns;
    sheet.m_index = QList<int>(columns.size(), -1);
    for (qsizetype i = 0; i < document.header.size(); ++i) {
        const QString heading = document.header.at(i).trimmed();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const CsvColumnSpec &spec = columns.at(c);
            const bool match = heading.compare(spec.key, Qt::CaseInsensitive) == 0
                               || spec.aliases.contains(heading, Qt::CaseInsensitive);
            if (!match)
                continue;
            if (sheet.m_index[c] >= 0) {
                return Error::invalidInput(tr("The columns \"%1\" and \"%2\" both mean %3. Remove one of them.")
                                               .arg(document.header.at(sheet.m_index[c]), heading, spec.key));
            }
            sheet.m_index[c] = int(i);
            break;
        }
    }
    QStringList missing;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).required && sheet.m_index.at(c) < 0)
            missing << columns.at(c).key;
    }
    if (!missing.isEmpty()) {
        return Error::invalidInput(tr("The file has no column for: %1. The first row must name the columns, e.g. %2.")
                                       .arg(missing.join(QStringLiteral(", ")), keys(columns).join(QLatin1Char(','))));
    }
    return sheet;
}

QString CsvSheet::cell(const CsvRecord &record, int column) const
{
    const int i = m_index.at(column);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

QString CsvSheet::heading(int column) const
{
    const int i = m_index.at(column);
    return i >= 0 ? m_document->header.at(i) : m_columns.at(column).key;
}

bool CsvSheet::checkRecord(const CsvRecord &record, ImportReport &report) const
{
    bool ok = true;
    if (!record.problem.isEmpty()) {
        addIssue(report, record.row, -1, {}, record.problem);
        ok = false;
    }
    if (record.fields.size() > m_document->header.size()) {
        addIssue(report, record.row, -1, {},
                 tr("This row has %1 values but the header has %2 columns. A value that contains a comma must be put "
                    "in double quotes.")
                     .arg(record.fields.size())
                     .arg(m_document->header.size()));
        ok = false;
    }
    return ok;
}

void CsvSheet::addIssue(ImportReport &report, int row, int column, const QString &value, const QString &message) const
{
    report.issues << ImportIssue{row, column >= 0 ? heading(column) : QString(), value, message};
}

std::optional<bool> CsvSheet::parseFlag(const QString &text, bool empty)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return empty;
    if (t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true")
        || t == QStringLiteral("是"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false")
        || t == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

Status CsvSheet::checkImportable(const ImportReport &report, bool validated, ProductImporter::Mode mode)
{
    if (!validated)
        return Error::invalidInput(tr("Check the file before importing it."));
    if (mode == ProductImporter::Mode::AllOrNothing && !report.isClean()) {
        return Error::invalidInput(QCoreApplication::translate(
            "qtill::inventory::CsvSheet",
            "%n row(s) have problems, so nothing was imported. Fix them or import only the good rows.", nullptr,
            report.badRows));
    }
    if (report.goodRows == 0)
        return Error::invalidInput(tr("The file has no rows that can be imported."));
    return {};
}

QStringList CsvSheet::keys(const QList<CsvColumnSpec> &columns)
{
    QStringList out;
    for (const CsvColumnSpec &c : columns)
        out << c.key;
    return out;
}

} // namespace qtill::inventory
