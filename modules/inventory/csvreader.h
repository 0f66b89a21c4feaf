#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::inventory {

/// The text encodings a shop's CSV files come in: UTF-8 (with or without a byte-order mark) from
/// most software, GB18030 (GBK) from Chinese Excel's "CSV (逗号分隔)" and older back-office systems.
enum class CsvEncoding { Auto, Utf8, Gb18030 };

/// "UTF-8" / "GB18030" for messages and reports; "auto" for Auto.
QString csvEncodingName(CsvEncoding encoding);
/// "utf-8", "utf8", "gb18030", "gbk", "gb2312", "auto" (any case) → the encoding; false in *ok otherwise.
CsvEncoding csvEncodingFromName(const QString &name, bool *ok);

/// One record of a CSV file.
struct CsvRecord
{
    int row = 0;            ///< 1-based record number as a spreadsheet shows it (the header is row 1)
    int line = 0;           ///< 1-based physical line where the record starts (differs after quoted newlines)
    QStringList fields;
    QString problem;        ///< translated; non-empty when the record was malformed (e.g. text after a closing quote)
};

/// A parsed CSV file: the header and the data records, with what was detected.
struct CsvDocument
{
    CsvEncoding encoding = CsvEncoding::Utf8;   ///< the encoding the bytes were read as
    bool hadBom = false;
    QChar delimiter = QLatin1Char(',');
    QStringList header;                         ///< the first record, fields trimmed
    QList<CsvRecord> records;                   ///< the data records; blank lines are skipped
};

/// Reads CSV as RFC 4180 describes it, and as Excel and WPS write it: fields separated by a delimiter,
/// records by CRLF or LF (or a lone CR); a field in double quotes may hold the delimiter, quotes written
/// twice ("") and line breaks. Unquoted fields are taken as they are (a stray quote inside one is kept).
///
/// Broken input: text after a closing quote ("abc"x) marks that record's `problem` and keeps the text;
/// a quote that is never closed is an error for the whole file (everything after it would be one field),
/// naming the line where it opened.
///
/// Encoding: Auto takes a UTF-8 byte-order mark as UTF-8; otherwise bytes that are valid UTF-8 are
/// UTF-8, and bytes that are not but decode cleanly as GB18030 are GB18030; anything else is an error
/// that says to save the file as UTF-8. A chosen encoding that does not fit the bytes is an error too.
class CsvReader
{
public:
    struct Options
    {
        CsvEncoding encoding = CsvEncoding::Auto;
        /// 0: detect from the first line (the most frequent of ',', ';' and tab outside quotes; ',' on a tie).
        QChar delimiter = QChar();
    };

    /// Decodes `bytes` (a leading UTF-8 BOM is dropped). *used gets the encoding that was applied.
    static Result<QString> decode(const QByteArray &bytes, CsvEncoding encoding, CsvEncoding *used = nullptr,
                                  bool *hadBom = nullptr);

    /// Splits decoded text into records (header included). Error only for an unclosed quote.
    static Result<QList<CsvRecord>> parseText(const QString &text, QChar delimiter = QLatin1Char(','));

    /// Decodes and parses; the first non-blank record becomes the header. An empty file is an error.
    static Result<CsvDocument> parse(const QByteArray &bytes, const Options &options);
    static Result<CsvDocument> parse(const QByteArray &bytes) { return parse(bytes, Options{}); }
    /// Reads the file and parses it. NotFound / Storage errors name the file.
    static Result<CsvDocument> readFile(const QString &path, const Options &options);
    static Result<CsvDocument> readFile(const QString &path) { return readFile(path, Options{}); }

    /// The delimiter detect mode would choose for this first line.
    static QChar detectDelimiter(QStringView firstLine);
};

} // namespace qtill::inventory
