#include "catalog.h"

#include "barcode.h"
#include "embeddedbarcodelayout.h"
#include "productsearchindex.h"

#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::Catalog", text);
}

const QString kProductColumnList = QStringLiteral(
    "p.id, p.sku, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen, p.member_price_fen,"
    " p.cost_fen, p.tax_class, p.status, p.safety_stock_milli, p.pinyin, p.brand_id, p.department_id,"
    " p.max_stock_milli, p.serial_tracked, p.image_path");

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

/// The exclusive upper bound of a prefix range: every string starting with `prefix` is < it.
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

bool isAsciiAlnum(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

} // namespace

Catalog::Catalog(Services &core) : m_core(core), m_store(core.store()) {}

Catalog::~Catalog() = default;

Product Catalog::fromRow(const QSqlQuery &q, const Currency &currency, int offset) const
{
    Product p;
    p.id = ProductId(q.value(offset + 0).toLongLong());
    p.sku = q.value(offset + 1).toString();
    p.name = q.value(offset + 2).toString();
    p.nameEn = q.value(offset + 3).toString();
    p.categoryId = CategoryId(q.value(offset + 4).toLongLong());
    p.unit = q.value(offset + 5).toString();
    p.soldByWeight = q.value(offset + 6).toInt() != 0;
    p.price = Money::fromMinor(q.value(offset + 7).toLongLong(), currency);
    if (!q.value(offset + 8).isNull())
        p.memberPrice = Money::fromMinor(q.value(offset + 8).toLongLong(), currency);
    p.cost = Money::fromMinor(q.value(offset + 9).toLongLong(), currency);
    p.taxClass = q.value(offset + 10).toString();
    p.status = q.value(offset + 11).toString() == QLatin1String("delisted") ? ProductStatus::Delisted
                                                                           : ProductStatus::Listed;
    p.safetyStock = Quantity::fromMilli(q.value(offset + 12).toLongLong());
    p.pinyin = q.value(offset + 13).toString();
    p.brandId = BrandId(q.value(offset + 14).toLongLong());
    p.departmentId = DepartmentId(q.value(offset + 15).toLongLong());
    p.maxStock = Quantity::fromMilli(q.value(offset + 16).toLongLong());
    p.serialTracked = q.value(offset + 17).toInt() != 0;
    p.imagePath = q.value(offset + 18).toString();
    return p;
}

Result<QList<Product>> Catalog::query(const QString &whereAndOrder, const QVariantList &values, bool cached) const
{
    // Before the query: the currency is a setting read from the store, and on PostgreSQL another
    // statement run while a forward-only query is being read discards its rows.
    const Currency currency = m_core.storeProfile().currency();
    const QString sql = QStringLiteral("SELECT ") + kProductColumnList + QStringLiteral(" FROM products p ") + whereAndOrder;
    const QString message = tr("The products could not be read.");
    QList<Product> products;
    if (!cached) {
        auto q = m_store.exec(sql, values, message);
        if (!q)
            return q.error();
        while (q->next())
            products << fromRow(*q, currency);
        return products;
    }
    auto q = m_store.execCached(sql, values, message);
    if (!q)
        return q.error();
    while (q->next())
        products << fromRow(q->query(), currency);
    return products;
}

Result<ScanMatch> Catalog::findCode(const QStringList &candidates) const
{
    // Up to three forms of one article (Barcode::parse); the first, the code as scanned, wins.
    constexpr qsizetype kForms = 3;
    static const QString sql = QStringLiteral("SELECT b.code, b.pack_qty_milli, ") + kProductColumnList
        + QStringLiteral(" FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                         " WHERE b.code IN (?, ?, ?) ORDER BY b.code = ? DESC LIMIT 1");
    QVariantList values;
    for (qsizetype i = 0; i < kForms; ++i)
        values << candidates.value(i, candidates.constFirst());
    values << candidates.constFirst();
    auto q = m_store.execCached(sql, values, tr("The product could not be looked up."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("No product has the code %1. Check the code or add the product.").arg(candidates.constFirst()));
    ScanMatch match;
    match.code = q->value(0).toString();
    match.packQuantity = Quantity::fromMilli(q->value(1).toLongLong());
    match.product = fromRow(q->query(), m_core.storeProfile().currency(), 2);
    return match;
}

Result<ScanMatch> Catalog::lookupEmbedded(const QString &code) const
{
    auto layouts = m_store.exec(QStringLiteral("SELECT prefix, value_kind, item_start, item_length, value_start,"
                                               " value_length FROM embedded_barcode_layouts WHERE prefix = ?"),
                                {code.left(2)}, tr("The scale label layouts could not be read."));
    if (!layouts)
        return layouts.error();
    if (!layouts->next())
        return Error::notFound(tr("No product has the code %1. Check the code or add the product.").arg(code));
    const EmbeddedBarcodeLayout layout{layouts->value(0).toString(),
                                       layouts->value(1).toString() == QLatin1String("weight") ? EmbeddedValue::Weight
                                                                                                 : EmbeddedValue::Price,
                                       layouts->value(2).toInt(), layouts->value(3).toInt(), layouts->value(4).toInt(),
                                       layouts->value(5).toInt(), {}};
    auto label = EmbeddedBarcodeLayouts::decode(code, {layout}, m_core.storeProfile().currency());
    if (!label)
        return label.error();
    auto found = findCode(QStringList{label->itemCode, label->plu});
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        return Error::notFound(
            tr("The scale label %1 is for item %2, which no product has. Check the PLU on the scale.").arg(code, label->plu));
    }
    found->code = code;
    found->packQuantity = Quantity::units(1);
    found->embeddedPrice = label->price;
    found->embeddedQuantity = label->weight;
    return found;
}

Result<ScanMatch> Catalog::lookup(const QString &code) const
{
    auto parsed = Barcode::parse(code);
    if (!parsed)
        return parsed.error();
    auto found = findCode(parsed->candidates);
    if (found || found.error().code != Error::Code::NotFound || parsed->kind != BarcodeKind::InStore)
        return found;
    return lookupEmbedded(parsed->code);
}

Result<ScanMatch> Catalog::lookupForSale(const QString &code) const
{
    auto found = lookup(code);
    if (found && !found->product.isListed()) {
        return Error::conflict(tr("%1 (%2) is delisted and cannot be sold. A manager can list it again.")
                                   .arg(found->product.name, found->product.sku),
                               QStringLiteral("delisted"));
    }
    return found;
}

Result<QList<Product>> Catalog::search(const QString &text, int limit) const
{
    return search(text, limit, false);
}

Result<QList<Product>> Catalog::search(const QString &text, int limit, bool includeDelisted) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Product>();
    QList<Product> results;
    QSet<qint64> seen;
    auto take = [&](Result<QList<Product>> step) -> Status {
        if (!step)
            return step.error();
        for (Product &p : *step) {
            if (results.size() >= limit)
                break;
            if (!seen.contains(p.id.value())) {
                seen.insert(p.id.value());
                results << std::move(p);
            }
        }
        return {};
    };
    const QString listed = includeDelisted ? QString() : QStringLiteral(" AND p.status = 'listed'");

    // 1. The exact code or item code.
    // (A UNION of two index lookups: PostgreSQL reads "sku = ? OR id IN (…)" by scanning every product.)
    if (Status s = take(query(QStringLiteral("WHERE p.id IN (SELECT id FROM products WHERE sku = ?"
                                             " UNION SELECT product_id FROM product_barcodes WHERE code = ?)") + listed
                                  + QStringLiteral(" LIMIT ?"),
                              {trimmed, trimmed, limit}));
        !s)
        return s.error();
    // 2.–5. Prefix range scans on indexed columns.
    const bool ascii = isAsciiAlnum(trimmed);
    struct Step
    {
        bool applies;
        QString sql;
        QString low;
    };
    const Step steps[] = {
        {true, QStringLiteral("WHERE p.sku >= ? AND p.sku < ?") + listed + QStringLiteral(" ORDER BY p.sku LIMIT ?"), trimmed},
        {ascii,
         QStringLiteral("JOIN product_barcodes b ON b.product_id = p.id WHERE b.code >= ? AND b.code < ?") + listed
             + QStringLiteral(" ORDER BY b.code LIMIT ?"),
         trimmed},
        {ascii, QStringLiteral("WHERE p.pinyin >= ? AND p.pinyin < ?") + listed + QStringLiteral(" ORDER BY p.pinyin LIMIT ?"),
         trimmed.toUpper()},
        {true, QStringLiteral("WHERE p.name >= ? AND p.name < ?") + listed + QStringLiteral(" ORDER BY p.name LIMIT ?"), trimmed},
    };
    for (const Step &step : steps) {
        if (results.size() >= limit)
            return results;
        if (!step.applies)
            continue;
        if (Status s = take(query(step.sql, {step.low, prefixEnd(step.low), limit})); !s)
            return s.error();
    }
    if (results.size() >= limit)
        return results;
    // 6. Anywhere in the name or English name: one statement that walks the full-text matches in id
    // order, joins each to its product, filters it and stops at the limit — so a common word stops
    // early and a rare one reads only its few matches. At most kFullTextCandidates matches are checked
    // (text with punctuation can reject candidates). The page is shown by name.
    // Punctuation ("100%", "#99") is not in the index: check the candidates for the exact text.
    const bool punctuation = !ProductSearchIndex::isPlainWords(trimmed);
    if (const auto match = ProductSearchIndex::match(m_store.dialect(), trimmed, punctuation); !match.isEmpty()) {
        QVariantList values = match.values;
        QString exact;
        if (punctuation) {
            const QString contains = QLatin1Char('%') + escapeLike(trimmed) + QLatin1Char('%');
            exact = QStringLiteral(" AND (p.name LIKE ? ESCAPE '!' OR p.name_en LIKE ? ESCAPE '!')");
            values << contains << contains;
        }
        // Products found by the steps above come back here too: ask for that many more.
        values << (limit - results.size()) + seen.size();
        auto found = query(match.join + listed + exact + match.order + QStringLiteral(" LIMIT ?"), values, match.cacheable);
        if (!found)
            return found.error();
        std::stable_sort(found->begin(), found->end(), [](const Product &a, const Product &b) { return a.name < b.name; });
        if (Status s = take(std::move(found)); !s)
            return s.error();
    } else {
        // Only punctuation or symbols ("%"): a plain substring match, stopped at the limit.
        const QString contains = QLatin1Char('%') + escapeLike(trimmed) + QLatin1Char('%');
        if (Status s = take(query(QStringLiteral("WHERE (p.name LIKE ? ESCAPE '!' OR p.name_en LIKE ? ESCAPE '!')") + listed
                                      + QStringLiteral(" LIMIT ?"),
                                  {contains, contains, limit}));
            !s)
            return s.error();
    }
    return results;
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
        codes << ScanMatch{*p, q->value(0).toString(), Quantity::fromMilli(q->value(1).toLongLong()), {}, {}};
    return codes;
}

Result<QList<ProductBarcode>> Catalog::productBarcodes(ProductId id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT code, kind, pack_qty_milli FROM product_barcodes WHERE product_id = ?"
                                         " ORDER BY pack_qty_milli, code"),
                          {QVariant::fromValue(id.value())}, tr("The barcodes could not be read."));
    if (!q)
        return q.error();
    QList<ProductBarcode> codes;
    while (q->next())
        codes << ProductBarcode{q->value(0).toString(), q->value(1).toString(), Quantity::fromMilli(q->value(2).toLongLong())};
    return codes;
}

Result<QList<Category>> Catalog::categories() const
{
    auto q = m_store.execCached(QStringLiteral("SELECT id, parent_id, code, name, name_en FROM categories ORDER BY code"), {},
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

Result<QList<Category>> Catalog::subcategories(CategoryId parent) const
{
    auto all = categories();
    if (!all)
        return all.error();
    QList<Category> children;
    for (const Category &c : std::as_const(*all)) {
        if (c.parentId == parent)
            children << c;
    }
    return children;
}

Result<QList<Department>> Catalog::departments() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, code, name FROM departments ORDER BY code"), {},
                          tr("The departments could not be read."));
    if (!q)
        return q.error();
    QList<Department> list;
    while (q->next())
        list << Department{DepartmentId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString()};
    return list;
}

Result<QList<Brand>> Catalog::brands() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, name FROM brands ORDER BY name"), {}, tr("The brands could not be read."));
    if (!q)
        return q.error();
    QList<Brand> list;
    while (q->next())
        list << Brand{BrandId(q->value(0).toLongLong()), q->value(1).toString()};
    return list;
}

Result<QList<Product>> Catalog::productsIn(CategoryId category, int limit) const
{
    return query(QStringLiteral("WHERE p.category_id = ? AND p.status = 'listed' ORDER BY p.sku LIMIT ?"),
                 {QVariant::fromValue(category.value()), limit});
}

Result<QList<Product>> Catalog::page(int offset, int limit) const
{
    return query(QStringLiteral("ORDER BY p.sku LIMIT ? OFFSET ?"), {limit, offset});
}

Result<qint64> Catalog::productCount() const
{
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM products"), {}, tr("The products could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QString> Catalog::listConditions(const ProductListFilter &filter, QVariantList &values) const
{
    QString sql;
    if (filter.status != ProductListFilter::Status::Any) {
        sql += QStringLiteral(" AND p.status = ?");
        values << (filter.status == ProductListFilter::Status::Listed ? QStringLiteral("listed") : QStringLiteral("delisted"));
    }
    if (filter.category.isValid()) {
        // The category and everything below it (the tree is small: read it and walk it here).
        auto all = categories();
        if (!all)
            return all.error();
        QList<qint64> ids{filter.category.value()};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (const Category &c : std::as_const(*all)) {
                if (c.parentId.value() == ids.at(i) && !ids.contains(c.id.value()))
                    ids << c.id.value();
            }
        }
        sql += QStringLiteral(" AND p.category_id IN (") + Store::bindMarks(ids.size()) + QLatin1Char(')');
        for (qint64 id : std::as_const(ids))
            values << QVariant::fromValue(id);
    }
    if (filter.soldByWeightOnly)
        sql += QStringLiteral(" AND p.sold_by_weight = 1");
    if (filter.lowStockOnly) {
        sql += QStringLiteral(" AND p.safety_stock_milli > 0 AND COALESCE((SELECT SUM(s.qty_milli) FROM stock_balances s"
                              " WHERE s.product_id = p.id), 0) < p.safety_stock_milli");
    }
    return sql;
}

Result<QList<ProductListRow>> Catalog::listQuery(const QString &whereAndOrder, const QVariantList &values) const
{
    constexpr int extra = 19; // the columns of kProductColumnList come first
    auto q = m_store.execCached(QStringLiteral("SELECT ") + kProductColumnList
                                    + QStringLiteral(", (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id"
                                                     " ORDER BY b.pack_qty_milli, b.code LIMIT 1),"
                                                     " (SELECT SUM(s.qty_milli) FROM stock_balances s WHERE s.product_id = p.id)"
                                                     " FROM products p ")
                                    + whereAndOrder,
                                values, tr("The products could not be read."));
    if (!q)
        return q.error();
    const Currency currency = m_core.storeProfile().currency();
    QList<ProductListRow> rows;
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        ProductListRow row;
        row.product = fromRow(q->query(), currency);
        row.barcode = q->value(extra).toString();
        row.onHand = Quantity::fromMilli(q->value(extra + 1).toLongLong());
        at.insert(row.product.id.value(), rows.size());
        rows << std::move(row);
    }
    if (rows.isEmpty())
        return rows;
    // Stock per location of the rows read: one query for the page.
    QVariantList ids;
    for (const ProductListRow &row : std::as_const(rows))
        ids << QVariant::fromValue(row.product.id.value());
    // A full page always has the same number of marks, so this statement is reused too.
    auto balances = m_store.execCached(QStringLiteral("SELECT product_id, location_id, qty_milli FROM stock_balances"
                                                      " WHERE product_id IN (")
                                           + Store::bindMarks(ids.size()) + QLatin1Char(')'),
                                       ids, tr("The stock could not be read."));
    if (!balances)
        return balances.error();
    while (balances->next()) {
        const qsizetype i = at.value(balances->value(0).toLongLong(), -1);
        if (i >= 0)
            rows[i].onHandAt.insert(balances->value(1).toLongLong(), Quantity::fromMilli(balances->value(2).toLongLong()));
    }
    return rows;
}

Result<QList<ProductListRow>> Catalog::listPage(const ProductListFilter &filter, const std::optional<ProductListKey> &after,
                                                int limit) const
{
    if (limit <= 0)
        return QList<ProductListRow>();
    QVariantList values;
    auto conditions = listConditions(filter, values);
    if (!conditions)
        return conditions.error();
    QString where = QStringLiteral("WHERE 1 = 1") + *conditions;
    switch (filter.order) {
    case ProductListFilter::Order::ByName:
        if (after) {
            // name >= ? bounds the index range; the OR only sorts out the few rows with the same name.
            where += QStringLiteral(" AND p.name >= ? AND (p.name > ? OR p.id > ?)");
            values << after->sortKey << after->sortKey << QVariant::fromValue(after->id);
        }
        where += QStringLiteral(" ORDER BY p.name, p.id");
        break;
    case ProductListFilter::Order::ByPrice:
    case ProductListFilter::Order::ByPriceDescending: {
        // products_price (price_fen, id): the bound price limits the index range, the OR sorts out
        // the rows with the same price (many products share a price).
        const bool up = filter.order == ProductListFilter::Order::ByPrice;
        if (after) {
            where += up ? QStringLiteral(" AND p.price_fen >= ? AND (p.price_fen > ? OR p.id > ?)")
                        : QStringLiteral(" AND p.price_fen <= ? AND (p.price_fen < ? OR p.id < ?)");
            values << QVariant::fromValue(after->priceFen) << QVariant::fromValue(after->priceFen)
                   << QVariant::fromValue(after->id);
        }
        where += up ? QStringLiteral(" ORDER BY p.price_fen, p.id") : QStringLiteral(" ORDER BY p.price_fen DESC, p.id DESC");
        break;
    }
    case ProductListFilter::Order::BySku:
        if (after) {
            where += QStringLiteral(" AND p.sku > ?");
            values << after->sortKey;
        }
        where += QStringLiteral(" ORDER BY p.sku");
        break;
    }
    where += QStringLiteral(" LIMIT ?");
    values << limit;
    return listQuery(where, values);
}

Result<qint64> Catalog::listCount(const ProductListFilter &filter) const
{
    QVariantList values;
    auto conditions = listConditions(filter, values);
    if (!conditions)
        return conditions.error();
    // No WHERE at all for the whole catalog: SQLite counts that from the smallest index at once.
    const QString where = conditions->isEmpty() ? QString() : QStringLiteral(" WHERE 1 = 1") + *conditions;
    auto q = m_store.execCached(QStringLiteral("SELECT COUNT(*) FROM products p") + where, values,
                                tr("The products could not be counted."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<ProductListRow>> Catalog::listRows(const QList<ProductId> &ids, const ProductListFilter &filter) const
{
    if (ids.isEmpty())
        return QList<ProductListRow>();
    QVariantList values;
    for (ProductId id : ids)
        values << QVariant::fromValue(id.value());
    const QString marks = Store::bindMarks(values.size());
    auto conditions = listConditions(filter, values);
    if (!conditions)
        return conditions.error();
    auto rows = listQuery(QStringLiteral("WHERE p.id IN (") + marks + QLatin1Char(')') + *conditions, values);
    if (!rows)
        return rows.error();
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i).value(), i);
    std::sort(rows->begin(), rows->end(), [&](const ProductListRow &a, const ProductListRow &b) {
        return position.value(a.product.id.value()) < position.value(b.product.id.value());
    });
    return rows;
}

} // namespace qtill::inventory
