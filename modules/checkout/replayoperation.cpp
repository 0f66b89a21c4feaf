#include "replayoperation.h"

#include "cashservice.h"
#include "sale.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::SaleReplay", text);
}

Error bad(const QString &message)
{
    return Error::invalidInput(message);
}

/// The namespace of the ids a replay derives for operations the file gives none (UUID v5).
const QUuid kIdNamespace(QStringLiteral("{5b0d7f0e-3c1a-4e55-9a7e-2f9d0c7c1e42}"));

QString derivedId(const QByteArray &seed)
{
    return QUuid::createUuidV5(kIdNamespace, seed).toString(QUuid::WithoutBraces);
}

Result<QString> uuidField(const QJsonObject &o, const QString &key, bool required)
{
    const QString text = o.value(key).toString().trimmed();
    if (text.isEmpty()) {
        if (required)
            return bad(tr("\"%1\" is missing (a UUID).").arg(key));
        return QString();
    }
    const QUuid uuid(text);
    if (uuid.isNull())
        return bad(tr("\"%1\" is not a UUID: %2").arg(key, text));
    return uuid.toString(QUuid::WithoutBraces);
}

Result<Money> moneyField(const QJsonObject &o, const QString &key, const Currency &currency)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return bad(tr("\"%1\" must be an amount as text, like \"20.00\".").arg(key));
    auto money = Money::parse(v.toString(), QLocale::c(), currency);
    if (!money)
        return bad(tr("\"%1\" is not an amount: %2").arg(key, v.toString()));
    if (money->isNegative())
        return bad(tr("\"%1\" must not be negative.").arg(key));
    return *money;
}

Result<Quantity> quantityField(const QJsonObject &o, const QString &key, Quantity fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return bad(tr("\"%1\" must be a quantity as text, like \"2\" or \"0.355\".").arg(key));
    auto q = Quantity::parse(v.toString(), QLocale::c());
    if (!q || q->isNegative() || q->isZero())
        return bad(tr("\"%1\" is not a quantity above zero: %2").arg(key, v.toString()));
    return *q;
}

Result<ReplayOutcome> outcomeOf(const QString &text)
{
    static const QList<std::pair<QString, ReplayOutcome>> kOutcomes{
        {QStringLiteral("approve"), ReplayOutcome::Approve},     {QStringLiteral("decline"), ReplayOutcome::Decline},
        {QStringLiteral("cancel"), ReplayOutcome::Cancel},       {QStringLiteral("reply_lost"), ReplayOutcome::ReplyLost},
        {QStringLiteral("timeout"), ReplayOutcome::Timeout}};
    const QString key = text.isEmpty() ? QStringLiteral("approve") : text;
    for (const auto &[name, outcome] : kOutcomes) {
        if (name == key)
            return outcome;
    }
    return bad(tr("Unknown outcome \"%1\" (approve, decline, cancel, reply_lost, timeout).").arg(text));
}

Status parseSale(const QJsonObject &o, const Currency &currency, ReplayOperation &op)
{
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty())
        return bad(tr("A sale needs \"lines\"."));
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        ReplayLine line;
        line.code = l.value(QStringLiteral("code")).toString().trimmed();
        if (line.code.isEmpty())
            return bad(tr("A sale line needs a \"code\" (barcode, PLU or SKU)."));
        auto qty = quantityField(l, QStringLiteral("qty"), Quantity::units(1));
        if (!qty)
            return qty.error();
        line.quantity = *qty;
        op.lines << line;
    }
    const QJsonArray tenders = o.value(QStringLiteral("tenders")).toArray();
    if (tenders.isEmpty())
        return bad(tr("A sale needs \"tenders\"."));
    for (const QJsonValue &v : tenders) {
        const QJsonObject t = v.toObject();
        ReplayTender tender;
        tender.type = t.value(QStringLiteral("type")).toString();
        if (tender.type != TenderType::kCash && tender.type != TenderType::kCard && tender.type != TenderType::kQr
            && tender.type != TenderType::kFace)
            return bad(tr("Unknown tender type \"%1\" (cash, card, qr, face).").arg(tender.type));
        auto amount = moneyField(t, QStringLiteral("amount"), currency);
        if (!amount)
            return amount.error();
        tender.amount = *amount;
        tender.code = t.value(QStringLiteral("code")).toString().trimmed();
        if (tender.type == TenderType::kQr && tender.code.isEmpty())
            return bad(tr("A QR tender needs the scanned \"code\"."));
        auto outcome = outcomeOf(t.value(QStringLiteral("outcome")).toString());
        if (!outcome)
            return outcome.error();
        if (tender.type == TenderType::kCash && *outcome != ReplayOutcome::Approve)
            return bad(tr("A cash tender has no outcome."));
        tender.outcome = *outcome;
        op.tenders << tender;
    }
    return {};
}

Status parseRefund(const QJsonObject &o, ReplayOperation &op)
{
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        ReplayRefundLine line;
        line.lineNo = l.value(QStringLiteral("line")).toInt(0);
        line.code = l.value(QStringLiteral("code")).toString().trimmed();
        if (line.lineNo <= 0 && line.code.isEmpty())
            return bad(tr("A refund line needs the sale's \"line\" number or a \"code\"."));
        auto qty = quantityField(l, QStringLiteral("qty"), Quantity());
        if (!qty)
            return qty.error();
        line.quantity = *qty;
        line.restock = l.value(QStringLiteral("restock")).toBool(true);
        op.refundLines << line;
    }
    op.refundTender = o.value(QStringLiteral("tender")).toString();
    if (!op.refundTender.isEmpty() && op.refundTender != TenderType::kCash && op.refundTender != TenderType::kCard
        && op.refundTender != TenderType::kQr && op.refundTender != TenderType::kFace)
        return bad(tr("A refund goes back to \"card\", \"qr\", \"face\" (the sale's own payments) or \"cash\"."));
    auto outcome = outcomeOf(o.value(QStringLiteral("outcome")).toString());
    if (!outcome)
        return outcome.error();
    if (op.refundTender == TenderType::kCash && *outcome != ReplayOutcome::Approve)
        return bad(tr("A cash refund has no outcome."));
    op.refundOutcome = *outcome;
    return {};
}

} // namespace

QString ReplayOperation::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Sale: return QStringLiteral("sale");
    case Kind::Void: return QStringLiteral("void");
    case Kind::Refund: return QStringLiteral("refund");
    case Kind::PaidIn: return CashKind::kPaidIn;
    case Kind::PaidOut: return CashKind::kPaidOut;
    case Kind::ShiftOpen: return CashKind::kShiftOpen;
    case Kind::NoSale: return CashKind::kNoSale;
    }
    return {};
}

Result<ReplayOperation> ReplayOperation::parse(const QByteArray &json, const Currency &currency)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("Not a JSON object: %1").arg(error.error != QJsonParseError::NoError ? error.errorString() : QString()));
    const QJsonObject o = doc.object();
    ReplayOperation op;
    const QString key = o.value(QStringLiteral("op")).toString();
    bool known = false;
    for (Kind k : {Kind::Sale, Kind::Void, Kind::Refund, Kind::PaidIn, Kind::PaidOut, Kind::ShiftOpen, Kind::NoSale}) {
        if (kindKey(k) == key) {
            op.kind = k;
            known = true;
        }
    }
    if (!known)
        return bad(tr("Unknown operation \"%1\".").arg(key));

    const QString atText = o.value(QStringLiteral("at")).toString();
    op.at = QDateTime::fromString(atText, Qt::ISODateWithMs);
    if (!op.at.isValid() || op.at.timeSpec() == Qt::LocalTime)
        return bad(tr("\"at\" must be a time with its UTC offset, like 2026-12-07T19:45:00+08:00: %1").arg(atText));
    op.registerId = o.value(QStringLiteral("register")).toString();
    op.operatorNumber = o.value(QStringLiteral("operator")).toString();
    if (op.operatorNumber.isEmpty())
        return bad(tr("\"operator\" is missing (an operator number like \"01\")."));
    op.approver = o.value(QStringLiteral("approver")).toString();
    op.reason = o.value(QStringLiteral("reason")).toString().trimmed();

    // A sale and a refund name themselves; the others may, else their content names them.
    const bool idRequired = op.kind == Kind::Sale;
    auto id = uuidField(o, QStringLiteral("id"), idRequired);
    if (!id)
        return id.error();
    op.id = id->isEmpty() ? derivedId(key.toUtf8() + '\n' + QJsonDocument(o).toJson(QJsonDocument::Compact)) : *id;

    switch (op.kind) {
    case Kind::Sale:
        if (Status parsed = parseSale(o, currency, op); !parsed)
            return parsed.error();
        break;
    case Kind::Void:
    case Kind::Refund: {
        auto sale = uuidField(o, QStringLiteral("sale"), true);
        if (!sale)
            return sale.error();
        op.sale = *sale;
        if (op.kind == Kind::Void) {
            // A sale is voided once: without an id, the void is named by its sale.
            if (o.value(QStringLiteral("id")).isUndefined())
                op.id = derivedId("void\n" + op.sale.toUtf8());
        } else if (Status parsed = parseRefund(o, op); !parsed) {
            return parsed.error();
        }
        break;
    }
    case Kind::ShiftOpen:
    case Kind::PaidIn:
    case Kind::PaidOut: {
        auto amount = moneyField(o, op.kind == Kind::ShiftOpen ? QStringLiteral("float") : QStringLiteral("amount"), currency);
        if (!amount)
            return amount.error();
        op.amount = *amount;
        break;
    }
    case Kind::NoSale: op.amount = Money::zero(currency); break;
    }
    if (op.reason.isEmpty() && op.kind != Kind::Sale && op.kind != Kind::ShiftOpen)
        op.reason = tr("Replayed");
    return op;
}

} // namespace qtill::checkout
