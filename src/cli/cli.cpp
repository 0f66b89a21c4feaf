#include "commands.h"
#include "context.h"

#include <QStringList>

namespace qtill::cli {

QString helpText()
{
    return tr(R"(Usage: qtillctl [--db PATH] [--json] [--verbose] [--as NUMBER] COMMAND ...

The Qtill store without a screen. The database is --db, else $QTILL_DB, else the default file.
Commands that change something act as an operator: --as NUMBER, with the PIN from $QTILL_PIN or
typed (hidden). New PINs come from $QTILL_NEW_PIN or are asked twice.

  init [--demo]                     create or upgrade the store; first run adds operators 00, 01, 99;
                                    --demo adds the demo supermarket (profile, taxes, ~300 products)
  users list
  users add NUMBER NAME [--role ROLE]        roles: cashier, supervisor, manager, owner
  users set-pin NUMBER | unlock NUMBER | set-role NUMBER ROLE | disable NUMBER | enable NUMBER
  permissions list
  permissions grant ROLE KEY | revoke ROLE KEY
  backup [PATH]                     a consistent copy of the store (default: the backups folder)
  restore BACKUP                    replace the store with a backup (the current file is kept)
  audit verify                      check the audit log's hash chain
  audit list [--limit N] [--action PREFIX] [--operator NUMBER]
  profile show
  profile set KEY VALUE             keys: name, address, phone, tax-id, logo, receipt-header,
                                    receipt-footer, currency, day-start, register-id
  tax list
  tax add CODE NAME RATE [--default]
  tax set CODE [--name NAME] [--rate RATE] [--default]
  db status                         path, schema versions, integrity check

Exit codes: 0 done, 1 error, 2 wrong usage.
)");
}

int run(const QStringList &arguments)
{
    Args args = Args::parse(arguments);
    Context context(args);
    if (!args.error().isEmpty())
        return context.usage(args.error());
    const QString command = args.word(0);
    if (args.flag(QStringLiteral("help")) || command == QLatin1String("help") || command.isEmpty()) {
        if (command.isEmpty() && !args.flag(QStringLiteral("help")))
            return context.usage(tr("Name a command."));
        context.say(helpText());
        return kExitOk;
    }
    using Runner = int (*)(Context &);
    static const std::pair<const char *, Runner> kCommands[] = {
        {"init", runInit},       {"users", runUsers},     {"permissions", runPermissions},
        {"backup", runBackup},   {"restore", runRestore}, {"audit", runAudit},
        {"profile", runProfile}, {"tax", runTax},         {"db", runDb},
    };
    for (const auto &[name, runner] : kCommands) {
        if (command == QLatin1String(name))
            return runner(context);
    }
    return context.usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace qtill::cli
