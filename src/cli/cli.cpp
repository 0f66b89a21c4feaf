#include "commands.h"
#include "context.h"

#include <QStringList>

namespace qtill::cli {

QString helpText()
{
    return tr(R"(Usage: qtillctl [--db PATH|postgresql://USER@HOST/DATABASE] [--json] [--verbose] [--as NUMBER] COMMAND ...

The Qtill store without a screen. The database is --db, else $QTILL_DB, else the default file: a
SQLite file, or a PostgreSQL database shared by many lanes (postgresql://USER@HOST:PORT/DATABASE, or
?host=/socket/folder). Its password is never given here: put it in ~/.pgpass (mode 0600).
Commands that change something act as an operator: --as NUMBER, with the PIN from $QTILL_PIN or
typed (hidden). New PINs come from $QTILL_NEW_PIN or are asked twice.

  init [--demo]                     create or upgrade the store; first run adds operators 00, 01, 99;
                                    --demo adds the demo supermarket (profile, taxes, ~300 products)
  users list
  users add NUMBER NAME [--role ROLE]        roles: cashier, supervisor, manager, owner
  users set-pin NUMBER | unlock NUMBER | set-role NUMBER ROLE | disable NUMBER | enable NUMBER
  permissions list
  permissions grant ROLE KEY | revoke ROLE KEY
  backup [PATH]                     a consistent copy of the store (default: the backups folder);
                                    on PostgreSQL a pg_dump custom-format file
  restore BACKUP                    replace the store with a backup (the current one is kept; on
                                    PostgreSQL with pg_restore, while no lane is connected)
  audit verify                      check the audit log's hash chain
  audit list [--limit N] [--action PREFIX] [--operator NUMBER]
  profile show
  profile set KEY VALUE             keys: name, address, phone, tax-id, logo, receipt-header,
                                    receipt-footer, currency, day-start, time-zone (IANA,
                                    e.g. Asia/Shanghai), register-id, idle-lock
  tax list
  tax add CODE NAME RATE [--default]
  tax set CODE [--name NAME] [--rate RATE] [--default]
  db status                         where the store is, engine and version, size, schema versions,
                                    integrity check
  db copy --to ADDRESS              copy the whole store into an EMPTY PostgreSQL database or a new
                                    file, in one transaction, verified (row counts, audit chain, stock
                                    ledger); close the tills first
  stocktake start LOCATION [CATEGORY] [--note TEXT]
                                    count a location (or one category there); book stock is frozen
  stocktake count ID CODE [QTY] [--replace]
                                    scan-count a barcode (one scan) or QTY of a barcode / item code;
                                    --replace recounts: replaces your own count of that item
  stocktake variance ID [--all] [--zero-uncounted]
                                    differences in quantity and value (sales during the count included)
  stocktake approve ID [--zero-uncounted] | cancel ID | list
                                    approve books the differences into stock; --zero-uncounted
                                    writes off what nobody counted
  reorder alerts                    products below their safety stock
  reorder suggest [--days N] [--supplier CODE] [--create-po]
                                    what to order: daily sales (last N days, default 28) × lead time
                                    + safety stock − on hand − on order, in whole packs;
                                    --create-po turns it into draft purchase orders
  serial show SERIAL                after-sales: product, receipt, sale, customer, warranty end
  serial add ITEMCODE SERIAL... [--note DOCUMENT]   record serial numbers by hand
  products import FILE [--update] [--create-missing] [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]
                                    add products from CSV; every row is checked first and the
                                    report lists each bad row; nothing is imported unless all rows
                                    are good or --good-rows-only is given; --update lets rows change
                                    the products they name (price lists: just sku,price);
                                    --create-missing adds the categories and departments the file
                                    names that the store lacks (another store's export)
  products export FILE [--encoding utf-8|gb18030] [--no-bom]
                                    the catalog as CSV in the import's columns
  products list [TEXT] [--limit N]  by item code; with TEXT: search as you type (name, pinyin
                                    initials, item code or barcode prefix)
  products show CODE                one product by item code, barcode, PLU or scale label
  stock show CODE                   on hand per location, average cost (CODE: item code or barcode)
  stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N]
                                    movements newest first with running balance
  stock adjust CODE LOCATION QTY --reason adjustment|damage|loss|opening --note TEXT
                                    a manual change; needs inventory.adjust. damage and loss
                                    take QTY away; a negative adjustment goes after --: -- -2
  stock verify                      prove every on-hand equals the sum of its movements
  stock import FILE [--good-rows-only] [--dry-run]
                                    set on hand from a counted list (sku or barcode, location,
                                    on_hand); the differences are booked as movements
  stock export FILE                 every non-zero balance in the import's columns
  suppliers import FILE [--good-rows-only] [--dry-run]
                                    suppliers (code, name, contact, phone, lead_time_days, active),
                                    or with a sku column what they supply (supplier, sku,
                                    supplier_item_code, cost, pack_size, preferred)
  suppliers export FILE [--items]   the suppliers, or with --items their items
  sales list [--day DATE] [--register ID] [--limit N]
                                    booked sales, newest first
  sales show RECEIPT                one sale: lines, discounts, tenders, change
  sales replay FILE                 book the till operations of a JSON Lines file (sales, voids,
                                    refunds, cash) through the till's services; see docs/replay.md
  journal verify                    recompute every register's journal (sequence, hashes, grand
                                    totals) and check every sale, line and tender against it
  sales history import FILE [--good-rows-only] [--dry-run]
                                    daily sales per product from the POS used before Qtill (date,
                                    sku or barcode, quantity, value) for best sellers and reorder;
                                    only days before the first Qtill sale; stock is not changed
  sales history export FILE         the imported sales history in the import's columns
  sales history batches             the imported batches (SH-…), with their days and rows
  sales history remove BATCH        takes back a batch imported by mistake (audited)
  po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers
  po create SUPPLIER ITEM... [--location LOC] [--note TEXT]
                                    a draft purchase order; ITEM is CODE[xCOUNT][@COST], a case
                                    barcode counts its pack (6924808883587x2 = 2 cases)
  po send|cancel|close NUMBER       send a draft; cancel before delivery; close a short delivery
  po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over]
                                    book a delivery in (- : without a PO, --supplier and --location
                                    needed); updates stock and the moving-average cost; serial-numbered
                                    goods give one serial per unit: CODEx2:SERIAL1,SERIAL2
  po return SUPPLIER ITEM... --location LOC [--reason TEXT]
                                    send goods back to the supplier (RT-…); serial-numbered goods
                                    name the units going back: CODEx2:SERIAL1,SERIAL2
  promotions list [--all]           the running promotions (--all: switched-off ones too)
  promotions set FILE.json          add or change promotions (one object or an array; docs/pricing.md),
                                    products by "skus", categories by "categoryCodes"
  promotions on|off ID              switch a promotion on or off (kept either way)
  promotions explain CART.json [--tier T] [--at TIME]
                                    price a cart ({"lines":[{"code":…,"qty":"3"}]}) and say why
  coupons campaign create --name NAME [--kind amount_off|percent_off|threshold|free_item|points_multiplier]
         [--amount YUAN] [--percent P --cap YUAN] [--min-spend YUAN] [--multiplier 200]
         (--days N | [--from DATE] --until DATE) [--categories ID,… | --products ID,…]
         [--per-member N] [--total N] [--exclusive]
                                    a coupon campaign (see docs/coupons.md)
  coupons campaign issue ID --count N | --members ID,ID,…
                                    anonymous codes, or one coupon per member (per-member limit kept)
  coupons campaign list | report ID issued, redeemed, open, expired, discount given, sales
  vouchers import FILE              a group-buy platform's vouchers (platform, code, sku or value,
                                    valid_until); every bad row is listed and nothing is imported
                                    unless all rows are good
  members add MOBILE [--name NAME]  register a member (mobile: 11 digits, unique)
  members find TEXT | show MEMBER   by member number, card code or mobile; masked (138****1234)
                                    unless --as names an operator who may see personal data
  members topup MEMBER AMOUNT [TENDER]
                                    stored value paid in (TENDER: cash, wechat, alipay, card …) with
                                    the recharge rule's bonus; journalled
  members export MEMBER [FILE]      everything kept about the member, as JSON
  members erase MEMBER --reason TEXT
                                    erase the personal data on request (history kept, anonymised)

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
    const bool importExport = args.word(1) == QLatin1String("import") || args.word(1) == QLatin1String("export");
    if (importExport && (command == QLatin1String("products") || command == QLatin1String("stock")
                         || command == QLatin1String("suppliers")))
        return runImportExport(context);
    using Runner = int (*)(Context &);
    static const std::pair<const char *, Runner> kCommands[] = {
        {"init", runInit},       {"users", runUsers},     {"permissions", runPermissions},
        {"backup", runBackup},   {"restore", runRestore}, {"audit", runAudit},
        {"profile", runProfile}, {"tax", runTax},         {"db", runDb},
        {"stocktake", runStocktake}, {"reorder", runReorder}, {"serial", runSerial},
        {"products", runProducts},
        {"stock", runStock}, {"po", runPo}, {"sales", runSales}, {"journal", runJournal},
        {"promotions", runPromotions},
        {"coupons", runCoupons}, {"vouchers", runVouchers},
        {"members", runMembers},
    };
    for (const auto &[name, runner] : kCommands) {
        if (command == QLatin1String(name))
            return runner(context);
    }
    return context.usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace qtill::cli
