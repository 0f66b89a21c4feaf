#include "stocktakeservice.h"

#include "catalog.h"
#include "documentkinds.h"
#include "stockledger.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/sqlvalues.h"
#include "core/storedtime.h"
#include "core/utctimesmigration.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <limits>
#include <tuple>

namespace qtill::inventory {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::StocktakeService", text);
}

QString isoNow(const Store &store)
{
    return storedTime(store.clock().now());
}

StocktakeStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("approved"))
        return StocktakeStatus::Approved;
    if (key == QLatin1String("cancelled"))
        return StocktakeStatus::Cancelled;
    return StocktakeStatus::Counting;
}

QString numberOf(qint64 id)
{
    return QStringLiteral("ST-%1").arg(id, 6, 10, QLatin1Char('0'));
}

const QString kStocktakeColumns = QStringLiteral(
    "s.id, s.location_id, l.code, l.name, s.category_id, COALESCE(c.name, ''), s.status, s.note, s.started_at,"
    " s.started_by, s.snapshot_mark, s.closed_at, s.closed_by, s.number"
    " FROM stocktakes s JOIN locations l ON l.id = s.location_id LEFT JOIN categories c ON c.id = s.category_id");

Stocktake stocktakeFromRow(const QSqlQuery &q)
{
    Stocktake st;
    st.id = StocktakeId(q.value(0).toLongLong());
    // Counts started before schema v2 have no stored number: their number is made from the id.
    st.number = q.value(13).toString().isEmpty() ? numberOf(st.id.value()) : q.value(13).toString();
    st.location = LocationId(q.value(1).toLongLong());
    st.locationCode = q.value(2).toString();
    st.locationName = q.value(3).toString();
    st.category = CategoryId(q.value(4).toLongLong());
    st.categoryName = q.value(5).toString();
    st.status = statusFromKey(q.value(6).toString());
    st.note = q.value(7).toString();
    st.startedAt = parseStoredTime(q.value(8).toString());
    st.startedBy = OperatorId(q.value(9).toLongLong());
    st.snapshotMark = q.value(10).toLongLong();
    st.closedAt = parseStoredTime(q.value(11).toString());
    st.closedBy = OperatorId(q.value(12).toLongLong());
    return st;
}

/// A count session's category and all categories below it.
Result<QList<qint64>> categoryScope(const Store &store, qint64 root)
{
    auto q = store.exec(QStringLiteral("SELECT id, parent_id FROM categories"), {},
                        tr("The categories could not be read."));
    if (!q)
        return q.error();
    QMultiHash<qint64, qint64> children;
    while (q->next())
        children.insert(q->value(1).toLongLong(), q->value(0).toLongLong());
    QList<qint64> scope{root};
    for (qsizetype i = 0; i < scope.size(); ++i)
        scope += children.values(scope.at(i));
    return scope;
}

} // namespace

QString stocktakeStatusKey(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Counting:
        return QStringLiteral("counting");
    case StocktakeStatus::Approved:
        return QStringLiteral("approved");
    case StocktakeStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString stocktakeStatusName(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Counting:
        return tr("Counting");
    case StocktakeStatus::Approved:
        return tr("Approved");
    case StocktakeStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

StocktakeService::StocktakeService(Services &core, const Catalog &catalog, StockLedger &ledger)
    : m_store(core.store()), m_audit(core.auditLog()), m_permissions(core.permissions()),
      m_numbers(core.documentNumbers()), m_profile(core.storeProfile()), m_catalog(catalog), m_ledger(ledger)
{
}

Result<Stocktake> StocktakeService::byNumber(const QString &number) const
{
    const QString wanted = number.trimmed().toUpper();
    auto q = m_store.exec(QStringLiteral("SELECT id FROM stocktakes WHERE number = ?"), {wanted},
                          tr("The stocktakes could not be read."));
    if (!q)
        return q.error();
    if (q->next())
        return stocktake(StocktakeId(q->value(0).toLongLong()));
    // A count from before per-register numbers: "ST-000012" is id 12.
    static const QRegularExpression kOld(QStringLiteral("^ST-(\\d+)$"));
    if (const QRegularExpressionMatch m = kOld.match(wanted); m.hasMatch()) {
        auto old = stocktake(StocktakeId(m.captured(1).toLongLong()));
        if (old && old->number == wanted)
            return old;
    }
    return Error::notFound(tr("There is no stocktake %1.").arg(number.trimmed()));
}

Schema StocktakeService::schema()
{
    Migration v1{1, QStringLiteral("stocktake sessions, frozen book quantities, count rows"), {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE stocktakes ("
                       " id INTEGER PRIMARY KEY,"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " category_id INTEGER REFERENCES categories (id),"
                       " status TEXT NOT NULL DEFAULT 'counting' CHECK (status IN ('counting', 'approved', 'cancelled')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT NOT NULL,"
                       " started_by INTEGER,"
                       " snapshot_mark INTEGER NOT NULL,"
                       " zero_uncounted INTEGER NOT NULL DEFAULT 0 CHECK (zero_uncounted IN (0, 1)),"
                       " closed_at TEXT,"
                       " closed_by INTEGER)"),
        // One open count per location.
        QStringLiteral("CREATE UNIQUE INDEX stocktakes_open_location ON stocktakes (location_id)"
                       " WHERE status = 'counting'"),
        QStringLiteral("CREATE TABLE stocktake_lines ("
                       " stocktake_id INTEGER NOT NULL REFERENCES stocktakes (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " book_milli INTEGER NOT NULL,"
                       " cost_fen INTEGER NOT NULL,"
                       " counted_milli INTEGER,"      // the rest is written at approval
                       " moved_milli INTEGER,"
                       " adjustment_milli INTEGER,"
                       " PRIMARY KEY (stocktake_id, product_id))"),
        QStringLiteral("CREATE TABLE stocktake_counts ("
                       " id INTEGER PRIMARY KEY,"
                       " stocktake_id INTEGER NOT NULL REFERENCES stocktakes (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " qty_milli INTEGER NOT NULL,"
                       " mode TEXT NOT NULL CHECK (mode IN ('add', 'replace')),"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " movement_mark INTEGER NOT NULL,"
                       " code TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX stocktake_counts_session ON stocktake_counts (stocktake_id, product_id)"),
    };
    Migration v2{2, QStringLiteral("stocktake numbers per register"), {}};
    v2.statements = {
        QStringLiteral("ALTER TABLE stocktakes ADD COLUMN number TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX stocktakes_number ON stocktakes (number)"),
    };
    Migration v3{3, QStringLiteral("stocktake numbers from the document counters"),
                 {DocumentNumbers::seedStatement(DocumentKinds::kStocktake, QStringLiteral("stocktakes"))}};
    const Migration v4 = utcTimesMigration(4, {{QStringLiteral("stocktakes"), {QStringLiteral("started_at"), QStringLiteral("closed_at")}},
                                               {QStringLiteral("stocktake_counts"), {QStringLiteral("at")}}});
    return Schema{QStringLiteral("stocktake"), {v1, v2, v3, v4}};
}

Result<qint64> StocktakeService::lastMovementId() const
{
    auto q = m_store.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM stock_movements"), {},
                          tr("The stock could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<Stocktake> StocktakeService::start(const Session &actor, const QString &locationCode,
                                          const QString &categoryCode, const QString &note)
{
    if (Status allowed = m_permissions.require(actor, StocktakePermissions::kManage); !allowed)
        return allowed.error();
    auto location = m_ledger.location(locationCode.trimmed());
    if (!location)
        return location.error();
    qint64 categoryId = 0;
    if (!categoryCode.trimmed().isEmpty()) {
        auto c = m_store.exec(QStringLiteral("SELECT id FROM categories WHERE code = ?"), {categoryCode.trimmed()},
                              tr("The categories could not be read."));
        if (!c)
            return c.error();
        if (!c->next())
            return Error::notFound(tr("There is no category %1.").arg(categoryCode));
        categoryId = c->value(0).toLongLong();
    }

    StocktakeId id;
    QString number;
    const Status done = m_store.transaction([&]() -> Status {
        // Many writers: two lanes starting a count at one location must not both find none open, so
        // the location's row is taken first (forUpdate(); SQLite's write lock does it already).
        auto taken = m_store.exec(QStringLiteral("SELECT id FROM locations WHERE id = ?") + m_store.dialect().forUpdate(),
                                  {idValue(location->id.value())}, tr("The stocktakes could not be read."));
        if (!taken)
            return taken.error();
        auto open = m_store.exec(QStringLiteral("SELECT id, number FROM stocktakes WHERE location_id = ? AND status = 'counting'"),
                                 {idValue(location->id.value())}, tr("The stocktakes could not be read."));
        if (!open)
            return open.error();
        if (open->next()) {
            return Error::conflict(tr("%1 is being counted already (%2). Approve or cancel that count first.")
                                       .arg(location->name, open->value(1).toString().isEmpty()
                                                                ? numberOf(open->value(0).toLongLong())
                                                                : open->value(1).toString()));
        }
        auto mark = lastMovementId();
        if (!mark)
            return mark.error();
        auto assigned = m_numbers.next(DocumentKinds::kStocktake);
        if (!assigned)
            return assigned.error();
        number = *assigned;
        auto inserted = insertReturningId(m_store,
            QStringLiteral("INSERT INTO stocktakes (location_id, category_id, note, started_at, started_by, snapshot_mark,"
                           " number) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {idValue(location->id.value()), optionalId(categoryId), text(note.trimmed()), isoNow(m_store),
             optionalId(actor.operatorId.value()), idValue(*mark), number},
            tr("The stocktake could not be started."));
        if (!inserted)
            return inserted.error();
        id = StocktakeId(*inserted);

        // Freeze: the book quantity as of the mark, and today's cost.
        QString sql = QStringLiteral(
            "INSERT INTO stocktake_lines (stocktake_id, product_id, book_milli, cost_fen)"
            " SELECT ?, p.id, COALESCE(s.q, 0), p.cost_fen FROM products p"
            " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS q FROM stock_movements"
            "            WHERE location_id = ? AND id <= ? GROUP BY product_id) s ON s.product_id = p.id");
        QVariantList values{idValue(id.value()), idValue(location->id.value()), idValue(*mark)};
        if (categoryId != 0) {
            auto scope = categoryScope(m_store, categoryId);
            if (!scope)
                return scope.error();
            sql += QStringLiteral(" WHERE p.category_id IN (") + Store::bindMarks(scope->size())
                + QStringLiteral(") AND (p.status = 'listed' OR COALESCE(s.q, 0) <> 0)");
            for (qint64 c : std::as_const(*scope))
                values << idValue(c);
        } else {
            sql += QStringLiteral(" WHERE COALESCE(s.q, 0) <> 0");
        }
        if (auto frozen = m_store.exec(sql, values, tr("The stock could not be frozen for counting.")); !frozen)
            return frozen.error();

        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("stocktake.start"),
                                                  QStringLiteral("stocktake:") + number, AuditOutcome::kOk,
                                                  location->code + (categoryCode.isEmpty() ? QString()
                                                                                           : QLatin1Char('/') + categoryCode)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return stocktake(id);
}

Result<Stocktake> StocktakeService::lockedStocktake(StocktakeId id)
{
    // Many writers (issue 9): counting, approving and cancelling read the stocktake's status (and
    // approve its counts) and then write on that reading. On PostgreSQL a count committed while an
    // approval computes its variances would be left out of the booked adjustment, so each of them
    // takes the stocktake's row first (forUpdate()) and reads it, and the counts, after any other
    // writer on it has committed. SQLite's write lock already serialises them.
    auto locked = m_store.exec(QStringLiteral("SELECT id FROM stocktakes WHERE id = ?") + m_store.dialect().forUpdate(),
                               {idValue(id.value())}, tr("The stocktakes could not be read."));
    if (!locked)
        return locked.error();
    return stocktake(id);
}

Result<Stocktake> StocktakeService::stocktake(StocktakeId id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT ") + kStocktakeColumns + QStringLiteral(" WHERE s.id = ?"),
                          {idValue(id.value())}, tr("The stocktakes could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no stocktake %1.").arg(numberOf(id.value())));
    return stocktakeFromRow(*q);
}

Result<QList<Stocktake>> StocktakeService::list(const QString &statusKey, int limit) const
{
    QString sql = QStringLiteral("SELECT ") + kStocktakeColumns;
    QVariantList values;
    if (!statusKey.isEmpty()) {
        sql += QStringLiteral(" WHERE s.status = ?");
        values << statusKey;
    }
    sql += QStringLiteral(" ORDER BY s.id DESC LIMIT ?");
    values << limit;
    auto q = m_store.exec(sql, values, tr("The stocktakes could not be read."));
    if (!q)
        return q.error();
    QList<Stocktake> list;
    while (q->next())
        list << stocktakeFromRow(*q);
    return list;
}

Result<qint64> StocktakeService::ensureLine(const Stocktake &st, ProductId product)
{
    auto existing = m_store.exec(QStringLiteral("SELECT book_milli FROM stocktake_lines WHERE stocktake_id = ? AND product_id = ?"),
                                 {idValue(st.id.value()), idValue(product.value())}, tr("The stocktake could not be read."));
    if (!existing)
        return existing.error();
    if (existing->next())
        return existing->value(0).toLongLong();

    auto p = m_store.exec(QStringLiteral("SELECT category_id, cost_fen, name FROM products WHERE id = ?"),
                          {idValue(product.value())}, tr("The products could not be read."));
    if (!p)
        return p.error();
    if (!p->next())
        return Error::notFound(tr("This product does not exist."));
    if (st.category.isValid()) {
        auto scope = categoryScope(m_store, st.category.value());
        if (!scope)
            return scope.error();
        if (!scope->contains(p->value(0).toLongLong())) {
            return Error::invalidInput(
                tr("%1 is not in %2, the category being counted. Put it aside for its own count.")
                    .arg(p->value(2).toString(), st.categoryName));
        }
    }
    auto book = m_store.exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements"
                                            " WHERE product_id = ? AND location_id = ? AND id <= ?"),
                             {idValue(product.value()), idValue(st.location.value()), idValue(st.snapshotMark)},
                             tr("The stock could not be read."));
    if (!book)
        return book.error();
    const qint64 bookMilli = book->next() ? book->value(0).toLongLong() : 0;
    auto inserted = m_store.exec(
        QStringLiteral("INSERT INTO stocktake_lines (stocktake_id, product_id, book_milli, cost_fen) VALUES (?, ?, ?, ?)"),
        {idValue(st.id.value()), idValue(product.value()), idValue(bookMilli), p->value(1)},
        tr("The count could not be saved."));
    if (!inserted)
        return inserted.error();
    return bookMilli;
}

Result<StocktakeCount> StocktakeService::count(const Session &actor, StocktakeId id, ProductId product,
                                               Quantity quantity, CountMode mode)
{
    return recordCount(actor, id, product, quantity, mode, {});
}

Result<StocktakeCount> StocktakeService::recordCount(const Session &actor, StocktakeId id, ProductId product,
                                                     Quantity quantity, CountMode mode, const QString &code)
{
    if (Status allowed = m_permissions.require(actor, StocktakePermissions::kCount); !allowed)
        return allowed.error();
    if (mode == CountMode::Replace && quantity.isNegative())
        return Error::invalidInput(tr("A recount cannot be less than zero."));
    if (mode == CountMode::Add && quantity.isZero())
        return Error::invalidInput(tr("Count at least one."));
    StocktakeCount row{0, product, quantity, mode, actor.operatorId, m_store.clock().now(), code};
    const Status done = m_store.transaction([&]() -> Status {
        auto st = lockedStocktake(id);
        if (!st)
            return st.error();
        if (st->status != StocktakeStatus::Counting) {
            return Error::conflict(tr("Stocktake %1 is %2; it takes no more counts.")
                                       .arg(st->number, stocktakeStatusName(st->status).toLower()));
        }
        if (auto line = ensureLine(*st, product); !line)
            return line.error();
        if (mode == CountMode::Add && quantity.isNegative()) {
            // A correction may not take this counter's own tally below zero.
            qint64 tally = 0;
            auto mine = m_store.exec(QStringLiteral("SELECT qty_milli, mode FROM stocktake_counts"
                                                    " WHERE stocktake_id = ? AND product_id = ? AND operator_id = ? ORDER BY id"),
                                     {idValue(id.value()), idValue(product.value()), idValue(actor.operatorId.value())},
                                     tr("The stocktake could not be read."));
            if (!mine)
                return mine.error();
            while (mine->next())
                tally = mine->value(1).toString() == QLatin1String("replace") ? mine->value(0).toLongLong()
                                                                              : tally + mine->value(0).toLongLong();
            if (tally + quantity.milli() < 0)
                return Error::invalidInput(tr("You have counted fewer than that of this product; the correction would go below zero."));
        }
        auto mark = lastMovementId();
        if (!mark)
            return mark.error();
        auto inserted = insertReturningId(m_store,
            QStringLiteral("INSERT INTO stocktake_counts (stocktake_id, product_id, qty_milli, mode, operator_id, at,"
                           " movement_mark, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {idValue(id.value()), idValue(product.value()), idValue(quantity.milli()),
             mode == CountMode::Replace ? QStringLiteral("replace") : QStringLiteral("add"),
             optionalId(actor.operatorId.value()), storedTime(row.at), idValue(*mark), text(row.code)},
            tr("The count could not be saved."));
        if (!inserted)
            return inserted.error();
        row.id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return row;
}

Result<StocktakeCount> StocktakeService::countCode(const Session &actor, StocktakeId id, const QString &code,
                                                   int times, CountMode mode)
{
    if (times == 0 && mode == CountMode::Add)   // a recount of 0 ("none found") is a count
        return Error::invalidInput(tr("Count at least one."));
    auto match = m_catalog.lookup(code);
    if (!match)
        return match.error();
    // A scale label carries its weight; any other code counts its pack quantity (1, or 24 for a case).
    const Quantity each = match->embeddedQuantity ? *match->embeddedQuantity : match->packQuantity;
    const Quantity qty = Quantity::fromMilli(each.milli() * times);
    return recordCount(actor, id, match->product.id, qty, mode, match->code);
}

Result<QList<StocktakeCount>> StocktakeService::counts(StocktakeId id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, product_id, qty_milli, mode, operator_id, at, code FROM stocktake_counts"
                                         " WHERE stocktake_id = ? ORDER BY id"),
                          {idValue(id.value())}, tr("The stocktake could not be read."));
    if (!q)
        return q.error();
    QList<StocktakeCount> rows;
    while (q->next()) {
        rows << StocktakeCount{q->value(0).toLongLong(), ProductId(q->value(1).toLongLong()),
                               Quantity::fromMilli(q->value(2).toLongLong()),
                               q->value(3).toString() == QLatin1String("replace") ? CountMode::Replace : CountMode::Add,
                               OperatorId(q->value(4).toLongLong()),
                               parseStoredTime(q->value(5).toString()), q->value(6).toString()};
    }
    return rows;
}

Result<StocktakeReport> StocktakeService::computeReport(const Stocktake &st, bool zeroUncounted) const
{
    // Adds amount to total; false when the sum does not fit (the report is then an error, not a smaller total).
    const auto addTo = [](Money &total, const Money &amount) {
        auto sum = total.plus(amount);
        if (sum)
            total = *sum;
        return sum.ok();
    };
    const Currency currency = m_profile.currency();
    StocktakeReport report;
    report.stocktake = st;
    report.bookValue = report.countedValue = report.surplusValue = report.shortageValue = Money::zero(currency);
    const bool booked = st.status == StocktakeStatus::Approved;

    // Per product: each counter's tally, how many counters, and the movement mark of its last count.
    struct Tally
    {
        QHash<qint64, qint64> byCounter;
        qint64 lastMark = 0;
    };
    QHash<qint64, Tally> tallies;
    // Ledger movements at the location since the freeze, in order (few: only those during the count).
    QList<std::tuple<qint64, qint64, qint64>> movedSince; // id, product, qty
    if (!booked) {
        auto counts = m_store.exec(QStringLiteral("SELECT product_id, operator_id, qty_milli, mode, movement_mark"
                                                  " FROM stocktake_counts WHERE stocktake_id = ? ORDER BY id"),
                                   {idValue(st.id.value())}, tr("The stocktake could not be read."));
        if (!counts)
            return counts.error();
        while (counts->next()) {
            Tally &t = tallies[counts->value(0).toLongLong()];
            qint64 &mine = t.byCounter[counts->value(1).toLongLong()];
            mine = counts->value(3).toString() == QLatin1String("replace") ? counts->value(2).toLongLong()
                                                                           : mine + counts->value(2).toLongLong();
            t.lastMark = std::max(t.lastMark, counts->value(4).toLongLong());
        }
        auto moved = m_store.exec(QStringLiteral("SELECT id, product_id, qty_milli FROM stock_movements"
                                                 " WHERE location_id = ? AND id > ? ORDER BY id"),
                                  {idValue(st.location.value()), idValue(st.snapshotMark)},
                                  tr("The stock could not be read."));
        if (!moved)
            return moved.error();
        while (moved->next())
            movedSince.append({moved->value(0).toLongLong(), moved->value(1).toLongLong(), moved->value(2).toLongLong()});
    }

    auto lines = m_store.exec(
        QStringLiteral("SELECT sl.product_id, p.sku, p.name, p.unit, sl.book_milli, sl.cost_fen, sl.counted_milli,"
                       " sl.moved_milli, sl.adjustment_milli"
                       " FROM stocktake_lines sl JOIN products p ON p.id = sl.product_id"
                       " WHERE sl.stocktake_id = ? ORDER BY p.sku"),
        {idValue(st.id.value())}, tr("The stocktake could not be read."));
    if (!lines)
        return lines.error();
    while (lines->next()) {
        StocktakeLine line;
        line.product = ProductId(lines->value(0).toLongLong());
        line.sku = lines->value(1).toString();
        line.name = lines->value(2).toString();
        line.unit = lines->value(3).toString();
        line.book = Quantity::fromMilli(lines->value(4).toLongLong());
        line.unitCost = Money::fromMinor(lines->value(5).toLongLong(), currency);
        if (booked) {
            line.counted = !lines->value(6).isNull();
            line.countedQty = Quantity::fromMilli(lines->value(6).toLongLong());
            line.movedDuring = Quantity::fromMilli(lines->value(7).toLongLong());
            line.variance = Quantity::fromMilli(lines->value(8).toLongLong());
            line.expected = Quantity::fromMilli(line.book.milli() + line.movedDuring.milli());
        } else {
            const auto found = tallies.constFind(line.product.value());
            line.counted = found != tallies.cend();
            qint64 cutoff = std::numeric_limits<qint64>::max();   // not counted: up to now
            if (line.counted) {
                qint64 total = 0;
                for (qint64 v : found->byCounter)
                    total += v;
                line.countedQty = Quantity::fromMilli(total);
                line.counters = int(found->byCounter.size());
                cutoff = found->lastMark;
            }
            qint64 moved = 0;
            for (const auto &[mid, product, qty] : std::as_const(movedSince)) {
                if (product == line.product.value() && mid <= cutoff)
                    moved += qty;
            }
            line.movedDuring = Quantity::fromMilli(moved);
            line.expected = Quantity::fromMilli(line.book.milli() + moved);
            if (line.counted)
                line.variance = Quantity::fromMilli(line.countedQty.milli() - line.expected.milli());
            else if (zeroUncounted)
                line.variance = -line.expected;
        }
        auto value = line.unitCost.times(line.variance);
        auto bookValue = line.unitCost.times(line.book);
        auto countedValue = line.unitCost.times(line.countedQty);
        if (!value || !bookValue || !countedValue)
            return Error::overflow(tr("The stocktake's amounts are too large."), line.sku);
        line.varianceValue = *value;
        Money &side = line.varianceValue.isNegative() ? report.shortageValue : report.surplusValue;
        if (!addTo(report.bookValue, *bookValue) || (line.counted && !addTo(report.countedValue, *countedValue))
            || (!line.variance.isZero() && !addTo(side, line.varianceValue)))
            return Error::overflow(tr("The stocktake's amounts are too large."), line.sku);
        if (line.counted)
            ++report.linesCounted;
        else
            ++report.linesNotCounted;
        if (!line.variance.isZero())
            ++report.linesWithVariance;
        report.lines << line;
    }
    auto net = report.surplusValue.plus(report.shortageValue);
    if (!net)
        return Error::overflow(tr("The stocktake's amounts are too large."), net.error().detail);
    report.netValue = *net;
    return report;
}

Result<StocktakeReport> StocktakeService::variance(StocktakeId id, bool zeroUncounted) const
{
    auto st = stocktake(id);
    if (!st)
        return st.error();
    return computeReport(*st, zeroUncounted);
}

Result<StocktakeReport> StocktakeService::approve(const Session &actor, StocktakeId id, bool zeroUncounted)
{
    if (Status allowed = m_permissions.require(actor, StocktakePermissions::kApprove); !allowed)
        return allowed.error();
    StocktakeReport report;
    const Status done = m_store.transaction([&]() -> Status {
        auto st = lockedStocktake(id);
        if (!st)
            return st.error();
        if (st->status != StocktakeStatus::Counting) {
            return Error::conflict(tr("Stocktake %1 is %2 already.")
                                       .arg(st->number, stocktakeStatusName(st->status).toLower()));
        }
        auto computed = computeReport(*st, zeroUncounted);
        if (!computed)
            return computed.error();
        report = *computed;
        for (const StocktakeLine &line : std::as_const(report.lines)) {
            if (!line.variance.isZero()) {
                auto moved = m_ledger.record(StockMovement{line.product, st->location, line.variance, StockReason::kCount,
                                                         actor.operatorId, st->number});
                if (!moved)
                    return moved.error();
            }
            auto saved = m_store.exec(
                QStringLiteral("UPDATE stocktake_lines SET counted_milli = ?, moved_milli = ?, adjustment_milli = ?"
                               " WHERE stocktake_id = ? AND product_id = ?"),
                {line.counted ? idValue(line.countedQty.milli()) : QVariant(QMetaType(QMetaType::LongLong)),
                 idValue(line.movedDuring.milli()), idValue(line.variance.milli()), idValue(id.value()),
                 idValue(line.product.value())},
                tr("The stocktake could not be approved."));
            if (!saved)
                return saved.error();
        }
        // The counted and the adjusted products' figures must equal the sums of their movements, or the
        // count would book its differences against a wrong figure: checked here, per product, before
        // committing (the whole ledger's check is Stock → Check stock, on a worker).
        QList<ProductId> checked;
        for (const StocktakeLine &line : std::as_const(report.lines)) {
            if (line.counted || !line.variance.isZero())
                checked << line.product;
        }
        auto check = m_ledger.verifyProducts(st->location, checked);
        if (!check)
            return check.error();
        if (!check->ok) {
            return Error::conflict(tr("Stocktake %1 was not approved: %2 Run the stock check and call for help.")
                                       .arg(st->number, check->problems.value(0)));
        }
        const QString now = isoNow(m_store);
        auto closed = m_store.exec(QStringLiteral("UPDATE stocktakes SET status = 'approved', zero_uncounted = ?,"
                                                  " closed_at = ?, closed_by = ? WHERE id = ? AND status = 'counting'"),
                                   {zeroUncounted ? 1 : 0, now, optionalId(actor.operatorId.value()), idValue(id.value())},
                                   tr("The stocktake could not be approved."));
        if (!closed)
            return closed.error();
        if (closed->numRowsAffected() != 1)
            return Error::conflict(tr("Stocktake %1 was closed by someone else just now.").arg(st->number));
        auto audited = m_audit.append(AuditRecord{
            actor.auditActor(), actor.auditApprover(), QStringLiteral("stocktake.approve"), QStringLiteral("stocktake:") + st->number,
            AuditOutcome::kOk,
            QStringLiteral("%1 lines counted, %2 not counted%3, %4 adjusted; surplus %5, shortage %6, net %7")
                .arg(report.linesCounted)
                .arg(report.linesNotCounted)
                .arg(zeroUncounted ? QStringLiteral(" (written off)") : QString())
                .arg(report.linesWithVariance)
                .arg(report.surplusValue.toPlainString(), report.shortageValue.toPlainString(),
                     report.netValue.toPlainString())});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return variance(id);
}

Status StocktakeService::cancel(const Session &actor, StocktakeId id, const QString &reason)
{
    if (Status allowed = m_permissions.require(actor, StocktakePermissions::kManage); !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        auto st = lockedStocktake(id);
        if (!st)
            return st.error();
        if (st->status != StocktakeStatus::Counting) {
            return Error::conflict(tr("Stocktake %1 is %2 already.")
                                       .arg(st->number, stocktakeStatusName(st->status).toLower()));
        }
        auto closed = m_store.exec(QStringLiteral("UPDATE stocktakes SET status = 'cancelled', closed_at = ?, closed_by = ?"
                                                  " WHERE id = ? AND status = 'counting'"),
                                   {isoNow(m_store), optionalId(actor.operatorId.value()), idValue(id.value())},
                                   tr("The stocktake could not be cancelled."));
        if (!closed)
            return closed.error();
        auto audited = m_audit.append(AuditRecord{actor.auditActor(), actor.auditApprover(), QStringLiteral("stocktake.cancel"),
                                                  QStringLiteral("stocktake:") + st->number, AuditOutcome::kOk, reason});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace qtill::inventory
