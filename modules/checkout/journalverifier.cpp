#include "journalverifier.h"

#include "core/journal.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::JournalVerifier", text);
}

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

/// The differences between what the tables say (`tables`) and what the journal recorded (`journal`),
/// one line per field, named by `where`.
void compare(const QString &where, const QJsonObject &tables, const QJsonObject &journal, QStringList &out)
{
    QStringList keys = tables.keys();
    for (const QString &k : journal.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = tables.value(key);
        const QJsonValue b = journal.value(key);
        if (a == b)
            continue;
        if (a.isArray() && b.isArray()) {
            const QJsonArray as = a.toArray();
            const QJsonArray bs = b.toArray();
            if (as.size() != bs.size()) {
                out << tr("%1: %2 %3 in the tables, %4 in the journal.").arg(where, key).arg(as.size()).arg(bs.size());
                continue;
            }
            for (qsizetype i = 0; i < as.size(); ++i)
                compare(tr("%1 %2 %3").arg(where, key).arg(i + 1), as.at(i).toObject(), bs.at(i).toObject(), out);
            continue;
        }
        out << tr("%1: %2 is %3 in the tables, %4 in the journal.")
                   .arg(where, key, a.toVariant().toString(), b.toVariant().toString());
    }
}

} // namespace

JournalVerifier::JournalVerifier(Services &core) : m_core(core) { }

Result<QJsonObject> JournalVerifier::payloadFromTables(const QString &saleUuid) const
{
    Store &store = m_core.store();
    auto sale = store.exec(QStringLiteral("SELECT id, uuid, receipt_number, gross, discount, rounding, total, tax,"
                                          " tendered, change_given FROM sales WHERE uuid = ?"),
        {saleUuid}, tr("The sales could not be read."));
    if (!sale)
        return sale.error();
    if (!sale->next())
        return Error::notFound(tr("The sale %1 is not in the tables.").arg(saleUuid));
    const qint64 id = sale->value(0).toLongLong();
    QJsonObject out{{QStringLiteral("sale"), text(*sale, 1)}, {QStringLiteral("receipt"), text(*sale, 2)},
        {QStringLiteral("gross"), text(*sale, 3)}, {QStringLiteral("discount"), text(*sale, 4)},
        {QStringLiteral("rounding"), text(*sale, 5)}, {QStringLiteral("total"), text(*sale, 6)},
        {QStringLiteral("tax"), text(*sale, 7)}, {QStringLiteral("tendered"), text(*sale, 8)},
        {QStringLiteral("change"), text(*sale, 9)}};
    auto lines = store.exec(QStringLiteral("SELECT sku, product_id, quantity, unit_price, amount, line_discount,"
                                           " order_discount_share, net, tax_rate_bp, tax, serial_number, promotion_discount"
                                           " FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
        {id}, tr("The sales could not be read."));
    if (!lines)
        return lines.error();
    QJsonArray lineArray;
    while (lines->next()) {
        QJsonObject line{{QStringLiteral("sku"), text(*lines, 0)}, {QStringLiteral("product"), text(*lines, 1)},
            {QStringLiteral("qty"), text(*lines, 2)}, {QStringLiteral("unitPrice"), text(*lines, 3)},
            {QStringLiteral("amount"), text(*lines, 4)}, {QStringLiteral("discount"), text(*lines, 5)},
            {QStringLiteral("orderShare"), text(*lines, 6)}, {QStringLiteral("net"), text(*lines, 7)},
            {QStringLiteral("taxRate"), lines->value(8).toInt()}, {QStringLiteral("tax"), text(*lines, 9)},
            {QStringLiteral("serial"), text(*lines, 10)}};
        if (lines->value(11).toLongLong() != 0) // the journal names a promotion share only when there is one
            line.insert(QStringLiteral("promotion"), text(*lines, 11));
        lineArray.append(line);
    }
    auto tenders = store.exec(QStringLiteral("SELECT uuid, type, amount, tendered, reference FROM sale_tenders"
                                             " WHERE sale_id = ? ORDER BY line_no"),
        {id}, tr("The sales could not be read."));
    if (!tenders)
        return tenders.error();
    QJsonArray tenderArray;
    while (tenders->next()) {
        tenderArray.append(QJsonObject{{QStringLiteral("uuid"), text(*tenders, 0)}, {QStringLiteral("type"), text(*tenders, 1)},
            {QStringLiteral("amount"), text(*tenders, 2)}, {QStringLiteral("tendered"), text(*tenders, 3)},
            {QStringLiteral("reference"), text(*tenders, 4)}});
    }
    out.insert(QStringLiteral("lines"), lineArray);
    out.insert(QStringLiteral("tenders"), tenderArray);
    auto discounts = store.exec(QStringLiteral("SELECT source, rule_id, name, amount FROM sale_discounts WHERE sale_id = ?"
                                               " ORDER BY seq"),
        {id}, tr("The sales could not be read."));
    if (!discounts)
        return discounts.error();
    QJsonArray discountArray;
    while (discounts->next()) {
        discountArray.append(QJsonObject{{QStringLiteral("source"), text(*discounts, 0)}, {QStringLiteral("rule"), text(*discounts, 1)},
            {QStringLiteral("name"), text(*discounts, 2)}, {QStringLiteral("amount"), text(*discounts, 3)}});
    }
    if (!discountArray.isEmpty())
        out.insert(QStringLiteral("discounts"), discountArray);
    return out;
}

Result<JournalCheckReport> JournalVerifier::verify(const ProgressCallback &progress) const
{
    JournalCheckReport report;
    auto chain = m_core.journal().verify({}, progress);
    if (!chain)
        return chain.error();
    report.recordsChecked = chain->recordsChecked;
    if (!chain->ok) {
        report.ok = false;
        report.problems << chain->reason;
    }
    if (Status compared = compareSales(report, progress); !compared)
        return compared.error();
    if (Status found = findUnjournalled(report); !found)
        return found.error();
    report.ok = report.problems.isEmpty();
    return report;
}

Status JournalVerifier::compareSales(JournalCheckReport &report, const ProgressCallback &progress) const
{
    auto registers = m_core.journal().registers();
    if (!registers)
        return registers.error();
    constexpr int kPage = 500;
    for (const QString &reg : std::as_const(*registers)) {
        qint64 after = 0;
        for (;;) {
            if (progress && !progress(report.salesChecked, 0))
                return Error::conflict(tr("The journal check was stopped before it finished."));
            auto page = m_core.journal().entries(reg, after, kPage);
            if (!page)
                return page.error();
            for (const JournalEntry &e : std::as_const(*page)) {
                after = e.seq;
                if (report.problems.size() >= JournalCheckReport::kMaxProblems)
                    continue;
                if (e.kind != JournalKind::kSale) {
                    if (Status ok = compareOther(e, report); !ok)
                        return ok;
                    continue;
                }
                auto tables = payloadFromTables(e.uuid);
                if (!tables && tables.error().code == Error::Code::NotFound) {
                    report.problems << tr("Sale %1 is in the journal (register %2, record %3) but not in the tables.")
                                           .arg(e.document, e.registerId)
                                           .arg(e.seq);
                    continue;
                }
                if (!tables)
                    return tables.error();
                ++report.salesChecked;
                compare(e.document, *tables, e.payloadObject(), report.problems);
            }
            if (page->size() < kPage)
                break;
        }
    }
    return {};
}

Status JournalVerifier::compareOther(const JournalEntry &e, JournalCheckReport &report) const
{
    const bool isCash = e.kind == JournalKind::kShiftOpen || e.kind == JournalKind::kPaidIn
        || e.kind == JournalKind::kPaidOut || e.kind == JournalKind::kNoSale;
    if (e.kind != JournalKind::kVoid && e.kind != JournalKind::kRefund && !isCash)
        return {};
    const QString what = e.kind == JournalKind::kVoid ? tr("The void of %1").arg(e.document)
        : e.kind == JournalKind::kRefund             ? tr("Refund %1").arg(e.document)
                                                     : tr("Cash movement %1 (register %2, record %3)").arg(e.kind, e.registerId).arg(e.seq);
    auto tables = e.kind == JournalKind::kVoid ? voidFromTables(e.uuid)
        : e.kind == JournalKind::kRefund       ? refundFromTables(e.uuid)
                                               : cashFromTables(e.uuid);
    if (!tables && tables.error().code == Error::Code::NotFound) {
        report.problems << tr("%1 is in the journal (register %2, record %3) but not in the tables.")
                               .arg(what, e.registerId)
                               .arg(e.seq);
        return {};
    }
    if (!tables)
        return tables.error();
    QJsonObject journal = e.payloadObject();
    journal.insert(QStringLiteral("record"), QString::number(e.seq));
    journal.insert(QStringLiteral("operator"), QString::number(e.operatorId.value()));
    if (isCash) {
        journal.insert(QStringLiteral("kind"), e.kind);
        journal.insert(QStringLiteral("register"), e.registerId);
    }
    if (e.kind == JournalKind::kRefund && !journal.contains(QStringLiteral("tenders")))
        tables->remove(QStringLiteral("tenders")); // journalled before refunds recorded their tenders
    ++report.othersChecked;
    compare(what, *tables, journal, report.problems);
    return {};
}

Result<QJsonObject> JournalVerifier::voidFromTables(const QString &uuid) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT v.uuid, s.uuid, s.receipt_number, v.reason, s.total, v.approver_id,"
                                                " v.journal_seq, v.operator_id FROM sale_voids v"
                                                " JOIN sales s ON s.id = v.sale_id WHERE v.uuid = ?"),
        {uuid}, tr("The sales could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The void %1 is not in the tables.").arg(uuid));
    return QJsonObject{{QStringLiteral("void"), text(*q, 0)}, {QStringLiteral("sale"), text(*q, 1)},
        {QStringLiteral("receipt"), text(*q, 2)}, {QStringLiteral("reason"), text(*q, 3)},
        {QStringLiteral("total"), text(*q, 4)}, {QStringLiteral("approver"), QString::number(q->value(5).toLongLong())},
        {QStringLiteral("record"), text(*q, 6)}, {QStringLiteral("operator"), text(*q, 7)}};
}

Result<QJsonObject> JournalVerifier::refundFromTables(const QString &uuid) const
{
    Store &store = m_core.store();
    auto q = store.exec(QStringLiteral("SELECT r.id, r.uuid, s.uuid, s.receipt_number, r.goods, r.rounding, r.total, r.reason,"
                                       " r.journal_seq, r.operator_id FROM refunds r JOIN sales s ON s.id = r.sale_id"
                                       " WHERE r.uuid = ?"),
        {uuid}, tr("The sales could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The refund %1 is not in the tables.").arg(uuid));
    const qint64 id = q->value(0).toLongLong();
    QJsonObject out{{QStringLiteral("refund"), text(*q, 1)}, {QStringLiteral("sale"), text(*q, 2)},
        {QStringLiteral("receipt"), text(*q, 3)}, {QStringLiteral("goods"), text(*q, 4)},
        {QStringLiteral("rounding"), text(*q, 5)}, {QStringLiteral("total"), text(*q, 6)},
        {QStringLiteral("reason"), text(*q, 7)}, {QStringLiteral("record"), text(*q, 8)},
        {QStringLiteral("operator"), text(*q, 9)}};
    auto lines = store.exec(QStringLiteral("SELECT line_no, quantity, amount, restock FROM refund_lines WHERE refund_id = ?"
                                           " ORDER BY id"),
        {id}, tr("The sales could not be read."));
    if (!lines)
        return lines.error();
    QJsonArray lineArray;
    while (lines->next()) {
        lineArray.append(QJsonObject{{QStringLiteral("line"), lines->value(0).toInt()}, {QStringLiteral("qty"), text(*lines, 1)},
            {QStringLiteral("amount"), text(*lines, 2)}, {QStringLiteral("restock"), lines->value(3).toInt() != 0}});
    }
    auto tenders = store.exec(QStringLiteral("SELECT uuid, type, amount, sale_tender_uuid, reference, approval_code, masked_card,"
                                             " wallet FROM refund_tenders WHERE refund_id = ? ORDER BY id"),
        {id}, tr("The sales could not be read."));
    if (!tenders)
        return tenders.error();
    QJsonArray tenderArray;
    while (tenders->next()) {
        tenderArray.append(QJsonObject{{QStringLiteral("uuid"), text(*tenders, 0)}, {QStringLiteral("type"), text(*tenders, 1)},
            {QStringLiteral("amount"), text(*tenders, 2)}, {QStringLiteral("saleTender"), text(*tenders, 3)},
            {QStringLiteral("reference"), text(*tenders, 4)}, {QStringLiteral("approvalCode"), text(*tenders, 5)},
            {QStringLiteral("maskedCard"), text(*tenders, 6)}, {QStringLiteral("wallet"), text(*tenders, 7)}});
    }
    out.insert(QStringLiteral("lines"), lineArray);
    out.insert(QStringLiteral("tenders"), tenderArray);
    return out;
}

Result<QJsonObject> JournalVerifier::cashFromTables(const QString &uuid) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT kind, register_id, amount, reason, approver_id, journal_seq, operator_id"
                                                " FROM cash_movements WHERE uuid = ?"),
        {uuid}, tr("The sales could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The cash movement %1 is not in the tables.").arg(uuid));
    return QJsonObject{{QStringLiteral("kind"), text(*q, 0)}, {QStringLiteral("register"), text(*q, 1)},
        {QStringLiteral("amount"), text(*q, 2)}, {QStringLiteral("reason"), text(*q, 3)},
        {QStringLiteral("approver"), QString::number(q->value(4).toLongLong())}, {QStringLiteral("record"), text(*q, 5)},
        {QStringLiteral("operator"), text(*q, 6)}};
}

Status JournalVerifier::findUnjournalled(JournalCheckReport &report) const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT s.receipt_number FROM sales s LEFT JOIN journal j ON j.uuid = s.uuid"
                       " WHERE j.uuid IS NULL ORDER BY s.id LIMIT ?"),
        {JournalCheckReport::kMaxProblems}, tr("The sales could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        report.problems << tr("Sale %1 is in the tables but not in the journal.").arg(q->value(0).toString());
    auto undone = m_core.store().exec(
        QStringLiteral("SELECT r.number FROM refunds r LEFT JOIN journal j ON j.uuid = r.uuid WHERE j.uuid IS NULL"
                       " UNION ALL SELECT s.receipt_number FROM sale_voids v JOIN sales s ON s.id = v.sale_id"
                       " LEFT JOIN journal j ON j.uuid = v.uuid WHERE j.uuid IS NULL"),
        {}, tr("The sales could not be read."));
    if (!undone)
        return undone.error();
    while (undone->next())
        report.problems << tr("%1 was voided or refunded in the tables but not in the journal.").arg(undone->value(0).toString());
    auto cash = m_core.store().exec(
        QStringLiteral("SELECT c.kind, c.register_id, c.at FROM cash_movements c LEFT JOIN journal j ON j.uuid = c.uuid"
                       " WHERE j.uuid IS NULL ORDER BY c.id LIMIT ?"),
        {JournalCheckReport::kMaxProblems}, tr("The sales could not be read."));
    if (!cash)
        return cash.error();
    while (cash->next())
        report.problems << tr("Cash movement %1 of register %2 at %3 is in the tables but not in the journal.")
                               .arg(cash->value(0).toString(), cash->value(1).toString(), cash->value(2).toString());
    return {};
}

} // namespace qtill::checkout
