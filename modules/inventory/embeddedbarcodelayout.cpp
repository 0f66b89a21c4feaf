#include "embeddedbarcodelayout.h"

#include "barcode.h"
#include "inventorymodule.h"

#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::EmbeddedBarcodeLayouts", text);
}

QString describe(const EmbeddedBarcodeLayout &l)
{
    return QStringLiteral("%1 %2 item %3+%4 value %5+%6")
        .arg(l.prefix, EmbeddedBarcodeLayouts::valueKey(l.value))
        .arg(l.itemStart)
        .arg(l.itemLength)
        .arg(l.valueStart)
        .arg(l.valueLength);
}

} // namespace

EmbeddedBarcodeLayouts::EmbeddedBarcodeLayouts(Services &core)
    : m_store(core.store()), m_audit(core.auditLog()), m_permissions(core.permissions())
{
}

QString EmbeddedBarcodeLayouts::valueKey(EmbeddedValue value)
{
    return value == EmbeddedValue::Weight ? QStringLiteral("weight") : QStringLiteral("price");
}

QList<EmbeddedBarcodeLayout> EmbeddedBarcodeLayouts::chineseDefaults()
{
    QList<EmbeddedBarcodeLayout> layouts;
    for (int p = 20; p <= 28; ++p) {
        EmbeddedBarcodeLayout l;
        l.prefix = QString::number(p);
        l.value = p <= 26 ? EmbeddedValue::Price : EmbeddedValue::Weight;
        l.description = p <= 26 ? QStringLiteral("秤码 金额 (分)") : QStringLiteral("秤码 重量 (克)");
        layouts << l;
    }
    return layouts;
}

Status EmbeddedBarcodeLayouts::validate(const EmbeddedBarcodeLayout &l)
{
    const int p = l.prefix.toInt();
    if (l.prefix.size() != 2 || !Barcode::isAllDigits(l.prefix) || p < 20 || p > 29)
        return Error::invalidInput(tr("A scale label prefix is two digits from 20 to 29, not \"%1\".").arg(l.prefix));
    if (l.itemLength < 4 || l.itemLength > 6)
        return Error::invalidInput(tr("The item number on a scale label has 4 to 6 digits."));
    if (l.valueLength < 4 || l.valueLength > 6)
        return Error::invalidInput(tr("The price or weight on a scale label has 4 to 6 digits."));
    // Digits 0–1 are the prefix and digit 12 the check digit: the fields live in 2–11.
    const auto inside = [](int start, int length) { return start >= 2 && start + length <= 12; };
    if (!inside(l.itemStart, l.itemLength) || !inside(l.valueStart, l.valueLength))
        return Error::invalidInput(tr("The fields of a scale label must lie between the prefix and the check digit."));
    if (l.itemStart < l.valueStart + l.valueLength && l.valueStart < l.itemStart + l.itemLength)
        return Error::invalidInput(tr("The item number and the price or weight overlap on this scale label."));
    return {};
}

Result<EmbeddedBarcode> EmbeddedBarcodeLayouts::decode(const QString &code, const QList<EmbeddedBarcodeLayout> &layouts,
                                                       const Currency &currency)
{
    if (code.size() != 13 || !Barcode::isAllDigits(code) || !code.startsWith(QLatin1Char('2')))
        return Error::notFound(tr("%1 is not a scale label.").arg(code));
    if (!Barcode::hasValidCheckDigit(code))
        return Error::invalidInput(tr("The scale label %1 was misread (its check digit is wrong). Scan it again.").arg(code));
    const QString prefix = code.left(2);
    for (const EmbeddedBarcodeLayout &l : layouts) {
        if (l.prefix != prefix)
            continue;
        EmbeddedBarcode read;
        read.code = code;
        read.prefix = prefix;
        read.value = l.value;
        read.itemCode = code.mid(l.itemStart, l.itemLength);
        read.plu = read.itemCode;
        while (read.plu.size() > 1 && read.plu.startsWith(QLatin1Char('0')))
            read.plu.remove(0, 1);
        const qint64 value = code.mid(l.valueStart, l.valueLength).toLongLong();
        if (l.value == EmbeddedValue::Price)
            read.price = Money::fromMinor(value, currency);
        else
            read.weight = Quantity::fromMilli(value);
        return read;
    }
    return Error::notFound(tr("No scale label layout is set for prefix %1.").arg(prefix));
}

Result<QList<EmbeddedBarcodeLayout>> EmbeddedBarcodeLayouts::list() const
{
    auto q = m_store.exec(QStringLiteral("SELECT prefix, value_kind, item_start, item_length, value_start, value_length,"
                                         " description FROM embedded_barcode_layouts ORDER BY prefix"),
                          {}, tr("The scale label layouts could not be read."));
    if (!q)
        return q.error();
    QList<EmbeddedBarcodeLayout> layouts;
    while (q->next()) {
        layouts << EmbeddedBarcodeLayout{q->value(0).toString(),
                                         q->value(1).toString() == QLatin1String("weight") ? EmbeddedValue::Weight
                                                                                             : EmbeddedValue::Price,
                                         q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt(),
                                         q->value(5).toInt(), q->value(6).toString()};
    }
    return layouts;
}

Status EmbeddedBarcodeLayouts::save(const Session &actor, const EmbeddedBarcodeLayout &layout)
{
    if (Status allowed = m_permissions.require(actor, InventoryPermissions::kEdit); !allowed)
        return allowed;
    if (Status valid = validate(layout); !valid)
        return valid;
    return m_store.transaction([&]() -> Status {
        auto existing = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM embedded_barcode_layouts WHERE prefix = ?"),
                                     {layout.prefix}, tr("The scale label layouts could not be read."));
        if (!existing)
            return existing.error();
        const bool update = existing->next() && existing->value(0).toInt() > 0;
        const QVariantList values{valueKey(layout.value), layout.itemStart, layout.itemLength, layout.valueStart,
                                  layout.valueLength, layout.description, layout.prefix};
        auto saved = m_store.exec(
            update ? QStringLiteral("UPDATE embedded_barcode_layouts SET value_kind = ?, item_start = ?, item_length = ?,"
                                    " value_start = ?, value_length = ?, description = COALESCE(?, '') WHERE prefix = ?")
                   : QStringLiteral("INSERT INTO embedded_barcode_layouts (value_kind, item_start, item_length,"
                                    " value_start, value_length, description, prefix) VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?)"),
            values, tr("The scale label layout could not be saved."));
        if (!saved)
            return saved.error();
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("barcodeLayout.save"),
                                                  QStringLiteral("prefix:") + layout.prefix, AuditOutcome::kOk,
                                                  describe(layout)});
        if (!audited)
            return audited.error();
        return {};
    });
}

Status EmbeddedBarcodeLayouts::remove(const Session &actor, const QString &prefix)
{
    if (Status allowed = m_permissions.require(actor, InventoryPermissions::kEdit); !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        auto removed = m_store.exec(QStringLiteral("DELETE FROM embedded_barcode_layouts WHERE prefix = ?"), {prefix},
                                    tr("The scale label layout could not be removed."));
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return Error::notFound(tr("No scale label layout is set for prefix %1.").arg(prefix));
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("barcodeLayout.remove"),
                                                  QStringLiteral("prefix:") + prefix, AuditOutcome::kOk, {}});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace qtill::inventory
