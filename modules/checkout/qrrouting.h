#pragma once

#include "core/result.h"
#include "core/settings.h"

#include <QList>
#include <QString>

namespace qtill {
class Services;
}

namespace qtill::checkout {

/// Which wallet a customer's payment code (付款码) belongs to, by its leading digits and its length —
/// the table the till routes QR payments by. One rule per line in the setting, "WALLET:FIRST-LAST:MIN-MAX"
/// (two-digit prefixes FIRST to LAST, total length MIN to MAX digits):
///
///     WeChat Pay:10-15:18-18
///     Alipay:25-30:16-24
///     UnionPay:62-62:19-19
///
/// (the defaults, from the providers' published code formats). A code matching no rule is refused
/// before the terminal is asked.
class QrRouting
{
public:
    struct Rule
    {
        QString wallet;
        int firstPrefix = 0;
        int lastPrefix = 0;
        int minLength = 0;
        int maxLength = 0;
    };

    /// The store's table (setting kRoutes), or the defaults when unset or unreadable.
    static QrRouting forStore(Services &services);
    static QrRouting defaults();
    /// Parses the setting's text; InvalidInput naming the bad line.
    static Result<QrRouting> parse(const QString &text);

    /// The wallet of a scanned code; InvalidInput for a code no rule takes ("not a payment code").
    Result<QString> walletOf(const QString &code) const;
    const QList<Rule> &rules() const { return m_rules; }

    static const Setting<QString> kRoutes;

private:
    QList<Rule> m_rules;
};

} // namespace qtill::checkout
