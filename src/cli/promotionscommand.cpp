// qtillctl promotions list [--all] | set FILE.json | on ID | off ID | explain CART.json [--tier T] [--at ISO]
#include "commands.h"
#include "context.h"

#include "checkout/cart.h"
#include "checkout/checkoutservices.h"
#include "checkout/pricingstep.h"

#include "members/membersservices.h"
#include "members/promotionjson.h"
#include "members/promotionservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace qtill::cli {

using namespace qtill::members;

namespace {

Result<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidInput(tr("%1 is not JSON: %2 (at byte %3)").arg(path, parseError.errorString()).arg(parseError.offset));
    return document;
}

/// A promotion as owners write it: products by "skus" and categories by "categoryCodes" are turned into ids.
Result<QJsonObject> resolveNames(QJsonObject json, const inventory::Catalog &catalog)
{
    QJsonArray products = json.value(QStringLiteral("products")).toArray();
    for (const QJsonValue &sku : json.take(QStringLiteral("skus")).toArray()) {
        auto product = catalog.productBySku(sku.toString());
        if (!product)
            return Error::invalidInput(tr("Promotion %1: no product with SKU %2.")
                                           .arg(json.value(QStringLiteral("id")).toString(), sku.toString()));
        products.append(qint64(product->id.value()));
    }
    if (!products.isEmpty())
        json.insert(QStringLiteral("products"), products);
    const QJsonArray codes = json.take(QStringLiteral("categoryCodes")).toArray();
    if (codes.isEmpty())
        return json;
    auto all = catalog.categories();
    if (!all)
        return all.error();
    QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &code : codes) {
        auto found = std::find_if(all->cbegin(), all->cend(), [&](const inventory::Category &c) { return c.code == code.toString(); });
        if (found == all->cend())
            return Error::invalidInput(tr("Promotion %1: no category with code %2.")
                                           .arg(json.value(QStringLiteral("id")).toString(), code.toString()));
        categories.append(qint64(found->id.value()));
    }
    json.insert(QStringLiteral("categories"), categories);
    return json;
}

int setPromotions(Context &context, Services &services)
{
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto document = readJson(context.args().word(2));
    if (!document)
        return context.fail(document.error());
    const QJsonArray items = document->isArray() ? document->array() : QJsonArray{document->object()};
    const Currency currency = services.storeProfile().currency();
    for (const QJsonValue &item : items) {
        auto resolved = resolveNames(item.toObject(), inventory::InventoryServices::of(services).catalog());
        if (!resolved)
            return context.fail(resolved.error());
        auto promotion = promotionFromJson(*resolved, currency);
        if (!promotion)
            return context.fail(promotion.error());
        auto saved = MembersServices::of(services).promotions().save(*actor, *promotion);
        if (!saved)
            return context.fail(saved.error());
        context.say(tr("Saved promotion %1 \"%2\" (revision %3).").arg(saved->promotion.id, saved->promotion.name).arg(saved->revision));
    }
    return kExitOk;
}

int listPromotions(Context &context, Services &services)
{
    auto all = MembersServices::of(services).promotions().list(!context.args().flag(QStringLiteral("all")));
    if (!all)
        return context.fail(all.error());
    QJsonArray array;
    for (const StoredPromotion &s : std::as_const(*all)) {
        QJsonObject o = promotionToJson(s.promotion);
        o.insert(QStringLiteral("active"), s.active);
        o.insert(QStringLiteral("revision"), s.revision);
        array.append(o);
        context.say(QStringLiteral("%1  %2  %3  %4").arg(s.promotion.id, -16).arg(QLatin1String(promotionKindKey(s.promotion.kind)), -12)
                        .arg(s.active ? tr("on") : tr("off"), -4).arg(s.promotion.name));
    }
    if (all->isEmpty())
        context.say(tr("No promotions."));
    if (context.json())
        context.printJson(array);
    return kExitOk;
}


/// The cart of an `explain` file: {"lines":[{"code":"6901234567892","qty":"3"}],"tier":"gold","at":"…"}.
Result<checkout::Cart> cartFromJson(const QJsonObject &json, Services &services)
{
    checkout::Cart cart(services.storeProfile().currency());
    const inventory::Catalog &catalog = inventory::InventoryServices::of(services).catalog();
    for (const QJsonValue &value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QString code = line.value(QStringLiteral("code")).toString();
        auto quantity = Quantity::parse(line.value(QStringLiteral("qty")).toString(QStringLiteral("1")), QLocale::c());
        if (!quantity)
            return Error::invalidInput(tr("%1: %2").arg(code, quantity.error().message));
        auto match = catalog.lookupForSale(code);
        if (!match && match.error().code == Error::Code::NotFound) { // an item code (SKU) typed instead
            auto product = catalog.productBySku(code);
            if (product && product->isListed())
                match = inventory::ScanMatch{*product, code, Quantity::units(1), std::nullopt, std::nullopt};
        }
        if (!match)
            return Error::invalidInput(tr("%1: %2").arg(code, match.error().message));
        auto added = match->product.soldByWeight ? cart.add(*match, Quantity::units(1), *quantity) : cart.add(*match, *quantity);
        if (!added)
            return Error::invalidInput(tr("%1: %2").arg(code, added.error().message));
    }
    if (cart.isEmpty())
        return Error::invalidInput(tr("The cart file has no lines: {\"lines\":[{\"code\":\"…\",\"qty\":\"2\"}]}"));
    return cart;
}

void sayResult(Context &context, const checkout::Cart &cart, const PricingResult &result)
{
    const QLocale locale;
    for (const checkout::CartLine &line : cart.lines()) {
        const LinePricing *priced = result.line(line.lineId);
        if (!priced)
            continue;
        context.say(QStringLiteral("%1 × %2  %3  −%4  = %5")
                        .arg(line.quantity.toString(locale), line.name, priced->amount.format(locale),
                             priced->discount.format(locale, Money::Symbol::Without), priced->net.format(locale)));
    }
    for (const DiscountLine &d : result.discounts)
        context.say(tr("  %1: −%2  %3").arg(d.name, d.amount.format(locale), d.explanation.text));
    for (const CouponOutcome &c : result.coupons)
        context.say(tr("  coupon %1: %2").arg(c.code, c.text));
    context.say(tr("Total %1 (before %2, discounts %3)%4")
                    .arg(result.total.format(locale), result.gross.format(locale), result.totalDiscount.format(locale),
                         result.exact ? QString() : tr(" — best found within the search bound")));
    for (const NearMiss &m : result.nearMisses)
        context.say(tr("  Nearly: %1").arg(m.text));
}

int explainCart(Context &context, Services &services)
{
    auto document = readJson(context.args().word(2));
    if (!document)
        return context.fail(document.error());
    const QJsonObject json = document->object();
    auto cart = cartFromJson(json, services);
    if (!cart)
        return context.fail(cart.error());
    const QString tier = context.args().has(QStringLiteral("tier")) ? context.args().value(QStringLiteral("tier"))
                                                                     : json.value(QStringLiteral("tier")).toString();
    const QString atText = context.args().has(QStringLiteral("at")) ? context.args().value(QStringLiteral("at"))
                                                                     : json.value(QStringLiteral("at")).toString();
    const QDateTime at = atText.isEmpty() ? context.clock().now() : QDateTime::fromString(atText, Qt::ISODate);
    if (!at.isValid())
        return context.usage(tr("--at takes a time like 2026-12-24T18:30:00+08:00."));
    auto result = checkout::CheckoutServices::of(services).pricing().price(*cart, tier, {}, at);
    if (!result)
        return context.fail(result.error());
    sayResult(context, *cart, *result);
    if (context.json())
        context.printJson(result->toJson());
    return kExitOk;
}

} // namespace

int runPromotions(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    const bool ok = (sub == QLatin1String("list") && words == 2)
        || ((sub == QLatin1String("set") || sub == QLatin1String("on") || sub == QLatin1String("off")
             || sub == QLatin1String("explain")) && words == 3);
    if (!ok)
        return context.usage(tr("Use: promotions list [--all] | set FILE.json | on ID | off ID | explain CART.json"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    if (sub == QLatin1String("list"))
        return listPromotions(context, services);
    if (sub == QLatin1String("set"))
        return setPromotions(context, services);
    if (sub == QLatin1String("explain"))
        return explainCart(context, services);
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    if (Status done = MembersServices::of(services).promotions().setActive(*actor, args.word(2), sub == QLatin1String("on")); !done)
        return context.fail(done.error());
    context.say(sub == QLatin1String("on") ? tr("Promotion %1 is on.").arg(args.word(2)) : tr("Promotion %1 is off.").arg(args.word(2)));
    return kExitOk;
}

} // namespace qtill::cli
