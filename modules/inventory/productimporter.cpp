#include "productimporter.h"

#include "barcode.h"
#include "csvsheet.h"
#include "ean13.h"
#include "product.h"
#include "pinyin.h"
#include "productsearchindex.h"
#include "productcsvformat.h"

#include "core/auditlog.h"
#include "core/money.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductImporter", text);
}

constexpr int kProgressEvery = 1000;
constexpr int kMaxNameLength = 100;
constexpr int kMaxCodeLength = 32;

QVariant integer(qint64 value)
{
    return QVariant::fromValue(static_cast<qlonglong>(value));
}

/// One product row as it will be written.
struct Row
{
    int row = 0;
    bool good = true;
    qint64 existingId = 0;      // Existing::Update: the product this row changes
    QString sku;
    QString name;
    QString nameEn;
    qint64 categoryId = 0;
    QString unit;
    bool weighed = false;
    qint64 priceFen = 0;
    std::optional<qint64> memberPriceFen;
    qint64 costFen = 0;
    QString taxClass;
    QString status = QStringLiteral("listed");
    qint64 safetyMilli = 0;
    qint64 maxStockMilli = 0;
    QString brand;              // name; empty: none
    qint64 departmentId = 0;    // 0: none
    bool serialTracked = false;
    struct Code
    {
        QString code;
        qint64 packMilli = 0;
        ProductCsv::Column column = ProductCsv::kBarcode;   // where the file gives it
        QString kind;                                       // a BarcodeType key
        QStringList candidates;                             // forms the same article may be stored under
        bool owned = false;                                 // the product has it already (Update)
    };
    QList<Code> codes;
};

/// A product in the store, as Existing::Update starts from it.
struct ExistingProduct
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    qint64 categoryId = 0;
    QString unit;
    bool weighed = false;
    qint64 priceFen = 0;
    std::optional<qint64> memberPriceFen;
    qint64 costFen = 0;
    QString taxClass;
    QString status;
    qint64 safetyMilli = 0;
    qint64 maxStockMilli = 0;
    QString brand;
    qint64 departmentId = 0;
    bool serialTracked = false;
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

std::optional<QString> parseStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("listed") || t == QStringLiteral("上架") || t == QStringLiteral("在售"))
        return QStringLiteral("listed");
    if (t == QLatin1String("delisted") || t == QStringLiteral("下架") || t == QStringLiteral("停售"))
        return QStringLiteral("delisted");
    return std::nullopt;
}

} // namespace

struct ProductImporter::Private
{
    ImportReport report;
    QList<Row> rows;
    bool validated = false;
};

ProductImporter::ProductImporter(Services &services) : m_services(services), d(std::make_unique<Private>()) {}

ProductImporter::~ProductImporter() = default;

const ImportReport &ProductImporter::report() const
{
    return d->report;
}

Result<ImportReport> ProductImporter::validateFile(const QString &path, const CsvReader::Options &options)
{
    auto document = CsvReader::readFile(path, options);
    if (!document)
        return document.error();
    return validate(*document);
}

Result<ImportReport> ProductImporter::validate(const CsvDocument &document)
{
    using namespace ProductCsv;
    d->report = ImportReport{};
    d->rows.clear();
    d->validated = false;
    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();

    // The header: which file column holds which field.
    int index[kColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (qsizetype i = 0; i < document.header.size(); ++i) {
        const int column = columnFor(document.header.at(i));
        if (column < 0)
            continue;
        if (index[column] >= 0) {
            return Error::invalidInput(tr("The columns \"%1\" and \"%2\" both mean %3. Remove one of them.")
                                           .arg(document.header.at(index[column]), document.header.at(i), key(Column(column))));
        }
        index[column] = int(i);
    }
    const bool update = m_existing == Existing::Update;
    QStringList missing;
    for (int c = 0; c < kColumnCount; ++c) {
        if (isRequired(Column(c)) && index[c] < 0)
            missing << key(Column(c));
    }
    // Updating: only the item code is needed; the other required columns only for new products.
    const QStringList missingForNew = update ? missing : QStringList();
    if (update)
        missing.removeIf([](const QString &k) { return k != key(kSku); });
    if (!missing.isEmpty()) {
        return Error::invalidInput(tr("The file has no column for: %1. The first row must name the columns, e.g. %2.")
                                       .arg(missing.join(QStringLiteral(", ")), header().join(QLatin1Char(','))));
    }

    // What the store knows: categories, tax classes.
    QHash<QString, qint64> categoryByCode;
    QHash<QString, QList<qint64>> categoryByName;
    {
        auto q = store.exec(QStringLiteral("SELECT id, code, name FROM categories"), {},
                            tr("The categories could not be read."));
        if (!q)
            return q.error();
        while (q->next()) {
            categoryByCode.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
            categoryByName[q->value(2).toString().trimmed().toLower()] << q->value(0).toLongLong();
        }
    }
    auto taxes = m_services.taxClasses().list();
    if (!taxes)
        return taxes.error();
    QSet<QString> taxCodes;
    QString defaultTax;
    for (const TaxClass &t : std::as_const(*taxes)) {
        taxCodes.insert(t.code);
        if (t.isDefault)
            defaultTax = t.code;
    }

    QHash<QString, qint64> departmentByCode;
    QHash<QString, qint64> departmentByName;
    {
        auto q = store.exec(QStringLiteral("SELECT id, code, name FROM departments"), {},
                            tr("The departments could not be read."));
        if (!q)
            return q.error();
        while (q->next()) {
            departmentByCode.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
            departmentByName.insert(q->value(2).toString().trimmed().toLower(), q->value(0).toLongLong());
        }
    }
    QSet<QString> scalePrefixes;
    {
        auto q = store.exec(QStringLiteral("SELECT prefix FROM embedded_barcode_layouts"), {},
                            tr("The scale label settings could not be read."));
        if (!q)
            return q.error();
        while (q->next())
            scalePrefixes.insert(q->value(0).toString());
    }

    // Against the store, in IN lists of Store::kLookupChunk keys (one statement reused per list).
    const QString readError = tr("The products could not be read.");
    auto lookup = [&](const QStringList &keys, const QString &sqlHead,
                      const std::function<void(const QSqlQuery &)> &onHit) -> Status {
        return store.lookupBatched(keys, sqlHead, onHit, readError);
    };

    // Updating: the products the file's item codes name, as they are now.
    QHash<QString, ExistingProduct> existing;
    if (update) {
        QStringList skus;
        const int skuIndex = index[kSku];
        for (const CsvRecord &r : document.records) {
            if (skuIndex < r.fields.size())
                skus << r.fields.at(skuIndex).trimmed();
        }
        skus.removeAll(QString());
        skus.removeDuplicates();
        const Status read = lookup(
            skus,
            QStringLiteral("SELECT p.sku, p.id, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen,"
                           " p.member_price_fen, p.cost_fen, p.tax_class, p.status, p.safety_stock_milli,"
                           " p.max_stock_milli, COALESCE(b.name, ''), COALESCE(p.department_id, 0), p.serial_tracked"
                           " FROM products p LEFT JOIN brands b ON b.id = p.brand_id WHERE p.sku"),
            [&](const QSqlQuery &q) {
                ExistingProduct e;
                e.id = q.value(1).toLongLong();
                e.name = q.value(2).toString();
                e.nameEn = q.value(3).toString();
                e.categoryId = q.value(4).toLongLong();
                e.unit = q.value(5).toString();
                e.weighed = q.value(6).toInt() != 0;
                e.priceFen = q.value(7).toLongLong();
                if (!q.value(8).isNull())
                    e.memberPriceFen = q.value(8).toLongLong();
                e.costFen = q.value(9).toLongLong();
                e.taxClass = q.value(10).toString();
                e.status = q.value(11).toString();
                e.safetyMilli = q.value(12).toLongLong();
                e.maxStockMilli = q.value(13).toLongLong();
                e.brand = q.value(14).toString();
                e.departmentId = q.value(15).toLongLong();
                e.serialTracked = q.value(16).toInt() != 0;
                existing.insert(q.value(0).toString(), e);
            });
        if (!read)
            return read.error();
    }

    ImportReport &report = d->report;
    report.fileEncoding = csvEncodingName(document.encoding);
    report.totalRows = int(document.records.size());
    const qint64 total = report.totalRows;
    const QLocale cLocale = QLocale::c();

    auto cell = [&](const CsvRecord &r, Column column) -> QString {
        const int i = index[column];
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    };
    auto heading = [&](Column column) { return index[column] >= 0 ? document.header.at(index[column]) : key(column); };

    auto addIssue = [&](Row &row, Column column, const QString &value, const QString &message) {
        row.good = false;
        report.issues << ImportIssue{row.row, heading(column), value, message};
    };
    auto addRowIssue = [&](Row &row, const QString &message) {
        row.good = false;
        report.issues << ImportIssue{row.row, {}, {}, message};
    };
    auto money = [&](Row &row, Column column, const QString &text) -> std::optional<qint64> {
        auto parsed = Money::parse(text, cLocale, currency);
        if (!parsed) {
            addIssue(row, column, text, tr("\"%1\" is not an amount. Write it like 3.50 (yuan, up to two decimals).").arg(text));
            return std::nullopt;
        }
        if (parsed->isNegative()) {
            addIssue(row, column, text, tr("The amount %1 is negative; prices and costs cannot be below zero.").arg(text));
            return std::nullopt;
        }
        if (parsed->minor() > kMaxPriceFen) {
            addIssue(row, column, text,
                     tr("The amount %1 is more than 1,000,000.00; check for a missing decimal point.").arg(text));
            return std::nullopt;
        }
        return parsed->minor();
    };

    d->rows.reserve(document.records.size());
    const qsizetype headerColumns = document.header.size();
    for (qsizetype i = 0; i < document.records.size(); ++i) {
        const CsvRecord &r = document.records.at(i);
        Row row;
        row.row = r.row;
        if (!r.problem.isEmpty())
            addRowIssue(row, r.problem);
        if (r.fields.size() > headerColumns) {
            addRowIssue(row, tr("This row has %1 values but the header has %2 columns. A value that contains a comma "
                                "must be put in double quotes.").arg(r.fields.size()).arg(headerColumns));
        }

        row.sku = cell(r, kSku);
        if (row.sku.isEmpty())
            addIssue(row, kSku, {}, tr("The item code is empty."));
        else if (row.sku.size() > kMaxCodeLength)
            addIssue(row, kSku, row.sku, tr("The item code is too long (at most %1 characters).").arg(kMaxCodeLength));
        const auto found = update ? existing.constFind(row.sku) : existing.cend();
        const ExistingProduct *ex = found != existing.cend() ? &*found : nullptr;
        if (ex)
            row.existingId = ex->id;
        else if (!missingForNew.isEmpty() && !row.sku.isEmpty())
            addRowIssue(row, tr("The item code %1 is not in the store; a new product needs the columns %2 as well.")
                                 .arg(row.sku, missingForNew.join(QStringLiteral(", "))));
        // Updating an existing product: a column the file lacks keeps the product's value.
        const auto keep = [&](Column column) { return ex && index[column] < 0; };

        row.name = keep(kName) ? ex->name : cell(r, kName);
        if (row.name.isEmpty())
            addIssue(row, kName, {}, tr("The product name is empty."));
        else if (row.name.size() > kMaxNameLength)
            addIssue(row, kName, row.name, tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
        row.nameEn = keep(kNameEn) ? ex->nameEn : cell(r, kNameEn);

        const QString category = cell(r, kCategory);
        if (keep(kCategory)) {
            row.categoryId = ex->categoryId;
        } else if (category.isEmpty()) {
            addIssue(row, kCategory, {}, tr("The category is empty. Give its code or name."));
        } else if (const auto byCode = categoryByCode.constFind(category.toLower()); byCode != categoryByCode.cend()) {
            row.categoryId = *byCode;
        } else if (const auto byName = categoryByName.constFind(category.toLower()); byName != categoryByName.cend()) {
            if (byName->size() > 1)
                addIssue(row, kCategory, category, tr("Several categories are called \"%1\"; give the category code instead.").arg(category));
            else
                row.categoryId = byName->constFirst();
        } else {
            addIssue(row, kCategory, category,
                     tr("There is no category \"%1\". Add it first or use an existing category code or name.").arg(category));
        }

        row.unit = keep(kUnit) ? ex->unit : cell(r, kUnit);
        if (row.unit.isEmpty())
            addIssue(row, kUnit, {}, tr("The unit is empty (e.g. 瓶, 袋, kg)."));
        else if (row.unit.size() > 10)
            addIssue(row, kUnit, row.unit, tr("The unit is too long (at most 10 characters)."));

        const QString weighed = cell(r, kSoldByWeight);
        if (keep(kSoldByWeight))
            row.weighed = ex->weighed;
        else if (auto flag = CsvSheet::parseFlag(weighed))
            row.weighed = *flag;
        else
            addIssue(row, kSoldByWeight, weighed, tr("Write 1 for goods sold by weight and 0 for others."));

        const QString price = keep(kPrice) ? Money::fromMinor(ex->priceFen, currency).toPlainString() : cell(r, kPrice);
        if (keep(kPrice)) {
            row.priceFen = ex->priceFen;
        } else if (price.isEmpty()) {
            addIssue(row, kPrice, {}, tr("The price is empty."));
        } else if (auto fen = money(row, kPrice, price)) {
            row.priceFen = *fen;
            if (*fen == 0)
                addIssue(row, kPrice, price, tr("The price is zero; a product needs a selling price."));
        }
        const QString member = cell(r, kMemberPrice);
        if (keep(kMemberPrice)) {
            row.memberPriceFen = ex->memberPriceFen;
            if (row.memberPriceFen && row.priceFen > 0 && *row.memberPriceFen > row.priceFen)
                addIssue(row, kPrice, price, tr("The new price is below the member price %1; give a member_price column too.")
                                                 .arg(Money::fromMinor(*row.memberPriceFen, currency).toPlainString()));
        } else if (!member.isEmpty()) {
            if (auto fen = money(row, kMemberPrice, member)) {
                row.memberPriceFen = *fen;
                if (row.priceFen > 0 && *fen > row.priceFen)
                    addIssue(row, kMemberPrice, member, tr("The member price is higher than the retail price %1.").arg(price));
            }
        }
        const QString cost = cell(r, kCost);
        if (ex) {
            row.costFen = ex->costFen;   // the moving average of its receipts stays
        } else if (!cost.isEmpty()) {
            if (auto fen = money(row, kCost, cost))
                row.costFen = *fen;
        }

        const QString tax = cell(r, kTaxClass);
        if (keep(kTaxClass)) {
            row.taxClass = ex->taxClass;
        } else if (tax.isEmpty()) {
            if (defaultTax.isEmpty())
                addIssue(row, kTaxClass, {}, tr("The store has no tax classes yet; add them before importing products."));
            row.taxClass = defaultTax;
        } else if (taxCodes.contains(tax.toLower())) {
            row.taxClass = tax.toLower();
        } else {
            addIssue(row, kTaxClass, tax,
                     tr("There is no tax class \"%1\". Use one of: %2.").arg(tax, QStringList(taxCodes.cbegin(), taxCodes.cend()).join(QStringLiteral(", "))));
        }

        const QString status = cell(r, kStatus);
        if (keep(kStatus))
            row.status = ex->status;
        else if (auto s = parseStatus(status))
            row.status = *s;
        else
            addIssue(row, kStatus, status, tr("Write \"listed\" (上架) or \"delisted\" (下架)."));

        const QString safety = cell(r, kSafetyStock);
        if (keep(kSafetyStock)) {
            row.safetyMilli = ex->safetyMilli;
        } else if (!safety.isEmpty()) {
            auto q = Quantity::parse(safety, cLocale);
            if (!q)
                addIssue(row, kSafetyStock, safety, tr("\"%1\" is not a quantity. Write it like 12 or 0.5.").arg(safety));
            else if (q->isNegative())
                addIssue(row, kSafetyStock, safety, tr("The safety stock cannot be negative."));
            else
                row.safetyMilli = q->milli();
        }

        const QString maxStock = cell(r, kMaxStock);
        if (keep(kMaxStock)) {
            row.maxStockMilli = ex->maxStockMilli;
        } else if (!maxStock.isEmpty()) {
            auto q = Quantity::parse(maxStock, cLocale);
            if (!q || q->isNegative())
                addIssue(row, kMaxStock, maxStock, tr("\"%1\" is not a quantity. Write it like 48 or 12.5.").arg(maxStock));
            else if (q->milli() > 0 && q->milli() < row.safetyMilli)
                addIssue(row, kMaxStock, maxStock, tr("The maximum stock is below the safety stock."));
            else
                row.maxStockMilli = q->milli();
        }
        row.brand = keep(kBrand) ? ex->brand : cell(r, kBrand);
        if (row.brand.size() > kMaxNameLength)
            addIssue(row, kBrand, row.brand, tr("The brand is too long (at most %1 characters).").arg(kMaxNameLength));
        const QString department = cell(r, kDepartment);
        if (keep(kDepartment)) {
            row.departmentId = ex->departmentId;
        } else if (!department.isEmpty()) {
            if (const auto byCode = departmentByCode.constFind(department.toLower()); byCode != departmentByCode.cend())
                row.departmentId = *byCode;
            else if (const auto byName = departmentByName.constFind(department.toLower()); byName != departmentByName.cend())
                row.departmentId = *byName;
            else
                addIssue(row, kDepartment, department, tr("There is no department \"%1\". Add it first or leave the cell empty.").arg(department));
        }
        const QString serial = cell(r, kSerialTracked);
        if (keep(kSerialTracked))
            row.serialTracked = ex->serialTracked;
        else if (auto flag = CsvSheet::parseFlag(serial))
            row.serialTracked = *flag;
        else
            addIssue(row, kSerialTracked, serial, tr("Write 1 for goods with serial numbers (phones, laptops) and 0 for others."));

        const QString barcode = cell(r, kBarcode);
        if (!barcode.isEmpty()) {
            Row::Code code{barcode, Quantity::kScale, kBarcode, {}, {}};
            if (const QString problem = checkCode(barcode, scalePrefixes, &code.kind, &code.candidates); !problem.isEmpty())
                addIssue(row, kBarcode, barcode, problem);
            else
                row.codes.append(code);
        }
        const QString others = cell(r, kOtherBarcodes);
        for (const QString &part : others.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype star = item.indexOf(QLatin1Char('*'));
            const QString code = (star < 0 ? item : item.left(star)).trimmed();
            qint64 pack = Quantity::kScale;
            if (star >= 0) {
                auto q = Quantity::parse(item.mid(star + 1), cLocale);
                if (!q || q->milli() <= 0) {
                    addIssue(row, kOtherBarcodes, item,
                             tr("\"%1\": write a pack barcode as CODE*QUANTITY, e.g. 16901234567899*24.").arg(item));
                    continue;
                }
                pack = q->milli();
            }
            Row::Code entry{code, pack, kOtherBarcodes, {}, {}};
            if (const QString problem = checkCode(code, scalePrefixes, &entry.kind, &entry.candidates); !problem.isEmpty())
                addIssue(row, kOtherBarcodes, item, problem);
            else
                row.codes.append(entry);
        }

        d->rows << std::move(row);
        if (m_progress && (i + 1) % kProgressEvery == 0)
            m_progress(ImportPhase::Validating, i + 1, total);
    }

    // Duplicates within the file: the first row keeps the code, later rows are bad. Both maps give the
    // index in d->rows of the row that has the code.
    QHash<QString, qsizetype> skuRow;
    QHash<QString, qsizetype> codeRow;
    skuRow.reserve(d->rows.size());
    codeRow.reserve(d->rows.size() * 2);
    for (qsizetype i = 0; i < d->rows.size(); ++i) {
        Row &row = d->rows[i];
        if (!row.sku.isEmpty()) {
            if (const auto first = skuRow.constFind(row.sku); first != skuRow.cend())
                addIssue(row, kSku, row.sku, tr("The item code %1 is also on row %2.").arg(row.sku).arg(d->rows.at(*first).row));
            else
                skuRow.insert(row.sku, i);
        }
        for (qsizetype k = 0; k < row.codes.size(); ++k) {
            const Row::Code &c = row.codes.at(k);
            const QString &code = c.code;
            // A row names one to a few codes: a scan of the ones before is cheaper than a set per row.
            const auto before = row.codes.cbegin() + k;
            if (std::any_of(row.codes.cbegin(), before, [&](const Row::Code &o) { return o.code == code; })) {
                addIssue(row, c.column, code, tr("The barcode %1 is given twice for this product.").arg(code));
                continue;
            }
            int firstRow = 0;
            for (const QString &form : c.candidates) {
                if (const auto first = codeRow.constFind(form); first != codeRow.cend() && *first != i) {
                    firstRow = d->rows.at(*first).row;
                    break;
                }
            }
            if (firstRow > 0) {
                addIssue(row, c.column, code, tr("The barcode %1 is also on row %2.").arg(code).arg(firstRow));
                continue;
            }
            for (const QString &form : c.candidates)
                codeRow.insert(form, i);
        }
    }

    // Against the store: item codes and barcodes that exist already.
    const Status skus = lookup(update ? QStringList() : skuRow.keys(),
                               QStringLiteral("SELECT sku, name FROM products WHERE sku"), [&](const QSqlQuery &q) {
                                   const QString sku = q.value(0).toString();
                                   Row &row = d->rows[skuRow.value(sku)];
                                   addIssue(row, kSku, sku,
                                            tr("The item code %1 is already used by %2 in the store. Changing existing "
                                               "products by import is not supported; remove the row or change the code.")
                                                .arg(sku, q.value(1).toString()));
                               });
    if (!skus)
        return skus.error();
    const Status codes = lookup(codeRow.keys(),
                                QStringLiteral("SELECT b.code, p.sku, p.name FROM product_barcodes b"
                                               " JOIN products p ON p.id = b.product_id WHERE b.code"),
                                [&](const QSqlQuery &q) {
                                    const QString code = q.value(0).toString();
                                    Row &row = d->rows[codeRow.value(code)];
                                    Column column = kBarcode;
                                    Row::Code *match = nullptr;
                                    for (Row::Code &c : row.codes) {
                                        if (c.candidates.contains(code)) {
                                            column = c.column;
                                            match = &c;
                                        }
                                    }
                                    if (row.existingId > 0 && match && q.value(1).toString() == row.sku) {
                                        match->owned = true;   // updating: the product has it already
                                        return;
                                    }
                                    addIssue(row, column, code,
                                             tr("The barcode %1 already belongs to %2 (item code %3).")
                                                 .arg(code, q.value(2).toString(), q.value(1).toString()));
                                });
    if (!codes)
        return codes.error();

    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    for (const Row &row : std::as_const(d->rows))
        (row.good ? report.goodRows : report.badRows) += 1;
    if (m_progress)
        m_progress(ImportPhase::Validating, total, total);
    d->validated = true;
    return report;
}

Result<ImportResult> ProductImporter::import(const Session &actor, Mode mode)
{
    if (Status allowed = m_services.permissions().require(actor, ImportPermissions::kImport); !allowed)
        return allowed.error();
    if (Status importable = CsvSheet::checkImportable(d->report, d->validated, mode); !importable)
        return importable.error();
    const ImportReport &report = d->report;

    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();
    ImportResult result;
    result.skippedRows = report.badRows;
    const qint64 total = report.goodRows;
    const Status done = store.transaction([&]() -> Status {
        QSqlDatabase db = store.database();
        QSqlQuery product(db);
        QSqlQuery barcode(db);
        const auto failed = [&](const QSqlQuery &q, int row) {
            return Error::storage(tr("Row %1 could not be saved, so nothing was imported. Check the file again: "
                                     "the store may have changed since it was checked.").arg(row),
                                  q.lastError().text());
        };
        QSqlQuery brand(db);
        QSqlQuery search(db);
        QSqlQuery change(db);
        QSqlQuery unsearch(db);
        QSqlQuery before(db);
        if (m_existing == Existing::Update
            && (!change.prepare(QStringLiteral(
                    "UPDATE products SET name = ?, name_en = ?, category_id = ?, unit = ?, sold_by_weight = ?, price_fen = ?,"
                    " member_price_fen = ?, tax_class = ?, status = ?, safety_stock_milli = ?, max_stock_milli = ?,"
                    " brand_id = ?, department_id = ?, serial_tracked = ?, pinyin = ? WHERE id = ?"))
                || !unsearch.prepare(QStringLiteral("DELETE FROM product_search WHERE rowid = ?"))
                || !before.prepare(QStringLiteral("SELECT price_fen, member_price_fen FROM products WHERE id = ?")))) {
            return Error::storage(tr("The products could not be saved."), change.lastError().text());
        }
        // The per-row statements take named values (":sku", …) bound by names made once here:
        // QSqlQuery::bindValue(int) formats a name for every value it binds, which costs about a tenth
        // of the write time of a 100,000-row file.
        const auto marks = [](const QStringList &columns) {
            QStringList out;
            for (const QString &c : columns)
                out << QString(QLatin1Char(':') + c);
            return out;
        };
        const QStringList productColumns{
            QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("category_id"),
            QStringLiteral("unit"), QStringLiteral("sold_by_weight"), QStringLiteral("price_fen"),
            QStringLiteral("member_price_fen"), QStringLiteral("cost_fen"), QStringLiteral("tax_class"),
            QStringLiteral("status"), QStringLiteral("safety_stock_milli"), QStringLiteral("max_stock_milli"),
            QStringLiteral("brand_id"), QStringLiteral("department_id"), QStringLiteral("serial_tracked"),
            QStringLiteral("pinyin")};
        const QStringList barcodeColumns{QStringLiteral("code"), QStringLiteral("product_id"), QStringLiteral("pack_qty_milli"),
                                         QStringLiteral("kind")};
        const QStringList searchColumns{QStringLiteral("rowid"), QStringLiteral("tokens")};
        const QStringList productMarks = marks(productColumns);
        const QStringList barcodeMarks = marks(barcodeColumns);
        const QStringList searchMarks = marks(searchColumns);
        const auto insert = [](const QString &table, const QStringList &columns, const QStringList &named) -> QString {
            return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
                + QStringLiteral(") VALUES (") + named.join(QStringLiteral(", ")) + QLatin1Char(')');
        };
        const auto bindProduct = [&](int column, const QVariant &value) { product.bindValue(productMarks.at(column), value); };
        const auto bindBarcode = [&](int column, const QVariant &value) { barcode.bindValue(barcodeMarks.at(column), value); };
        const auto bindSearch = [&](int column, const QVariant &value) { search.bindValue(searchMarks.at(column), value); };
        if (!product.prepare(insert(QStringLiteral("products"), productColumns, productMarks))
            || !barcode.prepare(insert(QStringLiteral("product_barcodes"), barcodeColumns, barcodeMarks))
            || !brand.prepare(QStringLiteral("INSERT INTO brands (name) VALUES (?)"))
            || !search.prepare(insert(QStringLiteral("product_search"), searchColumns, searchMarks))) {
            return Error::storage(tr("The products could not be saved."), product.lastError().text() + barcode.lastError().text());
        }
        // Brands by name; names the store does not know yet are added.
        QHash<QString, qint64> brands;
        {
            auto q = store.exec(QStringLiteral("SELECT id, name FROM brands"), {}, tr("The brands could not be read."));
            if (!q)
                return q.error();
            while (q->next())
                brands.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
        }
        const QVariant noId(QMetaType(QMetaType::LongLong));
        const QVariant noMemberPrice(QMetaType(QMetaType::LongLong));
        for (const Row &row : std::as_const(d->rows)) {
            if (!row.good)
                continue;
            QVariant brandId = noId;
            if (!row.brand.isEmpty()) {
                auto known = brands.constFind(row.brand.toLower());
                if (known == brands.cend()) {
                    brand.bindValue(0, row.brand);
                    if (!brand.exec())
                        return failed(brand, row.row);
                    known = brands.insert(row.brand.toLower(), brand.lastInsertId().toLongLong());
                    ++result.brandsAdded;
                }
                brandId = integer(*known);
            }
            if (row.existingId > 0) {
                // Updating: the prices as they are inside this transaction, for the audit.
                const QVariant id = integer(row.existingId);
                before.bindValue(0, id);
                if (!before.exec() || !before.next())
                    return failed(before, row.row);
                const qint64 oldPrice = before.value(0).toLongLong();
                const QVariant oldMember = before.value(1);
                before.finish();
                change.bindValue(0, row.name);
                change.bindValue(1, row.nameEn.isNull() ? QStringLiteral("") : row.nameEn);
                change.bindValue(2, integer(row.categoryId));
                change.bindValue(3, row.unit);
                change.bindValue(4, row.weighed ? 1 : 0);
                change.bindValue(5, integer(row.priceFen));
                change.bindValue(6, row.memberPriceFen ? integer(*row.memberPriceFen) : noMemberPrice);
                change.bindValue(7, row.taxClass);
                change.bindValue(8, row.status);
                change.bindValue(9, integer(row.safetyMilli));
                change.bindValue(10, integer(row.maxStockMilli));
                change.bindValue(11, brandId);
                change.bindValue(12, row.departmentId > 0 ? integer(row.departmentId) : noId);
                change.bindValue(13, row.serialTracked ? 1 : 0);
                change.bindValue(14, Pinyin::initials(row.name));
                change.bindValue(15, id);
                if (!change.exec())
                    return failed(change, row.row);
                unsearch.bindValue(0, id);
                bindSearch(0, id);
                bindSearch(1, ProductSearchIndex::tokens(row.name, row.nameEn));
                if (!unsearch.exec() || !search.exec())
                    return failed(search, row.row);
                const std::optional<qint64> oldMemberFen =
                    oldMember.isNull() ? std::nullopt : std::optional<qint64>(oldMember.toLongLong());
                if (oldPrice != row.priceFen || oldMemberFen != row.memberPriceFen) {
                    const auto text = [&currency](const std::optional<qint64> &fen) {
                        return fen ? Money::fromMinor(*fen, currency).toPlainString() : QStringLiteral("-");
                    };
                    auto priced = m_services.auditLog().append(
                        AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("product.price"), QStringLiteral("product:") + row.sku,
                                    AuditOutcome::kOk,
                                    QStringLiteral("price %1→%2; memberPrice %3→%4; by import")
                                        .arg(Money::fromMinor(oldPrice, currency).toPlainString(),
                                             Money::fromMinor(row.priceFen, currency).toPlainString(), text(oldMemberFen),
                                             text(row.memberPriceFen))});
                    if (!priced)
                        return priced.error();
                    ++result.pricesChanged;
                }
                for (const Row::Code &c : row.codes) {
                    if (c.owned)
                        continue;
                    bindBarcode(0, c.code);
                    bindBarcode(1, id);
                    bindBarcode(2, integer(c.packMilli));
                    bindBarcode(3, c.kind);
                    if (!barcode.exec())
                        return failed(barcode, row.row);
                    ++result.barcodes;
                }
                ++result.updated;
                if (m_progress && (result.products + result.updated) % kProgressEvery == 0)
                    m_progress(ImportPhase::Importing, result.products + result.updated, total);
                continue;
            }
            bindProduct(0, row.sku);
            bindProduct(1, row.name);
            bindProduct(2, row.nameEn.isNull() ? QStringLiteral("") : row.nameEn);   // NOT NULL DEFAULT ''
            bindProduct(3, integer(row.categoryId));
            bindProduct(4, row.unit);
            bindProduct(5, row.weighed ? 1 : 0);
            bindProduct(6, integer(row.priceFen));
            bindProduct(7, row.memberPriceFen ? integer(*row.memberPriceFen) : noMemberPrice);
            bindProduct(8, integer(row.costFen));
            bindProduct(9, row.taxClass);
            bindProduct(10, row.status);
            bindProduct(11, integer(row.safetyMilli));
            bindProduct(12, integer(row.maxStockMilli));
            bindProduct(13, brandId);
            bindProduct(14, row.departmentId > 0 ? integer(row.departmentId) : noId);
            bindProduct(15, row.serialTracked ? 1 : 0);
            bindProduct(16, Pinyin::initials(row.name));
            if (!product.exec())
                return failed(product, row.row);
            const QVariant id = product.lastInsertId();
            // The full-text search row, as ProductSearchIndex::update writes it (pinyin went in above).
            // SQLite-only like ProductSearchIndex itself; a prepared statement here because update()
            // prepares three statements per product, which triples the time of a 100,000-row import.
            bindSearch(0, id);
            bindSearch(1, ProductSearchIndex::tokens(row.name, row.nameEn));
            if (!search.exec())
                return failed(search, row.row);
            for (const Row::Code &c : row.codes) {
                bindBarcode(0, c.code);
                bindBarcode(1, id);
                bindBarcode(2, integer(c.packMilli));
                bindBarcode(3, c.kind);
                if (!barcode.exec())
                    return failed(barcode, row.row);
                ++result.barcodes;
            }
            ++result.products;
            if (m_progress && (result.products + result.updated) % kProgressEvery == 0)
                m_progress(ImportPhase::Importing, result.products + result.updated, total);
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.import"), QStringLiteral("products"),
                        AuditOutcome::kOk,
                        QStringLiteral("%1 products, %2 codes, %5 brands added; %6 products updated (%7 prices); "
                                       "%3 bad rows skipped; file %4")
                            .arg(result.products)
                            .arg(result.barcodes)
                            .arg(result.skippedRows)
                            .arg(report.fileEncoding)
                            .arg(result.brandsAdded)
                            .arg(result.updated)
                            .arg(result.pricesChanged)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    if (m_progress)
        m_progress(ImportPhase::Importing, total, total);
    d->validated = false;   // the same rows cannot be imported twice
    return result;
}

} // namespace qtill::inventory
