#pragma once

#include "inventoryids.h"

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill {
class Store;
}

namespace qtill::inventory {

/// The search keys of a product: its pinyin initials (products.pinyin, portable, a plain index) and
/// its name words in the full-text table product_search.
///
/// ===== SQLite-only =====
/// This class is the one place of the inventory module with SQLite-specific SQL: product_search is an
/// FTS5 table (unicode61 tokenizer) holding each product's name and English name with every Han
/// character as a word of its own ("可 口 可 乐 330ml Coca Cola"), so a phrase query finds any run of
/// Chinese characters — also the one- and two-character queries a trigram index cannot serve — and
/// English words by prefix, case-insensitively. Since schema "inventory" v3 the table also keeps prefix
/// indexes for 1, 2 and 3 characters, so the last, still-being-typed word ("5" of "薯片 5") reads one
/// list instead of merging the lists of every word that starts so (5kg, 500ml, 5, 50, 512…) in memory.
/// A PostgreSQL port replaces the statements here (e.g. with pg_trgm or a tsvector over the same
/// tokens); callers do not change.
///
/// Whoever writes products.name or name_en must call update() in the same transaction (ProductService
/// does; an importer writing rows itself calls it per row, or refreshMissing() once at the end).
class ProductSearchIndex
{
public:
    /// The SQLite-only part of schema "inventory" v2: the FTS5 table.
    static QStringList schemaStatements();
    /// The SQLite-only part of schema "inventory" v3: product_search rebuilt with prefix indexes
    /// ('1 2 3'), its rows copied over (an existing store keeps its search keys).
    static QStringList prefixIndexStatements();

    /// At most this many full-text matches are checked against typed text with punctuation.
    static constexpr int kFullTextCandidates = 2000;
    /// "SELECT <columns> FROM products p " + this + " AND … LIMIT ?" reads the products p whose search
    /// keys match.
    /// Binds: the match expression, then (only when `capped`) kFullTextCandidates. Uncapped, SQLite
    /// walks the matches in id order and stops at the caller's LIMIT; capped, it checks at most
    /// kFullTextCandidates of them (for filters that may reject many, like a LIKE on punctuation).
    static QString matchJoinSql(bool capped);

    /// "可口可乐 330ml" + "Coca Cola" → "可 口 可 乐 330ml Coca Cola": Han characters spaced apart.
    static QString tokens(const QString &name, const QString &nameEn = {});
    /// The FTS5 query for what was typed: its tokens as one phrase, the last one as a prefix
    /// ("可乐 33" → "\"可 乐 33\" *"). Punctuation and symbols separate words and are dropped, as the
    /// index does ("5kg #99" → "\"5kg 99\" *"). Empty when the text holds no word characters.
    static QString matchExpression(const QString &typed);
    /// True when `typed` holds at least one word character, so FTS can find candidates; punctuation
    /// and symbols in it are ignored by the index (the catalog filters those candidates with LIKE).
    static bool canMatch(const QString &typed);
    /// True when `typed` holds word characters and spaces only.
    static bool isPlainWords(const QString &typed);

    /// Sets products.pinyin and the product's row in product_search. Joins the caller's transaction.
    static Status update(Store &store, ProductId id, const QString &name, const QString &nameEn);
    /// Computes the keys of every product whose pinyin is still empty (rows written before schema v2
    /// or by bulk SQL). Returns how many were refreshed. Runs in one transaction.
    static Result<int> refreshMissing(Store &store);

    /// Ids of products whose name or English name matches `typed` (see matchExpression), in id order,
    /// at most `limit`. Delisted products are included; the caller filters.
    static Result<QList<qint64>> matchIds(const Store &store, const QString &typed, int limit);
};

} // namespace qtill::inventory
