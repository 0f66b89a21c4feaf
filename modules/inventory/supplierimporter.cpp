#include "supplierimporter.h"

#include "csvsheet.h"
#include "purchaseorderservice.h"
#include "supplierservice.h"

#include "core/auditlog.h"
#include "core/money.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
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

} // namespace

struct SupplierImporter::Private
{
    Kind kind = Kind::Suppliers;
    ImportReport report;
    QList<Row> rows;
    bool validated = false;
};

SupplierImporter::SupplierImporter(Services &core, SupplierService &suppliers)
    : m_services(core), m_suppliers(suppliers), d(std::make_unique<Private>())
{
}

SupplierImporter::~SupplierImporter() = default;

const ImportReport &SupplierImporter::report() const
{
    return d->report;
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

Result<ImportReport> SupplierImporter::validate(const CsvDocument &document)
{
    d->report = ImportReport{};
    d->rows.clear();
    d->validated = false;
    d->kind = isItemsFile(document) ? Kind::SupplierItems : Kind::Suppliers;
    const bool items = d->kind == Kind::SupplierItems;
    auto mapped = CsvSheet::map(document, items ? itemColumns() : supplierColumns());
    if (!mapped)
        return mapped.error();
    const CsvSheet &sheet = *mapped;
    auto known = m_suppliers.list();
    if (!known)
        return known.error();
    QHash<QString, Supplier> byCode;
    for (const Supplier &s : std::as_const(*known))
        byCode.insert(s.code.toLower(), s);
    QHash<QString, qint64> productBySku;
    if (items) {
        auto q = m_services.store().exec(QStringLiteral("SELECT sku, id FROM products"), {}, tr("The products could not be read."));
        if (!q)
            return q.error();
        while (q->next())
            productBySku.insert(q->value(0).toString(), q->value(1).toLongLong());
    }

    ImportReport &report = d->report;
    report.fileEncoding = csvEncodingName(document.encoding);
    report.totalRows = int(document.records.size());
    const QLocale cLocale = QLocale::c();
    QHash<QString, int> firstRow;
    for (qsizetype i = 0; i < document.records.size(); ++i) {
        const CsvRecord &r = document.records.at(i);
        Row row;
        row.row = r.row;
        const qsizetype issuesBefore = report.issues.size();
        sheet.checkRecord(r, report);
        const auto issue = [&](int column, const QString &value, const QString &message) {
            sheet.addIssue(report, row.row, column, value, message);
        };
        const auto text = [&](int column, const QString &current, int maxLength = kMaxTextLength) {
            if (!sheet.has(column))
                return current;
            const QString value = sheet.cell(r, column);
            if (value.size() > maxLength)
                issue(column, value, tr("Too long (at most %1 characters).").arg(maxLength));
            return value;
        };
        QString key;
        if (!items) {
            const QString code = sheet.cell(r, kCode);
            const auto existing = byCode.constFind(code.toLower());
            row.exists = existing != byCode.cend();
            row.supplier = row.exists ? *existing : Supplier{};
            row.supplier.code = code;
            key = code.toLower();
            if (code.isEmpty())
                issue(kCode, {}, tr("The supplier code is empty."));
            else if (code.size() > 16)
                issue(kCode, code, tr("The supplier code is too long (at most 16 characters)."));
            const QString name = text(kName, row.supplier.name);
            if (!name.isEmpty())
                row.supplier.name = name;   // an empty name cell keeps an existing supplier's name
            if (row.supplier.name.isEmpty())
                issue(kName, {}, tr("A new supplier needs a name."));
            row.supplier.contact = text(kContact, row.supplier.contact);
            row.supplier.phone = text(kPhone, row.supplier.phone);
            row.supplier.address = text(kAddress, row.supplier.address, 200);
            row.supplier.paymentTerms = text(kPaymentTerms, row.supplier.paymentTerms);
            row.supplier.taxId = text(kTaxId, row.supplier.taxId);
            row.supplier.bankName = text(kBankName, row.supplier.bankName);
            row.supplier.bankAccount = text(kBankAccount, row.supplier.bankAccount);
            row.supplier.note = text(kNote, row.supplier.note, 1000);
            // The tax id and the account as the supplier service checks them, said on their own column.
            for (const auto &[column, value] : {std::pair{int(kTaxId), row.supplier.taxId},
                                                std::pair{int(kBankAccount), row.supplier.bankAccount}}) {
                Supplier probe;
                probe.code = probe.name = QStringLiteral("-");
                probe.bankName = QStringLiteral("-");
                (column == kTaxId ? probe.taxId : probe.bankAccount) = value;
                if (Status ok = SupplierService::validate(probe); !ok && sheet.has(column))
                    issue(column, value, ok.error().message);
            }
            if (!row.supplier.bankAccount.trimmed().isEmpty() && row.supplier.bankName.trimmed().isEmpty())
                issue(kBankName, {}, tr("Say which bank the account %1 is with.").arg(row.supplier.bankAccount.trimmed()));
            if (sheet.has(kLeadTime)) {
                const QString lead = sheet.cell(r, kLeadTime);
                bool ok = lead.isEmpty();
                const int days = lead.isEmpty() ? 0 : lead.toInt(&ok);
                if (!ok || days < 0 || days > 365)
                    issue(kLeadTime, lead, tr("Write the lead time as whole days from 0 to 365."));
                else
                    row.supplier.leadTimeDays = days;
            }
            if (sheet.has(kActive)) {
                const QString active = sheet.cell(r, kActive);
                if (auto flag = CsvSheet::parseFlag(active, true))
                    row.supplier.active = *flag;
                else
                    issue(kActive, active, tr("Write 1 for an active supplier and 0 for one you no longer order from."));
            }
        } else {
            const QString code = sheet.cell(r, kSupplier);
            const QString sku = sheet.cell(r, kSku);
            key = code.toLower() + QLatin1Char('\n') + sku;
            if (const auto s = byCode.constFind(code.toLower()); s != byCode.cend())
                row.item.supplier = s->id;
            else
                issue(kSupplier, code, code.isEmpty() ? tr("The supplier code is empty.")
                                                      : tr("There is no supplier with the code %1.").arg(code));
            if (const auto p = productBySku.constFind(sku); p != productBySku.cend())
                row.item.product = ProductId(*p);
            else
                issue(kSku, sku, sku.isEmpty() ? tr("The item code is empty.")
                                               : tr("There is no product with the item code %1.").arg(sku));
            row.item.supplierCode = text(kItemCode, QString());
            const QString cost = sheet.cell(r, kCost);
            if (!cost.isEmpty()) {
                auto money = Money::parse(cost, cLocale);
                if (!money)
                    issue(kCost, cost, tr("\"%1\" is not an amount. Write it like 3.50 (yuan, up to two decimals).").arg(cost));
                else if (money->isNegative() || money->minor() > kMaxCostFen)
                    issue(kCost, cost, tr("The cost %1 cannot be used: it must be between 0 and 1,000,000.00.").arg(cost));
                else
                    row.item.lastCost = *money;
            }
            const QString pack = sheet.cell(r, kPackSize);
            if (!pack.isEmpty()) {
                auto quantity = Quantity::parse(pack, cLocale);
                if (!quantity || quantity->milli() <= 0)
                    issue(kPackSize, pack, tr("The pack size must be a number above zero, e.g. 24."));
                else
                    row.item.packSize = *quantity;
            }
            const QString preferred = sheet.cell(r, kPreferred);
            if (auto flag = CsvSheet::parseFlag(preferred, false))
                row.item.preferred = *flag;
            else
                issue(kPreferred, preferred, tr("Write 1 for the supplier to reorder from and 0 for others."));
        }
        if (!key.isEmpty() && !key.startsWith(QLatin1Char('\n')) && !key.endsWith(QLatin1Char('\n'))) {
            if (const auto first = firstRow.constFind(key); first != firstRow.cend())
                issue(-1, {}, tr("The same %1 is also on row %2.").arg(items ? tr("supplier and item") : tr("supplier code")).arg(*first));
            else
                firstRow.insert(key, row.row);
        }
        row.good = report.issues.size() == issuesBefore;
        (row.good ? report.goodRows : report.badRows) += 1;
        d->rows << row;
    }
    if (m_progress)
        m_progress(ImportPhase::Validating, report.totalRows, report.totalRows);
    d->validated = true;
    return report;
}

Result<SupplierImportResult> SupplierImporter::import(const Session &actor, ProductImporter::Mode mode)
{
    if (Status allowed = m_services.permissions().require(actor, ImportPermissions::kImport); !allowed)
        return allowed.error();
    if (Status allowed = m_services.permissions().require(actor, PurchasingPermissions::kOrder); !allowed)
        return allowed.error();
    if (Status importable = CsvSheet::checkImportable(d->report, d->validated, mode); !importable)
        return importable.error();
    const ImportReport &report = d->report;

    SupplierService &suppliers = m_suppliers;
    SupplierImportResult result;
    result.skippedRows = report.badRows;
    const bool items = d->kind == Kind::SupplierItems;
    const Status done = m_services.store().transaction([&]() -> Status {
        QList<SupplierItem> batch;
        for (const Row &row : std::as_const(d->rows)) {
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
        auto audited = m_services.auditLog().append(AuditRecord{
            actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.import"),
            items ? QStringLiteral("supplier_items") : QStringLiteral("suppliers"), AuditOutcome::kOk,
            QStringLiteral("%1 suppliers added, %2 updated, %3 items; %4 bad rows skipped; file %5")
                .arg(result.suppliersAdded)
                .arg(result.suppliersUpdated)
                .arg(result.items)
                .arg(result.skippedRows)
                .arg(report.fileEncoding)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    d->validated = false;
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
                      QStringLiteral("supplier_items"), [](const QSqlQuery &q) {
                          return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             Money::fromMinor(q.value(3).toLongLong()).toPlainString(),
                                             Quantity::fromMilli(q.value(4).toLongLong()).toString(QLocale::c()),
                                             q.value(5).toString()};
                      });
}

} // namespace qtill::inventory
