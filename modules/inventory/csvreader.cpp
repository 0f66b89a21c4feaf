#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::CsvReader", text);
}

const QByteArray kUtf8Bom("\xEF\xBB\xBF", 3);

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto: return QStringLiteral("auto");
    case CsvEncoding::Utf8: return QStringLiteral("UTF-8");
    case CsvEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

CsvEncoding csvEncodingFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    *ok = true;
    if (n == QLatin1String("auto") || n.isEmpty())
        return CsvEncoding::Auto;
    if (n == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
        || n == QLatin1String("cp936"))
        return CsvEncoding::Gb18030;
    *ok = false;
    return CsvEncoding::Auto;
}

Result<QString> CsvReader::decode(const QByteArray &bytes, CsvEncoding encoding, CsvEncoding *used, bool *hadBom)
{
    const bool bom = bytes.startsWith(kUtf8Bom);
    if (hadBom)
        *hadBom = bom;
    if (bom && encoding == CsvEncoding::Auto)
        encoding = CsvEncoding::Utf8;
    const QByteArray body = bom ? bytes.mid(3) : bytes;

    auto tryUtf8 = [&](QString *out) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *out = decoder.decode(body);
        return !decoder.hasError();
    };
    auto tryGb18030 = [&](QString *out, bool *available) {
        QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
        *available = decoder.isValid();
        if (!decoder.isValid())
            return false;
        *out = decoder.decode(body);
        return !decoder.hasError();
    };

    QString text;
    bool gbAvailable = true;
    switch (encoding) {
    case CsvEncoding::Utf8:
        if (!tryUtf8(&text))
            return Error::invalidInput(tr("The file is not valid UTF-8. If it was saved by Chinese Excel or WPS, "
                                          "choose the encoding GB18030."));
        break;
    case CsvEncoding::Gb18030:
        if (!tryGb18030(&text, &gbAvailable)) {
            if (!gbAvailable)
                return Error::internal(tr("This build cannot read GB18030 files. Save the file as UTF-8 and try again."),
                                       QStringLiteral("QStringDecoder(\"GB18030\") is not available"));
            return Error::invalidInput(tr("The file is not valid GB18030 text. Check the encoding it was saved in."));
        }
        break;
    case CsvEncoding::Auto:
        if (tryUtf8(&text)) {
            encoding = CsvEncoding::Utf8;
        } else if (tryGb18030(&text, &gbAvailable)) {
            encoding = CsvEncoding::Gb18030;
        } else {
            return Error::invalidInput(tr("The file's text encoding was not recognised (neither UTF-8 nor GB18030). "
                                          "Save it as \"CSV UTF-8\" and try again."));
        }
        break;
    }
    if (used)
        *used = encoding;
    return text;
}

QChar CsvReader::detectDelimiter(QStringView firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<QList<CsvRecord>> CsvReader::parseText(const QString &text, QChar delimiter)
{
    QList<CsvRecord> records;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    int line = 1;
    int row = 0;
    qsizetype i = 0;
    CsvRecord record;
    QString field;
    bool atRecordStart = true;

    auto endField = [&] { record.fields << field; field.clear(); };
    auto endRecord = [&] {
        endField();
        ++row;
        record.row = row;
        records << std::move(record);
        record = CsvRecord{};
        atRecordStart = true;
    };

    while (i < n) {
        if (atRecordStart) {
            record.line = line;
            atRecordStart = false;
        }
        if (p[i] == QLatin1Char('"') && field.isEmpty()) {
            // A quoted field: up to the closing quote; "" is a quote.
            const int openedAt = line;
            ++i;
            bool closed = false;
            while (i < n) {
                // Plain text up to the next quote or line break goes in as one piece.
                const qsizetype run = i;
                while (i < n && p[i] != QLatin1Char('"') && p[i] != QLatin1Char('\n') && p[i] != QLatin1Char('\r'))
                    ++i;
                if (i > run)
                    field.append(p + run, i - run);
                if (i == n)
                    break;
                const QChar c = p[i];
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') && !(i + 1 < n && p[i + 1] == QLatin1Char('\n')))
                    ++line;
                field += c;
                ++i;
            }
            if (!closed) {
                return Error::invalidInput(
                    tr("Line %1: a quote (\") opens a field that is never closed, so the rest of the file cannot be "
                       "read. Add the closing quote or remove the stray one.").arg(openedAt),
                    QStringLiteral("unterminated quoted field starting at line %1").arg(openedAt));
            }
            // After the closing quote only a delimiter or the end of the line may follow.
            if (i < n && p[i] != delimiter && p[i] != QLatin1Char('\n') && p[i] != QLatin1Char('\r')) {
                if (record.problem.isEmpty()) {
                    record.problem = tr("Text follows a closing quote in field %1; quotes inside a quoted field "
                                        "must be written twice (\"\").").arg(record.fields.size() + 1);
                }
                while (i < n && p[i] != delimiter && p[i] != QLatin1Char('\n') && p[i] != QLatin1Char('\r'))
                    field += p[i++];
            }
            continue;
        }
        const QChar c = p[i];
        if (c == delimiter) {
            endField();
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            i += (c == QLatin1Char('\r') && i + 1 < n && p[i + 1] == QLatin1Char('\n')) ? 2 : 1;
            ++line;
            endRecord();
        } else {
            // Unquoted text up to the next delimiter or line break.
            const qsizetype start = i;
            while (i < n && p[i] != delimiter && p[i] != QLatin1Char('\r') && p[i] != QLatin1Char('\n'))
                ++i;
            field.append(p + start, i - start);
        }
    }
    if (!atRecordStart)
        endRecord();
    return records;
}

Result<CsvDocument> CsvReader::parse(const QByteArray &bytes, const Options &options)
{
    CsvDocument doc;
    auto text = decode(bytes, options.encoding, &doc.encoding, &doc.hadBom);
    if (!text)
        return text.error();
    doc.delimiter = options.delimiter.isNull() ? detectDelimiter(*text) : options.delimiter;
    auto records = parseText(*text, doc.delimiter);
    if (!records)
        return records.error();
    bool haveHeader = false;
    doc.records.reserve(records->size());
    for (CsvRecord &r : *records) {
        if (isBlank(r.fields) && r.problem.isEmpty())
            continue;
        if (!haveHeader) {
            for (const QString &h : std::as_const(r.fields))
                doc.header << h.trimmed();
            haveHeader = true;
            continue;
        }
        doc.records << std::move(r);
    }
    if (!haveHeader)
        return Error::invalidInput(tr("The file is empty."));
    return doc;
}

Result<CsvDocument> CsvReader::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.exists())
        return Error::notFound(tr("The file %1 does not exist.").arg(QFileInfo(path).fileName()), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The file %1 could not be opened.").arg(QFileInfo(path).fileName()),
                              path + QStringLiteral(": ") + file.errorString());
    return parse(file.readAll(), options);
}

} // namespace qtill::inventory
