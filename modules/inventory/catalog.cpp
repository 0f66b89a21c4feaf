#include "catalog.h"

#include "ean13.h"

#include "core/store.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::Catalog", text);
}

const QString kProductColumnList = QStringLiteral(
    "p.id, p.sku, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen, p.member_price_fen,"
    " p.cost_fen, p.tax_class, p.status, p.safety_stock_milli");

/// `text` for a LIKE pattern with '!' as the escape character.
QString escapeLike(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return escaped;
}

} // namespace

Catalog::Catalog(Store &store, Currency currency) : m_store(store), m_currency(std::move(currency)) {}

Product Catalog::fromRow(const QSqlQuery &q, int offset) const
{
    Product p;
    p.id = ProductId(q.value(offset + 0).toLongLong());
    p.sku = q.value(offset + 1).toString();
    p.name = q.value(offset + 2).toString();
    p.nameEn = q.value(offset + 3).toString();
    p.categoryId = CategoryId(q.value(offset + 4).toLongLong());
    p.unit = q.value(offset + 5).toString();
    p.soldByWeight = q.value(offset + 6).toInt() != 0;
    p.price = Money::fromMinor(q.value(offset + 7).toLongLong(), m_currency);
    if (!q.value(offset + 8).isNull())
        p.memberPrice = Money::fromMinor(q.value(offset + 8).toLongLong(), m_currency);
    p.cost = Money::fromMinor(q.value(offset + 9).toLongLong(), m_currency);
    p.taxClass = q.value(offset + 10).toString();
    p.status = q.value(offset + 11).toString() == QLatin1String("delisted") ? ProductStatus::Delisted
                                                                           : ProductStatus::Listed;
    p.safetyStock = Quantity::fromMilli(q.value(offset + 12).toLongLong());
    return p;
}

Result<QList<Product>> Catalog::query(const QString &whereAndOrder, const QVariantList &values) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kProductColumnList + QStringLiteral(" FROM products p ")
                              + whereAndOrder,
                          values, tr("The products could not be read."));
    if (!q)
        return q.error();
    QList<Product> products;
    while (q->next())
        products << fromRow(*q);
    return products;
}

Result<ScanMatch> Catalog::lookup(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("Scan or type a barcode."));
    // A UPC-A label reads as 12 digits on some scanners and as "0" + 12 on others.
    QString alternative = trimmed;
    if (const QString asEan = Ean13::fromUpcA(trimmed); !asEan.isEmpty())
        alternative = asEan;
    else if (trimmed.size() == 13 && trimmed.startsWith(QLatin1Char('0')) && Ean13::isValid(trimmed))
        alternative = trimmed.mid(1);

    auto q = m_store.exec(QStringLiteral("SELECT b.code, b.pack_qty_milli, ") + kProductColumnList
                              + QStringLiteral(" FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                                               " WHERE b.code IN (?, ?) ORDER BY b.code = ? DESC"),
                          {trimmed, alternative, trimmed}, tr("The product could not be looked up."));
    if (!q)
        return q.error();
    if (q->next()) {
        ScanMatch match;
        match.code = q->value(0).toString();
        match.packQuantity = Quantity::fromMilli(q->value(1).toLongLong());
        match.product = fromRow(*q, 2);
        return match;
    }
    if ((trimmed.size() == 13 && !Ean13::isValid(trimmed)) || (trimmed.size() == 8 && !Ean13::isValidEan8(trimmed)))
        return Error::invalidInput(tr("The barcode %1 was misread (its check digit is wrong). Scan it again.").arg(trimmed));
    return Error::notFound(tr("No product has the code %1. Check the code or add the product.").arg(trimmed));
}

Result<QList<Product>> Catalog::search(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Product>();
    const QString contains = QLatin1Char('%') + escapeLike(trimmed) + QLatin1Char('%');
    const QString prefix = escapeLike(trimmed) + QLatin1Char('%');
    // Barcodes are digits: a range scan on the primary key finds the prefix without LIKE.
    const QString upper = trimmed + QChar(0xFFFF);
    return query(QStringLiteral("WHERE p.status = 'listed' AND (p.name LIKE ? ESCAPE '!' OR p.name_en LIKE ? ESCAPE '!'"
                                " OR p.sku LIKE ? ESCAPE '!'"
                                " OR p.id IN (SELECT product_id FROM product_barcodes WHERE code >= ? AND code < ?))"
                                " ORDER BY CASE WHEN p.sku = ? OR p.id IN (SELECT product_id FROM product_barcodes WHERE code = ?)"
                                " THEN 0 WHEN p.name LIKE ? ESCAPE '!' THEN 1 ELSE 2 END, p.name, p.sku LIMIT ?"),
                 {contains, contains, contains, trimmed, upper, trimmed, trimmed, prefix, limit});
}

Result<Product> Catalog::product(ProductId id) const
{
    auto found = query(QStringLiteral("WHERE p.id = ?"), {QVariant::fromValue(id.value())});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("The product no longer exists."), QString::number(id.value()));
    return found->constFirst();
}

Result<Product> Catalog::productBySku(const QString &sku) const
{
    auto found = query(QStringLiteral("WHERE p.sku = ?"), {sku.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no product with item code %1.").arg(sku.trimmed()));
    return found->constFirst();
}

Result<QList<ScanMatch>> Catalog::barcodes(ProductId id) const
{
    auto p = product(id);
    if (!p)
        return p.error();
    auto q = m_store.exec(QStringLiteral("SELECT code, pack_qty_milli FROM product_barcodes WHERE product_id = ?"
                                         " ORDER BY pack_qty_milli, code"),
                          {QVariant::fromValue(id.value())}, tr("The barcodes could not be read."));
    if (!q)
        return q.error();
    QList<ScanMatch> codes;
    while (q->next())
        codes << ScanMatch{*p, q->value(0).toString(), Quantity::fromMilli(q->value(1).toLongLong())};
    return codes;
}

Result<QList<Category>> Catalog::categories() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, parent_id, code, name, name_en FROM categories ORDER BY code"), {},
                          tr("The categories could not be read."));
    if (!q)
        return q.error();
    QList<Category> categories;
    while (q->next()) {
        categories << Category{CategoryId(q->value(0).toLongLong()), CategoryId(q->value(1).toLongLong()),
                               q->value(2).toString(), q->value(3).toString(), q->value(4).toString()};
    }
    return categories;
}

Result<QList<Product>> Catalog::productsIn(CategoryId category, int limit) const
{
    return query(QStringLiteral("WHERE p.category_id = ? AND p.status = 'listed' ORDER BY p.sku LIMIT ?"),
                 {QVariant::fromValue(category.value()), limit});
}

Result<qint64> Catalog::productCount() const
{
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM products"), {}, tr("The products could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace qtill::inventory
