// The column validators of the product import: one small function per column, run in file-column
// order on every record (checkRow), then the checks across rows and against the store.
#include "productrowcheck.h"

#include "barcode.h"
#include "ean13.h"
#include "product.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/services.h"
#include "core/store.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory::productimport {

namespace {

// The messages keep ProductImporter's translation context, where they were written first.
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductImporter", text);
}

using namespace ProductCsv;

/// What a column validator works on: the record, what the store knows, the product being updated
/// (nullptr for a new one) and the row being filled.
struct ProductCheck
{
    RowCheck &cells;
    const Lookups &store;
    const ExistingProduct *existing;
    Row &row;
    QLocale cLocale = QLocale::c();

    QString cell(Column column) const { return cells.cell(column); }
    /// Updating an existing product: a column the file lacks keeps the product's value.
    bool keep(Column column) const { return existing && !cells.has(column); }
    void issue(Column column, const QString &value, const QString &message) { cells.issue(column, value, message); }
};

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return !text.isEmpty();
}

/// Empty when `code` can be stored (the rules of ProductService::validateBarcode: GS1 check digits,
/// PLUs, internal codes, no codes a scale-label layout would read); otherwise the reason. Fills the
/// code's kind and lookup forms.
QString checkCode(const QString &code, const QSet<QString> &scalePrefixes, QString *kind, QStringList *candidates)
{
    const qsizetype n = code.size();
    if (allDigits(code) && (n == 13 || n == 12 || n == 14 || (n == 8 && Barcode::expandUpcE(code).isEmpty()))) {
        const int expected = Ean13::checkDigit(QStringView(code).first(n - 1));
        if (expected != code.back().unicode() - '0') {
            const char *type = n == 13 ? "EAN-13" : n == 8 ? "EAN-8" : n == 12 ? "UPC-A" : "GTIN-14";
            return tr("The barcode %1 has a wrong check digit: for this %2 the last digit must be %3. "
                      "Check the digits against the label.")
                .arg(code, QLatin1String(type))
                .arg(expected);
        }
    }
    auto parsed = Barcode::parse(code);
    if (!parsed)
        return parsed.error().message;
    if (parsed->kind == BarcodeKind::InStore && scalePrefixes.contains(code.left(2))) {
        return tr("Codes starting with %1 are read as scale labels; give the product another code or change the "
                  "scale label settings.").arg(code.left(2));
    }
    switch (parsed->kind) {
    case BarcodeKind::Ean13:
    case BarcodeKind::Ean8:
    case BarcodeKind::UpcA:
    case BarcodeKind::UpcE:
    case BarcodeKind::Gtin14: *kind = BarcodeType::kGtin; break;
    case BarcodeKind::Plu: *kind = BarcodeType::kPlu; break;
    case BarcodeKind::InStore:
    case BarcodeKind::Internal: *kind = BarcodeType::kInternal; break;
    }
    *candidates = parsed->candidates;
    return {};
}

/// A price or cost cell: an amount ≥ 0 and at most ProductImporter::kMaxPriceFen.
std::optional<qint64> amount(ProductCheck &c, Column column, const QString &text)
{
    auto parsed = Money::parse(text, c.cLocale, c.store.currency);
    if (!parsed) {
        c.issue(column, text, tr("\"%1\" is not an amount. Write it like 3.50 (yuan, up to two decimals).").arg(text));
        return std::nullopt;
    }
    if (parsed->isNegative()) {
        c.issue(column, text, tr("The amount %1 is negative; prices and costs cannot be below zero.").arg(text));
        return std::nullopt;
    }
    if (parsed->minor() > ProductImporter::kMaxPriceFen) {
        c.issue(column, text, tr("The amount %1 is more than 1,000,000.00; check for a missing decimal point.").arg(text));
        return std::nullopt;
    }
    return parsed->minor();
}

std::optional<QString> parseStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("listed") || t == QStringLiteral("上架") || t == QStringLiteral("在售"))
        return QStringLiteral("listed");
    if (t == QLatin1String("delisted") || t == QStringLiteral("下架") || t == QStringLiteral("停售"))
        return QStringLiteral("delisted");
    return std::nullopt;
}

void checkName(ProductCheck &c)
{
    c.row.name = c.keep(kName) ? c.existing->name : c.cell(kName);
    if (c.row.name.isEmpty())
        c.issue(kName, {}, tr("The product name is empty."));
    else if (c.row.name.size() > kMaxNameLength)
        c.issue(kName, c.row.name, tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    c.row.nameEn = c.keep(kNameEn) ? c.existing->nameEn : c.cell(kNameEn);
}

void checkCategory(ProductCheck &c)
{
    const QString category = c.cell(kCategory);
    if (c.keep(kCategory)) {
        c.row.categoryId = c.existing->categoryId;
    } else if (category.isEmpty()) {
        c.issue(kCategory, {}, tr("The category is empty. Give its code or name."));
    } else if (const auto byCode = c.store.categoryByCode.constFind(category.toLower()); byCode != c.store.categoryByCode.cend()) {
        c.row.categoryId = *byCode;
    } else if (const auto byName = c.store.categoryByName.constFind(category.toLower()); byName != c.store.categoryByName.cend()) {
        if (byName->size() > 1)
            c.issue(kCategory, category, tr("Several categories are called \"%1\"; give the category code instead.").arg(category));
        else
            c.row.categoryId = byName->constFirst();
    } else if (c.store.createMissing) {
        c.row.newCategory = category;
    } else {
        c.issue(kCategory, category,
                tr("There is no category \"%1\". Add it first or use an existing category code or name.").arg(category));
    }
}

void checkUnit(ProductCheck &c)
{
    c.row.unit = c.keep(kUnit) ? c.existing->unit : c.cell(kUnit);
    if (c.row.unit.isEmpty())
        c.issue(kUnit, {}, tr("The unit is empty (e.g. 瓶, 袋, kg)."));
    else if (c.row.unit.size() > 10)
        c.issue(kUnit, c.row.unit, tr("The unit is too long (at most 10 characters)."));
}

void checkSoldByWeight(ProductCheck &c)
{
    const QString weighed = c.cell(kSoldByWeight);
    if (c.keep(kSoldByWeight))
        c.row.weighed = c.existing->weighed;
    else if (auto flag = CsvSheet::parseFlag(weighed))
        c.row.weighed = *flag;
    else
        c.issue(kSoldByWeight, weighed, tr("Write 1 for goods sold by weight and 0 for others."));
}

/// The retail and member price together: the member price may not be above the retail price.
void checkPrices(ProductCheck &c)
{
    const QString price = c.keep(kPrice) ? Money::fromMinor(c.existing->priceFen, c.store.currency).toPlainString() : c.cell(kPrice);
    if (c.keep(kPrice)) {
        c.row.priceFen = c.existing->priceFen;
    } else if (price.isEmpty()) {
        c.issue(kPrice, {}, tr("The price is empty."));
    } else if (auto fen = amount(c, kPrice, price)) {
        c.row.priceFen = *fen;
        if (*fen == 0)
            c.issue(kPrice, price, tr("The price is zero; a product needs a selling price."));
    }
    const QString member = c.cell(kMemberPrice);
    if (c.keep(kMemberPrice)) {
        c.row.memberPriceFen = c.existing->memberPriceFen;
        if (c.row.memberPriceFen && c.row.priceFen > 0 && *c.row.memberPriceFen > c.row.priceFen)
            c.issue(kPrice, price, tr("The new price is below the member price %1; give a member_price column too.")
                                       .arg(Money::fromMinor(*c.row.memberPriceFen, c.store.currency).toPlainString()));
    } else if (!member.isEmpty()) {
        if (auto fen = amount(c, kMemberPrice, member)) {
            c.row.memberPriceFen = *fen;
            if (c.row.priceFen > 0 && *fen > c.row.priceFen)
                c.issue(kMemberPrice, member, tr("The member price is higher than the retail price %1.").arg(price));
        }
    }
}

void checkCost(ProductCheck &c)
{
    const QString cost = c.cell(kCost);
    if (c.existing) {
        c.row.costFen = c.existing->costFen;   // the moving average of its receipts stays
    } else if (!cost.isEmpty()) {
        if (auto fen = amount(c, kCost, cost))
            c.row.costFen = *fen;
    }
}

void checkTaxClass(ProductCheck &c)
{
    const QString tax = c.cell(kTaxClass);
    if (c.keep(kTaxClass)) {
        c.row.taxClass = c.existing->taxClass;
    } else if (tax.isEmpty()) {
        if (c.store.defaultTax.isEmpty())
            c.issue(kTaxClass, {}, tr("The store has no tax classes yet; add them before importing products."));
        c.row.taxClass = c.store.defaultTax;
    } else if (c.store.taxCodes.contains(tax.toLower())) {
        c.row.taxClass = tax.toLower();
    } else if (c.store.taxCodes.isEmpty()) {
        // Never "use one of: ." — say there are none and where to add them.
        c.issue(kTaxClass, tax, tr("There is no tax class \"%1\": the store has no tax classes yet. Add them under "
                                   "Settings → Taxes (or with qtillctl tax add), then check the file again.").arg(tax));
    } else {
        QStringList codes(c.store.taxCodes.cbegin(), c.store.taxCodes.cend());
        codes.sort();
        c.issue(kTaxClass, tax, tr("There is no tax class \"%1\". Use one of: %2.").arg(tax, codes.join(QStringLiteral(", "))));
    }
}

void checkStatus(ProductCheck &c)
{
    const QString status = c.cell(kStatus);
    if (c.keep(kStatus))
        c.row.status = c.existing->status;
    else if (auto s = parseStatus(status))
        c.row.status = *s;
    else
        c.issue(kStatus, status, tr("Write \"listed\" (上架) or \"delisted\" (下架)."));
}

void checkSafetyStock(ProductCheck &c)
{
    const QString safety = c.cell(kSafetyStock);
    if (c.keep(kSafetyStock)) {
        c.row.safetyMilli = c.existing->safetyMilli;
    } else if (!safety.isEmpty()) {
        auto q = Quantity::parse(safety, c.cLocale);
        if (!q)
            c.issue(kSafetyStock, safety, tr("\"%1\" is not a quantity. Write it like 12 or 0.5.").arg(safety));
        else if (q->isNegative())
            c.issue(kSafetyStock, safety, tr("The safety stock cannot be negative."));
        else
            c.row.safetyMilli = q->milli();
    }
}

/// After checkSafetyStock: the maximum may not be below the safety stock.
void checkMaxStock(ProductCheck &c)
{
    const QString maxStock = c.cell(kMaxStock);
    if (c.keep(kMaxStock)) {
        c.row.maxStockMilli = c.existing->maxStockMilli;
    } else if (!maxStock.isEmpty()) {
        auto q = Quantity::parse(maxStock, c.cLocale);
        if (!q || q->isNegative())
            c.issue(kMaxStock, maxStock, tr("\"%1\" is not a quantity. Write it like 48 or 12.5.").arg(maxStock));
        else if (q->milli() > 0 && q->milli() < c.row.safetyMilli)
            c.issue(kMaxStock, maxStock, tr("The maximum stock is below the safety stock."));
        else
            c.row.maxStockMilli = q->milli();
    }
}

void checkBrand(ProductCheck &c)
{
    c.row.brand = c.keep(kBrand) ? c.existing->brand : c.cell(kBrand);
    if (c.row.brand.size() > kMaxNameLength)
        c.issue(kBrand, c.row.brand, tr("The brand is too long (at most %1 characters).").arg(kMaxNameLength));
}

void checkDepartment(ProductCheck &c)
{
    const QString department = c.cell(kDepartment);
    if (c.keep(kDepartment)) {
        c.row.departmentId = c.existing->departmentId;
    } else if (!department.isEmpty()) {
        if (const auto byCode = c.store.departmentByCode.constFind(department.toLower()); byCode != c.store.departmentByCode.cend())
            c.row.departmentId = *byCode;
        else if (const auto byName = c.store.departmentByName.constFind(department.toLower()); byName != c.store.departmentByName.cend())
            c.row.departmentId = *byName;
        else if (c.store.createMissing)
            c.row.newDepartment = department;
        else
            c.issue(kDepartment, department, tr("There is no department \"%1\". Add it first or leave the cell empty.").arg(department));
    }
}

void checkSerialTracked(ProductCheck &c)
{
    const QString serial = c.cell(kSerialTracked);
    if (c.keep(kSerialTracked))
        c.row.serialTracked = c.existing->serialTracked;
    else if (auto flag = CsvSheet::parseFlag(serial))
        c.row.serialTracked = *flag;
    else
        c.issue(kSerialTracked, serial, tr("Write 1 for goods with serial numbers (phones, laptops) and 0 for others."));
}

void checkBarcode(ProductCheck &c)
{
    const QString barcode = c.cell(kBarcode);
    if (barcode.isEmpty())
        return;
    Row::Code code{barcode, Quantity::kScale, kBarcode, {}, {}};
    if (const QString problem = checkCode(barcode, c.store.scalePrefixes, &code.kind, &code.candidates); !problem.isEmpty())
        c.issue(kBarcode, barcode, problem);
    else
        c.row.codes.append(code);
}

/// "CODE" or "CODE*PACKQTY", separated by ';'.
void checkOtherBarcodes(ProductCheck &c)
{
    for (const QString &part : c.cell(kOtherBarcodes).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype star = item.indexOf(QLatin1Char('*'));
        const QString code = (star < 0 ? item : item.left(star)).trimmed();
        qint64 pack = Quantity::kScale;
        if (star >= 0) {
            auto q = Quantity::parse(item.mid(star + 1), c.cLocale);
            if (!q || q->milli() <= 0) {
                c.issue(kOtherBarcodes, item, tr("\"%1\": write a pack barcode as CODE*QUANTITY, e.g. 16901234567899*24.").arg(item));
                continue;
            }
            pack = q->milli();
        }
        Row::Code entry{code, pack, kOtherBarcodes, {}, {}};
        if (const QString problem = checkCode(code, c.store.scalePrefixes, &entry.kind, &entry.candidates); !problem.isEmpty())
            c.issue(kOtherBarcodes, item, problem);
        else
            c.row.codes.append(entry);
    }
}

/// The validators after the item code, in the order their problems are reported.
using Validator = void (*)(ProductCheck &);
constexpr Validator kValidators[] = {checkName,   checkCategory,    checkUnit,    checkSoldByWeight,  checkPrices,
                                     checkCost,   checkTaxClass,    checkStatus,  checkSafetyStock,   checkMaxStock,
                                     checkBrand,  checkDepartment,  checkSerialTracked, checkBarcode, checkOtherBarcodes};

} // namespace

Row checkRow(RowCheck &check, const Lookups &lookups, bool update)
{
    Row row;
    row.sku = check.cell(kSku);
    if (row.sku.isEmpty())
        check.issue(kSku, {}, tr("The item code is empty."));
    else if (row.sku.size() > kMaxCodeLength)
        check.issue(kSku, row.sku, tr("The item code is too long (at most %1 characters).").arg(kMaxCodeLength));
    const auto found = update ? lookups.existing.constFind(row.sku) : lookups.existing.cend();
    const ExistingProduct *existing = found != lookups.existing.cend() ? &*found : nullptr;
    if (existing)
        row.existingId = existing->id;
    else if (!lookups.missingForNew.isEmpty() && !row.sku.isEmpty())
        check.issue(-1, {}, tr("The item code %1 is not in the store; a new product needs the columns %2 as well.")
                                .arg(row.sku, lookups.missingForNew.join(QStringLiteral(", "))));
    ProductCheck c{check, lookups, existing, row};
    for (Validator validate : kValidators)
        validate(c);
    return row;
}

} // namespace qtill::inventory::productimport
