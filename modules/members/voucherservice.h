#pragma once

#include "inventory/inventoryids.h"

#include "core/money.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::members {

namespace detail {
struct VoucherFile;
}

/// A group-buy voucher (团购券) sold by a platform (美团, 抖音, …) and redeemed at the till: it buys one
/// unit of a product, or pays a face value.
struct Voucher
{
    qint64 id = 0;
    QString platform;
    QString code; ///< normalised (upper case, no spaces or dashes)
    inventory::ProductId product; ///< what it buys, or …
    QString productName;
    Money faceValue; ///< … the amount it pays (unset for a product voucher)
    QDate validUntil; ///< the last business day it can be used (inclusive)
    qint64 batchId = 0;
    QString state; ///< "issued", "redeemed", "cancelled"

    bool buysProduct() const { return product.isValid(); }
};

/// What verifying a voucher code at the till found.
struct VoucherCheck
{
    enum class Reason { Valid, NotACode, Unknown, Expired, Used, Cancelled };
    Reason reason = Reason::Unknown;
    QString message; ///< translated, for the cashier; empty when Valid
    Voucher voucher; ///< filled whenever the code is known
    QString usedOnSale;
    QString usedOnReceipt;
    QDateTime usedAt;

    bool ok() const { return reason == Reason::Valid; }
};

/// One bad row of a voucher file.
struct VoucherImportIssue
{
    int line = 0; ///< the file's line (1 is the header)
    QString column; ///< the column's heading; empty for the whole row
    QString value; ///< as written
    QString message; ///< translated: what is wrong and how to fix it
};

/// What checking or importing a voucher file found.
struct VoucherImportReport
{
    int rows = 0; ///< data rows in the file
    int imported = 0; ///< vouchers written (0 whenever any row is bad)
    qint64 batchId = 0; ///< the import batch written; 0 when nothing was
    QList<VoucherImportIssue> issues; ///< every problem, in line order

    bool clean() const { return issues.isEmpty(); }
};

/// The till's side of a voucher redemption.
struct VoucherRedemption
{
    QString code;
    QString saleUuid;
    QString receipt;
};

/// Group-buy vouchers: import a platform's CSV, verify a code at the till, redeem it once across
/// registers, give it back when the sale is voided. The file format is in docs/coupons.md.
///
/// - **Import is all or nothing**: every row is checked first (duplicate codes in the file or already
///   in the store, unknown item codes, bad dates and amounts, an end date already past) and every problem
///   is reported with its line; when there is any, nothing of the file is written, so the manager fixes
///   the file and imports it again whole. A clean file is written in one transaction as one batch, with
///   an audit row "voucher.import". Needs CouponPermissions::kImportVouchers.
/// - redeem() and restore() work as CouponService's (conditional update on the state, append-only
///   voucher_redemptions, joins the caller's transaction, idempotent per sale); they need
///   CouponPermissions::kRedeem and are audited.
/// Item codes are looked up in the catalog's products table (read only: members links no inventory code).
/// Threading: the thread of the Services it belongs to.
class VoucherService
{
public:
    /// At most this many rows in one file.
    static constexpr int kMaxRows = 100'000;

    /// Checks a file (UTF-8, with or without BOM, or GB18030) and writes nothing. Error only when the
    /// file as a whole cannot be read (encoding, an unclosed quote, a missing column).
    Result<VoucherImportReport> checkFile(const QByteArray &csv) const;
    /// checkFile(), then — only when every row is good — writes the vouchers as one batch.
    Result<VoucherImportReport> import(const Session &actor, const QByteArray &csv, const QString &fileName);

    /// The verdict on a code at the clock's business day.
    Result<VoucherCheck> verify(const QString &code) const;
    /// Redeems a voucher on a sale (see the class notes); the voucher.
    Result<Voucher> redeem(const Session &actor, const VoucherRedemption &redemption);
    /// Gives back the vouchers a voided sale used; how many.
    Result<int> restore(const Session &actor, const QString &saleUuid);

    /// Upper case, without spaces and dashes (platform codes are printed "1234 5678 9012").
    static QString normaliseCode(const QString &typed);

private:
    friend class MembersServices;
    explicit VoucherService(Services &core);

    Result<detail::VoucherFile> parse(const QByteArray &csv) const;

    Services &m_core;
};

} // namespace qtill::members
