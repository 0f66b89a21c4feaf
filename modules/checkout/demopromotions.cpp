#include "demopromotions.h"

#include "members/membersservices.h"
#include "members/promotionservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

namespace qtill::checkout {

namespace {

using members::Promotion;

Result<QList<inventory::ProductId>> productsBySku(Services &services, const QStringList &skus)
{
    QList<inventory::ProductId> out;
    for (const QString &sku : skus) {
        auto product = inventory::InventoryServices::of(services).catalog().productBySku(sku);
        if (!product)
            return product.error();
        out.append(product->id);
    }
    return out;
}

Result<inventory::CategoryId> categoryByCode(Services &services, const QString &code)
{
    auto all = inventory::InventoryServices::of(services).catalog().categories();
    if (!all)
        return all.error();
    for (const inventory::Category &c : std::as_const(*all)) {
        if (c.code == code)
            return c.id;
    }
    return Error::notFound(QStringLiteral("The demo has no category %1.").arg(code));
}

Promotion make(const QString &id, const QString &name, Promotion::Kind kind, members::PricingScope scope)
{
    Promotion p;
    p.id = id;
    p.name = name;
    p.kind = kind;
    p.scope = std::move(scope);
    return p;
}

Result<QList<Promotion>> demoPromotions(Services &services)
{
    const Currency currency = services.storeProfile().currency();
    auto colas = productsBySku(services, {QStringLiteral("140006"), QStringLiteral("140008")});
    auto snacks = categoryByCode(services, QStringLiteral("13"));
    auto drinks = categoryByCode(services, QStringLiteral("14"));
    if (!colas || !snacks || !drinks)
        return !colas ? colas.error() : !snacks ? snacks.error() : drinks.error();
    Promotion cola = make(QStringLiteral("COLA-3FOR10"), QStringLiteral("可乐 3 件 ¥10"), Promotion::Kind::BundlePrice,
                          members::PricingScope::ofProducts(*colas));
    cola.amount = Money::fromMinor(1000, currency);
    cola.buy = 3;
    cola.priority = 10;
    Promotion spend = make(QStringLiteral("MAN100JIAN10"), QStringLiteral("满100减10"), Promotion::Kind::Threshold,
                           members::PricingScope::all());
    spend.threshold = Money::fromMinor(10000, currency);
    spend.amount = Money::fromMinor(1000, currency);
    spend.stackable = true;
    Promotion happyHour = make(QStringLiteral("SNACKS-HAPPY-HOUR"), QStringLiteral("零食下班时段 8 折"),
                               Promotion::Kind::PercentOff, members::PricingScope::ofCategories({*snacks}));
    happyHour.percentBasisPoints = 2000;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        happyHour.window.weekdays |= 1 << day;
    happyHour.window.start = QTime(17, 0);
    happyHour.window.end = QTime(19, 0);
    Promotion gold = make(QStringLiteral("GOLD-DRINKS"), QStringLiteral("金卡会员饮料 95 折"), Promotion::Kind::PercentOff,
                          members::PricingScope::ofCategories({*drinks}));
    gold.tiers = {QStringLiteral("gold")};
    gold.percentBasisPoints = 500;
    gold.stackable = true;
    return QList<Promotion>{cola, spend, happyHour, gold};
}

} // namespace

Result<int> DemoPromotions::populate(Services &services, const Session &actor)
{
    auto wanted = demoPromotions(services);
    if (!wanted)
        return wanted.error();
    members::PromotionService &promotions = members::MembersServices::of(services).promotions();
    int added = 0;
    for (const Promotion &p : std::as_const(*wanted)) {
        auto existing = promotions.promotion(p.id);
        if (existing)
            continue;
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        auto saved = promotions.save(actor, p);
        if (!saved)
            return saved.error();
        ++added;
    }
    return added;
}

} // namespace qtill::checkout
