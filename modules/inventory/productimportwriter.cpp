#include "productimportwriter.h"

#include "pinyin.h"
#include "productsearchindex.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/money.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace qtill::inventory::productimport {

namespace {

// The messages keep ProductImporter's translation context, where they were written first.
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductImporter", text);
}

QVariant integer(qint64 value)
{
    return QVariant::fromValue(static_cast<qlonglong>(value));
}

const QVariant kNoId(QMetaType(QMetaType::LongLong));

const QStringList kProductColumns{
    QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("category_id"),
    QStringLiteral("unit"), QStringLiteral("sold_by_weight"), QStringLiteral("price_fen"),
    QStringLiteral("member_price_fen"), QStringLiteral("cost_fen"), QStringLiteral("tax_class"),
    QStringLiteral("status"), QStringLiteral("safety_stock_milli"), QStringLiteral("max_stock_milli"),
    QStringLiteral("brand_id"), QStringLiteral("department_id"), QStringLiteral("serial_tracked"),
    QStringLiteral("pinyin")};
const QStringList kBarcodeColumns{QStringLiteral("code"), QStringLiteral("product_id"), QStringLiteral("pack_qty_milli"),
                                  QStringLiteral("kind")};

QStringList marks(const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << QString(QLatin1Char(':') + c);
    return out;
}

QString insertSql(const QString &table, const QStringList &columns, const QStringList &named)
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES (") + named.join(QStringLiteral(", ")) + QLatin1Char(')');
}

/// The id of the row `query` (an INSERT … RETURNING id) just inserted: read from its result, the same
/// on SQLite and PostgreSQL (lastInsertId() is not given by QPSQL).
QVariant returnedId(QSqlQuery &query)
{
    return query.next() ? QVariant::fromValue(query.value(0).toLongLong()) : QVariant();
}

QString fenText(const std::optional<qint64> &fen, const Currency &currency)
{
    return fen ? Money::fromMinor(*fen, currency).toPlainString() : QStringLiteral("-");
}

/// Create missing: one table's new rows (code = name = the text the file gives), each audited.
Result<QHash<QString, qint64>> createNamed(Services &services, const Session &actor, const QStringList &texts,
                                           const QString &table, const QString &what, int *added)
{
    QHash<QString, qint64> ids;
    for (const QString &text : texts) {
        if (ids.contains(text.toLower()))
            continue;
        auto inserted = insertReturningId(services.store(),
                                          QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (code, name) VALUES (?, ?)"),
                                          {text, text}, tr("The products could not be saved."));
        if (!inserted)
            return inserted.error();
        ids.insert(text.toLower(), *inserted);
        ++*added;
        if (Status audited = ImportSkeleton::audit(services, actor, what + QStringLiteral(".add"), what + QLatin1Char(':') + text,
                                                   text + QStringLiteral(" (by import)"));
            !audited)
            return audited.error();
    }
    return ids;
}

} // namespace

Writer::Writer(Services &services, const Session &actor, bool update, ImportResult &result)
    : m_services(services), m_actor(actor), m_update(update), m_result(result),
      m_product(services.store().database()), m_barcode(services.store().database()),
      m_brand(services.store().database()), m_change(services.store().database()),
      m_before(services.store().database()), m_search(services.store()), m_productMarks(marks(kProductColumns)),
      m_barcodeMarks(marks(kBarcodeColumns))
{
}

Status Writer::prepare()
{
    if (m_update
        && (!m_change.prepare(QStringLiteral(
                "UPDATE products SET name = ?, name_en = ?, category_id = ?, unit = ?, sold_by_weight = ?, price_fen = ?,"
                " member_price_fen = ?, tax_class = ?, status = ?, safety_stock_milli = ?, max_stock_milli = ?,"
                " brand_id = ?, department_id = ?, serial_tracked = ?, pinyin = ? WHERE id = ?"))
            || !m_before.prepare(QStringLiteral("SELECT price_fen, member_price_fen FROM products WHERE id = ?")))) {
        return Error::storage(tr("The products could not be saved."), m_change.lastError().text());
    }
    if (!m_product.prepare(insertSql(QStringLiteral("products"), kProductColumns, m_productMarks)
                           + QStringLiteral(" RETURNING id"))
        || !m_barcode.prepare(insertSql(QStringLiteral("product_barcodes"), kBarcodeColumns, m_barcodeMarks))
        || !m_brand.prepare(QStringLiteral("INSERT INTO brands (name) VALUES (?) RETURNING id"))) {
        return Error::storage(tr("The products could not be saved."), m_product.lastError().text() + m_barcode.lastError().text());
    }
    if (Status search = m_search.prepare(); !search)
        return search;
    // Brands by name; names the store does not know yet are added.
    auto q = m_services.store().exec(QStringLiteral("SELECT id, name FROM brands"), {}, tr("The brands could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        m_brands.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
    return {};
}

Status Writer::createMissing(QList<Row> &rows)
{
    QStringList categories;
    QStringList departments;
    for (const Row &row : std::as_const(rows)) {
        if (row.good && !row.newCategory.isEmpty())
            categories << row.newCategory;
        if (row.good && !row.newDepartment.isEmpty())
            departments << row.newDepartment;
    }
    auto categoryIds = createNamed(m_services, m_actor, categories, QStringLiteral("categories"), QStringLiteral("category"),
                                   &m_result.categoriesAdded);
    if (!categoryIds)
        return categoryIds.error();
    auto departmentIds = createNamed(m_services, m_actor, departments, QStringLiteral("departments"),
                                     QStringLiteral("department"), &m_result.departmentsAdded);
    if (!departmentIds)
        return departmentIds.error();
    for (Row &row : rows) {
        if (!row.newCategory.isEmpty())
            row.categoryId = categoryIds->value(row.newCategory.toLower());
        if (!row.newDepartment.isEmpty())
            row.departmentId = departmentIds->value(row.newDepartment.toLower());
    }
    return {};
}

Status Writer::failed(const QSqlQuery &query, int row) const
{
    return failed(query.lastError(), row);
}

Status Writer::failed(const QSqlError &error, int row) const
{
    return Error::storage(tr("Row %1 could not be saved, so nothing was imported. Check the file again: "
                             "the store may have changed since it was checked.").arg(row),
                          error.text());
}

Result<QVariant> Writer::brandId(const Row &row)
{
    if (row.brand.isEmpty())
        return kNoId;
    auto known = m_brands.constFind(row.brand.toLower());
    if (known == m_brands.cend()) {
        m_brand.bindValue(0, row.brand);
        if (!m_brand.exec())
            return failed(m_brand, row.row).error();
        const QVariant id = returnedId(m_brand);
        if (!id.isValid())
            return failed(m_brand, row.row).error();
        known = m_brands.insert(row.brand.toLower(), id.toLongLong());
        ++m_result.brandsAdded;
    }
    return integer(*known);
}

Status Writer::write(const Row &row)
{
    auto brand = brandId(row);
    if (!brand)
        return brand.error();
    return row.existingId > 0 ? update(row, *brand) : insert(row, *brand);
}

Status Writer::insert(const Row &row, const QVariant &brand)
{
    const auto bind = [&](int column, const QVariant &value) { m_product.bindValue(m_productMarks.at(column), value); };
    bind(0, row.sku);
    bind(1, row.name);
    bind(2, row.nameEn.isNull() ? QStringLiteral("") : row.nameEn);   // NOT NULL DEFAULT ''
    bind(3, integer(row.categoryId));
    bind(4, row.unit);
    bind(5, row.weighed ? 1 : 0);
    bind(6, integer(row.priceFen));
    bind(7, row.memberPriceFen ? integer(*row.memberPriceFen) : kNoId);
    bind(8, integer(row.costFen));
    bind(9, row.taxClass);
    bind(10, row.status);
    bind(11, integer(row.safetyMilli));
    bind(12, integer(row.maxStockMilli));
    bind(13, brand);
    bind(14, row.departmentId > 0 ? integer(row.departmentId) : kNoId);
    bind(15, row.serialTracked ? 1 : 0);
    bind(16, Pinyin::initials(row.name));
    if (!m_product.exec())
        return failed(m_product, row.row);
    const QVariant id = returnedId(m_product);
    if (!id.isValid())
        return failed(m_product, row.row);
    // The search row, as ProductSearchIndex::update writes it (pinyin went in above), with statements
    // prepared once: update() prepares them per product, which triples the time of a 100,000-row import.
    if (!m_search.write(id.toLongLong(), row.name, row.nameEn, true))
        return failed(m_search.lastError(), row.row);
    if (Status codes = insertCodes(row, id); !codes)
        return codes;
    ++m_result.products;
    return {};
}

Status Writer::update(const Row &row, const QVariant &brand)
{
    // The prices as they are inside this transaction, for the audit.
    const QVariant id = integer(row.existingId);
    m_before.bindValue(0, id);
    if (!m_before.exec() || !m_before.next())
        return failed(m_before, row.row);
    const qint64 oldPrice = m_before.value(0).toLongLong();
    const QVariant oldMember = m_before.value(1);
    m_before.finish();
    const QVariantList values{row.name, row.nameEn.isNull() ? QStringLiteral("") : row.nameEn, integer(row.categoryId),
                              row.unit, row.weighed ? 1 : 0, integer(row.priceFen),
                              row.memberPriceFen ? integer(*row.memberPriceFen) : kNoId, row.taxClass, row.status,
                              integer(row.safetyMilli), integer(row.maxStockMilli), brand,
                              row.departmentId > 0 ? integer(row.departmentId) : kNoId, row.serialTracked ? 1 : 0,
                              Pinyin::initials(row.name), id};
    for (int i = 0; i < values.size(); ++i)
        m_change.bindValue(i, values.at(i));
    if (!m_change.exec())
        return failed(m_change, row.row);
    if (!m_search.write(row.existingId, row.name, row.nameEn))
        return failed(m_search.lastError(), row.row);
    if (Status priced = auditPriceChange(row, oldPrice, oldMember); !priced)
        return priced;
    if (Status codes = insertCodes(row, id); !codes)
        return codes;
    ++m_result.updated;
    return {};
}

Status Writer::auditPriceChange(const Row &row, qint64 oldPrice, const QVariant &oldMember)
{
    const std::optional<qint64> oldMemberFen = oldMember.isNull() ? std::nullopt : std::optional<qint64>(oldMember.toLongLong());
    if (oldPrice == row.priceFen && oldMemberFen == row.memberPriceFen)
        return {};
    const Currency currency = m_services.storeProfile().currency();
    const Status audited = ImportSkeleton::audit(
        m_services, m_actor, QStringLiteral("product.price"), QStringLiteral("product:") + row.sku,
        QStringLiteral("price %1→%2; memberPrice %3→%4; by import")
            .arg(Money::fromMinor(oldPrice, currency).toPlainString(), Money::fromMinor(row.priceFen, currency).toPlainString(),
                 fenText(oldMemberFen, currency), fenText(row.memberPriceFen, currency)));
    if (!audited)
        return audited;
    ++m_result.pricesChanged;
    return {};
}

Status Writer::insertCodes(const Row &row, const QVariant &productId)
{
    for (const Row::Code &c : row.codes) {
        if (c.owned)
            continue;   // updating: the product has it already
        m_barcode.bindValue(m_barcodeMarks.at(0), c.code);
        m_barcode.bindValue(m_barcodeMarks.at(1), productId);
        m_barcode.bindValue(m_barcodeMarks.at(2), integer(c.packMilli));
        m_barcode.bindValue(m_barcodeMarks.at(3), c.kind);
        if (!m_barcode.exec())
            return failed(m_barcode, row.row);
        ++m_result.barcodes;
    }
    return {};
}

} // namespace qtill::inventory::productimport
