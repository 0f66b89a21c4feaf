#include "demosales.h"

#include "inventory/demostore.h"

#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace qtill::checkout {

namespace {

struct Goods
{
    QString code;
    qint64 priceFen = 0;
    bool weighed = false;
};

/// A week's worth of operations, written one day at a time.
class WeekWriter
{
public:
    WeekWriter(QList<Goods> shelf, QList<Goods> scale, quint32 seed, QTimeZone zone)
        : m_shelf(std::move(shelf)), m_scale(std::move(scale)), m_rng(seed), m_seed(seed), m_zone(std::move(zone))
    {
    }

    void day(const QDate &date, int dayIndex);
    QList<QByteArray> lines() const { return m_lines; }

private:
    QString id() { return QUuid::createUuidV5(QUuid(QStringLiteral("{d3a1f00d-0000-4e00-9a00-000000000007}")),
                                              QStringLiteral("%1/%2").arg(m_seed).arg(++m_counter))
                       .toString(QUuid::WithoutBraces); }
    QString at(const QDate &date, int minuteOfDay) const
    {
        return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60, int(m_counter % 60)), m_zone).toString(Qt::ISODate);
    }
    QJsonObject base(const QString &op, const QDate &date, int minute, const QString &approver = {})
    {
        QJsonObject o{{QStringLiteral("op"), op}, {QStringLiteral("at"), at(date, minute)},
                      {QStringLiteral("operator"), QStringLiteral("01")}};
        if (!approver.isEmpty())
            o.insert(QStringLiteral("approver"), approver);
        return o;
    }
    static QString yuan(qint64 fen) { return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0')); }
    void add(const QJsonObject &o) { m_lines << QJsonDocument(o).toJson(QJsonDocument::Compact); }
    /// One sale; returns its id, and whether it was paid in cash only (so it may be refunded).
    std::pair<QString, bool> sale(const QDate &date, int minute);
    QJsonObject tender(qint64 totalFen, bool &cashOnly);

    QList<Goods> m_shelf;
    QList<Goods> m_scale;
    QRandomGenerator m_rng;
    quint32 m_seed;
    QTimeZone m_zone;
    quint64 m_counter = 0;
    QList<QByteArray> m_lines;
};

QJsonObject WeekWriter::tender(qint64 totalFen, bool &cashOnly)
{
    const int roll = int(m_rng.bounded(100));
    cashOnly = roll < 45;
    if (cashOnly) {
        // What a customer hands over: the next 10, 20, 50 or 100 yuan above the total.
        static constexpr qint64 kNotes[] = {1000, 2000, 5000, 10000};
        const qint64 note = kNotes[m_rng.bounded(4)];
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("cash")},
                           {QStringLiteral("amount"), yuan((totalFen + note - 1) / note * note)}};
    }
    QJsonObject t{{QStringLiteral("amount"), yuan(totalFen)}};
    if (roll < 75) {
        // WeChat Pay (18 digits from 10–15) or Alipay (18 digits from 25–30) payment codes.
        const bool wechat = m_rng.bounded(2) == 0;
        QString code = QString::number(wechat ? 13 : 28);
        while (code.size() < 18)
            code += QChar(u'0' + char16_t(m_rng.bounded(10)));
        t.insert(QStringLiteral("type"), QStringLiteral("qr"));
        t.insert(QStringLiteral("code"), code);
    } else {
        t.insert(QStringLiteral("type"), QStringLiteral("card"));
        if (m_rng.bounded(12) == 0)
            t.insert(QStringLiteral("outcome"), QStringLiteral("decline"));
    }
    return t;
}

std::pair<QString, bool> WeekWriter::sale(const QDate &date, int minute)
{
    QJsonObject o = base(QStringLiteral("sale"), date, minute);
    const QString saleId = id();
    o.insert(QStringLiteral("id"), saleId);
    QJsonArray lines;
    qint64 totalFen = 0;
    const int count = 1 + int(m_rng.bounded(5));
    for (int i = 0; i < count; ++i) {
        const Goods &g = m_shelf.at(int(m_rng.bounded(qsizetype(m_shelf.size()))));
        const int qty = m_rng.bounded(5) == 0 ? 2 : 1;
        lines.append(QJsonObject{{QStringLiteral("code"), g.code}, {QStringLiteral("qty"), QString::number(qty)}});
        totalFen += g.priceFen * qty;
    }
    bool cashOnly = false;
    QJsonObject pay = tender(totalFen, cashOnly);
    if (cashOnly && !m_scale.isEmpty() && m_rng.bounded(4) == 0) {
        // Fruit or vegetables off the scale (cash sales only: the scale's amount is rounded by the till).
        const Goods &g = m_scale.at(int(m_rng.bounded(qsizetype(m_scale.size()))));
        const qint64 grams = 200 + m_rng.bounded(1800);
        lines.append(QJsonObject{{QStringLiteral("code"), g.code}, {QStringLiteral("qty"), QString::number(grams / 1000.0, 'f', 3)}});
        totalFen += (g.priceFen * grams + 999) / 1000;
        pay = QJsonObject{{QStringLiteral("type"), QStringLiteral("cash")}, {QStringLiteral("amount"), yuan((totalFen + 9999) / 10000 * 10000)}};
    }
    o.insert(QStringLiteral("lines"), lines);
    o.insert(QStringLiteral("tenders"), QJsonArray{pay});
    add(o);
    const bool declined = pay.value(QStringLiteral("outcome")).toString() == QLatin1String("decline");
    return {declined ? QString() : saleId, cashOnly};
}

void WeekWriter::day(const QDate &date, int dayIndex)
{
    QJsonObject open = base(QStringLiteral("shift_open"), date, 8 * 60);
    open.insert(QStringLiteral("float"), QStringLiteral("200.00"));
    add(open);
    const int sales = 30 + int(m_rng.bounded(16));
    const int step = (21 * 60 - 8 * 60 - 10) / sales;
    QString toVoid;
    QString toRefund;
    for (int i = 0; i < sales; ++i) {
        const int minute = 8 * 60 + 10 + i * step + int(m_rng.bounded(step));
        const auto [saleId, cashOnly] = sale(date, minute);
        if (i == sales / 3 && !saleId.isEmpty())
            toVoid = saleId;
        if (cashOnly && toRefund.isEmpty() && i > sales / 2)
            toRefund = saleId;
        if (i == sales / 2) {
            QJsonObject out = base(QStringLiteral("paid_out"), date, minute + 1, QStringLiteral("99"));
            out.insert(QStringLiteral("amount"), yuan(3000 + 500 * m_rng.bounded(20)));
            out.insert(QStringLiteral("reason"), QStringLiteral("蔬菜配送 vegetable delivery"));
            add(out);
        }
    }
    if (dayIndex % 2 == 0) {
        QJsonObject in = base(QStringLiteral("paid_in"), date, 12 * 60, QStringLiteral("99"));
        in.insert(QStringLiteral("amount"), QStringLiteral("100.00"));
        in.insert(QStringLiteral("reason"), QStringLiteral("零钱 change from the safe"));
        add(in);
    }
    if (dayIndex % 3 == 1 && !toVoid.isEmpty()) {
        QJsonObject v = base(QStringLiteral("void"), date, 21 * 60 + 10, QStringLiteral("99"));
        v.insert(QStringLiteral("sale"), toVoid);
        v.insert(QStringLiteral("reason"), QStringLiteral("扫重了 rang up twice"));
        add(v);
    }
    if (dayIndex % 3 == 2 && !toRefund.isEmpty()) {
        QJsonObject r = base(QStringLiteral("refund"), date, 21 * 60 + 20, QStringLiteral("99"));
        r.insert(QStringLiteral("id"), id());
        r.insert(QStringLiteral("sale"), toRefund);
        r.insert(QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1}, {QStringLiteral("qty"), QStringLiteral("1")}}});
        r.insert(QStringLiteral("tender"), QStringLiteral("cash"));
        r.insert(QStringLiteral("reason"), QStringLiteral("包装破损 damaged packaging"));
        add(r);
    }
}

/// Listed goods with their item barcode and enough opening stock on the shop floor for a week of demo
/// sales (the opening stock, not today's: the same store always gives the same goods).
Result<QList<Goods>> goods(Services &services, bool weighed)
{
    auto q = services.store().exec(
        QStringLiteral("SELECT b.code, p.price_fen FROM products p"
                       " JOIN product_barcodes b ON b.product_id = p.id AND b.pack_qty_milli = 1000"
                       " JOIN stock_movements m ON m.product_id = p.id AND m.document = ?"
                       " JOIN locations l ON l.id = m.location_id AND l.code = ?"
                       " WHERE p.status = 'listed' AND p.sold_by_weight = ? AND m.qty_milli >= ?"
                       " ORDER BY b.code"),
        {QString::fromLatin1(inventory::DemoStore::kDocument), QString::fromLatin1(inventory::DemoStore::kFloorCode),
         weighed ? 1 : 0, weighed ? 20000 : 30000}, QCoreApplication::translate("qtill::checkout::SaleReplay", "The demo goods could not be read."));
    if (!q)
        return q.error();
    QList<Goods> found;
    while (q->next())
        found << Goods{q->value(0).toString(), q->value(1).toLongLong(), weighed};
    return found;
}

} // namespace

Result<QList<QByteArray>> DemoSales::week(Services &services, const QDateTime &now, quint32 seed)
{
    auto shelf = goods(services, false);
    if (!shelf)
        return shelf.error();
    if (shelf->isEmpty())
        return Error::notFound(QCoreApplication::translate("qtill::checkout::SaleReplay", "The demo store has no goods to sell."));
    auto scale = goods(services, true);
    if (!scale)
        return scale.error();
    WeekWriter writer(*shelf, *scale, seed, services.storeProfile().timeZone());
    const QDate today = services.storeProfile().businessDate(now);
    for (int d = 7; d >= 1; --d)
        writer.day(today.addDays(-d), 7 - d);
    return writer.lines();
}

Result<ReplaySummary> DemoSales::populate(Services &services, const Session &actor)
{
    auto lines = week(services, services.clock().now());
    if (!lines)
        return lines.error();
    SaleReplay replay(services);
    return replay.replay(actor, *lines);
}

} // namespace qtill::checkout
