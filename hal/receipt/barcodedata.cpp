#include "hal/receipt/barcodedata.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::BarcodeData", text);
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !text.isEmpty();
}

} // namespace

int BarcodeData::ean13CheckDigit(QStringView digits)
{
    if (digits.size() != 12 || !allDigits(digits)) {
        return -1;
    }
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int d = digits[i].unicode() - u'0';
        sum += (i % 2 == 0) ? d : 3 * d;
    }
    return (10 - sum % 10) % 10;
}

QString BarcodeData::ean13Full(QStringView digits)
{
    if (digits.size() == 12) {
        return digits.toString() + QChar(u'0' + ean13CheckDigit(digits));
    }
    return digits.toString();
}

QString BarcodeData::validate(const Barcode &barcode)
{
    switch (barcode.type) {
    case BarcodeType::Ean13:
        if (!allDigits(barcode.data) || (barcode.data.size() != 12 && barcode.data.size() != 13)) {
            return tr("An EAN-13 barcode needs 12 or 13 digits.");
        }
        if (barcode.data.size() == 13
            && ean13CheckDigit(QStringView(barcode.data).left(12)) != barcode.data[12].unicode() - u'0') {
            return tr("The EAN-13 check digit is wrong.");
        }
        break;
    case BarcodeType::Code128:
        if (barcode.data.isEmpty()) {
            return tr("The Code 128 barcode is empty.");
        }
        for (QChar c : barcode.data) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
                return tr("A Code 128 barcode can hold only plain letters, digits and signs.");
            }
        }
        if (code128EscPos(barcode.data).size() > 255) {
            return tr("The Code 128 barcode is too long.");
        }
        break;
    }
    if (barcode.heightDots < 1 || barcode.heightDots > 255 || barcode.moduleWidth < 1 || barcode.moduleWidth > 6) {
        return tr("The barcode size is out of range.");
    }
    return {};
}

QString BarcodeData::validate(const QrCode &qr)
{
    if (qr.data.isEmpty()) {
        return tr("The QR code is empty.");
    }
    if (qr.data.toUtf8().size() > kMaxQrBytes) {
        return tr("The QR code holds too much text.");
    }
    if (qr.moduleSize < 1 || qr.moduleSize > 16) {
        return tr("The QR code size is out of range.");
    }
    return {};
}

QByteArray BarcodeData::code128EscPos(QStringView text)
{
    QByteArray out;
    char set = 0;
    const auto select = [&](char wanted) {
        if (set != wanted) {
            out += '{';
            out += wanted;
            set = wanted;
        }
    };
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype run = 0;
        while (i + run < text.size() && text[i + run].isDigit() && text[i + run].unicode() < 0x80) {
            ++run;
        }
        if (run >= 4) {
            if (run % 2 == 1) { // the odd digit goes in set B, before the pairs
                select('B');
                out += char(text[i].unicode());
                ++i;
                --run;
            }
            select('C');
            for (qsizetype k = 0; k < run; k += 2) {
                out += char((text[i + k].unicode() - u'0') * 10 + (text[i + k + 1].unicode() - u'0'));
            }
            i += run;
            continue;
        }
        select('B');
        const char c = char(text[i].unicode());
        out += c;
        if (c == '{') {
            out += '{';
        }
        ++i;
    }
    return out;
}

} // namespace qtill::hal
