#include "barcode.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::Barcode", text);
}

bool isInternalChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-') || c == QLatin1Char('_')
        || c == QLatin1Char('.') || c == QLatin1Char('/');
}

void addCandidate(ParsedBarcode &parsed, const QString &code)
{
    if (!code.isEmpty() && !parsed.candidates.contains(code))
        parsed.candidates << code;
}

Error misread(const QString &code, const char *kind)
{
    return Error::invalidInput(
        tr("The barcode %1 was misread (its %2 check digit is wrong). Scan it again.").arg(code, QLatin1String(kind)),
        QStringLiteral("check digit"));
}

} // namespace

bool Barcode::isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int Barcode::checkDigit(QStringView payload)
{
    if (!isAllDigits(payload))
        return -1;
    int sum = 0;
    bool triple = true; // the digit next to the check digit weighs 3
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int digit = payload.at(i).unicode() - '0';
        sum += triple ? digit * 3 : digit;
        triple = !triple;
    }
    return (10 - sum % 10) % 10;
}

bool Barcode::hasValidCheckDigit(QStringView code)
{
    return code.size() >= 2 && isAllDigits(code) && checkDigit(code.first(code.size() - 1)) == code.last(1).at(0).unicode() - '0';
}

QString Barcode::expandUpcE(QStringView upcE)
{
    QString body;
    QChar system = QLatin1Char('0');
    QChar check;
    if (upcE.size() == 6 && isAllDigits(upcE)) {
        body = upcE.toString();
    } else if (upcE.size() == 8 && isAllDigits(upcE)) {
        system = upcE.at(0);
        body = upcE.mid(1, 6).toString();
        check = upcE.at(7);
    } else {
        return {};
    }
    if (system != QLatin1Char('0') && system != QLatin1Char('1'))
        return {};
    const QString d = body;
    const QChar last = d.at(5);
    QString payload = QString(system);
    switch (last.unicode()) {
    case '0':
    case '1':
    case '2':
        payload += d.mid(0, 2) + last + QStringLiteral("0000") + d.mid(2, 3);
        break;
    case '3':
        payload += d.mid(0, 3) + QStringLiteral("00000") + d.mid(3, 2);
        break;
    case '4':
        payload += d.mid(0, 4) + QStringLiteral("00000") + d.mid(4, 1);
        break;
    default:
        payload += d.mid(0, 5) + QStringLiteral("0000") + last;
        break;
    }
    const QChar computed(u'0' + checkDigit(payload));
    if (!check.isNull() && check != computed)
        return {};
    return payload + computed;
}

bool Barcode::isValidUpcE(QStringView code)
{
    return code.size() == 8 && !expandUpcE(code).isEmpty();
}

Result<ParsedBarcode> Barcode::parse(QStringView text)
{
    const QString code = text.trimmed().toString();
    if (code.isEmpty())
        return Error::invalidInput(tr("Scan or type a barcode."));
    ParsedBarcode parsed;
    parsed.code = code;
    addCandidate(parsed, code);

    if (!isAllDigits(code)) {
        if (code.size() > kMaxInternalLength)
            return Error::invalidInput(tr("The code %1… is too long for a barcode or item code.").arg(code.left(16)));
        for (QChar c : code) {
            if (!isInternalChar(c)) {
                return Error::invalidInput(
                    tr("\"%1\" is not a barcode: it holds the character \"%2\".").arg(code, QString(c)));
            }
        }
        parsed.kind = BarcodeKind::Internal;
        return parsed;
    }

    switch (code.size()) {
    case 13:
        if (!hasValidCheckDigit(code))
            return misread(code, "EAN-13");
        parsed.gtin13 = code;
        if (code.startsWith(QLatin1Char('2'))) {
            parsed.kind = BarcodeKind::InStore;
        } else if (code.startsWith(QLatin1Char('0'))) {
            parsed.kind = BarcodeKind::UpcA; // a UPC-A sent in its EAN-13 form
            addCandidate(parsed, code.mid(1));
        } else {
            parsed.kind = BarcodeKind::Ean13;
        }
        return parsed;
    case 12:
        if (!hasValidCheckDigit(code))
            return misread(code, "UPC-A");
        parsed.kind = BarcodeKind::UpcA;
        parsed.gtin13 = QLatin1Char('0') + code;
        addCandidate(parsed, parsed.gtin13);
        return parsed;
    case 14:
        if (!hasValidCheckDigit(code))
            return misread(code, "GTIN-14");
        parsed.kind = BarcodeKind::Gtin14;
        if (code.startsWith(QLatin1Char('0')))
            addCandidate(parsed, code.mid(1)); // indicator 0: the item's own EAN-13
        return parsed;
    case 8: {
        const bool ean8 = hasValidCheckDigit(code);
        const QString upcA = expandUpcE(code);
        if (ean8) {
            parsed.kind = BarcodeKind::Ean8;
        } else if (!upcA.isEmpty()) {
            parsed.kind = BarcodeKind::UpcE;
            parsed.gtin13 = QLatin1Char('0') + upcA;
        } else {
            return misread(code, "EAN-8/UPC-E");
        }
        // A code valid both ways may be stored in either form.
        if (!upcA.isEmpty()) {
            addCandidate(parsed, upcA);
            addCandidate(parsed, QLatin1Char('0') + upcA);
        }
        return parsed;
    }
    default:
        break;
    }
    if (code.size() <= 6) {
        parsed.kind = BarcodeKind::Plu;
        // "01002" and "1002" are the same PLU.
        QString stripped = code;
        while (stripped.size() > 1 && stripped.startsWith(QLatin1Char('0')))
            stripped.remove(0, 1);
        addCandidate(parsed, stripped);
        return parsed;
    }
    if (code.size() > kMaxInternalLength)
        return Error::invalidInput(tr("The code %1… is too long for a barcode or item code.").arg(code.left(16)));
    parsed.kind = BarcodeKind::Internal; // 7, 9–11 or 15+ digits: a store's own numbering
    return parsed;
}

QString Barcode::kindName(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13: return QStringLiteral("EAN-13");
    case BarcodeKind::Ean8: return QStringLiteral("EAN-8");
    case BarcodeKind::UpcA: return QStringLiteral("UPC-A");
    case BarcodeKind::UpcE: return QStringLiteral("UPC-E");
    case BarcodeKind::Gtin14: return QStringLiteral("GTIN-14");
    case BarcodeKind::InStore: return QStringLiteral("in-store");
    case BarcodeKind::Plu: return QStringLiteral("PLU");
    case BarcodeKind::Internal: return QStringLiteral("internal");
    }
    return {};
}

} // namespace qtill::inventory
