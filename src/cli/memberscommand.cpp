// qtillctl members add MOBILE [--name NAME] | find TEXT | show MEMBER | topup MEMBER AMOUNT [TENDER]
//                  | export MEMBER [FILE] | erase MEMBER --reason TEXT
#include "commands.h"
#include "context.h"

#include "members/memberservice.h"
#include "members/membersservices.h"
#include "members/storedvalueservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace qtill::cli {

using namespace qtill::members;

namespace {

QJsonObject toJson(const Member &m)
{
    return QJsonObject{{QStringLiteral("number"), m.number},
                       {QStringLiteral("mobile"), m.mobile},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("birthday"), m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("tier"), m.tierName},
                       {QStringLiteral("points"), m.points},
                       {QStringLiteral("storedValue"), m.storedValue.toPlainString()},
                       {QStringLiteral("currency"), m.storedValue.currency().code()},
                       {QStringLiteral("masked"), m.masked},
                       {QStringLiteral("erased"), m.erased},
                       {QStringLiteral("createdAt"), jsonTime(m.createdAt)},
                       {QStringLiteral("lastVisitAt"), jsonTime(m.lastVisitAt)}};
}

void describe(Context &context, const Member &m)
{
    context.say(tr("Member %1  %2  %3  (%4)").arg(m.number, m.mobile, m.name.isEmpty() ? tr("(no name)") : m.name, m.tierName));
    context.say(tr("  Points %1   stored value %2").arg(m.points).arg(m.storedValue.format(QLocale())));
    if (m.erased)
        context.say(tr("  Personal data erased on request."));
}

/// The member the words name (number, card code or mobile), shown as `session` may see it.
Result<Member> memberFor(Context &context, const QString &text, const Session &session)
{
    auto opened = context.services();
    if (!opened)
        return opened.error();
    MemberService &members = MembersServices::of(**opened).members();
    auto found = members.identify(text);
    if (!found)
        return found.error();
    return members.view(session, *found);
}

int add(Context &context, MembersServices &module)
{
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    MemberDraft draft;
    draft.mobile = context.args().word(2);
    draft.name = context.args().value(QStringLiteral("name"));
    auto added = module.members().registerMember(*actor, draft);
    if (!added)
        return context.fail(added.error());
    const Member shown = module.members().view(*actor, *added);
    if (context.json())
        context.printJson(toJson(shown));
    context.say(tr("Registered member %1.").arg(added->number));
    return kExitOk;
}

int topUp(Context &context, MembersServices &module)
{
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto member = memberFor(context, context.args().word(2), *actor);
    if (!member)
        return context.fail(member.error());
    const Currency currency = module.core().storeProfile().currency();
    auto amount = Money::parse(context.args().word(3), QLocale::c(), currency);
    if (!amount)
        return context.usage(amount.error().message);
    const QString tender = context.args().word(4).isEmpty() ? QStringLiteral("cash") : context.args().word(4);
    auto booked = module.storedValue().topUp(
        *actor, TopUpRequest{QUuid::createUuid().toString(QUuid::WithoutBraces), member->id, *amount, tender});
    if (!booked)
        return context.fail(booked.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("number"), booked->number},
                                      {QStringLiteral("member"), member->number},
                                      {QStringLiteral("paid"), booked->paid.toPlainString()},
                                      {QStringLiteral("tender"), booked->tender},
                                      {QStringLiteral("bonus"), booked->bonus.toPlainString()},
                                      {QStringLiteral("bonusPoints"), booked->bonusPoints},
                                      {QStringLiteral("balance"), booked->balanceAfter.toPlainString()}});
    context.say(tr("Top-up %1: %2 paid by %3, bonus %4 and %5 points; the balance is %6.")
                    .arg(booked->number, booked->paid.format(QLocale()), booked->tender, booked->bonus.format(QLocale()))
                    .arg(booked->bonusPoints)
                    .arg(booked->balanceAfter.format(QLocale())));
    return kExitOk;
}

int exportOrErase(Context &context, MembersServices &module, bool erase)
{
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto member = module.members().identify(context.args().word(2));
    if (!member)
        return context.fail(member.error());
    if (erase) {
        if (Status done = module.members().erase(*actor, member->id, context.args().value(QStringLiteral("reason"))); !done)
            return context.fail(done.error());
        context.say(tr("The personal data of member %1 was erased; its points and stored-value history are kept.")
                        .arg(member->number));
        return kExitOk;
    }
    auto data = module.members().exportData(*actor, member->id);
    if (!data)
        return context.fail(data.error());
    const QString file = context.args().word(3);
    if (file.isEmpty()) {
        context.printJson(*data);
        return kExitOk;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(*data).toJson(QJsonDocument::Indented)) < 0)
        return context.fail(Error::storage(tr("%1 could not be written.").arg(file), out.errorString()));
    context.say(tr("Wrote the data of member %1 to %2.").arg(member->number, file));
    return kExitOk;
}

} // namespace

int runMembers(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    const qsizetype words = args.words().size();
    const bool ok = ((sub == QLatin1String("add") || sub == QLatin1String("find") || sub == QLatin1String("show")
                      || sub == QLatin1String("erase"))
                     && words == 3)
                    || (sub == QLatin1String("topup") && (words == 4 || words == 5))
                    || (sub == QLatin1String("export") && (words == 3 || words == 4));
    if (!ok)
        return context.usage(tr("Use: members add MOBILE [--name NAME] | find TEXT | show MEMBER | topup MEMBER AMOUNT"
                                " [TENDER] | export MEMBER [FILE] | erase MEMBER --reason TEXT"));
    if (sub == QLatin1String("erase") && args.value(QStringLiteral("reason")).trimmed().isEmpty())
        return context.usage(tr("Say why with --reason (for example \"the customer asked\")."));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    MembersServices &module = MembersServices::of(**opened);
    if (sub == QLatin1String("add"))
        return add(context, module);
    if (sub == QLatin1String("topup"))
        return topUp(context, module);
    if (sub == QLatin1String("export") || sub == QLatin1String("erase"))
        return exportOrErase(context, module, sub == QLatin1String("erase"));
    // find and show: masked unless --as names an operator who may see personal data.
    Session session;
    if (args.has(QStringLiteral("as"))) {
        auto actor = context.actor();
        if (!actor)
            return context.fail(actor.error());
        session = *actor;
    }
    auto member = memberFor(context, args.word(2), session);
    if (!member)
        return context.fail(member.error());
    if (context.json())
        context.printJson(toJson(*member));
    describe(context, *member);
    return kExitOk;
}

} // namespace qtill::cli
