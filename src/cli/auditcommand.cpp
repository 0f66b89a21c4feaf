#include "commands.h"
#include "context.h"
#include "table.h"

#include "core/auditlog.h"
#include "core/authorizer.h"
#include "core/operatorservice.h"
#include "core/permission.h"
#include "core/services.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace qtill::cli {

namespace {

int verify(Context &context, Services &s)
{
    auto report = s.auditLog().verify();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                                      {QStringLiteral("rowsChecked"), report->rowsChecked},
                                      {QStringLiteral("firstBadSeq"), report->firstBadSeq},
                                      {QStringLiteral("reason"), report->reason}});
    }
    if (!report->ok)
        return context.fail(Error::corrupt(tr("The audit log is broken: %1").arg(report->reason)));
    context.say(tr("The audit log is intact: %1 entries checked.").arg(report->rowsChecked));
    return kExitOk;
}

int list(Context &context, Services &s)
{
    AuditQuery query;
    if (context.args().has(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = context.args().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            return context.usage(tr("--limit needs a positive number."));
    }
    query.actionPrefix = context.args().value(QStringLiteral("action"));
    auto operators = s.operators().list();
    if (!operators)
        return context.fail(operators.error());
    QHash<std::int64_t, QString> numbers;
    for (const Operator &op : std::as_const(*operators))
        numbers.insert(op.id.value(), op.number);
    if (context.args().has(QStringLiteral("operator"))) {
        auto op = s.operators().findByNumber(context.args().value(QStringLiteral("operator")));
        if (!op)
            return context.fail(op.error());
        query.operatorId = op->id;
    }
    auto entries = s.auditLog().entries(query);
    if (!entries)
        return context.fail(entries.error());
    auto number = [&](OperatorId id) { return id.isValid() ? numbers.value(id.value(), QString::number(id.value())) : QString(); };
    QJsonArray array;
    Table table({tr("Seq"), tr("Time"), tr("Operator"), tr("Approver"), tr("Action"), tr("Target"), tr("Outcome"),
                 tr("Detail")});
    for (const AuditEntry &e : std::as_const(*entries)) {
        array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), e.at},
                                 {QStringLiteral("operator"), number(e.actorId)},
                                 {QStringLiteral("approver"), number(e.approverId)},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("target"), e.target},
                                 {QStringLiteral("outcome"), e.outcome},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("hash"), e.hash}});
        table.addRow({QString::number(e.seq), e.atTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      number(e.actorId), number(e.approverId), e.action, e.target, e.outcome, e.detail});
    }
    if (context.json())
        context.printJson(array);
    else
        context.say(table.toString());
    return kExitOk;
}

} // namespace

int runAudit(Context &context)
{
    const QString sub = context.args().word(1);
    if ((sub != QLatin1String("verify") && sub != QLatin1String("list")) || context.args().words().size() != 2)
        return context.usage(tr("Use: audit verify | audit list [--limit N] [--action PREFIX] [--operator NUMBER]"));
    auto opened = context.services();
    if (!opened)
        return context.fail(opened.error());
    Services &s = **opened;
    auto actor = context.actor();
    if (!actor)
        return context.fail(actor.error());
    auto allowed = s.authorizer().authorize(*actor, Permissions::kAuditView, std::nullopt,
                                            QStringLiteral("qtillctl audit ") + sub);
    if (!allowed)
        return context.fail(allowed.error());
    return sub == QLatin1String("verify") ? verify(context, s) : list(context, s);
}

} // namespace qtill::cli
