#include "taxclass.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qtill {

Result<int> TaxClass::parseRate(const QString &text)
{
    static const QRegularExpression kRate(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const QRegularExpressionMatch m = kRate.match(text.trimmed());
    if (!m.hasMatch()) {
        return Error::invalidInput(
            QCoreApplication::translate("qtill::TaxClass", "\"%1\" is not a tax rate. Type a percentage such as 13%.")
                .arg(text));
    }
    const int whole = m.captured(1).toInt();
    const QString decimals = m.captured(2).leftJustified(2, QLatin1Char('0'));
    const int bp = whole * 100 + decimals.toInt();
    if (bp > kMaxRateBasisPoints) {
        return Error::invalidInput(
            QCoreApplication::translate("qtill::TaxClass", "A tax rate must be between 0% and 100%."), text);
    }
    return bp;
}

QString TaxClass::formatRate(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100; rest != 0) {
        text += QLatin1Char('.') + QString::number(rest).rightJustified(2, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

QList<TaxClass> TaxClass::chinaVat()
{
    return {
        {QStringLiteral("standard"), QStringLiteral("增值税 13%"), 1300, true},
        {QStringLiteral("reduced"), QStringLiteral("增值税 9%"), 900, false},
        {QStringLiteral("low"), QStringLiteral("增值税 6%"), 600, false},
        {QStringLiteral("zero"), QStringLiteral("免税 0%"), 0, false},
    };
}

} // namespace qtill
