#include "supplierimporter.h"

#include "csvsheet.h"
#include "importskeleton.h"
#include "purchaseorderservice.h"
#include "supplierservice.h"

#include "core/auditlog.h"
#include "core/money.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <functional>

#include <optional>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SupplierImporter", text);
}

enum SupplierColumn {
    kCode, kName, kContact, kPhone, kLeadTime, kActive, kAddress, kPaymentTerms, kTaxId, kBankName, kBankAccount, kNote
};
enum ItemColumn { kSupplier, kSku, kItemCode, kCost, kPackSize, kPreferred };

QList<CsvColumnSpec> supplierColumns()
{
    return {
        {QStringLiteral("code"), {QStringLiteral("供应商编码"), QStringLiteral("编码")}, true},
        {QStringLiteral("name"), {QStringLiteral("供应商名称"), QStringLiteral("名称")}, false},
        {QStringLiteral("contact"), {QStringLiteral("联系人")}, false},
        {QStringLiteral("phone"), {QStringLiteral("电话"), QStringLiteral("联系电话")}, false},
        {QStringLiteral("lead_time_days"), {QStringLiteral("到货天数"), QStringLiteral("交货期")}, false},
        {QStringLiteral("active"), {QStringLiteral("启用")}, false},
        {QStringLiteral("address"), {QStringLiteral("地址")}, false},
        {QStringLiteral("payment_terms"), {QStringLiteral("付款方式"), QStringLiteral("结算方式")}, false},
        {QStringLiteral("tax_id"), {QStringLiteral("税号"), QStringLiteral("统一社会信用代码")}, false},
        {QStringLiteral("bank_name"), {QStringLiteral("开户行"), QStringLiteral("开户银行")}, false},
        {QStringLiteral("bank_account"), {QStringLiteral("银行账号"), QStringLiteral("账号")}, false},
        {QStringLiteral("note"), {QStringLiteral("备注")}, false},
    };
}

QList<CsvColumnSpec> itemColumns()
{
    return {
        {QStringLiteral("supplier"), {QStringLiteral("供应商编码"), QStringLiteral("供应商")}, true},
        {QStringLiteral("sku"), {QStringLiteral("商品编码"), QStringLiteral("货号")}, true},
        {QStringLiteral("supplier_item_code"), {QStringLiteral("供应商货号")}, false},
        {QStringLiteral("cost"), {QStringLiteral("进价")}, false},
        {QStringLiteral("pack_size"), {QStringLiteral("包装数"), QStringLiteral("箱规")}, false},
        {QStringLiteral("preferred"), {QStringLiteral("首选")}, false},
    };
}

constexpr int kMaxTextLength = 100;
constexpr qint64 kMaxCostFen = 100'000'000;

bool isItemsFile(const CsvDocument &document)
{
    for (const QString &heading : document.header) {
        for (const QString &name : QStringList{QStringLiteral("sku"), QStringLiteral("商品编码"), QStringLiteral("货号")}) {
            if (heading.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

struct Row
{
    int row = 0;
    bool good = true;
    bool exists = false;
    Supplier supplier;      // Suppliers
    SupplierItem item;      // SupplierItems
};

/// What every row is checked against.
struct Lookups
{
    Currency currency = Currency::fromCode({}); ///< the store's (set by readLookups): costs are in it
    QHash<QString, Supplier> byCode;          ///< lower-case code → supplier
    QHash<QString, qint64> productBySku;      ///< SupplierItems only
    QHash<QString, int> firstRow;             ///< key of checkOnce → first row in this file
};

/// A text column: the cell (or `current` when the file lacks the column), at most `maxLength` long.
QString text(RowCheck &check, int column, const QString &current, int maxLength = kMaxTextLength)
{
    if (!check.has(column))
        return current;
    const QString value = check.cell(column);
    if (value.size() > maxLength)
        check.issue(column, value, tr("Too long (at most %1 characters).").arg(maxLength));
    return value;
}

void checkSupplierCode(RowCheck &check, const Lookups &lookups, Row &row)
{
    const QString code = check.cell(kCode);
    const auto existing = lookups.byCode.constFind(code.toLower());
    row.exists = existing != lookups.byCode.cend();
    row.supplier = row.exists ? *existing : Supplier{};
    row.supplier.code = code;
    if (code.isEmpty())
        check.issue(kCode, {}, tr("The supplier code is empty."));
    else if (code.size() > 16)
        check.issue(kCode, code, tr("The supplier code is too long (at most 16 characters)."));
}

void checkSupplierTexts(RowCheck &check, Row &row)
{
    Supplier &s = row.supplier;
    const QString name = text(check, kName, s.name);
    if (!name.isEmpty())
        s.name = name;   // an empty name cell keeps an existing supplier's name
    if (s.name.isEmpty())
        check.issue(kName, {}, tr("A new supplier needs a name."));
    s.contact = text(check, kContact, s.contact);
    s.phone = text(check, kPhone, s.phone);
    s.address = text(check, kAddress, s.address, 200);
    s.paymentTerms = text(check, kPaymentTerms, s.paymentTerms);
    s.taxId = text(check, kTaxId, s.taxId);
    s.bankName = text(check, kBankName, s.bankName);
    s.bankAccount = text(check, kBankAccount, s.bankAccount);
    s.note = text(check, kNote, s.note, 1000);
}

/// The tax id and the account as the supplier service checks them, said on their own column.
void checkSupplierAccounts(RowCheck &check, const Row &row)
{
    for (const auto &[column, value] : {std::pair{int(kTaxId), row.supplier.taxId},
                                        std::pair{int(kBankAccount), row.supplier.bankAccount}}) {
        Supplier probe;
        probe.code = probe.name = QStringLiteral("-");
        probe.bankName = QStringLiteral("-");
        (column == kTaxId ? probe.taxId : probe.bankAccount) = value;
        if (Status ok = SupplierService::validate(probe); !ok && check.has(column))
            check.issue(column, value, ok.error().message);
    }
    if (!row.supplier.bankAccount.trimmed().isEmpty() && row.supplier.bankName.trimmed().isEmpty())
        check.issue(kBankName, {}, tr("Say which bank the account %1 is with.").arg(row.supplier.bankAccount.trimmed()));
}

void checkSupplierTerms(RowCheck &check, Row &row)
{
    if (check.has(kLeadTime)) {
        const QString lead = check.cell(kLeadTime);
        bool ok = lead.isEmpty();
        const int days = lead.isEmpty() ? 0 : lead.toInt(&ok);
        if (!ok || days < 0 || days > 365)
            check.issue(kLeadTime, lead, tr("Write the lead time as whole days from 0 to 365."));
        else
            row.supplier.leadTimeDays = days;
    }
    if (check.has(kActive)) {
        const QString active = check.cell(kActive);
        if (auto flag = CsvSheet::parseFlag(active, true))
            row.supplier.active = *flag;
        else
            check.issue(kActive, active, tr("Write 1 for an active supplier and 0 for one you no longer order from."));
    }
}

void checkItemKeys(RowCheck &check, const Lookups &lookups, Row &row)
{
    const QString code = check.cell(kSupplier);
    const QString sku = check.cell(kSku);
    if (const auto s = lookups.byCode.constFind(code.toLower()); s != lookups.byCode.cend())
        row.item.supplier = s->id;
    else
        check.issue(kSupplier, code, code.isEmpty() ? tr("The supplier code is empty.")
                                                    : tr("There is no supplier with the code %1.").arg(code));
    if (const auto p = lookups.productBySku.constFind(sku); p != lookups.productBySku.cend())
        row.item.product = ProductId(*p);
    else
        check.issue(kSku, sku, sku.isEmpty() ? tr("The item code is empty.")
                                             : tr("There is no product with the item code %1.").arg(sku));
    row.item.supplierCode = text(check, kItemCode, QString());
}

void checkItemTerms(RowCheck &check, Row &row, const Currency &currency)
{
    const QLocale cLocale = QLocale::c();
    const QString cost = check.cell(kCost);
    if (!cost.isEmpty()) {
        auto money = Money::parse(cost, cLocale, currency);
        if (!money)
            check.issue(kCost, cost, tr("\"%1\" is not an amount. Write it like 3.50 (yuan, up to two decimals).").arg(cost));
        else if (money->isNegative() || money->minor() > kMaxCostFen)
            check.issue(kCost, cost, tr("The cost %1 cannot be used: it must be between 0 and 1,000,000.00.").arg(cost));
        else
            row.item.lastCost = *money;
    }
    const QString pack = check.cell(kPackSize);
    if (!pack.isEmpty()) {
        auto quantity = Quantity::parse(pack, cLocale);
        if (!quantity || quantity->milli() <= 0)
            check.issue(kPackSize, pack, tr("The pack size must be a number above zero, e.g. 24."));
        else
            row.item.packSize = *quantity;
    }
    const QString preferred = check.cell(kPreferred);
    if (auto flag = CsvSheet::parseFlag(preferred, false))
        row.item.preferred = *flag;
    else
        check.issue(kPreferred, preferred, tr("Write 1 for the supplier to reorder from and 0 for others."));
}

/// One supplier code (or supplier and item) per file.
void checkOnce(RowCheck &check, bool items, Lookups &lookups)
{
    const QString key = items ? check.cell(kSupplier).toLower() + QLatin1Char('\n') + check.cell(kSku)
                              : check.cell(kCode).toLower();
    if (key.isEmpty() || key.startsWith(QLatin1Char('\n')) || key.endsWith(QLatin1Char('\n')))
        return;
    if (const auto first = lookups.firstRow.constFind(key); first != lookups.firstRow.cend())
        check.issue(-1, {}, tr("The same %1 is also on row %2.").arg(items ? tr("supplier and item") : tr("supplier code")).arg(*first));
    else
        lookups.firstRow.insert(key, check.row());
}

/// One record through the column validators of its kind.
Row checkRow(RowCheck &check, bool items, Lookups &lookups)
{
    Row row;
    if (items) {
        checkItemKeys(check, lookups, row);
        checkItemTerms(check, row, lookups.currency);
    } else {
        checkSupplierCode(check, lookups, row);
        checkSupplierTexts(check, row);
        checkSupplierAccounts(check, row);
        checkSupplierTerms(check, row);
    }
    checkOnce(check, items, lookups);
    return row;
}

} // namespace

struct SupplierImporter::Private
{
    Kind kind = Kind::Suppliers;
    ImportRun<Row> run;

    Result<Lookups> readLookups(Services &services, const SupplierService &suppliers) const;
    /// Inside the import's transaction: the good rows through SupplierService, and the audit entry.
    Status write(Services &services, SupplierService &suppliers, const Session &actor, SupplierImportResult &result) const;
};

SupplierImporter::SupplierImporter(Services &core, SupplierService &suppliers)
    : m_services(core), m_suppliers(suppliers), d(std::make_unique<Private>())
{
}

SupplierImporter::~SupplierImporter() = default;

const ImportReport &SupplierImporter::report() const
{
    return d->run.report;
}

SupplierImporter::Kind SupplierImporter::kind() const
{
    return d->kind;
}

Result<ImportReport> SupplierImporter::validateFile(const QString &path, const CsvReader::Options &options)
{
    auto document = CsvReader::readFile(path, options);
    if (!document)
        return document.error();
    return validate(*document);
}

Result<Lookups> SupplierImporter::Private::readLookups(Services &services, const SupplierService &suppliers) const
{
    Lookups lookups;
    lookups.currency = services.storeProfile().currency();
    auto known = suppliers.list();
    if (!known)
        return known.error();
    for (const Supplier &s : std::as_const(*known))
        lookups.byCode.insert(s.code.toLower(), s);
    if (kind == Kind::SupplierItems) {
        auto q = services.store().exec(QStringLiteral("SELECT sku, id FROM products"), {}, tr("The products could not be read."));
        if (!q)
            return q.error();
        while (q->next())
            lookups.productBySku.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    return lookups;
}

Result<ImportReport> SupplierImporter::validate(const CsvDocument &document)
{
    d->run.reset();
    d->kind = isItemsFile(document) ? Kind::SupplierItems : Kind::Suppliers;
    const bool items = d->kind == Kind::SupplierItems;
    auto mapped = CsvSheet::map(document, items ? itemColumns() : supplierColumns());
    if (!mapped)
        return mapped.error();
    auto lookups = d->readLookups(m_services, m_suppliers);
    if (!lookups)
        return lookups.error();
    d->run.begin(document);
    ImportSkeleton::checkRecords(*mapped, document, d->run, m_progress,
                                 [&](RowCheck &check) { return checkRow(check, items, *lookups); });
    d->run.finish(m_progress);
    return d->run.report;
}

Status SupplierImporter::Private::write(Services &services, SupplierService &suppliers, const Session &actor,
                                        SupplierImportResult &result) const
{
    const bool items = kind == Kind::SupplierItems;
    QList<SupplierItem> batch;
    for (const Row &row : std::as_const(run.rows)) {
        if (!row.good)
            continue;
        if (items) {
            batch << row.item;
            continue;
        }
        std::optional<Error> failed;
        if (row.exists) {
            if (Status written = suppliers.update(actor, row.supplier); !written)
                failed = written.error();
        } else if (auto added = suppliers.add(actor, row.supplier); !added) {
            failed = added.error();
        }
        if (failed) {
            Error error = *failed;
            error.message = tr("Row %1: %2 Nothing was imported.").arg(row.row).arg(error.message);
            return error;
        }
        (row.exists ? result.suppliersUpdated : result.suppliersAdded) += 1;
    }
    if (!batch.isEmpty()) {
        if (Status written = suppliers.setItems(actor, batch); !written)
            return written;
        result.items = int(batch.size());
    }
    return ImportSkeleton::audit(services, actor, QStringLiteral("inventory.import"),
                                 items ? QStringLiteral("supplier_items") : QStringLiteral("suppliers"),
                                 QStringLiteral("%1 suppliers added, %2 updated, %3 items; %4 bad rows skipped; file %5")
                                     .arg(result.suppliersAdded)
                                     .arg(result.suppliersUpdated)
                                     .arg(result.items)
                                     .arg(result.skippedRows)
                                     .arg(run.report.fileEncoding));
}

Result<SupplierImportResult> SupplierImporter::import(const Session &actor, ProductImporter::Mode mode)
{
    SupplierImportResult result;
    result.skippedRows = d->run.report.badRows;
    const Status done = ImportSkeleton::write(m_services, actor, {ImportPermissions::kImport, PurchasingPermissions::kOrder},
                                              d->run.report, d->run.validated, mode,
                                              [&] { return d->write(m_services, m_suppliers, actor, result); });
    if (!done)
        return done.error();
    return result;
}

namespace {

Result<int> exportRows(Services &services, const Session &actor, CsvWriter &writer, const QList<CsvColumnSpec> &columns,
                       const QString &sql, const QString &target, const std::function<QStringList(const QSqlQuery &)> &format)
{
    if (Status allowed = services.permissions().require(actor, ImportPermissions::kExport); !allowed)
        return allowed.error();
    auto q = services.store().exec(sql, {}, QCoreApplication::translate("qtill::inventory::SupplierImporter",
                                                                        "The suppliers could not be read."));
    if (!q)
        return q.error();
    writer.addRow(CsvSheet::keys(columns));
    int written = 0;
    while (q->next()) {
        writer.addRow(format(*q));
        ++written;
    }
    auto audited = services.auditLog().append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.export"), target,
                                                          AuditOutcome::kOk, QStringLiteral("%1 rows").arg(written)});
    if (!audited)
        return audited.error();
    return written;
}

} // namespace

Result<int> SupplierImporter::exportSuppliers(Services &services, const Session &actor, CsvWriter &writer)
{
    return exportRows(services, actor, writer, supplierColumns(),
                      QStringLiteral("SELECT code, name, contact, phone, lead_time_days, active, address, payment_terms,"
                                     " tax_id, bank_name, bank_account, note FROM suppliers ORDER BY code"),
                      QStringLiteral("suppliers"), [](const QSqlQuery &q) {
                          QStringList row;
                          for (int c = 0; c < 12; ++c)
                              row << q.value(c).toString();
                          return row;
                      });
}

Result<int> SupplierImporter::exportSupplierItems(Services &services, const Session &actor, CsvWriter &writer)
{
    // Money and quantities as the import reads them: yuan with two decimals, units with up to three.
    return exportRows(services, actor, writer, itemColumns(),
                      QStringLiteral("SELECT s.code, p.sku, i.supplier_code, i.last_cost_fen, i.pack_qty_milli, i.preferred"
                                     " FROM supplier_items i JOIN suppliers s ON s.id = i.supplier_id"
                                     " JOIN products p ON p.id = i.product_id ORDER BY s.code, p.sku"),
                      QStringLiteral("supplier_items"), [currency = services.storeProfile().currency()](const QSqlQuery &q) {
                          return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             Money::fromMinor(q.value(3).toLongLong(), currency).toPlainString(),
                                             Quantity::fromMilli(q.value(4).toLongLong()).toString(QLocale::c()),
                                             q.value(5).toString()};
                      });
}

} // namespace qtill::inventory
