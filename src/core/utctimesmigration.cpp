#include "utctimesmigration.h"

#include "sqldialect.h"
#include "store.h"
#include "storedtime.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Store", text);
}

constexpr int kPage = 1000;

/// True for text written before times were UTC: a time without "Z" or an offset.
bool needsRewrite(const QVariant &value)
{
    if (value.isNull())
        return false;
    const QString text = value.toString();
    return !text.isEmpty() && !text.endsWith(QLatin1Char('Z'));
}

/// The same instant as storedTime() text; unreadable text stays as it is.
QString rewritten(const QString &text)
{
    const QDateTime at = parseStoredTime(text);
    return at.isValid() ? storedTime(at) : text;
}

/// "(at IS NOT NULL AND at NOT LIKE '%Z') OR …": the rows that may need a rewrite.
QString pendingCondition(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("(%1 IS NOT NULL AND %1 <> '' AND %1 NOT LIKE '%Z')").arg(c);
    return parts.join(QStringLiteral(" OR "));
}

/// A table without a key column: each distinct text of each column is rewritten where it occurs.
Status rewriteByText(Store &store, const StoredTimeColumns &t)
{
    for (const QString &column : t.columns) {
        auto q = store.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3")
                                .arg(column, t.table, pendingCondition({column})),
                            {}, tr("The database could not be upgraded."));
        if (!q)
            return q.error();
        QStringList texts;
        while (q->next())
            texts << q->value(0).toString();
        for (const QString &text : std::as_const(texts)) {
            auto updated = store.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(t.table, column),
                                      {rewritten(text), text}, tr("The database could not be upgraded."));
            if (!updated)
                return updated.error();
        }
    }
    return {};
}

/// Rows read by key in pages (never updated while a statement still walks the table).
Status rewriteByKey(Store &store, const StoredTimeColumns &t)
{
    const QString select = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 > ? AND (%4) ORDER BY %1 LIMIT %5")
                               .arg(t.key, t.columns.join(QStringLiteral(", ")), t.table, pendingCondition(t.columns))
                               .arg(kPage);
    QStringList assignments;
    for (const QString &c : t.columns)
        assignments << c + QStringLiteral(" = ?");
    const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                               .arg(t.table, assignments.join(QStringLiteral(", ")), t.key);
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        auto q = store.exec(select, {after}, tr("The database could not be upgraded."));
        if (!q)
            return q.error();
        QList<QVariantList> rows;
        while (q->next()) {
            QVariantList values;
            for (int i = 0; i < t.columns.size(); ++i) {
                const QVariant v = q->value(i + 1);
                values << (needsRewrite(v) ? QVariant(rewritten(v.toString())) : v);
            }
            after = q->value(0).toLongLong();
            values << after;
            rows << values;
        }
        for (const QVariantList &values : std::as_const(rows)) {
            auto updated = store.execCached(update, values, tr("The database could not be upgraded."));
            if (!updated)
                return updated.error();
        }
        if (rows.size() < kPage)
            return {};
    }
}

Status runStatements(Store &store, const QStringList &statements)
{
    for (const QString &sql : statements) {
        auto done = store.exec(store.dialect().ddl(sql), {}, tr("The database could not be upgraded."));
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace

Status rewriteLocalTimes(Store &store, const StoredTimeColumns &table)
{
    if (table.appendOnly) {
        if (Status lifted = runStatements(store, store.dialect().dropAppendOnly(table.table)); !lifted)
            return lifted;
    }
    if (Status done = table.key.isEmpty() ? rewriteByText(store, table) : rewriteByKey(store, table); !done)
        return done;
    if (table.appendOnly)
        return runStatements(store, store.dialect().appendOnly(table.table));
    return {};
}

Migration utcTimesMigration(int version, const QList<StoredTimeColumns> &tables)
{
    QStringList names;
    for (const StoredTimeColumns &t : tables)
        names << t.table;
    Migration m{version, QStringLiteral("times as UTC instants (%1)").arg(names.join(QStringLiteral(", "))), {}};
    m.run = [tables](Store &store) -> Status {
        for (const StoredTimeColumns &t : tables) {
            if (Status done = rewriteLocalTimes(store, t); !done)
                return done;
        }
        return {};
    };
    return m;
}

} // namespace qtill
