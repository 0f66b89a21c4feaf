#include "productsearchindex.h"

#include "pinyin.h"

#include "core/store.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductSearchIndex", text);
}

bool isHanLike(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

} // namespace

QStringList ProductSearchIndex::schemaStatements()
{
    // SQLite-only (FTS5). See the class notes.
    return {QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 2')")};
}

QStringList ProductSearchIndex::prefixIndexStatements()
{
    // SQLite-only (FTS5). A new table, filled from the old one's stored tokens, then swapped in.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE product_search_v3 USING fts5(tokens,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        QStringLiteral("INSERT INTO product_search_v3 (rowid, tokens) SELECT rowid, tokens FROM product_search"),
        QStringLiteral("DROP TABLE product_search"),
        QStringLiteral("ALTER TABLE product_search_v3 RENAME TO product_search"),
    };
}

QString ProductSearchIndex::matchJoinSql(bool capped)
{
    // The planner drives both from the full-text side and looks each product up by its id.
    return capped ? QStringLiteral("JOIN (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? LIMIT ?) s"
                                   " ON s.id = p.id WHERE 1 = 1")
                  : QStringLiteral("JOIN product_search s ON s.rowid = p.id WHERE s.product_search MATCH ?");
}

QString ProductSearchIndex::tokens(const QString &name, const QString &nameEn)
{
    QString out;
    out.reserve(name.size() * 2 + nameEn.size() + 1);
    bool spaceBefore = true;
    for (char32_t c : name.toUcs4()) {
        if (isHanLike(c)) {
            if (!spaceBefore)
                out += QLatin1Char(' ');
            out += QString::fromUcs4(&c, 1);
            out += QLatin1Char(' ');
            spaceBefore = true;
        } else {
            out += QString::fromUcs4(&c, 1);
            spaceBefore = c == U' ';
        }
    }
    if (!nameEn.isEmpty()) {
        if (!spaceBefore)
            out += QLatin1Char(' ');
        out += nameEn;
    }
    return out.simplified();
}

bool ProductSearchIndex::canMatch(const QString &typed)
{
    for (char32_t c : typed.toUcs4()) {
        if (isWordChar(c))
            return true;
    }
    return false;
}

bool ProductSearchIndex::isPlainWords(const QString &typed)
{
    for (char32_t c : typed.toUcs4()) {
        if (!isWordChar(c) && c != U' ')
            return false;
    }
    return canMatch(typed);
}

QString ProductSearchIndex::matchExpression(const QString &typed)
{
    if (!canMatch(typed))
        return {};
    // Word characters only: everything else separates words, as in the unicode61 tokenizer.
    QString words;
    for (char32_t c : typed.toUcs4())
        words += isWordChar(c) ? QString::fromUcs4(&c, 1) : QStringLiteral(" ");
    return QLatin1Char('"') + tokens(words) + QStringLiteral("\" *");
}

Status ProductSearchIndex::update(Store &store, ProductId id, const QString &name, const QString &nameEn)
{
    return store.transaction([&]() -> Status {
        const QVariant key = QVariant::fromValue(id.value());
        auto pinyin = store.exec(QStringLiteral("UPDATE products SET pinyin = COALESCE(?, '') WHERE id = ?"), {Pinyin::initials(name), key},
                                 tr("The product's search keys could not be saved."));
        if (!pinyin)
            return pinyin.error();
        auto removed = store.exec(QStringLiteral("DELETE FROM product_search WHERE rowid = ?"), {key},
                                  tr("The product's search keys could not be saved."));
        if (!removed)
            return removed.error();
        auto added = store.exec(QStringLiteral("INSERT INTO product_search (rowid, tokens) VALUES (?, ?)"),
                                {key, tokens(name, nameEn)}, tr("The product's search keys could not be saved."));
        if (!added)
            return added.error();
        return {};
    });
}

Result<int> ProductSearchIndex::refreshMissing(Store &store)
{
    int refreshed = 0;
    const Status done = store.transaction([&]() -> Status {
        auto q = store.exec(QStringLiteral("SELECT id, name, name_en FROM products WHERE pinyin = ''"), {},
                            tr("The products could not be read."));
        if (!q)
            return q.error();
        QList<std::tuple<qint64, QString, QString>> rows;
        while (q->next())
            rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
        for (const auto &[id, name, nameEn] : rows) {
            if (Status s = update(store, ProductId(id), name, nameEn); !s)
                return s;
            ++refreshed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return refreshed;
}

Result<QList<qint64>> ProductSearchIndex::matchIds(const Store &store, const QString &typed, int limit)
{
    const QString expression = matchExpression(typed);
    if (expression.isEmpty() || limit <= 0)
        return QList<qint64>();
    auto q = store.exec(QStringLiteral("SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT ?"),
                        {expression, limit}, tr("The products could not be searched."));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

} // namespace qtill::inventory
