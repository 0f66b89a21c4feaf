// qtillctl coupons campaign create | issue | list | report, and vouchers import.
#include "commands.h"
#include "context.h"
#include "table.h"

#include "members/campaignservice.h"
#include "members/couponcode.h"
#include "members/membersservices.h"
#include "members/voucherservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qtill::cli {

namespace {

using members::Campaign;
using members::CampaignReport;
using members::Coupon;
using members::MembersServices;

QString money(const Money &m)
{
    return m.hasCurrency() ? m.toPlainString() : QString();
}

QJsonObject campaignJson(const Campaign &c)
{
    QJsonArray scope;
    for (const auto &id : c.scope.categories)
        scope.append(qint64(id.value()));
    for (const auto &id : c.scope.products)
        scope.append(qint64(id.value()));
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), members::couponKindKey(c.kind)}, {QStringLiteral("amount"), money(c.amount)},
        {QStringLiteral("percentBasisPoints"), c.percentBasisPoints}, {QStringLiteral("cap"), money(c.cap)},
        {QStringLiteral("minimumSpend"), money(c.minimumSpend)},
        {QStringLiteral("pointsMultiplier"), c.pointsMultiplier},
        {QStringLiteral("scope"),
            c.scope.kind == members::PricingScope::Kind::All            ? QStringLiteral("all")
                : c.scope.kind == members::PricingScope::Kind::Products ? QStringLiteral("products")
                                                                        : QStringLiteral("categories")},
        {QStringLiteral("scopeIds"), scope}, {QStringLiteral("validFrom"), jsonTime(c.validFrom)},
        {QStringLiteral("validUntil"), jsonTime(c.validUntil)}, {QStringLiteral("validDays"), c.validDays},
        {QStringLiteral("perMemberLimit"), c.perMemberLimit}, {QStringLiteral("totalQuantity"), c.totalQuantity},
        {QStringLiteral("issued"), c.issued}, {QStringLiteral("stackable"), c.stackable},
        {QStringLiteral("status"), members::campaignStatusKey(c.status)}};
}

/// A whole number option (absent: `fallback`); false on a bad value.
bool intOption(const Args &args, const QString &name, int *out)
{
    if (!args.has(name))
        return true;
    bool ok = false;
    *out = args.value(name).toInt(&ok);
    return ok && *out >= 0;
}

/// --from / --until: a day (from its start; --until through its end) or an ISO date and time.
bool timeOption(const Args &args, const QString &name, QDateTime *out)
{
    if (!args.has(name))
        return true;
    const QString text = args.value(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        *out = (name == QLatin1String("until")) ? day.addDays(1).startOfDay() : day.startOfDay();
    else
        *out = QDateTime::fromString(text, Qt::ISODate);
    return out->isValid();
}

bool idsOption(const Args &args, const QString &name, QList<qint64> *out)
{
    for (const QString &part : args.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        out->append(id);
    }
    return true;
}

/// The campaign the options describe; an empty error text when they make one.
QString campaignFromArgs(const Args &args, const Currency &currency, Campaign &c)
{
    c.name = args.value(QStringLiteral("name"));
    const QString kind
        = args.has(QStringLiteral("kind")) ? args.value(QStringLiteral("kind")) : QStringLiteral("amount_off");
    if (!members::couponKindFromKey(kind, &c.kind))
        return tr("--kind is amount_off, percent_off, threshold, free_item or points_multiplier.");
    for (const auto &[option, target] : {std::pair {QStringLiteral("amount"), &c.amount},
             std::pair {QStringLiteral("cap"), &c.cap}, std::pair {QStringLiteral("min-spend"), &c.minimumSpend}}) {
        if (!args.has(option))
            continue;
        auto parsed = Money::parse(args.value(option), QLocale::c(), currency);
        if (!parsed)
            return tr("--%1 needs an amount in yuan, like 10 or 9.90.").arg(option);
        *target = *parsed;
    }
    if (args.has(QStringLiteral("percent"))) {
        bool ok = false;
        const double percent = args.value(QStringLiteral("percent")).toDouble(&ok);
        if (!ok)
            return tr("--percent needs a number, like 20 for 20 %.");
        c.percentBasisPoints = int(percent * 100 + 0.5);
    }
    if (!intOption(args, QStringLiteral("multiplier"), &c.pointsMultiplier)
        || !intOption(args, QStringLiteral("days"), &c.validDays)
        || !intOption(args, QStringLiteral("per-member"), &c.perMemberLimit)
        || !intOption(args, QStringLiteral("total"), &c.totalQuantity))
        return tr("--multiplier, --days, --per-member and --total need whole numbers.");
    if (!timeOption(args, QStringLiteral("from"), &c.validFrom)
        || !timeOption(args, QStringLiteral("until"), &c.validUntil))
        return tr("--from and --until need a date like 2026-12-31.");
    QList<qint64> ids;
    const bool products = args.has(QStringLiteral("products"));
    if (products || args.has(QStringLiteral("categories"))) {
        if (!idsOption(args, products ? QStringLiteral("products") : QStringLiteral("categories"), &ids))
            return tr("--products and --categories need ids separated by commas, like 3,7.");
        c.scope.kind = products ? members::PricingScope::Kind::Products : members::PricingScope::Kind::Categories;
        for (qint64 id : std::as_const(ids))
            products ? c.scope.products.append(members::ProductId(id))
                     : c.scope.categories.append(members::CategoryId(id));
    }
    c.stackable = !args.flag(QStringLiteral("exclusive"));
    return {};
}

int create(Context &context, Services &services)
{
    Campaign campaign;
    if (const QString problem = campaignFromArgs(context.args(), services.storeProfile().currency(), campaign);
        !problem.isEmpty())
        return context.usage(problem);
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto id = MembersServices::of(services).campaigns().create(*actor, campaign);
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(campaignJson(MembersServices::of(services).campaigns().campaign(*id).valueOr(campaign)));
    else
        context.say(tr("Campaign %1 created: %2.").arg(*id).arg(campaign.name));
    return kExitOk;
}

bool campaignId(Context &context, qint64 *id)
{
    bool ok = false;
    *id = context.args().word(3).toLongLong(&ok);
    return ok && *id > 0;
}

int issue(Context &context, Services &services)
{
    const Args &args = context.args();
    qint64 id = 0;
    int count = 0;
    QList<qint64> memberIds;
    if (!campaignId(context, &id) || args.has(QStringLiteral("count")) == args.has(QStringLiteral("members"))
        || !intOption(args, QStringLiteral("count"), &count) || !idsOption(args, QStringLiteral("members"), &memberIds))
        return context.usage(tr("coupons campaign issue ID --count N | --members ID,ID,…"));
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    members::CampaignService &campaigns = MembersServices::of(services).campaigns();
    QList<members::IssuedCoupon> issued;
    QList<qint64> atLimit;
    if (args.has(QStringLiteral("count"))) {
        auto codes = campaigns.issueCodes(*actor, id, count);
        if (!codes)
            return context.fail(codes.error());
        issued = *codes;
    } else {
        auto result = campaigns.issueTo(*actor, id, memberIds);
        if (!result)
            return context.fail(result.error());
        issued = result->coupons;
        atLimit = result->atLimit;
    }
    QJsonArray array;
    QStringList lines;
    for (const members::IssuedCoupon &c : std::as_const(issued)) {
        array.append(QJsonObject {{QStringLiteral("code"), members::CouponCode::grouped(c.code)},
            {QStringLiteral("member"), c.memberId}, {QStringLiteral("validFrom"), jsonTime(c.validFrom)},
            {QStringLiteral("validUntil"), jsonTime(c.validUntil)}});
        lines << (c.memberId > 0 ? QStringLiteral("%1  %2").arg(members::CouponCode::grouped(c.code)).arg(c.memberId)
                                 : members::CouponCode::grouped(c.code));
    }
    if (context.json()) {
        QJsonArray limit;
        for (qint64 m : std::as_const(atLimit))
            limit.append(m);
        context.printJson(QJsonObject {{QStringLiteral("coupons"), array}, {QStringLiteral("atLimit"), limit}});
        return kExitOk;
    }
    context.say(lines.join(QLatin1Char('\n')));
    context.say(tr("%1 coupons issued.").arg(issued.size()));
    if (!atLimit.isEmpty())
        context.say(tr("%1 members hold the per-member limit already and got none.").arg(atLimit.size()));
    return kExitOk;
}

int list(Context &context, Services &services)
{
    auto campaigns = MembersServices::of(services).campaigns().list();
    if (!campaigns)
        return context.fail(campaigns.error());
    QJsonArray array;
    Table table({tr("Id"), tr("Name"), tr("Kind"), tr("Status"), tr("Issued"), tr("Valid until")});
    for (const Campaign &c : std::as_const(*campaigns)) {
        array.append(campaignJson(c));
        table.addRow(
            {QString::number(c.id), c.name, members::couponKindName(c.kind), members::campaignStatusKey(c.status),
                c.totalQuantity > 0 ? QStringLiteral("%1/%2").arg(c.issued).arg(c.totalQuantity)
                                    : QString::number(c.issued),
                c.validDays > 0 ? tr("%1 days from issue").arg(c.validDays)
                                : c.validUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.toString());
    return kExitOk;
}

int report(Context &context, Services &services)
{
    qint64 id = 0;
    if (!campaignId(context, &id))
        return context.usage(tr("coupons campaign report ID"));
    auto r = MembersServices::of(services).campaigns().report(id);
    if (!r)
        return context.fail(r.error());
    if (context.json()) {
        QJsonArray sales;
        for (const members::CampaignSale &s : std::as_const(r->recentSales))
            sales.append(QJsonObject {{QStringLiteral("sale"), s.saleUuid}, {QStringLiteral("receipt"), s.receipt},
                {QStringLiteral("code"), s.code}, {QStringLiteral("at"), jsonTime(s.at)},
                {QStringLiteral("discount"), s.discount.toPlainString()}});
        context.printJson(
            QJsonObject {{QStringLiteral("campaign"), campaignJson(r->campaign)}, {QStringLiteral("issued"), r->issued},
                {QStringLiteral("redeemed"), r->redeemed}, {QStringLiteral("open"), r->open},
                {QStringLiteral("expired"), r->expired}, {QStringLiteral("cancelled"), r->cancelled},
                {QStringLiteral("discountGiven"), r->discountGiven.toPlainString()},
                {QStringLiteral("sales"), r->sales}, {QStringLiteral("recentSales"), sales}});
        return kExitOk;
    }
    const QLocale locale(QLocale::Chinese, QLocale::China);
    context.say(tr("%1 (%2)\nIssued %3, redeemed %4, open %5, expired %6\nDiscount given %7 on %8 sales")
                    .arg(r->campaign.name, members::couponKindName(r->campaign.kind))
                    .arg(r->issued)
                    .arg(r->redeemed)
                    .arg(r->open)
                    .arg(r->expired)
                    .arg(r->discountGiven.format(locale))
                    .arg(r->sales));
    return kExitOk;
}

} // namespace

int runCoupons(Context &context)
{
    const QString sub = context.args().word(2);
    if (context.args().word(1) != QLatin1String("campaign") || sub.isEmpty())
        return context.usage(tr("coupons campaign create|issue|list|report"));
    auto services = context.services();
    if (!services)
        return context.fail(services.error());
    if (sub == QLatin1String("create"))
        return create(context, **services);
    if (sub == QLatin1String("issue"))
        return issue(context, **services);
    if (sub == QLatin1String("list"))
        return list(context, **services);
    if (sub == QLatin1String("report"))
        return report(context, **services);
    return context.usage(tr("Unknown subcommand \"%1\".").arg(sub));
}

int runVouchers(Context &context)
{
    const QString path = context.args().word(2);
    if (context.args().word(1) != QLatin1String("import") || path.isEmpty())
        return context.usage(tr("vouchers import FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error::notFound(tr("The file %1 could not be opened.").arg(path), file.errorString()));
    const QByteArray csv = file.readAll();
    auto services = context.services();
    if (!services)
        return context.fail(services.error());
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto report = MembersServices::of(**services).vouchers().import(*actor, csv, QFileInfo(path).fileName());
    if (!report)
        return context.fail(report.error());
    QJsonArray issues;
    Table table({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    for (const members::VoucherImportIssue &i : std::as_const(report->issues)) {
        issues.append(QJsonObject {{QStringLiteral("line"), i.line}, {QStringLiteral("column"), i.column},
            {QStringLiteral("value"), i.value}, {QStringLiteral("message"), i.message}});
        table.addRow({QString::number(i.line), i.column, i.value, i.message});
    }
    if (context.json()) {
        context.printJson(
            QJsonObject {{QStringLiteral("rows"), report->rows}, {QStringLiteral("imported"), report->imported},
                {QStringLiteral("batch"), report->batchId}, {QStringLiteral("issues"), issues}});
    } else if (!report->clean()) {
        context.say(table.toString());
        context.say(tr("%1 of %2 rows have problems, so nothing was imported. Fix them and import the file again.")
                        .arg(report->issues.size())
                        .arg(report->rows));
    } else {
        context.say(tr("%1 vouchers imported (batch %2).").arg(report->imported).arg(report->batchId));
    }
    return report->clean() ? kExitOk : kExitError;
}

} // namespace qtill::cli
