#pragma once

#include "inventoryids.h"

#include "core/result.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace qtill {
class SqlDialect;
class Store;
} // namespace qtill

namespace qtill::inventory {

/// The search keys of a product: its pinyin initials (products.pinyin, portable, a plain index) and
/// its name words in the search table product_search.
///
/// The words are the same on both engines: tokens() writes the name and English name with every Han
/// character as a word of its own ("可 口 可 乐 330ml Coca Cola"); letters and digits make words,
/// everything else separates them; case and Latin accents do not count. What was typed matches a
/// product when its words, in order, are a run of the product's words, the last one as a prefix
/// ("可乐 33" finds "可 口 可 乐 330ml …"; "co c" finds "… coca cola"). So any run of Chinese characters
/// is found — also the one- and two-character queries a trigram index cannot serve — and English words
/// and sizes by prefix.
///
/// The tables and the query differ per engine, and only here (schemaStatements(), match(), Writer):
/// - SQLite: product_search is an FTS5 table (unicode61 tokenizer, remove_diacritics 2) over tokens();
///   the query is a phrase query with its last word as a prefix. Since schema "inventory" v3 the table
///   keeps prefix indexes for 1, 2 and 3 characters, so a still-being-typed last word ("5" of "薯片 5")
///   reads one list instead of merging the lists of every word that starts so.
/// - PostgreSQL (no FTS5; tsvector has no phrase-with-prefix over Han characters and pg_trgm needs
///   three characters and an extension the shop's role may not create): plain tables with btree
///   indexes. product_search(product_id, tokens) holds the words folded and separated by one space,
///   so "the words in order, the last as a prefix" is the substring " 可 乐 33" of " " + tokens.
///   product_search_keys(key, product_id) finds the candidates in id order: per product its Han
///   characters, each pair of neighbouring Han characters ("可口", "口可", "可乐"), of every other
///   word its first 1, 2 and 3 characters and the whole word, and of two neighbouring words that are
///   not both Han the first word with the next one's first 1, 2 and 3 characters ("|乐|330", "|5kg|9"):
///   so a phrase no product has ("薯片 1") finds no candidates instead of checking every product with
///   "薯片" and a word starting "1". A query joins two keys of its words, the likely rarest (each more
///   costs the planner milliseconds; a long last word reads the range of whole-word keys it starts
///   instead) and checks the substring, planned for its values each time. When one key says it all
///   (a Han character, a pair of them, a single word of 1–3 characters) only that key's list is read.
/// Either way the matches come in id order, and a caller taking the first n gets the same products.
///
/// Whoever writes products.name or name_en must call update() in the same transaction (ProductService
/// does; an importer writing rows itself writes them with a Writer, or calls refreshMissing() once at
/// the end). A copy of a store to another engine rebuilds the table with rebuild().
class ProductSearchIndex
{
public:
    /// The search part of schema "inventory" v2 for `dialect`: on SQLite the FTS5 table; on
    /// PostgreSQL product_search and product_search_keys as they are today (v3 adds nothing there).
    static QStringList schemaStatements(const SqlDialect &dialect);
    /// The search part of schema "inventory" v3: on SQLite product_search rebuilt with prefix indexes
    /// ('1 2 3'), its rows copied over (an existing store keeps its search keys); none on PostgreSQL.
    static QStringList prefixIndexStatements(const SqlDialect &dialect);

    /// The search part of schema "inventory" v5, on PostgreSQL: the keys of neighbouring words (see
    /// storedKeys in the .cpp) added to the products an older store holds, computed in SQL from
    /// product_search.tokens, and no parallel workers on the search tables. None on SQLite.
    static QStringList schemaV5Statements(const SqlDialect &dialect);

    /// At most this many word matches are checked against typed text with punctuation.
    static constexpr int kFullTextCandidates = 2000;

    /// The products whose search keys match what was typed, as a piece of one query:
    /// "SELECT <columns> FROM products p " + join + " AND <filters>" + order + " LIMIT ?".
    struct Match
    {
        QString join;        ///< ends inside the WHERE clause, so filters follow with " AND …"
        QVariantList values; ///< bound first, before the filters' values and the LIMIT
        QString order;       ///< the matches in id order (empty on SQLite: FTS5 gives them so)
        /// False when the statement must be prepared per run (Store::exec, not execCached): on
        /// PostgreSQL the best plan depends on the values (which key is rarest), and a reused
        /// prepared statement falls back to one generic plan that reads whole key lists.
        bool cacheable = true;
        bool isEmpty() const { return join.isEmpty(); }
    };
    /// Empty when `typed` holds no word characters (see canMatch()). Uncapped, the engine walks the
    /// matches in id order and stops at the caller's LIMIT; `capped`, it takes at most
    /// kFullTextCandidates of them (for filters that may reject many, like a LIKE on punctuation).
    static Match match(const SqlDialect &dialect, const QString &typed, bool capped);

    /// "可口可乐 330ml" + "Coca Cola" → "可 口 可 乐 330ml Coca Cola": Han characters spaced apart.
    static QString tokens(const QString &name, const QString &nameEn = {});
    /// The FTS5 query (SQLite) for what was typed: its tokens as one phrase, the last one as a prefix
    /// ("可乐 33" → "\"可 乐 33\" *"). Punctuation and symbols separate words and are dropped, as the
    /// index does ("5kg #99" → "\"5kg 99\" *"). Empty when the text holds no word characters.
    static QString matchExpression(const QString &typed);
    /// True when `typed` holds at least one word character, so the index can find candidates;
    /// punctuation and symbols in it are ignored by the index (the catalog filters those candidates
    /// with LIKE).
    static bool canMatch(const QString &typed);
    /// True when `typed` holds word characters and spaces only.
    static bool isPlainWords(const QString &typed);

    /// A product's rows in PostgreSQL's search tables, exactly as Writer writes them: tokens for
    /// product_search, and keys (one product_search_keys row each). A bulk load (COPY) writes these.
    struct ServerRows
    {
        QString tokens;   ///< the folded words, separated by one space
        QStringList keys; ///< distinct
    };
    static ServerRows serverRows(const QString &name, const QString &nameEn);

    /// Sets products.pinyin and the product's row in product_search. Joins the caller's transaction.
    static Status update(Store &store, ProductId id, const QString &name, const QString &nameEn);
    /// Computes the keys of every product whose pinyin is still empty (rows written before schema v2
    /// or by bulk SQL). Returns how many were refreshed. Runs in one transaction.
    static Result<int> refreshMissing(Store &store);
    /// Writes the search row of every product again from its name and English name (after a copy
    /// from another engine, whose search table does not copy). Returns how many. One transaction.
    static Result<int> rebuild(Store &store);

    /// Ids of products whose name or English name matches `typed` (see match()), in id order, at most
    /// `limit`. Delisted products are included; the caller filters.
    static Result<QList<qint64>> matchIds(const Store &store, const QString &typed, int limit);

    /// Writes search rows with statements prepared once (an import writes thousands; update()
    /// prepares them per call). Use inside the caller's transaction, on the store's thread, after the
    /// transaction changed the product's row (as update() and the importer do): that row's lock keeps
    /// two lanes from replacing the same search row at once on PostgreSQL.
    class Writer
    {
    public:
        explicit Writer(const Store &store);
        /// Prepares the statements. Call once, first.
        Status prepare();
        /// Sets the search row of product `id` from its name and English name; `added` when the
        /// product is new (nothing to remove). False on a database error (lastError()).
        bool write(qint64 id, const QString &name, const QString &nameEn, bool added = false);
        QSqlError lastError() const { return m_error; }

    private:
        const SqlDialect &m_dialect;
        QSqlQuery m_remove;
        QSqlQuery m_add;
        QSqlError m_error;
    };
};

} // namespace qtill::inventory
