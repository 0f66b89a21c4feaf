#include "exporter.h"

#include "productcsvformat.h"

#include "core/auditlog.h"
#include "core/money.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::Exporter", text);
}

/// Minor units of the store's currency as the import reads them ("12.50"; "1250" for a currency without decimals).
QString yuan(qint64 fen, const Currency &currency)
{
    return Money::fromMinor(fen, currency).toPlainString();
}

QString quantity(qint64 milli)
{
    return Quantity::fromMilli(milli).toString(QLocale::c());
}

} // namespace

Exporter::Exporter(Services &services) : m_services(services) {}

Result<int> Exporter::exportProducts(const Session &actor, CsvWriter &writer)
{
    using namespace ProductCsv;
    if (Status allowed = m_services.permissions().require(actor, ImportPermissions::kExport); !allowed)
        return allowed.error();
    Store &store = m_services.store();
    const Currency currency = m_services.storeProfile().currency();

    auto count = store.exec(QStringLiteral("SELECT COUNT(*) FROM products"), {}, tr("The products could not be read."));
    if (!count)
        return count.error();
    const qint64 total = count->next() ? count->value(0).toLongLong() : 0;

    // Every code of every product, grouped by product (item code first: pack 1, then by code).
    QHash<qint64, QList<std::pair<QString, qint64>>> codes;
    {
        auto q = store.exec(QStringLiteral("SELECT product_id, code, pack_qty_milli FROM product_barcodes"
                                           " ORDER BY product_id, pack_qty_milli <> 1000, code"),
                            {}, tr("The barcodes could not be read."));
        if (!q)
            return q.error();
        while (q->next())
            codes[q->value(0).toLongLong()].append({q->value(1).toString(), q->value(2).toLongLong()});
    }

    auto q = store.exec(QStringLiteral("SELECT p.id, p.sku, p.name, p.name_en, c.code, p.unit, p.sold_by_weight,"
                                       " p.price_fen, p.member_price_fen, p.cost_fen, p.tax_class, p.status,"
                                       " p.safety_stock_milli, p.max_stock_milli, b.name, d.code, p.serial_tracked"
                                       " FROM products p JOIN categories c ON c.id = p.category_id"
                                       " LEFT JOIN brands b ON b.id = p.brand_id"
                                       " LEFT JOIN departments d ON d.id = p.department_id ORDER BY p.sku"),
                        {}, tr("The products could not be read."));
    if (!q)
        return q.error();
    writer.addRow(header());
    int written = 0;
    while (q->next()) {
        QString barcode;
        QStringList others;
        for (const auto &[code, pack] : codes.value(q->value(0).toLongLong())) {
            if (barcode.isEmpty() && pack == Quantity::kScale)
                barcode = code;
            else
                others << (pack == Quantity::kScale ? code : code + QLatin1Char('*') + quantity(pack));
        }
        QStringList row(kColumnCount);
        row[kSku] = q->value(1).toString();
        row[kBarcode] = barcode;
        row[kOtherBarcodes] = others.join(QLatin1Char(';'));
        row[kName] = q->value(2).toString();
        row[kNameEn] = q->value(3).toString();
        row[kCategory] = q->value(4).toString();
        row[kUnit] = q->value(5).toString();
        row[kSoldByWeight] = q->value(6).toInt() ? QStringLiteral("1") : QStringLiteral("0");
        row[kPrice] = yuan(q->value(7).toLongLong(), currency);
        row[kMemberPrice] = q->value(8).isNull() ? QString() : yuan(q->value(8).toLongLong(), currency);
        row[kCost] = yuan(q->value(9).toLongLong(), currency);
        row[kTaxClass] = q->value(10).toString();
        row[kStatus] = q->value(11).toString();
        row[kSafetyStock] = quantity(q->value(12).toLongLong());
        row[kMaxStock] = q->value(13).toLongLong() > 0 ? quantity(q->value(13).toLongLong()) : QString();
        row[kBrand] = q->value(14).toString();
        row[kDepartment] = q->value(15).toString();
        row[kSerialTracked] = q->value(16).toInt() ? QStringLiteral("1") : QStringLiteral("0");
        writer.addRow(row);
        ++written;
        if (m_progress && written % 1000 == 0)
            m_progress(ImportPhase::Importing, written, total);
    }
    if (m_progress)
        m_progress(ImportPhase::Importing, written, total);
    auto audited = m_services.auditLog().append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("inventory.export"),
                                                            QStringLiteral("products"), AuditOutcome::kOk,
                                                            QStringLiteral("%1 products").arg(written)});
    if (!audited)
        return audited.error();
    return written;
}

Result<int> Exporter::exportProductsToFile(const Session &actor, const QString &path, const CsvWriter::Options &options)
{
    CsvWriter writer(options);
    auto written = exportProducts(actor, writer);
    if (!written)
        return written.error();
    if (Status saved = writer.save(path); !saved)
        return saved.error();
    return written;
}

} // namespace qtill::inventory
