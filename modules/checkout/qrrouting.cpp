#include "qrrouting.h"

#include "core/services.h"
#include "core/storesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qtill::checkout {

const Setting<QString> QrRouting::kRoutes{"checkout/qrRoutes", QString()};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::QrRouting", text);
}

} // namespace

QrRouting QrRouting::defaults()
{
    QrRouting r;
    r.m_rules = {{QStringLiteral("WeChat Pay"), 10, 15, 18, 18},
        {QStringLiteral("Alipay"), 25, 30, 16, 24},
        {QStringLiteral("UnionPay"), 62, 62, 19, 19}};
    return r;
}

Result<QrRouting> QrRouting::parse(const QString &text)
{
    static const QRegularExpression kLine(QStringLiteral("^\\s*([^:]+?)\\s*:\\s*(\\d{2})-(\\d{2})\\s*:\\s*(\\d+)-(\\d+)\\s*$"));
    QrRouting r;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = kLine.match(lines.at(i));
        Rule rule;
        if (m.hasMatch()) {
            rule = Rule{m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                m.captured(5).toInt()};
        }
        if (!m.hasMatch() || rule.firstPrefix > rule.lastPrefix || rule.minLength > rule.maxLength || rule.minLength < 3)
            return Error::invalidInput(tr("QR routing line %1 is not WALLET:FIRST-LAST:MIN-MAX: %2")
                                           .arg(i + 1)
                                           .arg(lines.at(i)));
        r.m_rules << rule;
    }
    if (r.m_rules.isEmpty())
        return Error::invalidInput(tr("The QR routing table has no rules."));
    return r;
}

QrRouting QrRouting::forStore(Services &services)
{
    const QString text = kRoutes.get(services.settings());
    if (text.trimmed().isEmpty())
        return defaults();
    return parse(text).valueOr(defaults());
}

Result<QString> QrRouting::walletOf(const QString &code) const
{
    const QString digits = code.trimmed();
    static const QRegularExpression kDigits(QStringLiteral("^\\d+$"));
    if (digits.size() >= 2 && kDigits.match(digits).hasMatch()) {
        const int prefix = digits.left(2).toInt();
        for (const Rule &rule : m_rules) {
            if (prefix >= rule.firstPrefix && prefix <= rule.lastPrefix && digits.size() >= rule.minLength
                && digits.size() <= rule.maxLength)
                return rule.wallet;
        }
    }
    return Error::invalidInput(tr("That is not a payment code: ask the customer to show the payment code again."));
}

} // namespace qtill::checkout
