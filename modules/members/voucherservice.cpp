#include "voucherservice.h"
#include "voucherservice_p.h"

#include "campaign.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace qtill::members {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::VoucherService", text);
}

using Reason = VoucherCheck::Reason;

constexpr int kInsertChunk = 500; // rows per INSERT (7 values each)

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString textOf(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString when(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Error errorFor(const VoucherCheck &check)
{
    switch (check.reason) {
    case Reason::Unknown:
        return Error::notFound(check.message, check.voucher.code);
    case Reason::Used:
        return Error::conflict(
            check.message, QStringLiteral("%1 used on sale %2").arg(check.voucher.code, check.usedOnSale));
    default:
        return Error::invalidInput(check.message, check.voucher.code);
    }
}

} // namespace

VoucherService::VoucherService(Services &core) : m_core(core) { }

QString VoucherService::normaliseCode(const QString &typed)
{
    QString out;
    for (QChar c : typed.normalized(QString::NormalizationForm_KC).toUpper()) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c);
    }
    return out;
}

Result<VoucherImportReport> VoucherService::checkFile(const QByteArray &csv) const
{
    auto file = parse(csv);
    if (!file)
        return file.error();
    return file->report;
}

Result<VoucherImportReport> VoucherService::import(const Session &actor, const QByteArray &csv, const QString &fileName)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kImportVouchers); !allowed)
        return allowed.error();
    Store &store = m_core.store();
    VoucherImportReport report;
    const Status done = store.transaction([&]() -> Status {
        auto file = parse(csv); // inside the transaction: no other lane imports the same codes in between
        if (!file)
            return file.error();
        report = file->report;
        if (!report.clean() || file->rows.isEmpty())
            return {};
        QStringList platforms;
        for (const detail::VoucherRow &row : std::as_const(file->rows)) {
            if (!platforms.contains(row.platform))
                platforms << row.platform;
        }
        const QString now = storedTime(m_core.clock().now());
        auto batch = insertReturningId(store,
            QStringLiteral("INSERT INTO voucher_batches (platform, file_name, vouchers, imported_by,"
                           " imported_at) VALUES (?, ?, ?, ?, ?)"),
            {platforms.join(QStringLiteral(", ")), textOf(fileName), int(file->rows.size()),
                qint64(actor.auditActor().value()), now},
            tr("The vouchers could not be imported."));
        if (!batch)
            return batch.error();
        const QString currency = m_core.storeProfile().currency().code();
        for (qsizetype next = 0; next < file->rows.size(); next += kInsertChunk) {
            const qsizetype rows = std::min<qsizetype>(kInsertChunk, file->rows.size() - next);
            QVariantList values;
            for (qsizetype i = next; i < next + rows; ++i) {
                const detail::VoucherRow &r = file->rows.at(i);
                values << r.platform << r.code
                       << (r.product > 0 ? QVariant(r.product) : QVariant(QMetaType(QMetaType::LongLong)))
                       << (r.product > 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(r.faceMinor)) << currency
                       << r.validUntil.toString(Qt::ISODate) << *batch;
            }
            const QStringList marks(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"));
            auto q = store.exec(
                QStringLiteral("INSERT INTO vouchers (platform, code, product_id, face_value, currency, valid_until,"
                               " batch_id) VALUES ")
                    + marks.join(QStringLiteral(", ")),
                values, tr("The vouchers could not be imported."));
            if (!q)
                return q.error();
        }
        report.imported = int(file->rows.size());
        report.batchId = *batch;
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("voucher.import"), QStringLiteral("voucher_batch:%1").arg(*batch), AuditOutcome::kOk,
            QStringLiteral("%1 vouchers (%2) from %3")
                .arg(report.imported)
                .arg(platforms.join(QStringLiteral(", ")), fileName)});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return report;
}

Result<VoucherCheck> VoucherService::verify(const QString &typed) const
{
    VoucherCheck check;
    check.voucher.code = normaliseCode(typed);
    if (check.voucher.code.isEmpty()) {
        check.reason = Reason::NotACode;
        check.message = tr("Type or scan the voucher code.");
        return check;
    }
    Store &store = m_core.store();
    const QString failed = tr("The voucher could not be read.");
    auto q = store.exec(
        QStringLiteral("SELECT v.id, v.platform, v.product_id, p.name, v.face_value, v.currency, v.valid_until,"
                       " v.batch_id, v.state, v.sale_uuid FROM vouchers v LEFT JOIN products p ON p.id = v.product_id"
                       " WHERE v.code = ?"),
        {check.voucher.code}, failed);
    if (!q)
        return q.error();
    if (!q->next()) {
        check.reason = Reason::Unknown;
        check.message
            = tr("No group-buy voucher has the code %1. Was the platform's file imported?").arg(check.voucher.code);
        return check;
    }
    Voucher &v = check.voucher;
    v.id = q->value(0).toLongLong();
    v.platform = q->value(1).toString();
    v.product = inventory::ProductId(q->value(2).toLongLong());
    v.productName = q->value(3).toString();
    if (!q->value(4).isNull())
        v.faceValue = Money::fromMinor(q->value(4).toLongLong(), Currency::fromCode(q->value(5).toString()));
    v.validUntil = QDate::fromString(q->value(6).toString(), Qt::ISODate);
    v.batchId = q->value(7).toLongLong();
    v.state = q->value(8).toString();
    check.usedOnSale = q->value(9).toString();
    if (v.state == QLatin1String("redeemed")) {
        auto used = store.exec(
            QStringLiteral("SELECT receipt, at FROM voucher_redemptions WHERE voucher_id = ? AND sale_uuid = ?"
                           " AND action = 'redeem' ORDER BY id DESC LIMIT 1"),
            {v.id, check.usedOnSale}, failed);
        if (!used)
            return used.error();
        if (used->next()) {
            check.usedOnReceipt = used->value(0).toString();
            check.usedAt = parseStoredTime(used->value(1).toString());
        }
        check.reason = Reason::Used;
        check.message = tr("This %1 voucher was used already, on receipt %2 at %3.")
                            .arg(v.platform, check.usedOnReceipt, when(check.usedAt));
    } else if (v.state == QLatin1String("cancelled")) {
        check.reason = Reason::Cancelled;
        check.message = tr("This %1 voucher was cancelled.").arg(v.platform);
    } else if (m_core.storeProfile().businessDate(m_core.clock().now()) > v.validUntil) {
        check.reason = Reason::Expired;
        check.message = tr("This %1 voucher expired on %2.").arg(v.platform, v.validUntil.toString(Qt::ISODate));
    } else {
        check.reason = Reason::Valid;
    }
    return check;
}

Result<Voucher> VoucherService::redeem(const Session &actor, const VoucherRedemption &redemption)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kRedeem); !allowed)
        return allowed.error();
    if (redemption.saleUuid.trimmed().isEmpty())
        return Error::invalidInput(tr("A voucher is redeemed on a sale: the sale is missing."));
    Store &store = m_core.store();
    Voucher out;
    const Status done = store.transaction([&]() -> Status {
        auto checked = verify(redemption.code);
        if (!checked)
            return checked.error();
        out = checked->voucher;
        if (checked->reason == Reason::Used && checked->usedOnSale == redemption.saleUuid)
            return {}; // redeemed for this sale already
        if (!checked->ok())
            return errorFor(*checked);
        auto won = store.exec(
            QStringLiteral("UPDATE vouchers SET state = 'redeemed', sale_uuid = ? WHERE id = ? AND state = 'issued'"
                           " RETURNING id"),
            {redemption.saleUuid, out.id}, tr("The voucher could not be redeemed."));
        if (!won)
            return won.error();
        if (!won->next()) { // another lane took it after we read it
            auto again = verify(redemption.code);
            if (!again)
                return again.error();
            if (again->reason == Reason::Used && again->usedOnSale == redemption.saleUuid)
                return {};
            return again->ok() ? Error::conflict(tr("The voucher could not be redeemed.")) : errorFor(*again);
        }
        auto row = store.exec(
            QStringLiteral("INSERT INTO voucher_redemptions (voucher_id, action, sale_uuid, receipt, register_id,"
                           " operator_id, at) VALUES (?, 'redeem', ?, ?, ?, ?, ?)"),
            {out.id, redemption.saleUuid, textOf(redemption.receipt), m_core.storeProfile().registerId(),
                qint64(actor.auditActor().value()), storedTime(m_core.clock().now())},
            tr("The voucher could not be redeemed."));
        if (!row)
            return row.error();
        out.state = QStringLiteral("redeemed");
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("voucher.redeem"), QStringLiteral("voucher:%1").arg(out.code), AuditOutcome::kOk,
            QStringLiteral("%1 sale %2 receipt %3").arg(out.platform, redemption.saleUuid, redemption.receipt)});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return out;
}

Result<int> VoucherService::restore(const Session &actor, const QString &saleUuid)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kRedeem); !allowed)
        return allowed.error();
    Store &store = m_core.store();
    const QString failed = tr("The sale's vouchers could not be given back.");
    int restored = 0;
    const Status done = store.transaction([&]() -> Status {
        auto back = store.exec(QStringLiteral("UPDATE vouchers SET state = 'issued', sale_uuid = NULL"
                                              " WHERE sale_uuid = ? AND state = 'redeemed' RETURNING id, code"),
            {saleUuid}, failed);
        if (!back)
            return back.error();
        QList<qint64> ids;
        QStringList codes;
        while (back->next()) {
            ids << back->value(0).toLongLong();
            codes << back->value(1).toString();
        }
        restored = int(ids.size());
        for (qint64 id : std::as_const(ids)) {
            auto row = store.exec(
                QStringLiteral("INSERT INTO voucher_redemptions (voucher_id, action, sale_uuid, receipt, register_id,"
                               " operator_id, at) SELECT voucher_id, 'restore', sale_uuid, receipt, ?, ?, ?"
                               " FROM voucher_redemptions WHERE id = (SELECT MAX(id) FROM voucher_redemptions"
                               " WHERE voucher_id = ? AND sale_uuid = ? AND action = 'redeem')"),
                {m_core.storeProfile().registerId(), qint64(actor.auditActor().value()),
                    storedTime(m_core.clock().now()), id, saleUuid},
                failed);
            if (!row)
                return row.error();
        }
        if (restored == 0)
            return {};
        codes.sort();
        auto audited = m_core.auditLog().append(
            AuditRecord {actor.auditActor(), actor.auditApprover(), QStringLiteral("voucher.restore"),
                QStringLiteral("sale:%1").arg(saleUuid), AuditOutcome::kOk, codes.join(QStringLiteral(", "))});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return restored;
}

} // namespace qtill::members
