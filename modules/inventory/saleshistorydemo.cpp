#include "saleshistorydemo.h"

#include "inventoryservices.h"
#include "saleshistory.h"

#include "core/clock.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::SalesHistoryDemo", text);
}

/// FNV-1a over the item code and a salt: the same on every machine and Qt version (unlike qHash).
quint64 hashOf(const QString &sku, quint64 salt)
{
    quint64 h = 1469598103934665603ULL ^ (salt * 1099511628211ULL);
    for (const char c : sku.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h;
}

/// A number in [0, 1) from the item code and a salt.
double unit(const QString &sku, quint64 salt)
{
    return double(hashOf(sku, salt) >> 11) / double(1ULL << 53);
}

/// Typical units (kg for weighed goods) a small supermarket sells a day, by demo category code.
double categoryRate(const QString &category, bool weighed)
{
    static const QHash<QString, double> kRates{
        {QStringLiteral("10"), 1.5}, {QStringLiteral("11"), 1.2}, {QStringLiteral("12"), 2.5},
        {QStringLiteral("13"), 2.0}, {QStringLiteral("14"), 4.0}, {QStringLiteral("15"), 0.8},
        {QStringLiteral("16"), 3.0}, {QStringLiteral("17"), 0.8}, {QStringLiteral("18"), 1.0},
        {QStringLiteral("19"), 2.0}, {QStringLiteral("20"), 2.0}, {QStringLiteral("21"), 0.6},
        {QStringLiteral("22"), 1.5}, {QStringLiteral("23"), 0.4},
    };
    const double rate = kRates.value(category, 0.5);
    return weighed ? rate * 1.5 : rate;
}

} // namespace

Result<int> SalesHistoryDemo::populate(Services &services, const Session &actor)
{
    SalesHistory &history = InventoryServices::of(services).salesHistory();
    const QDate today = services.storeProfile().businessDate(services.clock().now());
    auto firstSale = history.firstSaleDate();
    if (!firstSale)
        return firstSale.error();
    const QDate end = firstSale->isValid() && *firstSale < today ? *firstSale : today;   // exclusive

    auto q = services.store().exec(QStringLiteral("SELECT p.id, p.sku, c.code, p.sold_by_weight, p.price_fen FROM products p"
                                                  " JOIN categories c ON c.id = p.category_id"
                                                  " WHERE p.status = 'listed' ORDER BY p.id"),
                                   {}, tr("The demo products could not be read."));
    if (!q)
        return q.error();
    const Currency currency = services.storeProfile().currency();
    QList<SalesHistoryEntry> entries;
    entries.reserve(8000);
    while (q->next()) {
        const ProductId product(q->value(0).toLongLong());
        const QString sku = q->value(1).toString();
        const bool weighed = q->value(3).toInt() != 0;
        const Money price = Money::fromMinor(q->value(4).toLongLong(), currency);
        if (unit(sku, 1) < 0.12)
            continue;   // sold nothing in the last four weeks: a slow mover
        const double rate = categoryRate(q->value(2).toString(), weighed) * (0.25 + 1.5 * unit(sku, 2));
        for (QDate day = today.addDays(-kDays); day < end; day = day.addDays(1)) {
            const QString key = sku + QLatin1Char('@') + day.toString(Qt::ISODate);
            const double weekend = day.dayOfWeek() >= 6 ? 1.35 : 1.0;
            const double expected = rate * weekend * (0.5 + unit(key, 3));
            const qint64 milli = weighed ? qint64(std::llround(expected * 1000.0))
                                         : qint64(std::floor(expected + unit(key, 4))) * 1000;
            if (milli <= 0)
                continue;
            auto value = price.times(Quantity::fromMilli(milli), RoundingMode::HalfUp);
            if (!value)
                return value.error();
            entries << SalesHistoryEntry{product, day, Quantity::fromMilli(milli), *value};
        }
    }
    if (entries.isEmpty())
        return 0;
    auto imported = history.importEntries(actor, entries, QStringLiteral("demo"));
    if (!imported)
        return imported.error();
    return imported->rows;
}

} // namespace qtill::inventory
