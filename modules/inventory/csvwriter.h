#pragma once

#include "csvreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace qtill::inventory {

/// Writes CSV that CsvReader, Excel and WPS read back unchanged: CRLF line ends, a field quoted when it
/// holds the delimiter, a quote, a line break or leading/trailing spaces, quotes inside written twice.
///
/// UTF-8 with a byte-order mark (the default) is what makes Excel on Windows show Chinese correctly;
/// GB18030 is for older systems that want it.
class CsvWriter
{
public:
    struct Options
    {
        CsvEncoding encoding = CsvEncoding::Utf8;   ///< Auto is taken as UTF-8
        bool bom = true;                            ///< UTF-8 only
        QChar delimiter = QLatin1Char(',');
    };

    CsvWriter() : CsvWriter(Options{}) {}
    explicit CsvWriter(const Options &options);

    void addRow(const QStringList &fields);
    /// Rows written so far (header included).
    int rowCount() const { return m_rows; }

    /// The encoded bytes (BOM first when asked for).
    QByteArray bytes() const;
    /// Writes bytes() to `path` atomically (QSaveFile). Storage error naming the file on failure.
    Status save(const QString &path) const;

    /// One field as it is written (quoted when needed).
    static QString escape(const QString &field, QChar delimiter = QLatin1Char(','));

private:
    Options m_options;
    QString m_text;
    int m_rows = 0;
};

} // namespace qtill::inventory
