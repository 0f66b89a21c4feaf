#include "productservice.h"

#include "barcode.h"
#include "catalog.h"
#include "inventorymodule.h"
#include "productsearchindex.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductService", text);
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant::fromValue(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString yuan(const Money &m)
{
    return m.format(QLocale(QLocale::Chinese, QLocale::China));
}

QString moneyText(const std::optional<Money> &m)
{
    return m ? m->toPlainString() : QStringLiteral("-");
}

/// "name 可乐→可乐 330ml; price 3.50→3.80" for the audit detail.
QString changes(const Product &a, const Product &b)
{
    QStringList out;
    auto add = [&](const char *field, const QString &from, const QString &to) {
        if (from != to)
            out << QStringLiteral("%1 %2→%3").arg(QLatin1String(field), from, to);
    };
    add("sku", a.sku, b.sku);
    add("name", a.name, b.name);
    add("nameEn", a.nameEn, b.nameEn);
    add("category", QString::number(a.categoryId.value()), QString::number(b.categoryId.value()));
    add("unit", a.unit, b.unit);
    add("byWeight", QString::number(a.soldByWeight), QString::number(b.soldByWeight));
    add("price", a.price.toPlainString(), b.price.toPlainString());
    add("memberPrice", moneyText(a.memberPrice), moneyText(b.memberPrice));
    add("tax", a.taxClass, b.taxClass);
    add("safety", QString::number(a.safetyStock.milli()), QString::number(b.safetyStock.milli()));
    add("max", QString::number(a.maxStock.milli()), QString::number(b.maxStock.milli()));
    add("brand", QString::number(a.brandId.value()), QString::number(b.brandId.value()));
    add("department", QString::number(a.departmentId.value()), QString::number(b.departmentId.value()));
    add("serial", QString::number(a.serialTracked), QString::number(b.serialTracked));
    add("image", a.imagePath, b.imagePath);
    return out.join(QStringLiteral("; "));
}

bool isCodeChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
        || c == QLatin1Char('.') || c == QLatin1Char('/');
}

} // namespace

ProductService::ProductService(Services &core, const Catalog &catalog)
    : m_store(core.store()), m_audit(core.auditLog()), m_permissions(core.permissions()), m_catalog(catalog),
      m_profile(core.storeProfile())
{
}

Status ProductService::write(const Session &actor, const std::function<Status()> &work)
{
    if (Status allowed = m_permissions.require(actor, InventoryPermissions::kEdit); !allowed)
        return allowed;
    return m_store.transaction(work);
}

Status ProductService::audit(const Session &actor, const QString &action, const QString &target, const QString &detail)
{
    auto appended = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), action, target, AuditOutcome::kOk, detail});
    if (!appended)
        return appended.error();
    return {};
}

Result<Product> ProductService::load(ProductId id) const
{
    return m_catalog.product(id);
}

Status ProductService::validate(const Product &p) const
{
    const QString sku = p.sku.trimmed();
    if (sku.isEmpty())
        return Error::invalidInput(tr("Give the product an item code (SKU)."));
    if (sku.size() > Barcode::kMaxInternalLength)
        return Error::invalidInput(tr("The item code %1 is too long (at most %2 characters).").arg(sku).arg(Barcode::kMaxInternalLength));
    for (QChar c : sku) {
        if (!isCodeChar(c))
            return Error::invalidInput(tr("The item code %1 may hold only letters, digits, '-', '_', '.' and '/'.").arg(sku));
    }
    if (p.name.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the product a name."));
    if (p.name.size() > kMaxNameLength || p.nameEn.size() > kMaxNameLength)
        return Error::invalidInput(tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    if (p.unit.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the selling unit (瓶, 袋, kg, …)."));
    // Every amount is in the store's currency (an unset cost is an unknown one, stored as zero).
    const Currency currency = m_profile.currency();
    for (const Money *m : {&p.price, &p.cost, p.memberPrice ? &*p.memberPrice : nullptr}) {
        if (m && (m->hasCurrency() || !m->isZero()) && m->currency() != currency) {
            return Error::invalidInput(tr("Prices and costs must be in the store's currency (%1).").arg(currency.code()),
                                       QStringLiteral("amount in ") + m->currency().code());
        }
    }
    if (p.price.isNegative())
        return Error::invalidInput(tr("The price cannot be negative."));
    if (p.price.minor() > kMaxPriceFen)
        return Error::invalidInput(tr("The price %1 is too high; check the decimal point.").arg(yuan(p.price)));
    if (p.memberPrice) {
        if (p.memberPrice->isNegative())
            return Error::invalidInput(tr("The member price cannot be negative."));
        if (*p.memberPrice > p.price) {
            return Error::invalidInput(tr("The member price %1 is higher than the retail price %2.")
                                           .arg(yuan(*p.memberPrice), yuan(p.price)));
        }
    }
    if (p.cost.isNegative())
        return Error::invalidInput(tr("The cost cannot be negative."));
    if (p.cost.minor() > kMaxPriceFen)
        return Error::invalidInput(tr("The cost %1 is too high; check the decimal point.").arg(yuan(p.cost)));
    if (p.safetyStock.isNegative() || p.maxStock.isNegative())
        return Error::invalidInput(tr("Safety stock and maximum stock cannot be negative."));
    if (!p.maxStock.isZero() && p.maxStock < p.safetyStock)
        return Error::invalidInput(tr("The maximum stock is below the safety stock."));
    if (p.soldByWeight && p.serialTracked)
        return Error::invalidInput(tr("Goods sold by weight have no serial numbers."));

    // References.
    const auto exists = [&](const QString &sql, const QVariant &value) -> Result<bool> {
        auto q = m_store.exec(sql, {value}, tr("The product could not be checked."));
        if (!q)
            return q.error();
        return q->next();
    };
    struct Ref
    {
        bool check;
        QString sql;
        QVariant value;
        QString message;
    };
    const Ref refs[] = {
        {true, QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), QVariant::fromValue(p.categoryId.value()),
         tr("Choose a category for the product.")},
        {true, QStringLiteral("SELECT 1 FROM tax_classes WHERE code = ?"), p.taxClass,
         tr("The tax class \"%1\" does not exist. Choose one of the store's tax classes.").arg(p.taxClass)},
        {p.brandId.isValid(), QStringLiteral("SELECT 1 FROM brands WHERE id = ?"), QVariant::fromValue(p.brandId.value()),
         tr("The brand no longer exists.")},
        {p.departmentId.isValid(), QStringLiteral("SELECT 1 FROM departments WHERE id = ?"),
         QVariant::fromValue(p.departmentId.value()), tr("The department no longer exists.")},
    };
    for (const Ref &ref : refs) {
        if (!ref.check)
            continue;
        auto found = exists(ref.sql, ref.value);
        if (!found)
            return found.error();
        if (!*found)
            return Error::invalidInput(ref.message);
    }
    auto same = m_store.exec(QStringLiteral("SELECT name FROM products WHERE sku = ? AND id <> ?"),
                             {sku, QVariant::fromValue(p.id.value())}, tr("The product could not be checked."));
    if (!same)
        return same.error();
    if (same->next())
        return Error::conflict(tr("The item code %1 is already used by %2.").arg(sku, same->value(0).toString()));
    return {};
}

Result<ProductBarcode> ProductService::validateBarcode(const ProductBarcode &barcode, ProductId owner) const
{
    auto parsed = Barcode::parse(barcode.code);
    if (!parsed)
        return parsed.error();
    ProductBarcode stored = barcode;
    stored.code = parsed->code;
    if (barcode.packQuantity.milli() <= 0)
        return Error::invalidInput(tr("The pack quantity of code %1 must be more than zero.").arg(stored.code));
    const bool gtin = parsed->kind == BarcodeKind::Ean13 || parsed->kind == BarcodeKind::Ean8
        || parsed->kind == BarcodeKind::UpcA || parsed->kind == BarcodeKind::UpcE || parsed->kind == BarcodeKind::Gtin14;
    if (stored.type.isEmpty()) {
        stored.type = gtin ? BarcodeType::kGtin
                           : parsed->kind == BarcodeKind::Plu ? BarcodeType::kPlu : BarcodeType::kInternal;
    }
    if (stored.type == BarcodeType::kGtin && !gtin) {
        return Error::invalidInput(
            tr("%1 is not a maker's barcode (EAN-13, EAN-8, UPC or GTIN-14). Save it as a store code.").arg(stored.code));
    }
    if (stored.type == BarcodeType::kPlu && parsed->kind != BarcodeKind::Plu)
        return Error::invalidInput(tr("A PLU has 1 to 6 digits; %1 is not one.").arg(stored.code));
    if (stored.type != BarcodeType::kGtin && stored.type != BarcodeType::kPlu && stored.type != BarcodeType::kInternal)
        return Error::invalidInput(tr("Unknown code type \"%1\".").arg(stored.type));
    if (parsed->kind == BarcodeKind::InStore) {
        auto layout = m_store.exec(QStringLiteral("SELECT value_kind FROM embedded_barcode_layouts WHERE prefix = ?"),
                                   {stored.code.left(2)}, tr("The barcode could not be checked."));
        if (!layout)
            return layout.error();
        if (layout->next()) {
            return Error::invalidInput(tr("Codes starting with %1 are read as scale labels; give the product another "
                                          "code or change the scale label settings.")
                                           .arg(stored.code.left(2)));
        }
    }
    QVariantList values;
    for (const QString &c : std::as_const(parsed->candidates))
        values << c;
    auto taken = m_store.exec(QStringLiteral("SELECT b.code, p.id, p.sku, p.name FROM product_barcodes b"
                                             " JOIN products p ON p.id = b.product_id WHERE b.code IN (")
                                  + Store::bindMarks(values.size()) + QLatin1Char(')'),
                              values, tr("The barcode could not be checked."));
    if (!taken)
        return taken.error();
    if (taken->next()) {
        const bool same = owner.isValid() && taken->value(1).toLongLong() == owner.value();
        if (same)
            return Error::conflict(tr("The product already has the code %1.").arg(taken->value(0).toString()));
        return Error::conflict(tr("The barcode %1 already belongs to %2 (item code %3).")
                                   .arg(taken->value(0).toString(), taken->value(3).toString(), taken->value(2).toString()));
    }
    return stored;
}

Status ProductService::insertBarcode(ProductId id, const ProductBarcode &barcode)
{
    auto inserted = m_store.exec(
        QStringLiteral("INSERT INTO product_barcodes (code, product_id, pack_qty_milli, kind) VALUES (?, ?, ?, ?)"),
        {barcode.code, QVariant::fromValue(id.value()), QVariant::fromValue(barcode.packQuantity.milli()), barcode.type},
        tr("The barcode could not be saved."));
    if (!inserted)
        return inserted.error();
    return {};
}

Result<ProductId> ProductService::create(const Session &actor, const Product &product, const QList<ProductBarcode> &barcodes)
{
    Product p = product;
    p.id = {};
    p.sku = p.sku.trimmed();
    p.name = p.name.trimmed();
    p.nameEn = p.nameEn.trimmed();
    ProductId created;
    const Status done = write(actor, [&]() -> Status {
        if (Status valid = validate(p); !valid)
            return valid;
        QList<ProductBarcode> codes;
        for (const ProductBarcode &b : barcodes) {
            auto checked = validateBarcode(b);
            if (!checked)
                return checked.error();
            for (const ProductBarcode &earlier : std::as_const(codes)) {
                if (earlier.code == checked->code)
                    return Error::conflict(tr("The code %1 is listed twice.").arg(earlier.code));
            }
            codes << *checked;
        }
        auto inserted = insertReturningId(m_store,
            QStringLiteral("INSERT INTO products (sku, name, name_en, category_id, unit, sold_by_weight, price_fen,"
                           " member_price_fen, cost_fen, tax_class, status, safety_stock_milli, brand_id, department_id,"
                           " max_stock_milli, serial_tracked, image_path)"
                           " VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, 'listed', ?, ?, ?, ?, ?, COALESCE(?, ''))"),
            {p.sku, p.name, p.nameEn, QVariant::fromValue(p.categoryId.value()), p.unit.trimmed(), p.soldByWeight ? 1 : 0,
             QVariant::fromValue(p.price.minor()),
             p.memberPrice ? QVariant::fromValue(p.memberPrice->minor()) : QVariant(QMetaType(QMetaType::LongLong)),
             QVariant::fromValue(p.cost.minor()), p.taxClass, QVariant::fromValue(p.safetyStock.milli()),
             idOrNull(p.brandId.value()), idOrNull(p.departmentId.value()), QVariant::fromValue(p.maxStock.milli()),
             p.serialTracked ? 1 : 0, p.imagePath},
            tr("The product could not be saved."));
        if (!inserted)
            return inserted.error();
        created = ProductId(*inserted);
        for (const ProductBarcode &b : std::as_const(codes)) {
            if (Status s = insertBarcode(created, b); !s)
                return s;
        }
        if (Status s = ProductSearchIndex::update(m_store, created, p.name, p.nameEn); !s)
            return s;
        QStringList codeList;
        for (const ProductBarcode &b : std::as_const(codes))
            codeList << b.code;
        return audit(actor, QStringLiteral("product.create"), QStringLiteral("product:") + p.sku,
                     QStringLiteral("%1, price %2, codes %3").arg(p.name, p.price.toPlainString(), codeList.join(QLatin1Char(' '))));
    });
    if (!done)
        return done.error();
    return created;
}

Status ProductService::update(const Session &actor, const Product &product)
{
    return write(actor, [&]() -> Status {
        auto old = load(product.id);
        if (!old)
            return old.error();
        Product p = product;
        p.sku = p.sku.trimmed();
        p.name = p.name.trimmed();
        p.nameEn = p.nameEn.trimmed();
        p.status = old->status;
        p.cost = old->cost;
        p.pinyin = old->pinyin;
        if (Status valid = validate(p); !valid)
            return valid;
        const QString changed = changes(*old, p);
        if (changed.isEmpty())
            return {};
        auto saved = m_store.exec(
            QStringLiteral("UPDATE products SET sku = ?, name = ?, name_en = COALESCE(?, ''), category_id = ?, unit = ?, sold_by_weight = ?,"
                           " price_fen = ?, member_price_fen = ?, tax_class = ?, safety_stock_milli = ?, brand_id = ?,"
                           " department_id = ?, max_stock_milli = ?, serial_tracked = ?, image_path = COALESCE(?, '') WHERE id = ?"),
            {p.sku, p.name, p.nameEn, QVariant::fromValue(p.categoryId.value()), p.unit.trimmed(), p.soldByWeight ? 1 : 0,
             QVariant::fromValue(p.price.minor()),
             p.memberPrice ? QVariant::fromValue(p.memberPrice->minor()) : QVariant(QMetaType(QMetaType::LongLong)),
             p.taxClass, QVariant::fromValue(p.safetyStock.milli()), idOrNull(p.brandId.value()),
             idOrNull(p.departmentId.value()), QVariant::fromValue(p.maxStock.milli()), p.serialTracked ? 1 : 0,
             p.imagePath, QVariant::fromValue(p.id.value())},
            tr("The product could not be saved."));
        if (!saved)
            return saved.error();
        if (old->name != p.name || old->nameEn != p.nameEn) {
            if (Status s = ProductSearchIndex::update(m_store, p.id, p.name, p.nameEn); !s)
                return s;
        }
        return audit(actor, QStringLiteral("product.update"), QStringLiteral("product:") + p.sku, changed);
    });
}

Status ProductService::setPrices(const Session &actor, ProductId id, const Money &price, const std::optional<Money> &memberPrice)
{
    return write(actor, [&]() -> Status {
        auto old = load(id);
        if (!old)
            return old.error();
        Product p = *old;
        p.price = price;
        p.memberPrice = memberPrice;
        if (Status valid = validate(p); !valid)
            return valid;
        if (p.price == old->price && p.memberPrice == old->memberPrice)
            return {};
        auto saved = m_store.exec(QStringLiteral("UPDATE products SET price_fen = ?, member_price_fen = ? WHERE id = ?"),
                                  {QVariant::fromValue(price.minor()),
                                   memberPrice ? QVariant::fromValue(memberPrice->minor()) : QVariant(QMetaType(QMetaType::LongLong)),
                                   QVariant::fromValue(id.value())},
                                  tr("The price could not be saved."));
        if (!saved)
            return saved.error();
        return audit(actor, QStringLiteral("product.price"), QStringLiteral("product:") + old->sku,
                     QStringLiteral("price %1→%2; memberPrice %3→%4")
                         .arg(old->price.toPlainString(), price.toPlainString(), moneyText(old->memberPrice),
                              moneyText(memberPrice)));
    });
}

Status ProductService::delist(const Session &actor, ProductId id, const QString &reason)
{
    return write(actor, [&]() -> Status {
        auto old = load(id);
        if (!old)
            return old.error();
        if (!old->isListed())
            return Error::conflict(tr("%1 is delisted already.").arg(old->name));
        auto saved = m_store.exec(QStringLiteral("UPDATE products SET status = 'delisted' WHERE id = ?"),
                                  {QVariant::fromValue(id.value())}, tr("The product could not be delisted."));
        if (!saved)
            return saved.error();
        return audit(actor, QStringLiteral("product.delist"), QStringLiteral("product:") + old->sku, reason);
    });
}

Status ProductService::relist(const Session &actor, ProductId id)
{
    return write(actor, [&]() -> Status {
        auto old = load(id);
        if (!old)
            return old.error();
        if (old->isListed())
            return Error::conflict(tr("%1 is listed already.").arg(old->name));
        auto saved = m_store.exec(QStringLiteral("UPDATE products SET status = 'listed' WHERE id = ?"),
                                  {QVariant::fromValue(id.value())}, tr("The product could not be listed."));
        if (!saved)
            return saved.error();
        return audit(actor, QStringLiteral("product.relist"), QStringLiteral("product:") + old->sku, {});
    });
}

Status ProductService::saveEdit(const Session &actor, const ProductEdit &edit)
{
    return write(actor, [&]() -> Status {
        if (Status s = update(actor, edit.product); !s)
            return s;
        for (const QString &code : edit.removedCodes) {
            auto owner = m_store.exec(QStringLiteral("SELECT product_id FROM product_barcodes WHERE code = ?"),
                                      {code.trimmed()}, tr("The barcode could not be read."));
            if (!owner)
                return owner.error();
            if (!owner->next() || owner->value(0).toLongLong() != edit.product.id.value())
                return Error::notFound(tr("The product has no code %1.").arg(code.trimmed()));
            if (Status s = removeBarcode(actor, code); !s)
                return s;
        }
        for (const ProductBarcode &code : edit.addedCodes) {
            if (Status s = addBarcode(actor, edit.product.id, code); !s)
                return s;
        }
        if (edit.status) {
            auto now = load(edit.product.id);
            if (!now)
                return now.error();
            if (now->status != *edit.status) {
                const Status s = *edit.status == ProductStatus::Delisted ? delist(actor, edit.product.id, edit.delistReason)
                                                                         : relist(actor, edit.product.id);
                if (!s)
                    return s;
            }
        }
        return {};
    });
}

Status ProductService::addBarcode(const Session &actor, ProductId id, const ProductBarcode &barcode)
{
    return write(actor, [&]() -> Status {
        auto owner = load(id);
        if (!owner)
            return owner.error();
        auto checked = validateBarcode(barcode, id);
        if (!checked)
            return checked.error();
        if (Status s = insertBarcode(id, *checked); !s)
            return s;
        return audit(actor, QStringLiteral("product.barcode.add"), QStringLiteral("barcode:") + checked->code,
                     QStringLiteral("product %1, %2, pack %3").arg(owner->sku, checked->type).arg(checked->packQuantity.milli()));
    });
}

Status ProductService::removeBarcode(const Session &actor, const QString &code)
{
    return write(actor, [&]() -> Status {
        const QString trimmed = code.trimmed();
        auto owner = m_store.exec(QStringLiteral("SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                                                 " WHERE b.code = ?"),
                                  {trimmed}, tr("The barcode could not be read."));
        if (!owner)
            return owner.error();
        if (!owner->next())
            return Error::notFound(tr("No product has the code %1.").arg(trimmed));
        const QString sku = owner->value(0).toString();
        auto removed = m_store.exec(QStringLiteral("DELETE FROM product_barcodes WHERE code = ?"), {trimmed},
                                    tr("The barcode could not be removed."));
        if (!removed)
            return removed.error();
        return audit(actor, QStringLiteral("product.barcode.remove"), QStringLiteral("barcode:") + trimmed,
                     QStringLiteral("product ") + sku);
    });
}

Result<CategoryId> ProductService::addCategory(const Session &actor, const Category &category)
{
    CategoryId created;
    const Status done = write(actor, [&]() -> Status {
        const QString code = category.code.trimmed();
        if (code.isEmpty() || category.name.trimmed().isEmpty())
            return Error::invalidInput(tr("A category needs a code and a name."));
        if (category.parentId.isValid()) {
            auto parent = m_store.exec(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"),
                                       {QVariant::fromValue(category.parentId.value())}, tr("The category could not be checked."));
            if (!parent)
                return parent.error();
            if (!parent->next())
                return Error::invalidInput(tr("The parent category no longer exists."));
        }
        auto same = m_store.exec(QStringLiteral("SELECT name FROM categories WHERE code = ?"), {code},
                                 tr("The category could not be checked."));
        if (!same)
            return same.error();
        if (same->next())
            return Error::conflict(tr("The category code %1 is already used by %2.").arg(code, same->value(0).toString()));
        auto inserted = insertReturningId(m_store, QStringLiteral("INSERT INTO categories (parent_id, code, name, name_en) VALUES (?, ?, ?, COALESCE(?, ''))"),
                                     {idOrNull(category.parentId.value()), code, category.name.trimmed(), category.nameEn.trimmed()},
                                     tr("The category could not be saved."));
        if (!inserted)
            return inserted.error();
        created = CategoryId(*inserted);
        return audit(actor, QStringLiteral("category.add"), QStringLiteral("category:") + code, category.name.trimmed());
    });
    if (!done)
        return done.error();
    return created;
}

Status ProductService::updateCategory(const Session &actor, const Category &category)
{
    return write(actor, [&]() -> Status {
        const QString code = category.code.trimmed();
        if (code.isEmpty() || category.name.trimmed().isEmpty())
            return Error::invalidInput(tr("A category needs a code and a name."));
        // Walk up from the new parent: meeting the category itself would make a loop.
        for (CategoryId at = category.parentId; at.isValid();) {
            if (at == category.id)
                return Error::invalidInput(tr("A category cannot be placed under itself or one of its subcategories."));
            auto up = m_store.exec(QStringLiteral("SELECT parent_id FROM categories WHERE id = ?"),
                                   {QVariant::fromValue(at.value())}, tr("The category could not be checked."));
            if (!up)
                return up.error();
            if (!up->next())
                return Error::invalidInput(tr("The parent category no longer exists."));
            at = CategoryId(up->value(0).toLongLong());
        }
        auto same = m_store.exec(QStringLiteral("SELECT name FROM categories WHERE code = ? AND id <> ?"),
                                 {code, QVariant::fromValue(category.id.value())}, tr("The category could not be checked."));
        if (!same)
            return same.error();
        if (same->next())
            return Error::conflict(tr("The category code %1 is already used by %2.").arg(code, same->value(0).toString()));
        auto saved = m_store.exec(QStringLiteral("UPDATE categories SET parent_id = ?, code = ?, name = ?, name_en = COALESCE(?, '') WHERE id = ?"),
                                  {idOrNull(category.parentId.value()), code, category.name.trimmed(), category.nameEn.trimmed(),
                                   QVariant::fromValue(category.id.value())},
                                  tr("The category could not be saved."));
        if (!saved)
            return saved.error();
        if (saved->numRowsAffected() == 0)
            return Error::notFound(tr("The category no longer exists."));
        return audit(actor, QStringLiteral("category.update"), QStringLiteral("category:") + code,
                     QStringLiteral("%1 parent %2").arg(category.name.trimmed()).arg(category.parentId.value()));
    });
}

Result<DepartmentId> ProductService::addDepartment(const Session &actor, const Department &department)
{
    DepartmentId created;
    const Status done = write(actor, [&]() -> Status {
        const QString code = department.code.trimmed();
        if (code.isEmpty() || department.name.trimmed().isEmpty())
            return Error::invalidInput(tr("A department needs a code and a name."));
        auto same = m_store.exec(QStringLiteral("SELECT name FROM departments WHERE code = ?"), {code},
                                 tr("The department could not be checked."));
        if (!same)
            return same.error();
        if (same->next())
            return Error::conflict(tr("The department code %1 is already used by %2.").arg(code, same->value(0).toString()));
        auto inserted = insertReturningId(m_store, QStringLiteral("INSERT INTO departments (code, name) VALUES (?, ?)"),
                                     {code, department.name.trimmed()}, tr("The department could not be saved."));
        if (!inserted)
            return inserted.error();
        created = DepartmentId(*inserted);
        return audit(actor, QStringLiteral("department.add"), QStringLiteral("department:") + code, department.name.trimmed());
    });
    if (!done)
        return done.error();
    return created;
}

Result<BrandId> ProductService::addBrand(const Session &actor, const QString &name)
{
    BrandId created;
    const QString trimmed = name.trimmed();
    const Status done = write(actor, [&]() -> Status {
        if (trimmed.isEmpty())
            return Error::invalidInput(tr("Give the brand a name."));
        auto same = m_store.exec(QStringLiteral("SELECT id FROM brands WHERE name = ?"), {trimmed},
                                 tr("The brand could not be checked."));
        if (!same)
            return same.error();
        if (same->next())
            return Error::conflict(tr("The brand %1 exists already.").arg(trimmed));
        auto inserted = insertReturningId(m_store, QStringLiteral("INSERT INTO brands (name) VALUES (?)"), {trimmed},
                                     tr("The brand could not be saved."));
        if (!inserted)
            return inserted.error();
        created = BrandId(*inserted);
        return audit(actor, QStringLiteral("brand.add"), QStringLiteral("brand:") + trimmed, {});
    });
    if (!done)
        return done.error();
    return created;
}

} // namespace qtill::inventory
