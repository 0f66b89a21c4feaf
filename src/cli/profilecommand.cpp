#include "commands.h"
#include "context.h"
#include "table.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QJsonObject>

namespace qtill::cli {

namespace {

int show(Context &context, const StoreProfile &profile)
{
    QJsonObject object;
    Table table({tr("Key"), tr("Value")});
    for (const QString &field : StoreProfile::fieldNames()) {
        object.insert(field, profile.field(field));
        QString shown = profile.field(field);
        shown.replace(QLatin1Char('\n'), QStringLiteral(" / "));
        table.addRow({field, shown});
    }
    if (context.json())
        context.printJson(object);
    else
        context.say(table.toString());
    return kExitOk;
}

} // namespace

int runProfile(Context &context)
{
    const QString sub = context.args().word(1);
    const qsizetype words = context.args().words().size();
    if (!(sub == QLatin1String("show") && words == 2) && !(sub == QLatin1String("set") && words == 4))
        return context.usage(tr("Use: profile show | profile set KEY VALUE (keys: %1)")
                                 .arg(StoreProfile::fieldNames().join(QStringLiteral(", "))));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    StoreProfileService &profiles = (*opened)->storeProfile();
    if (sub == QLatin1String("show"))
        return show(context, profiles.profile());

    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    // Receipt texts span lines: "\n" typed on the command line is a line break.
    QString value = context.args().word(3);
    value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    if (Status set = profiles.setField(*actor, context.args().word(2), value); !set)
        return context.fail(set.error());
    context.say(tr("Saved %1.").arg(context.args().word(2)));
    if (context.json())
        return show(context, profiles.profile());
    return kExitOk;
}

} // namespace qtill::cli
