#include "campaignservice.h"

#include "couponcode.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqldialect.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace qtill::members {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::CampaignService", text);
}

/// Rows per INSERT when issuing (7 values each: well inside both engines' limits on bound values).
constexpr int kInsertChunk = 500;
constexpr int kMaxNameLength = 60;

const QString kCampaignColumns = QStringLiteral(
    "id, name, kind, currency, amount, percent_bp, cap, points_multiplier, scope, minimum_spend, valid_from,"
    " valid_until, valid_days, per_member_limit, total_quantity, issued, stackable, status, created_by, created_at");

QVariant nullableTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(storedTime(at)) : QVariant(QMetaType(QMetaType::QString));
}

QString day(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Campaign campaignFromRow(const QSqlQuery &q)
{
    Campaign c;
    const Currency currency = Currency::fromCode(q.value(3).toString());
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    couponKindFromKey(q.value(2).toString(), &c.kind);
    c.amount = Money::fromMinor(q.value(4).toLongLong(), currency);
    c.percentBasisPoints = q.value(5).toInt();
    c.cap = Money::fromMinor(q.value(6).toLongLong(), currency);
    c.pointsMultiplier = q.value(7).toInt();
    const QString scope = q.value(8).toString();
    c.scope.kind = scope == QLatin1String("products") ? PricingScope::Kind::Products
        : scope == QLatin1String("categories")        ? PricingScope::Kind::Categories
                                                      : PricingScope::Kind::All;
    c.minimumSpend = Money::fromMinor(q.value(9).toLongLong(), currency);
    c.validFrom = parseStoredTime(q.value(10).toString());
    c.validUntil = parseStoredTime(q.value(11).toString());
    c.validDays = q.value(12).toInt();
    c.perMemberLimit = q.value(13).toInt();
    c.totalQuantity = q.value(14).toInt();
    c.issued = q.value(15).toInt();
    c.stackable = q.value(16).toInt() != 0;
    campaignStatusFromKey(q.value(17).toString(), &c.status);
    c.createdBy = OperatorId(q.value(18).toLongLong());
    c.createdAt = parseStoredTime(q.value(19).toString());
    return c;
}

QString scopeKey(PricingScope::Kind kind)
{
    switch (kind) {
    case PricingScope::Kind::All:
        return QStringLiteral("all");
    case PricingScope::Kind::Categories:
        return QStringLiteral("categories");
    case PricingScope::Kind::Products:
        return QStringLiteral("products");
    }
    return {};
}

QList<qint64> scopeIds(const PricingScope &scope)
{
    QList<qint64> ids;
    for (const CategoryId &c : scope.categories)
        ids << c.value();
    for (const ProductId &p : scope.products)
        ids << p.value();
    return ids;
}

void addScopeItem(Campaign &c, qint64 item)
{
    if (c.scope.kind == PricingScope::Kind::Categories)
        c.scope.categories << CategoryId(item);
    else if (c.scope.kind == PricingScope::Kind::Products)
        c.scope.products << ProductId(item);
}

Status checkMoney(const Money &m, const Currency &currency, bool required, const QString &what)
{
    if (!m.hasCurrency())
        return required ? Status(Error::invalidInput(tr("Enter %1.").arg(what))) : Status();
    if (m.currency() != currency)
        return Error::invalidInput(tr("%1 must be in %2, the store's currency.").arg(what, currency.code()));
    if (m.isNegative() || (required && m.isZero()))
        return Error::invalidInput(tr("%1 must be more than zero.").arg(what));
    return {};
}

Status validateReward(const Campaign &c, const Currency &currency)
{
    using Kind = Coupon::Kind;
    if (Status ok = checkMoney(c.minimumSpend, currency, c.kind == Kind::Threshold, tr("The minimum spend")); !ok)
        return ok;
    switch (c.kind) {
    case Kind::AmountOff:
        return checkMoney(c.amount, currency, true, tr("The amount off"));
    case Kind::Threshold:
        if (Status ok = checkMoney(c.amount, currency, true, tr("The amount off")); !ok)
            return ok;
        if (c.amount >= c.minimumSpend)
            return Error::invalidInput(
                tr("A spend-and-save coupon takes off less than its minimum spend (e.g. spend 100, save 20)."));
        return {};
    case Kind::PercentOff:
        if (c.percentBasisPoints <= 0 || c.percentBasisPoints > 10000)
            return Error::invalidInput(tr("The percentage must be between 0.01 % and 100 %."));
        if (!c.cap.hasCurrency() || c.cap.isZero())
            return Error::invalidInput(
                tr("A percent-off coupon needs a cap: the most it takes off (e.g. 20 % off, at most ¥50)."));
        return checkMoney(c.cap, currency, true, tr("The cap"));
    case Kind::FreeItem:
        if (c.scope.kind == PricingScope::Kind::All)
            return Error::invalidInput(tr("A free-item coupon must name the products or categories it gives away."));
        return {};
    case Kind::PointsMultiplier:
        if (c.pointsMultiplier <= 100 || c.pointsMultiplier > 10000)
            return Error::invalidInput(
                tr("An extra-points coupon multiplies points by more than 1 and at most 100 (200 = double points)."));
        return {};
    }
    return {};
}

Status validateValidity(const Campaign &c, const QDateTime &now)
{
    const bool window = c.validFrom.isValid() || c.validUntil.isValid();
    if (window == (c.validDays > 0) || c.validDays < 0)
        return Error::invalidInput(
            tr("Say how long the coupons are valid: an end date, or a number of days after they are issued."));
    if (window && !c.validUntil.isValid())
        return Error::invalidInput(tr("Give the campaign an end date."));
    if (window && c.validFrom.isValid() && c.validUntil <= c.validFrom)
        return Error::invalidInput(
            tr("The campaign ends (%1) before it starts (%2).").arg(day(c.validUntil), day(c.validFrom)));
    if (window && c.validUntil <= now)
        return Error::invalidInput(tr("The end date %1 has passed already.").arg(day(c.validUntil)));
    if (c.validDays > 3660)
        return Error::invalidInput(tr("Coupons can be valid for at most 3660 days."));
    return {};
}

} // namespace

CampaignService::CampaignService(Services &core) : m_core(core) { }

Status CampaignService::validate(const Campaign &c) const
{
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return Error::invalidInput(tr("Give the campaign a name (it is printed on the receipt)."));
    if (name.size() > kMaxNameLength)
        return Error::invalidInput(tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    if (Status ok = validateReward(c, m_core.storeProfile().currency()); !ok)
        return ok;
    if (c.scope.kind != PricingScope::Kind::All && scopeIds(c.scope).isEmpty())
        return Error::invalidInput(tr("Choose the products or categories the coupons apply to."));
    if (c.perMemberLimit < 0 || c.totalQuantity < 0)
        return Error::invalidInput(tr("Limits cannot be negative (0 means no limit)."));
    return validateValidity(c, m_core.clock().now());
}

Result<qint64> CampaignService::create(const Session &actor, const Campaign &c)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kManageCampaigns); !allowed)
        return allowed.error();
    if (Status ok = validate(c); !ok)
        return ok.error();
    const Currency currency = m_core.storeProfile().currency();
    auto minor = [](const Money &m) { return m.hasCurrency() ? qint64(m.minor()) : qint64(0); };
    qint64 id = 0;
    Store &store = m_core.store();
    const Status done = store.transaction([&]() -> Status {
        auto inserted = insertReturningId(store,
            QStringLiteral(
                "INSERT INTO coupon_campaigns (name, kind, currency, amount, percent_bp, cap, points_multiplier, scope,"
                " minimum_spend, valid_from, valid_until, valid_days, per_member_limit, total_quantity, stackable,"
                " status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, "
                "?)"),
            {c.name.trimmed(), couponKindKey(c.kind), currency.code(), minor(c.amount),
                c.kind == Coupon::Kind::PercentOff ? c.percentBasisPoints : 0, minor(c.cap),
                c.kind == Coupon::Kind::PointsMultiplier ? c.pointsMultiplier : 100, scopeKey(c.scope.kind),
                minor(c.minimumSpend), nullableTime(c.validFrom), nullableTime(c.validUntil), c.validDays,
                c.perMemberLimit, c.totalQuantity, c.stackable ? 1 : 0, qint64(actor.auditActor().value()),
                storedTime(m_core.clock().now())},
            tr("The campaign could not be saved."));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        const QList<qint64> items = scopeIds(c.scope);
        for (qint64 item : QSet<qint64>(items.cbegin(), items.cend())) {
            auto q
                = store.exec(QStringLiteral("INSERT INTO coupon_campaign_scope (campaign_id, item_id) VALUES (?, ?)"),
                    {id, item}, tr("The campaign could not be saved."));
            if (!q)
                return q.error();
        }
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("coupon.campaign.create"), QStringLiteral("campaign:%1").arg(id), AuditOutcome::kOk,
            QStringLiteral("%1 (%2)").arg(c.name.trimmed(), couponKindKey(c.kind))});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return id;
}

Status CampaignService::setStatus(const Session &actor, qint64 campaignId, Campaign::Status status)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kManageCampaigns); !allowed)
        return allowed;
    Store &store = m_core.store();
    return store.transaction([&]() -> Status {
        auto current = campaign(campaignId);
        if (!current)
            return current.error();
        if (current->status == status)
            return {};
        if (current->status == Campaign::Status::Ended)
            return Error::conflict(tr("The campaign \"%1\" has ended; it cannot be started again.").arg(current->name));
        auto q = store.exec(QStringLiteral("UPDATE coupon_campaigns SET status = ? WHERE id = ? AND status <> 'ended'"),
            {campaignStatusKey(status), campaignId}, tr("The campaign could not be changed."));
        if (!q)
            return q.error();
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("coupon.campaign.status"), QStringLiteral("campaign:%1").arg(campaignId), AuditOutcome::kOk,
            QStringLiteral("%1 -> %2").arg(campaignStatusKey(current->status), campaignStatusKey(status))});
        return audited ? Status() : Status(audited.error());
    });
}

Result<Campaign> CampaignService::lockActive(qint64 campaignId, int wanted)
{
    Store &store = m_core.store();
    auto q = store.exec(QStringLiteral("SELECT ") + kCampaignColumns
            + QStringLiteral(" FROM coupon_campaigns WHERE id = ?") + store.dialect().forUpdate(),
        {campaignId}, tr("The campaign could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no campaign %1.").arg(campaignId));
    Campaign c = campaignFromRow(*q);
    if (c.status != Campaign::Status::Active)
        return Error::conflict(
            tr("The campaign \"%1\" is not running: start it again before issuing coupons.").arg(c.name));
    if (c.validUntil.isValid() && c.validUntil <= m_core.clock().now())
        return Error::conflict(tr("The campaign \"%1\" ended on %2.").arg(c.name, day(c.validUntil)));
    if (c.totalQuantity > 0 && c.issued + qint64(wanted) > c.totalQuantity) {
        return Error::conflict(tr("Only %1 coupons of \"%2\" are left (%3 of %4 issued); %5 were asked for.")
                                   .arg(c.totalQuantity - c.issued)
                                   .arg(c.name)
                                   .arg(c.issued)
                                   .arg(c.totalQuantity)
                                   .arg(wanted));
    }
    auto scope
        = store.exec(QStringLiteral("SELECT item_id FROM coupon_campaign_scope WHERE campaign_id = ? ORDER BY item_id"),
            {campaignId}, tr("The campaign could not be read."));
    if (!scope)
        return scope.error();
    while (scope->next())
        addScopeItem(c, scope->value(0).toLongLong());
    return c;
}

Result<QList<IssuedCoupon>> CampaignService::insertCoupons(
    const Campaign &c, const QList<qint64> &members, const Session &actor)
{
    Store &store = m_core.store();
    const QDateTime now = m_core.clock().now();
    const QDateTime from = c.validDays > 0 ? now : c.validFrom;
    const QDateTime until = c.validDays > 0 ? now.addDays(c.validDays) : c.validUntil;
    QList<IssuedCoupon> issued;
    issued.reserve(members.size());
    QList<qint64> pending = members; // 0: an anonymous code; a code already taken puts its member back at the end
    int emptyChunks = 0;
    for (qsizetype next = 0; next < pending.size();) {
        const int rows = int(std::min<qsizetype>(kInsertChunk, pending.size() - next));
        const QList<QString> codes = CouponCode::generate(rows);
        QVariantList values;
        for (int i = 0; i < rows; ++i) {
            const qint64 member = pending.at(next + i);
            values << codes.at(i) << c.id << (member > 0 ? QVariant(member) : QVariant(QMetaType(QMetaType::LongLong)))
                   << storedTime(now) << qint64(actor.auditActor().value()) << nullableTime(from)
                   << nullableTime(until);
        }
        const QStringList marks(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"));
        auto q = store.exec(
            QStringLiteral("INSERT INTO coupons (code, campaign_id, member_id, issued_at, issued_by, valid_from,"
                           " valid_until) VALUES ")
                + marks.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT (code) DO NOTHING RETURNING code"),
            values, tr("The coupons could not be issued."));
        if (!q)
            return q.error();
        QSet<QString> inserted;
        while (q->next())
            inserted.insert(q->value(0).toString());
        emptyChunks = inserted.isEmpty() ? emptyChunks + 1 : 0;
        if (emptyChunks > 3)
            return Error::internal(
                tr("The coupons could not be issued."), QStringLiteral("no code of four draws was new"));
        for (int i = 0; i < rows; ++i) {
            if (inserted.remove(codes.at(i)))
                issued << IssuedCoupon {codes.at(i), pending.at(next + i), from, until};
            else
                pending << pending.at(next + i); // taken already (a chance of ~10^-11): drawn again
        }
        next += rows;
    }
    return issued;
}

Result<QList<IssuedCoupon>> CampaignService::issueCodes(const Session &actor, qint64 campaignId, int count)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kIssue); !allowed)
        return allowed.error();
    if (count < 1 || count > kMaxIssue)
        return Error::invalidInput(tr("Issue between 1 and %1 codes at a time.").arg(kMaxIssue));
    QList<IssuedCoupon> issued;
    Store &store = m_core.store();
    const Status done = store.transaction([&]() -> Status {
        issued.clear();
        auto c = lockActive(campaignId, count);
        if (!c)
            return c.error();
        auto inserted = insertCoupons(*c, QList<qint64>(count, 0), actor);
        if (!inserted)
            return inserted.error();
        issued = *inserted;
        auto q = store.exec(QStringLiteral("UPDATE coupon_campaigns SET issued = issued + ? WHERE id = ?"),
            {count, campaignId}, tr("The coupons could not be issued."));
        if (!q)
            return q.error();
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("coupon.issue"), QStringLiteral("campaign:%1").arg(campaignId), AuditOutcome::kOk,
            QStringLiteral("%1 anonymous codes").arg(count)});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return issued;
}

Result<IssueResult> CampaignService::issueTo(const Session &actor, qint64 campaignId, const QList<qint64> &memberIds)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kIssue); !allowed)
        return allowed.error();
    QList<qint64> members;
    QSet<qint64> seen;
    for (qint64 id : memberIds) {
        if (id <= 0)
            return Error::invalidInput(tr("The list has an id that is no member (%1).").arg(id));
        if (!seen.contains(id)) {
            seen.insert(id);
            members << id;
        }
    }
    if (members.isEmpty() || members.size() > kMaxIssue)
        return Error::invalidInput(tr("Choose between 1 and %1 members.").arg(kMaxIssue));
    IssueResult result;
    Store &store = m_core.store();
    const Status done = store.transaction([&]() -> Status {
        result = IssueResult {};
        auto c = lockActive(campaignId, 0); // the row lock first: the holdings read below cannot change under us
        if (!c)
            return c.error();
        QList<qint64> eligible = members;
        if (c->perMemberLimit > 0) {
            auto held = store.exec(QStringLiteral("SELECT member_id, COUNT(*) FROM coupons WHERE campaign_id = ?"
                                                  " AND member_id IS NOT NULL GROUP BY member_id"),
                {campaignId}, tr("The coupons could not be issued."));
            if (!held)
                return held.error();
            QHash<qint64, int> holding;
            while (held->next())
                holding.insert(held->value(0).toLongLong(), held->value(1).toInt());
            eligible.clear();
            for (qint64 id : members)
                (holding.value(id) >= c->perMemberLimit ? result.atLimit : eligible) << id;
        }
        if (eligible.isEmpty())
            return {};
        if (c->totalQuantity > 0 && c->issued + qint64(eligible.size()) > c->totalQuantity) {
            return Error::conflict(tr("Only %1 coupons of \"%2\" are left, for %3 members. Nothing was issued.")
                                       .arg(c->totalQuantity - c->issued)
                                       .arg(c->name)
                                       .arg(eligible.size()));
        }
        auto inserted = insertCoupons(*c, eligible, actor);
        if (!inserted)
            return inserted.error();
        result.coupons = *inserted;
        auto q = store.exec(QStringLiteral("UPDATE coupon_campaigns SET issued = issued + ? WHERE id = ?"),
            {int(eligible.size()), campaignId}, tr("The coupons could not be issued."));
        if (!q)
            return q.error();
        auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            QStringLiteral("coupon.issue"), QStringLiteral("campaign:%1").arg(campaignId), AuditOutcome::kOk,
            QStringLiteral("%1 members; %2 at the per-member limit").arg(eligible.size()).arg(result.atLimit.size())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return result;
}

Result<QList<Campaign>> CampaignService::list() const
{
    Store &store = m_core.store();
    auto q = store.exec(
        QStringLiteral("SELECT ") + kCampaignColumns + QStringLiteral(" FROM coupon_campaigns ORDER BY id DESC"), {},
        tr("The campaigns could not be read."));
    if (!q)
        return q.error();
    QList<Campaign> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out << campaignFromRow(*q);
    }
    auto scope = store.exec(
        QStringLiteral("SELECT campaign_id, item_id FROM coupon_campaign_scope ORDER BY campaign_id, item_id"), {},
        tr("The campaigns could not be read."));
    if (!scope)
        return scope.error();
    while (scope->next()) {
        if (auto it = index.constFind(scope->value(0).toLongLong()); it != index.cend())
            addScopeItem(out[*it], scope->value(1).toLongLong());
    }
    return out;
}

Result<Campaign> CampaignService::campaign(qint64 campaignId) const
{
    Store &store = m_core.store();
    auto q = store.exec(
        QStringLiteral("SELECT ") + kCampaignColumns + QStringLiteral(" FROM coupon_campaigns WHERE id = ?"),
        {campaignId}, tr("The campaign could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no campaign %1.").arg(campaignId));
    Campaign c = campaignFromRow(*q);
    auto scope
        = store.exec(QStringLiteral("SELECT item_id FROM coupon_campaign_scope WHERE campaign_id = ? ORDER BY item_id"),
            {campaignId}, tr("The campaign could not be read."));
    if (!scope)
        return scope.error();
    while (scope->next())
        addScopeItem(c, scope->value(0).toLongLong());
    return c;
}

Result<CampaignReport> CampaignService::report(qint64 campaignId) const
{
    auto c = campaign(campaignId);
    if (!c)
        return c.error();
    CampaignReport r;
    r.campaign = *c;
    Store &store = m_core.store();
    const QString failed = tr("The campaign's figures could not be read.");
    const QString now = storedTime(m_core.clock().now());
    auto counts = store.exec(
        QStringLiteral("SELECT state, CASE WHEN valid_until IS NOT NULL AND valid_until <= ? THEN 1 ELSE 0 END,"
                       " COUNT(*) FROM coupons WHERE campaign_id = ? GROUP BY 1, 2"),
        {now, campaignId}, failed);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const QString state = counts->value(0).toString();
        const int n = counts->value(2).toInt();
        r.issued += n;
        if (state == QLatin1String("redeemed"))
            r.redeemed += n;
        else if (state == QLatin1String("cancelled"))
            r.cancelled += n;
        else
            (counts->value(1).toInt() != 0 ? r.expired : r.open) += n;
    }
    auto sold = store.exec(
        QStringLiteral("SELECT COUNT(DISTINCT sale_uuid) FROM coupons WHERE campaign_id = ? AND state = 'redeemed'"),
        {campaignId}, failed);
    if (!sold)
        return sold.error();
    r.sales = sold->next() ? sold->value(0).toInt() : 0;
    const QString signedDiscount = QStringLiteral("CASE WHEN r.action = 'redeem' THEN r.discount ELSE -r.discount END");
    auto given = store.exec(QStringLiteral("SELECT ") + store.dialect().integerSum(signedDiscount)
            + QStringLiteral(" FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id WHERE c.campaign_id = ?"),
        {campaignId}, failed);
    if (!given)
        return given.error();
    const Currency currency = c->amount.hasCurrency() ? c->amount.currency() : m_core.storeProfile().currency();
    r.discountGiven = Money::fromMinor(given->next() ? given->value(0).toLongLong() : 0, currency);
    auto sales = store.exec(
        QStringLiteral("SELECT r.sale_uuid, r.receipt, c.code, r.at, r.discount FROM coupon_redemptions r"
                       " JOIN coupons c ON c.id = r.coupon_id WHERE c.campaign_id = ? AND r.action = 'redeem'"
                       " AND c.state = 'redeemed' AND c.sale_uuid = r.sale_uuid ORDER BY r.at DESC, r.id DESC LIMIT ?"),
        {campaignId, kReportSales}, failed);
    if (!sales)
        return sales.error();
    while (sales->next()) {
        r.recentSales << CampaignSale {sales->value(0).toString(), sales->value(1).toString(),
            sales->value(2).toString(), parseStoredTime(sales->value(3).toString()),
            Money::fromMinor(sales->value(4).toLongLong(), currency)};
    }
    return r;
}

} // namespace qtill::members
