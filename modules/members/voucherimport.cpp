// VoucherService's file side: reading a platform's CSV and checking every row (voucherservice.cpp writes).
// The members library links no inventory code, so the few lines of CSV reading it needs are here.
#include "voucherservice.h"
#include "voucherservice_p.h"

#include "core/services.h"
#include "core/sqldialect.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>

namespace qtill::members {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::VoucherService", text);
}

enum Column { kPlatform, kCode, kSku, kValue, kValidUntil, kColumnCount };

const QList<QStringList> &columnNames()
{
    static const QList<QStringList> kNames {
        {QStringLiteral("platform"), QStringLiteral("平台")},
        {QStringLiteral("code"), QStringLiteral("券码"), QStringLiteral("验证码")},
        {QStringLiteral("sku"), QStringLiteral("商品编码"), QStringLiteral("货号")},
        {QStringLiteral("value"), QStringLiteral("面值"), QStringLiteral("金额")},
        {QStringLiteral("valid_until"), QStringLiteral("有效期至"), QStringLiteral("截止日期")},
    };
    return kNames;
}

constexpr int kMaxPlatformLength = 30;
constexpr qint64 kMaxFaceValue = 10'000'000; // ¥100,000.00

struct CsvLine
{
    int line = 0;
    QStringList fields;
};

Result<QString> decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        text = gb.decode(bytes);
        if (!gb.hasError())
            return text;
    }
    return Error::invalidInput(tr("The file's text is neither UTF-8 nor GB18030. Save it as CSV UTF-8 and try again."));
}

/// RFC 4180 records as spreadsheets write them (quotes, doubled quotes, line breaks in quotes); blank lines skipped.
Result<QList<CsvLine>> readCsv(const QString &text)
{
    QList<CsvLine> out;
    CsvLine current {1, {}};
    QString field;
    bool quoted = false, fieldQuoted = false;
    int line = 1, quoteLine = 0;
    auto endRecord = [&] {
        current.fields << field;
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty() && !fieldQuoted;
        if (!blank)
            out << current;
        current = CsvLine {line, {}};
        field.clear();
        fieldQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
            line += c == QLatin1Char('\n') ? 1 : 0;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = fieldQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error::invalidInput(tr("A quote opened on line %1 is never closed.").arg(quoteLine));
    endRecord();
    return out;
}

/// "2026-12-31", "2026/12/31", "20261231", optionally followed by a time (ignored: the whole day counts).
QDate parseDay(const QString &text)
{
    static const QRegularExpression kDay(QStringLiteral("^(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})(?:[ T].*)?$"));
    const auto m = kDay.match(text.trimmed());
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

/// Checks the rows of one file against each other and the store.
struct RowChecker
{
    RowChecker(Services &services, const QList<int> &columns, detail::VoucherFile &checked, qsizetype headings)
        : core(services),
          index(columns),
          file(checked),
          headerSize(headings),
          currency(services.storeProfile().currency()),
          today(services.storeProfile().businessDate(services.clock().now()))
    { }

    Services &core;
    const QList<int> &index;
    detail::VoucherFile &file;
    qsizetype headerSize = 0;
    Currency currency;
    QDate today;
    QHash<QString, qint64> productBySku;
    QHash<QString, QString> stored; ///< code → platform of a voucher the store has already
    QHash<QString, int> firstLine; ///< code → its first line in this file

    QString cell(const QStringList &fields, int column) const
    {
        const int i = index.at(column);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    }

    void issue(int line, int column, const QString &value, const QString &message)
    {
        file.report.issues << VoucherImportIssue {
            line, column >= 0 ? columnNames().at(column).first() : QString(), value, message};
    }

    /// The products the file names and the codes the store has already, in batches.
    Status lookUp(const QList<CsvLine> &records)
    {
        QSet<QString> skus, codes;
        for (const CsvLine &r : records) {
            if (!cell(r.fields, kSku).isEmpty())
                skus.insert(cell(r.fields, kSku));
            codes.insert(VoucherService::normaliseCode(cell(r.fields, kCode)));
        }
        Store &store = core.store();
        const Status products = store.lookupBatched(
            QStringList(skus.cbegin(), skus.cend()), QStringLiteral("SELECT sku, id FROM products WHERE sku"),
            [&](const QSqlQuery &q) { productBySku.insert(q.value(0).toString(), q.value(1).toLongLong()); },
            tr("The products could not be read."));
        if (!products)
            return products;
        return store.lookupBatched(
            QStringList(codes.cbegin(), codes.cend()), QStringLiteral("SELECT code, platform FROM vouchers WHERE code"),
            [&](const QSqlQuery &q) { stored.insert(q.value(0).toString(), q.value(1).toString()); },
            tr("The vouchers could not be read."));
    }

    void check(int line, const QStringList &fields)
    {
        const qsizetype before = file.report.issues.size();
        detail::VoucherRow row;
        row.line = line;
        checkKeys(row, fields);
        checkWhat(row, fields);
        const QString until = cell(fields, kValidUntil);
        row.validUntil = parseDay(until);
        if (!row.validUntil.isValid())
            issue(line, kValidUntil, until, tr("\"%1\" is not a date. Write it like 2026-12-31.").arg(until));
        else if (row.validUntil < today)
            issue(line, kValidUntil, until,
                tr("These vouchers expired on %1.").arg(row.validUntil.toString(Qt::ISODate)));
        if (fields.size() > headerSize)
            issue(line, -1, {},
                tr("This row has more values than the header has columns: put a value with a comma in quotes."));
        if (file.report.issues.size() == before)
            file.rows << row;
    }

    void checkKeys(detail::VoucherRow &row, const QStringList &fields)
    {
        row.platform = cell(fields, kPlatform);
        if (row.platform.isEmpty() || row.platform.size() > kMaxPlatformLength)
            issue(row.line, kPlatform, row.platform,
                tr("Name the platform (at most %1 characters), e.g. 美团.").arg(kMaxPlatformLength));
        const QString typed = cell(fields, kCode);
        row.code = VoucherService::normaliseCode(typed);
        static const QRegularExpression kCodeShape(QStringLiteral("^[0-9A-Z]{4,64}$"));
        if (!kCodeShape.match(row.code).hasMatch()) {
            issue(row.line, kCode, typed, tr("A voucher code has 4 to 64 letters and digits."));
        } else if (const auto first = firstLine.constFind(row.code); first != firstLine.cend()) {
            issue(row.line, kCode, typed, tr("The code %1 is also on line %2.").arg(row.code).arg(*first));
        } else {
            firstLine.insert(row.code, row.line);
            if (const auto had = stored.constFind(row.code); had != stored.cend())
                issue(row.line, kCode, typed, tr("The code %1 was imported already (%2).").arg(row.code, *had));
        }
    }

    void checkWhat(detail::VoucherRow &row, const QStringList &fields)
    {
        const QString sku = cell(fields, kSku);
        const QString value = cell(fields, kValue);
        if (sku.isEmpty() == value.isEmpty()) {
            issue(row.line, -1, {}, tr("Give either the item code the voucher buys or its face value, not both."));
            return;
        }
        if (!sku.isEmpty()) {
            row.product = productBySku.value(sku);
            if (row.product == 0)
                issue(row.line, kSku, sku, tr("There is no product with the item code %1.").arg(sku));
            return;
        }
        auto money = Money::parse(value, QLocale::c(), currency);
        if (!money || !money->isPositive() || money->minor() > kMaxFaceValue)
            issue(row.line, kValue, value,
                tr("\"%1\" is not a face value. Write it in yuan like 50 or 49.90.").arg(value));
        else
            row.faceMinor = money->minor();
    }
};

} // namespace

Result<detail::VoucherFile> VoucherService::parse(const QByteArray &csv) const
{
    auto text = decode(csv);
    if (!text)
        return text.error();
    auto records = readCsv(*text);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::invalidInput(tr("The file is empty."));
    const CsvLine header = records->takeFirst();
    QList<int> index(kColumnCount, -1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        for (int c = 0; c < kColumnCount; ++c) {
            if (columnNames().at(c).contains(header.fields.at(i).trimmed(), Qt::CaseInsensitive))
                index[c] = int(i);
        }
    }
    if (index[kPlatform] < 0 || index[kCode] < 0 || index[kValidUntil] < 0 || (index[kSku] < 0 && index[kValue] < 0)) {
        return Error::invalidInput(tr("The first row must name the columns: platform,code,sku,value,valid_until "
                                      "(sku or value may be left out)."));
    }
    if (records->size() > kMaxRows)
        return Error::invalidInput(
            tr("The file has %1 rows; import at most %2 at a time.").arg(records->size()).arg(kMaxRows));
    detail::VoucherFile parsed;
    parsed.report.rows = int(records->size());
    RowChecker checker(m_core, index, parsed, header.fields.size());
    if (Status ok = checker.lookUp(*records); !ok)
        return ok.error();
    for (const CsvLine &record : std::as_const(*records))
        checker.check(record.line, record.fields);
    std::stable_sort(parsed.report.issues.begin(), parsed.report.issues.end(),
        [](const VoucherImportIssue &a, const VoucherImportIssue &b) { return a.line < b.line; });
    return parsed;
}

} // namespace qtill::members
