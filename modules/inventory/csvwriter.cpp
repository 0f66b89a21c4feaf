#include "csvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::CsvWriter", text);
}

} // namespace

CsvWriter::CsvWriter(const Options &options) : m_options(options) {}

QString CsvWriter::escape(const QString &field, QChar delimiter)
{
    bool quote = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_options.delimiter;
        m_text += escape(fields.at(i), m_options.delimiter);
    }
    m_text += QLatin1String("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::bytes() const
{
    if (m_options.encoding == CsvEncoding::Gb18030) {
        QStringEncoder encoder("GB18030");
        if (encoder.isValid())
            return encoder.encode(m_text);
    }
    QByteArray out;
    if (m_options.bom)
        out = QByteArray("\xEF\xBB\xBF", 3);
    return out + m_text.toUtf8();
}

Status CsvWriter::save(const QString &path) const
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("The file %1 could not be written.").arg(name), path + QStringLiteral(": ") + file.errorString());
    const QByteArray data = bytes();
    if (file.write(data) != data.size() || !file.commit())
        return Error::storage(tr("The file %1 could not be written.").arg(name), path + QStringLiteral(": ") + file.errorString());
    return {};
}

} // namespace qtill::inventory
