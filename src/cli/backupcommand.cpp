#include "commands.h"
#include "context.h"

#include "core/authorizer.h"
#include "core/backupservice.h"
#include "core/databaseaddress.h"
#include "core/permission.h"
#include "core/services.h"
#include "core/store.h"

#include <QFileInfo>
#include <QJsonObject>

namespace qtill::cli {

int runBackup(Context &context)
{
    if (context.args().words().size() > 2)
        return context.usage(tr("Use: backup [PATH]"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    // BackupService checks backup.run and audits the backup (or its failure, or the refusal).
    auto written = s.backup().backUp(*actor, context.args().word(1));
    if (!written)
        return context.fail(written.error());
    context.say(tr("Backup written: %1").arg(*written));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("path"), *written}});
    return kExitOk;
}

int runRestore(Context &context)
{
    if (context.args().words().size() != 2)
        return context.usage(tr("Use: restore BACKUP"));
    const QString backup = QFileInfo(context.args().word(1)).absoluteFilePath();
    const QString path = context.databasePath();
    if (!QFileInfo(backup).isFile())
        return context.fail(Error::notFound(tr("There is no backup file at %1.").arg(backup)));
    auto address = DatabaseAddress::parse(path);
    if (!address)
        return context.fail(address.error());

    // A store that opens is protected by its owner's rights; a missing or damaged one can only be
    // replaced (whoever can reach the file, or the server database, can do that anyway).
    QString who = tr("a user with access to the file (the store was missing or damaged)");
    QString keptIn = QFileInfo(path).absolutePath() + QStringLiteral("/backups");
    bool existed = !address->isServer() && QFileInfo::exists(path);
    auto opened = context.services();
    if (opened) {
        existed = true;
        keptIn = (*opened)->store().backupDir();
        auto actor = context.actor();
        if (!actor)
            return context.fail(actor.error());
        auto allowed = (*opened)->authorizer().authorize(*actor, Permissions::kBackupRestore, std::nullopt,
                                                         QStringLiteral("qtillctl restore ") + backup);
        if (!allowed)
            return context.fail(allowed.error());
        who = actor->displayName();
    } else if (existed && opened.error().code != Error::Code::Corrupt) {
        return context.fail(opened.error());
    } else if (address->isServer() && opened.error().code != Error::Code::NotFound) {
        return context.fail(opened.error()); // the server cannot be reached: nothing to restore into
    }
    context.close();

    if (Status restored = Store::restore(backup, path, context.clock()); !restored)
        return context.fail(restored.error());
    // Open the restored store (this also upgrades an older backup) and record the restore in it.
    auto reopened = context.services();
    if (!reopened)
        return context.fail(reopened.error());
    const QString where = (*reopened)->store().displayName();
    const Status recorded = (*reopened)->backup().recordRestore(backup, who);
    context.say(tr("Restored %1 from %2.").arg(where, backup));
    if (existed)
        context.say(tr("The previous file is kept in %1.").arg(keptIn));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("path"), where}, {QStringLiteral("from"), backup}});
    if (!recorded)
        return context.fail(recorded.error()); // restored, yet not in the log: say so and exit non-zero
    return kExitOk;
}

} // namespace qtill::cli
