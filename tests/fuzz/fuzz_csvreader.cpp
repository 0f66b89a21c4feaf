// libFuzzer: CsvReader, the largest untrusted input (every import reads a file a shop hands in). Any
// bytes, read with each encoding choice, give a document or an error with a message a person can act
// on. A document keeps its promises: a header, records numbered after it in order, starting on lines
// that exist. And the records round-trip: written back by CsvWriter (with each delimiter) and read
// again, they are the same fields.
#include "inventory/csvreader.h"
#include "inventory/csvwriter.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace qtill::inventory;

void check(bool holds)
{
    if (!holds)
        std::abort();
}

/// Lines in the decoded text as CsvReader counts them (CRLF, LF or a lone CR end one).
int lineCount(const QString &text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            ++lines;
        else if (text.at(i) == QLatin1Char('\r') && !(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))
            ++lines;
    }
    return lines;
}

void checkDocument(const QByteArray &bytes, const CsvReader::Options &options)
{
    const auto doc = CsvReader::parse(bytes, options);
    if (!doc) {
        check(!doc.error().message.isEmpty());
        return;
    }
    check(doc->encoding == CsvEncoding::Utf8 || doc->encoding == CsvEncoding::Gb18030);
    check(doc->delimiter == QLatin1Char(',') || doc->delimiter == QLatin1Char(';') || doc->delimiter == QLatin1Char('\t'));
    check(!doc->header.isEmpty());
    const auto text = CsvReader::decode(bytes, doc->encoding);
    check(text.ok());
    const int lines = lineCount(*text);
    int lastRow = 1;
    int lastLine = 0;
    for (const CsvRecord &r : doc->records) {
        check(r.row > lastRow && r.line > lastLine && r.line <= lines);
        check(!r.fields.isEmpty());
        lastRow = r.row;
        lastLine = r.line;
    }
}

/// Records without a problem, written by CsvWriter and read again, are the same fields.
void checkRoundTrip(const QString &text, QChar delimiter)
{
    const auto records = CsvReader::parseText(text, delimiter);
    if (!records) {
        check(!records.error().message.isEmpty());
        return;
    }
    CsvWriter::Options options;
    options.bom = false;
    options.delimiter = delimiter;
    CsvWriter writer(options);
    QList<QStringList> written;
    for (const CsvRecord &r : *records) {
        if (!r.problem.isEmpty())
            continue;
        writer.addRow(r.fields);
        written << r.fields;
    }
    const auto again = CsvReader::parseText(QString::fromUtf8(writer.bytes()), delimiter);
    check(again.ok());
    check(again->size() == written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        check(again->at(i).fields == written.at(i));
        check(again->at(i).problem.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const CsvEncoding encoding : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030}) {
        CsvReader::Options options;
        options.encoding = encoding;
        checkDocument(bytes, options);
    }
    CsvReader::Options semicolon;
    semicolon.delimiter = QLatin1Char(';');
    checkDocument(bytes, semicolon);

    const auto text = CsvReader::decode(bytes, CsvEncoding::Auto);
    if (text) {
        for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
            checkRoundTrip(*text, delimiter);
    }
    return 0;
}
