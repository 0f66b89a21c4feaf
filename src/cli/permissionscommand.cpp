#include "commands.h"
#include "context.h"
#include "table.h"

#include "core/permissionservice.h"
#include "core/services.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

namespace {

int list(Context &context, Services &s)
{
    const PermissionService &permissions = s.permissions();
    QJsonArray array;
    QStringList headers{tr("Permission"), tr("Title")};
    for (Role role : allRoles())
        headers << roleKey(role);
    Table table(headers);
    for (const PermissionDef &def : permissions.definitions()) {
        QJsonArray roles;
        QStringList row{def.key, permissions.title(def.key)};
        for (Role role : allRoles()) {
            const bool granted = permissions.roleHas(role, def.key);
            if (granted)
                roles.append(roleKey(role));
            row << (granted ? QStringLiteral("yes") : QStringLiteral("-"));
        }
        table.addRow(row);
        array.append(QJsonObject{{QStringLiteral("key"), def.key},
                                 {QStringLiteral("title"), permissions.title(def.key)},
                                 {QStringLiteral("roles"), roles}});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.toString());
    return kExitOk;
}

} // namespace

int runPermissions(Context &context)
{
    const QString sub = context.args().word(1);
    const qsizetype words = context.args().words().size();
    const bool change = sub == QLatin1String("grant") || sub == QLatin1String("revoke");
    if (!(sub == QLatin1String("list") && words == 2) && !(change && words == 4))
        return context.usage(tr("Use: permissions list | permissions grant ROLE KEY | permissions revoke ROLE KEY"));

    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    if (!change)
        return list(context, s);

    const std::optional<Role> role = roleFromKey(context.args().word(2));
    if (!role)
        return context.fail(Error::invalidInput(
            tr("\"%1\" is not a role. Use cashier, supervisor, manager or owner.").arg(context.args().word(2))));
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    const QString key = context.args().word(3);
    const bool grant = sub == QLatin1String("grant");
    if (Status set = s.permissions().setGranted(*actor, *role, key, grant); !set)
        return context.fail(set.error());
    context.say(grant ? tr("%1 may now: %2.").arg(roleDisplayName(*role), s.permissions().title(key))
                      : tr("%1 may no longer: %2.").arg(roleDisplayName(*role), s.permissions().title(key)));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("role"), roleKey(*role)},
                                      {QStringLiteral("key"), key},
                                      {QStringLiteral("granted"), grant}});
    }
    return kExitOk;
}

} // namespace qtill::cli
