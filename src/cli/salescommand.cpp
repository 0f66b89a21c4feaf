// qtillctl sales list | show | reprint | replay, and journal verify.
#include "commands.h"
#include "context.h"
#include "table.h"

#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/journalverifier.h"
#include "checkout/printqueue.h"
#include "checkout/salereplay.h"
#include "checkout/saleservice.h"

#include "core/authorizer.h"
#include "core/permission.h"
#include "core/services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace qtill::cli {

namespace {

using checkout::CheckoutServices;

QJsonObject saleJson(const checkout::CommittedSale &s)
{
    return QJsonObject{{QStringLiteral("receipt"), s.receiptNumber},
        {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("register"), s.registerId},
        {QStringLiteral("businessDate"), s.businessDate.toString(Qt::ISODate)},
        {QStringLiteral("at"), jsonTime(s.at)},
        {QStringLiteral("total"), s.total.toPlainString()},
        {QStringLiteral("discount"), s.discount.toPlainString()},
        {QStringLiteral("rounding"), s.rounding.toPlainString()},
        {QStringLiteral("tax"), s.tax.toPlainString()},
        {QStringLiteral("change"), s.change.toPlainString()}};
}

int list(Context &context, Services &services)
{
    checkout::SaleQuery query;
    const Args &args = context.args();
    if (args.has(QStringLiteral("day"))) {
        query.from = QDate::fromString(args.value(QStringLiteral("day")), Qt::ISODate);
        if (!query.from.isValid())
            return context.usage(tr("--day needs a date like 2026-12-07."));
        query.to = query.from;
    }
    query.registerId = args.value(QStringLiteral("register"));
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            return context.usage(tr("--limit needs a positive number."));
    }
    auto sales = CheckoutServices::of(services).sales().list(query);
    if (!sales)
        return context.fail(sales.error());
    const QLocale locale(QLocale::Chinese, QLocale::China);
    QJsonArray array;
    Table table({tr("Receipt"), tr("Business day"), tr("Time"), tr("Total"), tr("Change")});
    for (const checkout::CommittedSale &s : std::as_const(*sales)) {
        array.append(saleJson(s));
        table.addRow({s.receiptNumber, s.businessDate.toString(Qt::ISODate), s.at.toString(QStringLiteral("HH:mm:ss")),
                      s.total.format(locale), s.change.format(locale)});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.toString());
    return kExitOk;
}

int show(Context &context, Services &services)
{
    auto detail = CheckoutServices::of(services).sales().detail(context.args().word(2));
    if (!detail)
        return context.fail(detail.error());
    const QLocale locale(QLocale::Chinese, QLocale::China);
    QJsonArray lines;
    Table table({tr("#"), tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("Paid")});
    for (const checkout::SoldLine &l : std::as_const(detail->lines)) {
        const Money off = l.lineDiscount + l.orderDiscountShare;
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("name"), l.name},
            {QStringLiteral("qty"), l.quantity.toString(QLocale::c())}, {QStringLiteral("unitPrice"), l.unitPrice.toPlainString()},
            {QStringLiteral("discount"), off.toPlainString()}, {QStringLiteral("net"), l.net.toPlainString()},
            {QStringLiteral("serial"), l.serialNumber}});
        table.addRow({QString::number(l.lineNo), l.sku + QLatin1Char(' ') + l.name, l.quantity.toString(locale),
                      l.unitPrice.format(locale), off.isZero() ? QString() : off.format(locale), l.net.format(locale)});
    }
    QJsonArray tenders;
    QStringList paid;
    for (const checkout::Tender &t : std::as_const(detail->tenders)) {
        tenders.append(QJsonObject{{QStringLiteral("type"), t.type}, {QStringLiteral("amount"), t.amount.toPlainString()},
            {QStringLiteral("tendered"), t.tendered.toPlainString()}, {QStringLiteral("reference"), t.reference},
            {QStringLiteral("card"), t.maskedCard}});
        paid << checkout::TenderType::displayName(t.type) + QLatin1Char(' ') + t.tendered.format(locale);
    }
    if (context.json()) {
        QJsonObject o = saleJson(detail->sale);
        o.insert(QStringLiteral("lines"), lines);
        o.insert(QStringLiteral("tenders"), tenders);
        context.printJson(o);
        return kExitOk;
    }
    context.say(tr("%1  %2  register %3").arg(detail->sale.receiptNumber,
                                               detail->sale.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                               detail->sale.registerId));
    context.say(table.toString());
    context.say(tr("Total %1 (tax %2), paid: %3, change %4")
                    .arg(detail->sale.total.format(locale), detail->sale.tax.format(locale), paid.join(QStringLiteral(", ")),
                         detail->sale.change.format(locale)));
    return kExitOk;
}

/// sales reprint RECEIPT: the receipt (or a refund's, by its RF- number) queued again on this register's
/// persisted print queue, marked REPRINT and journalled; the till's spooler prints it.
int reprint(Context &context, Services &services, const Session &actor)
{
    const QString receipt = context.args().word(2);
    auto job = CheckoutServices::of(services).printQueue().reprint(actor, receipt);
    if (!job)
        return context.fail(job.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("receipt"), receipt}, {QStringLiteral("job"), job->id},
                                      {QStringLiteral("jobUuid"), job->uuid}, {QStringLiteral("register"), job->registerId},
                                      {QStringLiteral("copies"), job->copies}, {QStringLiteral("paper"), job->paper},
                                      {QStringLiteral("state"), job->state}});
        return kExitOk;
    }
    context.say(tr("Reprint of %1 queued as print job %2 (%3 copies, %4 paper) for register %5's receipt printer: "
                   "it prints when the till is running and its printer is ready.")
                    .arg(receipt)
                    .arg(job->id)
                    .arg(job->copies)
                    .arg(job->paper, job->registerId));
    return kExitOk;
}

} // namespace

/// sales replay FILE: the file's operations through the till's services (docs/replay.md).
int replay(Context &context, Services &services, const Session &actor)
{
    checkout::SaleReplay replay(services);
    auto done = replay.replayFile(actor, context.args().word(2));
    if (!done)
        return context.fail(done.error());
    const checkout::ReplaySummary &s = *done;
    const QString rate = QString::number(s.salesPerSecond(), 'f', 1);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("operations"), s.operations},
                                      {QStringLiteral("sales"), s.sales},
                                      {QStringLiteral("voids"), s.voids},
                                      {QStringLiteral("refunds"), s.refunds},
                                      {QStringLiteral("cashOperations"), s.cashOperations},
                                      {QStringLiteral("failedPayments"), s.failedPayments},
                                      {QStringLiteral("skipped"), s.skipped},
                                      {QStringLiteral("elapsedMs"), s.elapsedMs},
                                      {QStringLiteral("salesPerSecond"), s.salesPerSecond()}});
        return kExitOk;
    }
    context.say(tr("Replayed %1 operations: %2 sales, %3 voids, %4 refunds, %5 cash operations, %6 failed payments, "
                   "%7 skipped as already booked (%8 sales/s).")
                    .arg(s.operations)
                    .arg(s.sales)
                    .arg(s.voids)
                    .arg(s.refunds)
                    .arg(s.cashOperations)
                    .arg(s.failedPayments)
                    .arg(s.skipped)
                    .arg(rate));
    return kExitOk;
}

int runSales(Context &context)
{
    const Args &args = context.args();
    const QString sub = args.word(1);
    if (sub == QLatin1String("history"))
        return runImportExport(context);
    const bool isReplay = sub == QLatin1String("replay") && args.words().size() == 3;
    const bool isReprint = sub == QLatin1String("reprint") && args.words().size() == 3;
    if (!(sub == QLatin1String("list") && args.words().size() == 2) && !(sub == QLatin1String("show") && args.words().size() == 3)
        && !isReplay && !isReprint)
        return context.usage(tr("Use: sales list [--day DATE] [--register ID] [--limit N] | sales show RECEIPT"
                                " | sales reprint RECEIPT | sales replay FILE"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto allowed = services.authorizer().authorize(
        *actor, isReplay ? checkout::CheckoutPermissions::kReplay : checkout::CheckoutPermissions::kSell, std::nullopt,
        QStringLiteral("qtillctl sales ") + sub);
    if (!allowed)
        return context.fail(allowed.error());
    if (isReplay)
        return replay(context, services, *actor);
    if (isReprint)
        return reprint(context, services, *actor);
    return sub == QLatin1String("list") ? list(context, services) : show(context, services);
}

int runJournal(Context &context)
{
    if (context.args().word(1) != QLatin1String("verify") || context.args().words().size() != 2)
        return context.usage(tr("Use: journal verify"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &services = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto allowed = services.authorizer().authorize(*actor, Permissions::kAuditView, std::nullopt,
                                                   QStringLiteral("qtillctl journal verify"));
    if (!allowed)
        return context.fail(allowed.error());
    auto report = CheckoutServices::of(services).journalVerifier().verify();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                                      {QStringLiteral("recordsChecked"), report->recordsChecked},
                                      {QStringLiteral("salesChecked"), report->salesChecked},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    }
    if (!report->ok)
        return context.fail(Error::corrupt(tr("The journal does not prove the sales:\n%1")
                                               .arg(report->problems.join(QLatin1Char('\n')))));
    context.say(tr("The journal is intact: %1 records checked, %2 sales match their records.")
                    .arg(report->recordsChecked)
                    .arg(report->salesChecked));
    return kExitOk;
}

} // namespace qtill::cli
