#include "promotionservice.h"

#include "membersmodule.h"
#include "promotionjson.h"

#include "members/pricingengine.h"

#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::members {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::PromotionService", text);
}

const QString kColumns = QStringLiteral("code, rule, active, revision, updated_at");

QString ruleText(const Promotion &p)
{
    return QString::fromUtf8(QJsonDocument(promotionToJson(p)).toJson(QJsonDocument::Compact));
}

/// The figures each kind needs, in the owner's words.
Status checkFigures(const Promotion &p, const Currency &currency)
{
    using K = Promotion::Kind;
    const bool amountSet = p.amount.hasCurrency() && p.amount.isPositive();
    switch (p.kind) {
    case K::PercentOff:
        if (p.percentBasisPoints <= 0 || p.percentBasisPoints > 10000)
            return Error::invalidInput(tr("A percent-off promotion needs a percentage above 0 and at most 100."));
        return {};
    case K::AmountOff:
    case K::MemberPrice:
    case K::BundlePrice:
        if (!amountSet && !(p.kind == K::MemberPrice && p.amount.hasCurrency()))
            return Error::invalidInput(tr("Say the amount (the price or the money off) in %1.").arg(currency.code()));
        if (p.kind == K::BundlePrice && (p.buy < 2 || p.buy > 1000))
            return Error::invalidInput(tr("\"N for a price\" needs N from 2 to 1000."));
        return {};
    case K::BuyGetFree:
        if (p.buy < 1 || p.get < 1 || p.buy + p.get > 1000)
            return Error::invalidInput(tr("\"Buy N get M free\" needs N and M of at least 1."));
        return {};
    case K::Threshold:
        if (!p.threshold.hasCurrency() || !p.threshold.isPositive())
            return Error::invalidInput(tr("A spend threshold needs the amount to reach (满 X)."));
        if (!amountSet && (p.percentBasisPoints <= 0 || p.percentBasisPoints > 10000))
            return Error::invalidInput(tr("A spend threshold needs the money off (减 Y) or a percentage off."));
        if (amountSet && p.amount > p.threshold)
            return Error::invalidInput(tr("The money off cannot be more than the spend it needs."));
        return {};
    }
    return Error::invalidInput(tr("Unknown kind of promotion."));
}

} // namespace

PromotionService::PromotionService(Services &core) : m_core(core) {}

Status PromotionService::validate(const Promotion &p, const Currency &currency)
{
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!kId.match(p.id).hasMatch())
        return Error::invalidInput(tr("A promotion's id is 1 to 32 letters, digits, '-' or '_' (e.g. COLA-3FOR10)."));
    if (p.name.trimmed().isEmpty() || p.name.size() > 60)
        return Error::invalidInput(tr("A promotion needs a name the cashier and the receipt show (at most 60 characters)."));
    if (p.perOrderLimit < 0 || p.perOrderLimit > 10000)
        return Error::invalidInput(tr("The limit per order is from 0 (no limit) to 10000."));
    if (p.window.from.isValid() && p.window.until.isValid() && p.window.until < p.window.from)
        return Error::invalidInput(tr("The promotion ends (%1) before it starts (%2).")
                                       .arg(p.window.until.toString(Qt::ISODate), p.window.from.toString(Qt::ISODate)));
    if (p.window.start.isValid() != p.window.end.isValid())
        return Error::invalidInput(tr("Give the hours as a start and an end (e.g. 17:00 to 19:00)."));
    if (Status figures = checkFigures(p, currency); !figures)
        return figures;
    // The engine's own checks are the last word: what it cannot price is never saved.
    PricingInput probe;
    probe.currency = currency;
    probe.promotions = {p};
    auto priced = PricingEngine::price(probe);
    return priced ? Status() : Status(priced.error());
}

Result<StoredPromotion> PromotionService::save(const Session &session, const Promotion &promotion)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManagePromotions); !allowed)
        return allowed.error();
    Promotion p = promotion;
    p.name = p.name.trimmed();
    if (Status valid = validate(p, m_core.storeProfile().currency()); !valid)
        return valid.error();
    Store &store = m_core.store();
    const QString now = storedTime(m_core.clock().now());
    const Status done = store.transaction([&]() -> Status {
        auto existing = this->promotion(p.id);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return existing.error();
        const bool isNew = !existing;
        auto written = isNew ? store.exec(QStringLiteral("INSERT INTO promotions (code, name, kind, rule, active, revision,"
                                                         " created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?)"),
                                          {p.id, p.name, QLatin1String(promotionKindKey(p.kind)), ruleText(p), now, now},
                                          tr("The promotion could not be saved."))
                             : store.exec(QStringLiteral("UPDATE promotions SET name = ?, kind = ?, rule = ?,"
                                                         " revision = revision + 1, updated_at = ? WHERE code = ?"),
                                          {p.name, QLatin1String(promotionKindKey(p.kind)), ruleText(p), now, p.id},
                                          tr("The promotion could not be saved."));
        if (!written)
            return written.error();
        return audit(session, isNew ? QStringLiteral("promotion.add") : QStringLiteral("promotion.update"), p, ruleText(p));
    });
    if (!done)
        return done.error();
    return this->promotion(p.id);
}

Status PromotionService::setActive(const Session &session, const QString &id, bool active)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManagePromotions); !allowed)
        return allowed;
    Store &store = m_core.store();
    return store.transaction([&]() -> Status {
        auto existing = promotion(id);
        if (!existing)
            return existing.error();
        if (existing->active == active)
            return {};
        auto written = store.exec(QStringLiteral("UPDATE promotions SET active = ?, revision = revision + 1, updated_at = ?"
                                                 " WHERE code = ?"),
                                  {active ? 1 : 0, storedTime(m_core.clock().now()), id},
                                  tr("The promotion could not be switched on or off."));
        if (!written)
            return written.error();
        return audit(session, active ? QStringLiteral("promotion.on") : QStringLiteral("promotion.off"),
                     existing->promotion, QString());
    });
}

Result<QList<StoredPromotion>> PromotionService::list(bool runningOnly) const
{
    return query(runningOnly ? QStringLiteral("WHERE active = 1") : QString(), {});
}

Result<StoredPromotion> PromotionService::promotion(const QString &id) const
{
    auto found = query(QStringLiteral("WHERE code = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no promotion %1.").arg(id));
    return found->constFirst();
}

Result<QList<Promotion>> PromotionService::running(const QDate &localDate)
{
    auto stamp = m_core.store().execCached(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(revision), 0), COALESCE(MAX(updated_at), '') FROM promotions"), {},
        tr("The promotions could not be read."));
    if (!stamp)
        return stamp.error();
    stamp->next();
    const QString now = QStringLiteral("%1/%2/%3").arg(stamp->value(0).toString(), stamp->value(1).toString(),
                                                       stamp->value(2).toString());
    if (now != m_stamp) {
        auto read = list(true);
        if (!read)
            return read.error();
        m_cache = *read;
        m_stamp = now;
    }
    QList<Promotion> out;
    for (const StoredPromotion &s : std::as_const(m_cache)) {
        if (!s.promotion.window.until.isValid() || s.promotion.window.until >= localDate)
            out.append(s.promotion);
    }
    return out;
}

Result<QList<StoredPromotion>> PromotionService::query(const QString &where, const QVariantList &values) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT %1 FROM promotions %2").arg(kColumns, where), values,
                                 tr("The promotions could not be read."));
    if (!q)
        return q.error();
    const Currency currency = m_core.storeProfile().currency();
    QList<StoredPromotion> out;
    while (q->next()) {
        auto rule = promotionFromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object(), currency);
        if (!rule)
            return Error::internal(tr("A stored promotion cannot be read."), QStringLiteral("promotion %1: %2")
                                       .arg(q->value(0).toString(), rule.error().toString()));
        out.append(StoredPromotion{*rule, q->value(2).toInt() != 0, q->value(3).toInt(),
                                   parseStoredTime(q->value(4).toString())});
    }
    std::sort(out.begin(), out.end(), [](const StoredPromotion &a, const StoredPromotion &b) {
        return a.promotion.priority != b.promotion.priority ? a.promotion.priority > b.promotion.priority
                                                            : a.promotion.id < b.promotion.id;
    });
    return out;
}

Status PromotionService::audit(const Session &session, const QString &action, const Promotion &promotion,
                               const QString &detail)
{
    auto audited = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), action,
                                                        QStringLiteral("promotion:%1").arg(promotion.id),
                                                        AuditOutcome::kOk, detail.isEmpty() ? promotion.name : detail});
    return audited ? Status() : Status(audited.error());
}

} // namespace qtill::members
