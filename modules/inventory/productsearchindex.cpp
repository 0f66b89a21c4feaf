#include "productsearchindex.h"

#include "pinyin.h"

#include "core/sqldialect.h"
#include "core/store.h"

#include <QCoreApplication>

#include <algorithm>

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

// ---- PostgreSQL: the words, keys and phrase the FTS5 tokenizer would see -----------------------------

/// `c` as the unicode61 tokenizer with remove_diacritics 2 folds it: lower case, and a Latin letter
/// without its accents ("É" → "e").
char32_t fold(char32_t c)
{
    c = QChar::toLower(c);
    if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF)) {
        const QString base = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        if (!base.isEmpty() && base.at(0).unicode() < 0x250)
            return base.at(0).unicode();
    }
    return c;
}

/// The words of `spaced` (tokens() text): runs of letters and digits, folded. Every Han character is
/// a word of its own, since tokens() spaced them apart.
QStringList foldedWords(const QString &spaced)
{
    QStringList words;
    QString word;
    for (char32_t c : spaced.toUcs4()) {
        if (isWordChar(c)) {
            const char32_t folded = fold(c);
            word += QString::fromUcs4(&folded, 1);
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

/// The words of what was typed, as foldedWords() makes them of a name.
QStringList typedWords(const QString &typed)
{
    QString words;
    for (char32_t c : typed.toUcs4())
        words += isWordChar(c) ? QString::fromUcs4(&c, 1) : QStringLiteral(" ");
    return foldedWords(ProductSearchIndex::tokens(words));
}

bool isHanWord(const QString &word)
{
    const QList<uint> chars = word.toUcs4();
    return chars.size() == 1 && isHanLike(chars.constFirst());
}

/// The first `count` characters of `word` (whole code points).
QString leftChars(const QString &word, qsizetype count)
{
    const QList<uint> chars = word.toUcs4();
    return chars.size() <= count ? word : QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), count);
}

qsizetype charCount(const QString &word)
{
    return word.toUcs4().size();
}

/// The key of two neighbouring words that are not both Han (those make a pair key): "|", the first
/// word whole, "|", the first `n` characters of the second ("|片|5kg", "|orange|ju"). The leading "|"
/// keeps these keys out of the range of whole-word keys a long last word reads.
QString boundaryKey(const QString &first, const QString &second, qsizetype n)
{
    return QLatin1Char('|') + first + QLatin1Char('|') + leftChars(second, n);
}

/// Stored keys of a product's words: each Han character and each pair of neighbouring ones; of every
/// other word its first 1, 2, 3 characters and, when longer, the whole word; and of two neighbouring
/// words (not both Han) a boundaryKey() with the second's first 1, 2 and 3 characters. A product holds
/// key K when one of its words is K or (K of 1–3 characters) starts with K, or K is two neighbouring
/// Han words, or K joins a word to the start of the next.
QStringList storedKeys(const QStringList &words)
{
    QStringList keys;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const QString *next = i + 1 < words.size() ? &words.at(i + 1) : nullptr;
        if (next && !(isHanWord(w) && isHanWord(*next))) {
            for (qsizetype n = 1; n <= std::min<qsizetype>(charCount(*next), 3); ++n)
                keys << boundaryKey(w, *next, n);
        }
        if (isHanWord(w)) {
            keys << w;
            if (next && isHanWord(*next))
                keys << w + *next;
            continue;
        }
        const qsizetype length = charCount(w);
        for (qsizetype n = 1; n <= std::min<qsizetype>(length, 3); ++n)
            keys << leftChars(w, n);
        if (length > 3)
            keys << w;
    }
    keys.removeDuplicates();
    return keys;
}

/// Every key joined costs planning time (the planner weighs each order of the joins, about 2 ms for
/// two keys and 15–30 ms for four): two of the rarest keep it small, and with the keys of neighbouring
/// words two are enough to leave few candidates for the phrase check.
constexpr qsizetype kMaxQueryKeys = 2;

/// Keys every match of the typed words holds (the last word is a prefix), at most kMaxQueryKeys, the
/// likely rarest first: keys of neighbouring words, pairs of Han characters, then longer words, then
/// single characters. Which keys are used changes only the speed (PostgreSQL intersects them, rarest
/// first): the phrase check decides what matches. A long last word adds no key of its own: the range
/// of its whole-word keys (longLastWord()) finds its products, and its prefix key says the same less well.
QStringList queryKeys(const QStringList &words)
{
    QList<std::pair<int, QString>> scored;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const bool last = i + 1 == words.size();
        if (!last && !(isHanWord(w) && isHanWord(words.at(i + 1)))) {
            // Every typed word but the last is whole; the next one's first three characters (or all of
            // it) are stored with it.
            scored.append({6, boundaryKey(w, words.at(i + 1), 3)});
        }
        if (isHanWord(w)) {
            // A Han word is a whole word even as the last one (no other word starts with it). A pair
            // key says more than the single ones it covers, which are left out.
            const bool pairNext = !last && isHanWord(words.at(i + 1));
            const bool pairBefore = i > 0 && isHanWord(words.at(i - 1));
            if (pairNext)
                scored.append({5, w + words.at(i + 1)});
            if (!pairNext && !pairBefore)
                scored.append({2, w});
            continue;
        }
        const qsizetype length = charCount(w);
        if (last && length > 3)
            continue;
        const QString key = last ? leftChars(w, 3) : w; // a whole word of 1–3 characters is its own prefix key
        scored.append({int(std::min<qsizetype>(last ? std::min<qsizetype>(length, 3) : length, 4)), key});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (const auto &[score, key] : std::as_const(scored)) {
        if (!keys.contains(key) && keys.size() < kMaxQueryKeys)
            keys << key;
    }
    return keys;
}

/// The last typed word when it is longer than the prefix keys (1–3 characters) and not Han: the
/// products with a word starting so are a range of whole-word keys. Empty otherwise.
QString longLastWord(const QStringList &words)
{
    const QString &last = words.constLast();
    return !isHanWord(last) && charCount(last) > 3 ? last : QString();
}

/// The one key that alone says a product matches the typed words, so no phrase check is needed: of
/// one word a Han character or a word of 1–3 characters (the last word: its prefix key), or of two
/// neighbouring Han characters their pair. Empty otherwise.
QString wholePhraseKey(const QStringList &words)
{
    if (words.size() == 1)
        return isHanWord(words.constFirst()) || charCount(words.constFirst()) <= 3 ? words.constFirst() : QString();
    if (words.size() == 2 && isHanWord(words.at(0)) && isHanWord(words.at(1)))
        return words.at(0) + words.at(1);
    return {};
}

/// The first string after every string starting with `prefix` (keys compare by code point: COLLATE "C").
QString prefixEnd(const QString &prefix)
{
    QList<uint> chars = prefix.toUcs4();
    ++chars.last();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), chars.size());
}

/// The PostgreSQL match: candidates by their keys, checked for the phrase. `idColumn` is what the
/// joins meet on; `range`: also a word in the range of a long last word.
QString postgresMatchSql(qsizetype keys, bool range, const QString &idColumn)
{
    QString sql;
    for (qsizetype i = 0; i < keys; ++i)
        sql += QStringLiteral(" JOIN product_search_keys k%1 ON k%1.product_id = %2 AND k%1.key = ?").arg(i).arg(idColumn);
    sql += QStringLiteral(" WHERE strpos(' ' || s.tokens, ?) > 0");
    if (range)
        sql += QStringLiteral(" AND %1 IN (SELECT product_id FROM product_search_keys WHERE key >= ? AND key < ?)").arg(idColumn);
    return sql;
}

} // namespace

QStringList ProductSearchIndex::schemaStatements(const SqlDialect &dialect)
{
    if (!dialect.isPostgres())
        return {QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 2')")};
    // Keys compare by bytes (COLLATE "C"): only equality is asked of them.
    return {
        QStringLiteral("CREATE TABLE product_search (product_id BIGINT PRIMARY KEY, tokens TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE product_search_keys ("
                       " key TEXT COLLATE \"C\" NOT NULL,"
                       " product_id BIGINT NOT NULL REFERENCES product_search (product_id) ON DELETE CASCADE,"
                       " PRIMARY KEY (key, product_id))"),
        QStringLiteral("CREATE INDEX product_search_keys_product ON product_search_keys (product_id)"),
        // A longer list of the most common keys, so the planner knows which typed key is rarest.
        QStringLiteral("ALTER TABLE product_search_keys ALTER COLUMN key SET STATISTICS 1000"),
    };
}

QStringList ProductSearchIndex::prefixIndexStatements(const SqlDialect &dialect)
{
    if (dialect.isPostgres())
        return {}; // v2 made the tables as they are
    // SQLite (FTS5): a new table, filled from the old one's stored tokens, then swapped in.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE product_search_v3 USING fts5(tokens,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        QStringLiteral("INSERT INTO product_search_v3 (rowid, tokens) SELECT rowid, tokens FROM product_search"),
        QStringLiteral("DROP TABLE product_search"),
        QStringLiteral("ALTER TABLE product_search_v3 RENAME TO product_search"),
    };
}

QStringList ProductSearchIndex::schemaV5Statements(const SqlDialect &dialect)
{
    if (!dialect.isPostgres())
        return {};
    // The words are product_search.tokens split at its single spaces; a Han word is one character of
    // isHanLike()'s ranges. As boundaryKey(): "|" word "|" the next word's first 1–3 characters,
    // unless both are Han.
    const QString han = QStringLiteral("'^[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\U00020000-\\U0003FFFF]$'");
    return {QStringLiteral("INSERT INTO product_search_keys (key, product_id)"
                           " SELECT DISTINCT '|' || w.a || '|' || left(w.b, n.n), w.product_id FROM"
                           " (SELECT s.product_id, t.word AS a, lead(t.word) OVER (PARTITION BY s.product_id ORDER BY t.i) AS b"
                           " FROM product_search s CROSS JOIN LATERAL unnest(string_to_array(s.tokens, ' ')) WITH ORDINALITY AS t (word, i)) w"
                           " CROSS JOIN generate_series(1, 3) AS n (n)"
                           " WHERE w.b IS NOT NULL AND n.n <= char_length(w.b) AND NOT (w.a ~ %1 AND w.b ~ %1)"
                           " ON CONFLICT DO NOTHING")
                .arg(han),
            // A search reads a few hundred index entries: starting parallel workers for it (the planner
            // does when it expects thousands of candidates) costs 20–40 ms more than it saves.
            QStringLiteral("ALTER TABLE product_search SET (parallel_workers = 0)"),
            QStringLiteral("ALTER TABLE product_search_keys SET (parallel_workers = 0)")};
}

ProductSearchIndex::Match ProductSearchIndex::match(const SqlDialect &dialect, const QString &typed, bool capped)
{
    if (!canMatch(typed))
        return {};
    if (!dialect.isPostgres()) {
        // The planner drives both from the full-text side and looks each product up by its id.
        Match m;
        m.join = capped ? QStringLiteral("JOIN (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? LIMIT ?) s"
                                         " ON s.id = p.id WHERE 1 = 1")
                        : QStringLiteral("JOIN product_search s ON s.rowid = p.id WHERE s.product_search MATCH ?");
        m.values << matchExpression(typed);
        if (capped)
            m.values << kFullTextCandidates;
        return m;
    }
    const QStringList words = typedWords(typed);
    Match m;
    m.order = QStringLiteral(" ORDER BY p.id");
    m.cacheable = false;
    if (const QString key = wholePhraseKey(words); !key.isEmpty()) {
        // Only the key's list, in id order: no product_search row to read per candidate.
        m.values << key;
        if (capped) {
            m.join = QStringLiteral("JOIN (SELECT product_id AS id FROM product_search_keys WHERE key = ? ORDER BY product_id"
                                    " LIMIT ?) m ON m.id = p.id WHERE 1 = 1");
            m.values << kFullTextCandidates;
        } else {
            m.join = QStringLiteral("JOIN product_search_keys k0 ON k0.product_id = p.id AND k0.key = ? WHERE 1 = 1");
        }
        return m;
    }
    const QStringList keys = queryKeys(words);
    const QString last = longLastWord(words);
    for (const QString &key : keys)
        m.values << key;
    m.values << QString(QLatin1Char(' ') + words.join(QLatin1Char(' ')));
    if (!last.isEmpty())
        m.values << last << prefixEnd(last);
    if (capped) {
        m.join = QStringLiteral("JOIN (SELECT s.product_id AS id FROM product_search s")
            + postgresMatchSql(keys.size(), !last.isEmpty(), QStringLiteral("s.product_id"))
            + QStringLiteral(" ORDER BY s.product_id LIMIT ?) m ON m.id = p.id WHERE 1 = 1");
        m.values << kFullTextCandidates;
    } else {
        m.join = QStringLiteral("JOIN product_search s ON s.product_id = p.id")
            + postgresMatchSql(keys.size(), !last.isEmpty(), QStringLiteral("p.id"));
    }
    return m;
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

ProductSearchIndex::ServerRows ProductSearchIndex::serverRows(const QString &name, const QString &nameEn)
{
    const QStringList words = foldedWords(tokens(name, nameEn));
    return {words.join(QLatin1Char(' ')), storedKeys(words)};
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
        Writer writer(store);
        if (Status prepared = writer.prepare(); !prepared)
            return prepared;
        if (!writer.write(id.value(), name, nameEn))
            return Error::storage(tr("The product's search keys could not be saved."), writer.lastError().text());
        return {};
    });
}

namespace {

/// update() for each product `select` reads (id, name, name_en); how many.
Result<int> updateEach(Store &store, const QString &select)
{
    int refreshed = 0;
    const Status done = store.transaction([&]() -> Status {
        auto q = store.exec(select, {}, tr("The products could not be read."));
        if (!q)
            return q.error();
        QList<std::tuple<qint64, QString, QString>> rows;
        while (q->next())
            rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
        for (const auto &[id, name, nameEn] : rows) {
            if (Status s = ProductSearchIndex::update(store, ProductId(id), name, nameEn); !s)
                return s;
            ++refreshed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return refreshed;
}

} // namespace

Result<int> ProductSearchIndex::refreshMissing(Store &store)
{
    return updateEach(store, QStringLiteral("SELECT id, name, name_en FROM products WHERE pinyin = ''"));
}

Result<int> ProductSearchIndex::rebuild(Store &store)
{
    return updateEach(store, QStringLiteral("SELECT id, name, name_en FROM products ORDER BY id"));
}

Result<QList<qint64>> ProductSearchIndex::matchIds(const Store &store, const QString &typed, int limit)
{
    const Match m = match(store.dialect(), typed, false);
    if (m.isEmpty() || limit <= 0)
        return QList<qint64>();
    QVariantList values = m.values;
    values << limit;
    auto q = store.exec(QStringLiteral("SELECT p.id FROM products p ") + m.join + m.order + QStringLiteral(" LIMIT ?"), values,
                        tr("The products could not be searched."));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

// ---- Writer -------------------------------------------------------------------------------------------

namespace {

const QString kIdMark = QStringLiteral(":id");
const QString kTokensMark = QStringLiteral(":tokens");
const QString kKeysMark = QStringLiteral(":keys");

} // namespace

ProductSearchIndex::Writer::Writer(const Store &store)
    : m_dialect(store.dialect()), m_remove(store.database()), m_add(store.database())
{
}

Status ProductSearchIndex::Writer::prepare()
{
    // Named values, bound by names made once (see productimportwriter.h).
    const bool prepared = m_dialect.isPostgres()
        ? m_remove.prepare(QStringLiteral("DELETE FROM product_search WHERE product_id = :id")) // its keys go with it
            && m_add.prepare(QStringLiteral("WITH s AS (INSERT INTO product_search (product_id, tokens) VALUES (:id, :tokens)"
                                            " RETURNING product_id)"
                                            " INSERT INTO product_search_keys (key, product_id)"
                                            " SELECT unnest(string_to_array(CAST(:keys AS TEXT), ' ')), product_id FROM s"))
        : m_remove.prepare(QStringLiteral("DELETE FROM product_search WHERE rowid = :id"))
            && m_add.prepare(QStringLiteral("INSERT INTO product_search (rowid, tokens) VALUES (:id, :tokens)"));
    if (!prepared) {
        const QSqlError e = m_remove.lastError().isValid() ? m_remove.lastError() : m_add.lastError();
        return Error::storage(tr("The product's search keys could not be saved."), e.text());
    }
    return {};
}

bool ProductSearchIndex::Writer::write(qint64 id, const QString &name, const QString &nameEn, bool added)
{
    const QVariant key = QVariant::fromValue(static_cast<qlonglong>(id));
    if (!added) {
        m_remove.bindValue(kIdMark, key);
        if (!m_remove.exec()) {
            m_error = m_remove.lastError();
            return false;
        }
    }
    m_add.bindValue(kIdMark, key);
    if (m_dialect.isPostgres()) {
        const ServerRows rows = serverRows(name, nameEn);
        m_add.bindValue(kTokensMark, rows.tokens);
        m_add.bindValue(kKeysMark, rows.keys.join(QLatin1Char(' ')));
    } else {
        m_add.bindValue(kTokensMark, tokens(name, nameEn));
    }
    if (!m_add.exec()) {
        m_error = m_add.lastError();
        return false;
    }
    return true;
}

} // namespace qtill::inventory
