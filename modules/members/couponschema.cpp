// Schema "coupons": campaigns, the codes issued under them, redemptions and group-buy vouchers.
// Money in minor units of the row's currency; times as storedTime() text (UTC, "Z"); a voucher's last day
// as a calendar date (yyyy-MM-dd) of the store's business day.
#include "membersmodule.h"

#include "core/sqldialect.h"

namespace qtill::members {

namespace {

QStringList campaignTables()
{
    return {
        QStringLiteral("CREATE TABLE coupon_campaigns ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('amount_off', 'percent_off', 'threshold', 'free_item',"
                       " 'points_multiplier')),"
                       " currency TEXT NOT NULL,"
                       " amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),"
                       " percent_bp INTEGER NOT NULL DEFAULT 0 CHECK (percent_bp >= 0 AND percent_bp <= 10000),"
                       " cap INTEGER NOT NULL DEFAULT 0 CHECK (cap >= 0),"
                       " points_multiplier INTEGER NOT NULL DEFAULT 100 CHECK (points_multiplier >= 100),"
                       " scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'categories', 'products')),"
                       " minimum_spend INTEGER NOT NULL DEFAULT 0 CHECK (minimum_spend >= 0),"
                       " valid_from TEXT," // a fixed window [valid_from, valid_until), or …
                       " valid_until TEXT,"
                       " valid_days INTEGER NOT NULL DEFAULT 0 CHECK (valid_days >= 0)," // … N days from issue
                       " per_member_limit INTEGER NOT NULL DEFAULT 0 CHECK (per_member_limit >= 0)," // 0: none
                       " total_quantity INTEGER NOT NULL DEFAULT 0 CHECK (total_quantity >= 0)," // 0: none
                       " issued INTEGER NOT NULL DEFAULT 0 CHECK (issued >= 0),"
                       " stackable INTEGER NOT NULL DEFAULT 1 CHECK (stackable IN (0, 1)),"
                       " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),"
                       " created_by INTEGER,"
                       " created_at TEXT NOT NULL)"),
        // The categories or products a campaign's coupons apply to (scope 'categories' / 'products').
        QStringLiteral("CREATE TABLE coupon_campaign_scope ("
                       " campaign_id INTEGER NOT NULL REFERENCES coupon_campaigns (id),"
                       " item_id INTEGER NOT NULL,"
                       " PRIMARY KEY (campaign_id, item_id))"),
        QStringLiteral("CREATE TABLE coupons ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " campaign_id INTEGER NOT NULL REFERENCES coupon_campaigns (id),"
                       " member_id INTEGER REFERENCES members (id),"
                       " issued_at TEXT NOT NULL,"
                       " issued_by INTEGER,"
                       " valid_from TEXT,"
                       " valid_until TEXT,"
                       " state TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'redeemed', 'cancelled')),"
                       " sale_uuid TEXT)"), // the sale it is redeemed on while state = 'redeemed'
        QStringLiteral("CREATE INDEX coupons_campaign ON coupons (campaign_id, state)"),
        QStringLiteral("CREATE INDEX coupons_member ON coupons (member_id, campaign_id)"),
        QStringLiteral("CREATE INDEX coupons_sale ON coupons (sale_uuid)"),
        // Append-only: a redemption, and a restoration when its sale is voided, are rows of their own.
        QStringLiteral("CREATE TABLE coupon_redemptions ("
                       " id INTEGER PRIMARY KEY,"
                       " coupon_id INTEGER NOT NULL REFERENCES coupons (id),"
                       " action TEXT NOT NULL CHECK (action IN ('redeem', 'restore')),"
                       " sale_uuid TEXT NOT NULL,"
                       " receipt TEXT NOT NULL DEFAULT '',"
                       " register_id TEXT NOT NULL,"
                       " operator_id INTEGER,"
                       " currency TEXT NOT NULL,"
                       " discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX coupon_redemptions_coupon ON coupon_redemptions (coupon_id)"),
        QStringLiteral("CREATE INDEX coupon_redemptions_sale ON coupon_redemptions (sale_uuid)"),
    };
}

QStringList voucherTables()
{
    return {
        QStringLiteral("CREATE TABLE voucher_batches ("
                       " id INTEGER PRIMARY KEY,"
                       " platform TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " vouchers INTEGER NOT NULL,"
                       " imported_by INTEGER,"
                       " imported_at TEXT NOT NULL)"),
        // What a voucher buys: one unit of a product, or a face value (exactly one of the two).
        QStringLiteral("CREATE TABLE vouchers ("
                       " id INTEGER PRIMARY KEY,"
                       " platform TEXT NOT NULL,"
                       " code TEXT NOT NULL UNIQUE,"
                       " product_id INTEGER REFERENCES products (id),"
                       " face_value INTEGER CHECK (face_value > 0),"
                       " currency TEXT NOT NULL,"
                       " valid_until TEXT NOT NULL,"
                       " batch_id INTEGER NOT NULL REFERENCES voucher_batches (id),"
                       " state TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'redeemed', 'cancelled')),"
                       " sale_uuid TEXT,"
                       " CHECK ((product_id IS NULL AND face_value IS NOT NULL) OR (product_id IS NOT NULL AND "
                       "face_value IS NULL)))"),
        QStringLiteral("CREATE INDEX vouchers_batch ON vouchers (batch_id)"),
        QStringLiteral("CREATE INDEX vouchers_sale ON vouchers (sale_uuid)"),
        QStringLiteral("CREATE TABLE voucher_redemptions ("
                       " id INTEGER PRIMARY KEY,"
                       " voucher_id INTEGER NOT NULL REFERENCES vouchers (id),"
                       " action TEXT NOT NULL CHECK (action IN ('redeem', 'restore')),"
                       " sale_uuid TEXT NOT NULL,"
                       " receipt TEXT NOT NULL DEFAULT '',"
                       " register_id TEXT NOT NULL,"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX voucher_redemptions_voucher ON voucher_redemptions (voucher_id)"),
    };
}

Migration firstStep()
{
    Migration step {
        1, QStringLiteral("coupon campaigns, coupons, group-buy vouchers; their redemptions (append-only)"), {}};
    step.build = [](const SqlDialect &dialect) {
        return campaignTables() + voucherTables() + dialect.appendOnly(QStringLiteral("coupon_redemptions"))
            + dialect.appendOnly(QStringLiteral("voucher_redemptions"));
    };
    return step;
}

} // namespace

Schema MembersModule::couponSchema()
{
    return Schema {QStringLiteral("coupons"), {firstStep()}};
}

} // namespace qtill::members
