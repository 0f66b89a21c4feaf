#include "promotionjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <array>
#include <utility>

namespace qtill::members {

namespace {

using Kind = Promotion::Kind;

constexpr std::array<std::pair<Kind, const char *>, 6> kKinds{{
    {Kind::PercentOff, "percentOff"},
    {Kind::AmountOff, "amountOff"},
    {Kind::MemberPrice, "memberPrice"},
    {Kind::BuyGetFree, "buyGetFree"},
    {Kind::BundlePrice, "bundlePrice"},
    {Kind::Threshold, "threshold"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::PromotionService", text);
}

Error badField(const char *field, const QString &why)
{
    return Error::invalidInput(tr("The promotion's \"%1\" is not valid: %2").arg(QLatin1String(field), why));
}

QString percentText(int basisPoints)
{
    QString out = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100; rest != 0)
        out += QStringLiteral(".%1").arg(rest, 2, 10, QLatin1Char('0'));
    if (out.contains(QLatin1Char('.')) && out.endsWith(QLatin1Char('0')))
        out.chop(1);
    return out;
}

Result<int> percentFrom(const QJsonValue &value)
{
    bool ok = false;
    const double percent = value.isString() ? value.toString().toDouble(&ok) : (ok = value.isDouble(), value.toDouble());
    const double basisPoints = percent * 100.0;
    if (!ok || basisPoints < 0 || basisPoints > 10000 || basisPoints != double(qint64(basisPoints)))
        return badField("percent", tr("a number from 0 to 100 with at most two decimals, e.g. \"12.5\""));
    return int(basisPoints);
}

Result<Money> moneyFrom(const QJsonObject &json, const char *field, const Currency &currency)
{
    const QJsonValue value = json.value(QLatin1String(field));
    if (value.isUndefined())
        return Money();
    auto money = Money::parse(value.isString() ? value.toString() : QString::number(value.toDouble()), QLocale::c(), currency);
    if (!money)
        return badField(field, money.error().message);
    return *money;
}

QJsonArray idsToJson(const auto &ids)
{
    QJsonArray out;
    for (const auto &id : ids)
        out.append(qint64(id.value()));
    return out;
}

template <typename Id>
Result<QList<Id>> idsFrom(const QJsonValue &value, const char *field)
{
    QList<Id> out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() != double(qint64(v.toDouble())))
            return badField(field, tr("a list of ids (whole numbers)"));
        out.append(Id(qint64(v.toDouble())));
    }
    return out;
}

QJsonObject windowToJson(const TimeWindow &w)
{
    QJsonObject o;
    if (w.from.isValid())
        o.insert(QStringLiteral("from"), w.from.toString(Qt::ISODate));
    if (w.until.isValid())
        o.insert(QStringLiteral("until"), w.until.toString(Qt::ISODate));
    QJsonArray days;
    for (int day = 1; day <= 7; ++day) {
        if (w.weekdays & (1 << day))
            days.append(day);
    }
    if (!days.isEmpty())
        o.insert(QStringLiteral("weekdays"), days);
    if (w.start.isValid())
        o.insert(QStringLiteral("start"), w.start.toString(QStringLiteral("HH:mm")));
    if (w.end.isValid())
        o.insert(QStringLiteral("end"), w.end.toString(QStringLiteral("HH:mm")));
    return o;
}

Result<TimeWindow> windowFrom(const QJsonObject &o)
{
    TimeWindow w;
    const auto date = [&](const char *field, QDate &out) -> Status {
        const QString text = o.value(QLatin1String(field)).toString();
        out = QDate::fromString(text, Qt::ISODate);
        return text.isEmpty() || out.isValid() ? Status() : Status(badField(field, tr("a date like 2026-12-24")));
    };
    const auto time = [&](const char *field, QTime &out) -> Status {
        const QString text = o.value(QLatin1String(field)).toString();
        out = QTime::fromString(text, QStringLiteral("HH:mm"));
        return text.isEmpty() || out.isValid() ? Status() : Status(badField(field, tr("a time like 17:00")));
    };
    for (const Status &s : {date("from", w.from), date("until", w.until), time("start", w.start), time("end", w.end)}) {
        if (!s)
            return s.error();
    }
    for (const QJsonValue &day : o.value(QStringLiteral("weekdays")).toArray()) {
        const int d = day.toInt(0);
        if (d < 1 || d > 7)
            return badField("weekdays", tr("days 1 (Monday) to 7 (Sunday)"));
        w.weekdays |= 1 << d;
    }
    return w;
}

} // namespace

const char *promotionKindKey(Promotion::Kind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return key;
    }
    return "unknown";
}

QJsonObject promotionToJson(const Promotion &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("kind"), QLatin1String(promotionKindKey(p.kind))},
                  {QStringLiteral("priority"), p.priority},
                  {QStringLiteral("stackable"), p.stackable}};
    if (p.scope.kind == PricingScope::Kind::Products)
        o.insert(QStringLiteral("products"), idsToJson(p.scope.products));
    if (p.scope.kind == PricingScope::Kind::Categories)
        o.insert(QStringLiteral("categories"), idsToJson(p.scope.categories));
    if (!p.tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), QJsonArray::fromStringList(p.tiers));
    if (const QJsonObject window = windowToJson(p.window); !window.isEmpty())
        o.insert(QStringLiteral("window"), window);
    if (p.percentBasisPoints > 0)
        o.insert(QStringLiteral("percent"), percentText(p.percentBasisPoints));
    if (p.amount.hasCurrency())
        o.insert(QStringLiteral("amount"), p.amount.toPlainString());
    if (p.buy > 0)
        o.insert(QStringLiteral("buy"), p.buy);
    if (p.get > 0)
        o.insert(QStringLiteral("get"), p.get);
    if (p.kind == Kind::Threshold) {
        o.insert(QStringLiteral("threshold"), p.threshold.toPlainString());
        o.insert(QStringLiteral("every"), p.every);
    }
    if (p.perOrderLimit > 0)
        o.insert(QStringLiteral("perOrderLimit"), p.perOrderLimit);
    return o;
}

Result<Promotion> promotionFromJson(const QJsonObject &json, const Currency &currency)
{
    Promotion p;
    p.id = json.value(QStringLiteral("id")).toString().trimmed();
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto known = std::find_if(kKinds.begin(), kKinds.end(), [&](const auto &k) { return kind == QLatin1String(k.second); });
    if (known == kKinds.end())
        return badField("kind", tr("one of percentOff, amountOff, memberPrice, buyGetFree, bundlePrice, threshold"));
    p.kind = known->first;
    auto products = idsFrom<ProductId>(json.value(QStringLiteral("products")), "products");
    auto categories = idsFrom<CategoryId>(json.value(QStringLiteral("categories")), "categories");
    if (!products)
        return products.error();
    if (!categories)
        return categories.error();
    if (!products->isEmpty() && !categories->isEmpty())
        return badField("products", tr("a promotion is for products or for categories, not both"));
    if (!products->isEmpty())
        p.scope = PricingScope::ofProducts(*products);
    else if (!categories->isEmpty())
        p.scope = PricingScope::ofCategories(*categories);
    for (const QJsonValue &tier : json.value(QStringLiteral("tiers")).toArray())
        p.tiers.append(tier.toString());
    auto window = windowFrom(json.value(QStringLiteral("window")).toObject());
    if (!window)
        return window.error();
    p.window = *window;
    if (json.contains(QStringLiteral("percent"))) {
        auto percent = percentFrom(json.value(QStringLiteral("percent")));
        if (!percent)
            return percent.error();
        p.percentBasisPoints = *percent;
    }
    auto amount = moneyFrom(json, "amount", currency);
    auto threshold = moneyFrom(json, "threshold", currency);
    if (!amount)
        return amount.error();
    if (!threshold)
        return threshold.error();
    p.amount = *amount;
    p.threshold = *threshold;
    p.buy = json.value(QStringLiteral("buy")).toInt(0);
    p.get = json.value(QStringLiteral("get")).toInt(0);
    p.every = json.value(QStringLiteral("every")).toBool(false);
    p.perOrderLimit = json.value(QStringLiteral("perOrderLimit")).toInt(0);
    p.priority = json.value(QStringLiteral("priority")).toInt(0);
    p.stackable = json.value(QStringLiteral("stackable")).toBool(false);
    return p;
}

} // namespace qtill::members
