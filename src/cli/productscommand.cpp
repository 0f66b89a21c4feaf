// qtillctl products list | show (import and export are in importcommand.cpp).
#include "commands.h"
#include "context.h"
#include "table.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qtill::cli {

namespace {

using namespace qtill::inventory;

QJsonValue money(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toPlainString()) : QJsonValue();
}

QString quantityText(Quantity q)
{
    return q.toString(QLocale::c());
}

QJsonObject toJson(const Product &p, const QHash<qint64, QString> &categoryCodes)
{
    return QJsonObject{{QStringLiteral("id"), qint64(p.id.value())},
                       {QStringLiteral("sku"), p.sku},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("nameEn"), p.nameEn},
                       {QStringLiteral("pinyin"), p.pinyin},
                       {QStringLiteral("category"), categoryCodes.value(p.categoryId.value())},
                       {QStringLiteral("unit"), p.unit},
                       {QStringLiteral("soldByWeight"), p.soldByWeight},
                       {QStringLiteral("price"), p.price.toPlainString()},
                       {QStringLiteral("memberPrice"), money(p.memberPrice)},
                       {QStringLiteral("cost"), p.cost.toPlainString()},
                       {QStringLiteral("taxClass"), p.taxClass},
                       {QStringLiteral("status"), p.isListed() ? QStringLiteral("listed") : QStringLiteral("delisted")},
                       {QStringLiteral("safetyStock"), quantityText(p.safetyStock)},
                       {QStringLiteral("maxStock"), quantityText(p.maxStock)},
                       {QStringLiteral("serialTracked"), p.serialTracked},
                       {QStringLiteral("departmentId"), qint64(p.departmentId.value())},
                       {QStringLiteral("brandId"), qint64(p.brandId.value())},
                       {QStringLiteral("image"), p.imagePath}};
}

QString statusText(const Product &p)
{
    return p.isListed() ? tr("listed") : tr("delisted");
}

int list(Context &context, const Catalog &catalog, const QHash<qint64, QString> &categories, const QLocale &locale)
{
    int limit = 50;
    if (context.args().has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.args().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return context.usage(tr("--limit needs a positive number."));
    }
    const QString text = context.args().words().mid(2).join(QLatin1Char(' '));
    auto found = text.isEmpty() ? catalog.page(0, limit) : catalog.search(text, limit);
    if (!found)
        return context.fail(found.error());
    if (context.json()) {
        QJsonArray array;
        for (const Product &p : std::as_const(*found))
            array.append(toJson(p, categories));
        context.printJson(array);
        return kExitOk;
    }
    if (found->isEmpty()) {
        context.say(text.isEmpty() ? tr("No products yet. Add the demo store with: qtillctl init --demo")
                                   : tr("No listed product matches \"%1\".").arg(text));
        return kExitOk;
    }
    Table table({tr("Item code"), tr("Name"), tr("Unit"), tr("Price"), tr("Member"), tr("Status")});
    for (const Product &p : std::as_const(*found)) {
        table.addRow({p.sku, p.name, p.unit, p.price.format(locale, Money::Symbol::Without),
                      p.memberPrice ? p.memberPrice->format(locale, Money::Symbol::Without) : QString(), statusText(p)});
    }
    context.say(table.toString());
    if (text.isEmpty()) {
        const auto total = catalog.productCount();
        if (total && *total > found->size())
            context.say(tr("%1 of %2 products; --limit N shows more, a search text narrows.").arg(found->size()).arg(*total));
    }
    return kExitOk;
}

int show(Context &context, const Catalog &catalog, const QHash<qint64, QString> &categories, const QLocale &locale)
{
    const QString code = context.args().word(2);
    // An item code first, else any barcode, PLU or scale label.
    std::optional<ScanMatch> scan;
    auto bySku = catalog.productBySku(code);
    Product product;
    if (bySku) {
        product = *bySku;
    } else {
        auto looked = catalog.lookup(code);
        if (!looked)
            return context.fail(looked.error());
        scan = *looked;
        product = looked->product;
    }
    auto codes = catalog.productBarcodes(product.id);
    if (!codes)
        return context.fail(codes.error());
    if (context.json()) {
        QJsonObject object = toJson(product, categories);
        QJsonArray array;
        for (const ProductBarcode &b : std::as_const(*codes)) {
            array.append(QJsonObject{{QStringLiteral("code"), b.code},
                                     {QStringLiteral("type"), b.type},
                                     {QStringLiteral("packQuantity"), quantityText(b.packQuantity)}});
        }
        object.insert(QStringLiteral("barcodes"), array);
        if (scan && scan->embeddedPrice)
            object.insert(QStringLiteral("labelPrice"), scan->embeddedPrice->toPlainString());
        if (scan && scan->embeddedQuantity)
            object.insert(QStringLiteral("labelQuantity"), quantityText(*scan->embeddedQuantity));
        context.printJson(object);
        return kExitOk;
    }
    const auto line = [&](const QString &label, const QString &value) {
        context.say(label.leftJustified(14) + value);
    };
    line(tr("Item code"), product.sku);
    line(tr("Name"), product.nameEn.isEmpty() ? product.name : product.name + QStringLiteral(" / ") + product.nameEn);
    line(tr("Pinyin"), product.pinyin);
    line(tr("Category"), categories.value(product.categoryId.value()));
    line(tr("Unit"), product.unit + (product.soldByWeight ? tr(" (sold by weight)") : QString()));
    line(tr("Price"), product.price.format(locale));
    if (product.memberPrice)
        line(tr("Member price"), product.memberPrice->format(locale));
    line(tr("Cost"), product.cost.format(locale));
    line(tr("Tax class"), product.taxClass);
    line(tr("Status"), statusText(product));
    line(tr("Safety stock"), quantityText(product.safetyStock));
    if (!product.maxStock.isZero())
        line(tr("Max stock"), quantityText(product.maxStock));
    if (product.serialTracked)
        line(tr("Serials"), tr("each unit has a serial number"));
    if (scan && scan->embeddedPrice)
        line(tr("Label amount"), scan->embeddedPrice->format(locale));
    if (scan && scan->embeddedQuantity)
        line(tr("Label weight"), quantityText(*scan->embeddedQuantity) + QStringLiteral(" kg"));
    Table table({tr("Code"), tr("Type"), tr("Pack")});
    for (const ProductBarcode &b : std::as_const(*codes))
        table.addRow({b.code, b.type, quantityText(b.packQuantity)});
    if (!table.isEmpty())
        context.say(QLatin1Char('\n') + table.toString());
    return kExitOk;
}

} // namespace

int runProducts(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    if (!(sub == QLatin1String("list")) && !(sub == QLatin1String("show") && args.words().size() == 3)) {
        return context.usage(tr("Use: products list [TEXT] [--limit N] | products show CODE | products import FILE | "
                                "products export FILE"));
    }
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    const Catalog &catalog = InventoryServices::of(services).catalog();
    QHash<qint64, QString> categories;
    for (const Category &c : catalog.categories().valueOr({}))
        categories.insert(c.id.value(), c.code + QLatin1Char(' ') + c.name);
    const QLocale locale(QLocale::Chinese, QLocale::China);
    return sub == QLatin1String("list") ? list(context, catalog, categories, locale)
                                        : show(context, catalog, categories, locale);
}

} // namespace qtill::cli
