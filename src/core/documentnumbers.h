#pragma once

#include "migration.h"
#include "result.h"

#include <QString>

namespace qtill {

class Store;
class StoreProfileService;

/// One kind of numbered document: the counter it draws from and how its numbers print.
/// Modules declare theirs next to the service that issues them, e.g.
/// `const DocumentKind kPurchaseOrders{QStringLiteral("PO"), QStringLiteral("PO")}`.
struct DocumentKind
{
    /// The counter's name in document_counters.kind ("PO", "receipt", "z"). Never changed once released:
    /// a new name starts again at 1.
    QString key;
    /// Printed before the register id: "PO" → "PO-R01-00000042"; empty → "R01-00000042".
    /// Upper-case ASCII letters and digits only.
    QString prefix;
    /// At least this many digits, zero-padded (a longer sequence prints in full).
    int width = 8;

    /// "PO-R01-00000042": see DocumentNumbers::format.
    QString format(const QString &registerId, qint64 sequence) const;
};

/// Hands out document numbers: one gapless sequence per register and document kind, kept in the
/// document_counters table and advanced by a single UPSERT … RETURNING inside the caller's transaction.
///
/// - Gapless: the counter moves in the same transaction as the document that uses the number, so a
///   transaction that rolls back gives its number back, and the next document takes it.
/// - Two writers (two processes, or two lanes on one server database) never get the same number:
///   the statement locks the counter row (SQLite: the BEGIN IMMEDIATE of Store::transaction;
///   PostgreSQL: the row lock of ON CONFLICT DO UPDATE) until the transaction ends.
/// - It never scans the documents. A store upgraded from a version that counted by scanning seeds its
///   counters once, in the migration step of the module that owns the documents (seedStatement()).
///
/// Threading: same as the Store it uses; the Store and the profile service must outlive it.
/// Built once per opened store by Services (Services::documentNumbers()).
class DocumentNumbers
{
public:
    /// Numbers have at least this many digits unless the kind says otherwise.
    static constexpr int kDefaultWidth = 8;

    DocumentNumbers(Store &store, const StoreProfileService &profile);

    /// The next number of `kind` at this register (the store profile's register id), formatted
    /// ("PO-R01-00000042"). Must be called inside an open Store::transaction that also writes the
    /// document; outside one it is refused (Internal) and nothing is counted.
    Result<QString> next(const DocumentKind &kind);
    /// The next sequence (1, 2, 3, …) of the counter `kind` at register `registerId`. Same contract
    /// as next(). InvalidInput for an empty kind or register id.
    Result<qint64> nextSequence(const QString &kind, const QString &registerId);

    /// The last sequence handed out for `kind` at `registerId`, 0 when none yet. Reads only: what a
    /// screen shows, or a check after an upgrade. Never use it + 1 as a number (that is next()'s job).
    Result<qint64> lastSequence(const QString &kind, const QString &registerId) const;

    /// The register id numbers are issued for: the store profile's, "R01" when none is set.
    QString registerId() const;

    /// "PO-R01-00000042": `prefix`, '-', `registerId`, '-', `sequence` zero-padded to `width` digits;
    /// without the prefix and its dash when `prefix` is empty ("R01-00000042", a receipt).
    static QString format(const QString &prefix, const QString &registerId, qint64 sequence,
                          int width = kDefaultWidth);

    /// A migration statement for the module that owns `table`: seeds the counter of `kind` for every
    /// register from the numbers already in `table`.`column` (those shaped like format(kind.prefix, …)
    /// with a register id of 1 to 8 characters; other numbers and NULLs are ignored), so an upgraded
    /// store goes on where it was. Put it in the module's step that moves these documents onto
    /// DocumentNumbers; a fresh store's step finds no rows and seeds nothing. Portable SQL (substr,
    /// length, CAST). `table` and `column` are the module's own constant names, never user input.
    static QString seedStatement(const DocumentKind &kind, const QString &table,
                                 const QString &column = QStringLiteral("number"));

    /// The schema "documentnumbers": the document_counters table. A foundation schema (see
    /// Services::foundationSchemas), so it exists before any module's migrations seed it.
    static Schema schema();

private:
    Store &m_store;
    const StoreProfileService &m_profile;
};

} // namespace qtill
