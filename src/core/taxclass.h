#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace qtill {

/// A VAT class goods are sold under. Prices are tax-inclusive (Chinese retail); the rate says how much
/// of a line is tax. A sale keeps the rate it was sold at, so changing a rate only affects later sales.
struct TaxClass
{
    static constexpr int kMaxRateBasisPoints = 10000;   ///< 100%

    QString code;               ///< stable key products refer to: "standard", "reduced", … (lower case)
    QString name;               ///< for screens and receipts: "标准税率 13%"
    int rateBasisPoints = 0;    ///< 1% = 100 bp: 13% is 1300
    bool isDefault = false;     ///< the class new products get; exactly one in a store that has any

    /// "13%", "9%", "0%", "5.5%".
    QString rateText() const { return formatRate(rateBasisPoints); }

    /// "13%" / "13" / "5.5%" / "0" → basis points; InvalidInput for anything else or outside 0–100%.
    static Result<int> parseRate(const QString &text);
    static QString formatRate(int basisPoints);

    /// China's VAT rates for a shop: standard 13%, reduced 9% (staple food, farm produce, books),
    /// low 6% (services), zero 0% (exempt fresh vegetables, meat and eggs). "standard" is the default.
    static QList<TaxClass> chinaVat();

    friend bool operator==(const TaxClass &, const TaxClass &) = default;
};

} // namespace qtill
