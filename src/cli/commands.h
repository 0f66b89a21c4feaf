#pragma once

#include <QString>

namespace qtill {
struct Operator;
}

namespace qtill::cli {

class Context;

// One function per command group; each reads its subcommand and arguments from the context's words
// (word 0 is the command) and returns an ExitCode.
int runInit(Context &context);
int runUsers(Context &context);
int runPermissions(Context &context);
int runBackup(Context &context);
int runRestore(Context &context);
int runAudit(Context &context);
int runProfile(Context &context);
int runTax(Context &context);
int runDb(Context &context);
/// stocktake start | count | variance | approve | cancel | list (stocktakecommand.cpp).
int runStocktake(Context &context);
/// reorder alerts | suggest [--create-po] (reordercommand.cpp).
int runReorder(Context &context);
/// serial show | add (serialcommand.cpp).
int runSerial(Context &context);
/// products|stock|suppliers import | export and sales history import | export (importcommand.cpp);
/// cli.cpp sends those subcommands here.
int runImportExport(Context &context);
/// products list | show (productscommand.cpp).
int runProducts(Context &context);
/// stock show | history | adjust | verify (stockcommand.cpp).
int runStock(Context &context);
/// po list | show | suppliers | create | send | cancel | close | receive (pocommand.cpp).
int runPo(Context &context);

/// sales list | show (and sales history …, passed on to runImportExport) (salescommand.cpp).
int runSales(Context &context);
/// journal verify (salescommand.cpp).
int runJournal(Context &context);

/// promotions list | set | on | off | explain (promotionscommand.cpp).
int runPromotions(Context &context);
/// coupons campaign create | issue | list | report (couponscommand.cpp).
int runCoupons(Context &context);
/// vouchers import FILE (couponscommand.cpp).
int runVouchers(Context &context);
/// members add | find | show | topup | export | erase (memberscommand.cpp).
int runMembers(Context &context);

/// The text of `qtillctl --help`.
QString helpText();

/// Runs qtillctl with `arguments` (without the program name); returns the exit code.
int run(const QStringList &arguments);

} // namespace qtill::cli
