// Schema "members": members, tiers, and the points and stored-value ledgers (append-only).
#include "membersmodule.h"

#include "core/sqldialect.h"

namespace qtill::members {

namespace {

/// Step 1: tiers, members (personal fields nullable so an erased member keeps its row), one balance row
/// per member (points and stored value, never negative), the two append-only ledgers, top-ups and their
/// reversals, recharge rules and the scheduled releases of spread bonuses. Amounts are minor units of the
/// store's currency (fen); times are storedTime() text; calendar days yyyy-MM-dd.
QStringList stepOneStatements()
{
    return {
        QStringLiteral("CREATE TABLE member_tiers ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " rank INTEGER NOT NULL UNIQUE CHECK (rank >= 0),"
                       " discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),"
                       " points_per_yuan INTEGER NOT NULL DEFAULT 1 CHECK (points_per_yuan >= 0),"
                       " window_days INTEGER NOT NULL DEFAULT 365 CHECK (window_days > 0),"
                       " upgrade_spend_fen INTEGER CHECK (upgrade_spend_fen > 0),"
                       " upgrade_points INTEGER CHECK (upgrade_points > 0),"
                       " upgrade_topup_fen INTEGER CHECK (upgrade_topup_fen > 0))"),
        // The base tier every new member starts in (rank 0, no rule: always met).
        QStringLiteral("INSERT INTO member_tiers (code, name, rank, discount_bp, points_per_yuan)"
                       " VALUES ('base', 'Member', 0, 0, 1)"),
        QStringLiteral("CREATE TABLE members ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " mobile TEXT UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " birthday TEXT,"
                       " tier_id INTEGER NOT NULL REFERENCES member_tiers (id),"
                       " consent_marketing INTEGER NOT NULL DEFAULT 0 CHECK (consent_marketing IN (0, 1)),"
                       " consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),"
                       " card_code TEXT UNIQUE,"
                       " nfc_uid TEXT UNIQUE,"
                       " face_token TEXT UNIQUE,"
                       " confirm_hash TEXT,"
                       " created_at TEXT NOT NULL,"
                       " last_visit_at TEXT,"
                       " erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),"
                       " erased_at TEXT)"),
        QStringLiteral("CREATE INDEX members_tier ON members (tier_id)"),
        QStringLiteral("CREATE TABLE member_balances ("
                       " member_id INTEGER NOT NULL PRIMARY KEY REFERENCES members (id),"
                       " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),"
                       " stored_fen INTEGER NOT NULL DEFAULT 0 CHECK (stored_fen >= 0))"),
        QStringLiteral("CREATE TABLE points_ledger ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " member_id INTEGER NOT NULL REFERENCES members (id),"
                       " kind TEXT NOT NULL,"
                       " points INTEGER NOT NULL,"
                       " balance_after INTEGER NOT NULL CHECK (balance_after >= 0),"
                       " paid_fen INTEGER NOT NULL DEFAULT 0,"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " expires_on TEXT,"
                       " operator_id INTEGER,"
                       " approver_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK (points <> 0 OR paid_fen <> 0))"),
        QStringLiteral("CREATE INDEX points_ledger_member ON points_ledger (member_id, id)"),
        QStringLiteral("CREATE INDEX points_ledger_reference ON points_ledger (reference)"),
        QStringLiteral("CREATE TABLE stored_value_ledger ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " member_id INTEGER NOT NULL REFERENCES members (id),"
                       " kind TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),"
                       " balance_after INTEGER NOT NULL CHECK (balance_after >= 0),"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " tender TEXT NOT NULL DEFAULT '',"
                       " operator_id INTEGER,"
                       " approver_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX stored_value_ledger_member ON stored_value_ledger (member_id, id)"),
        QStringLiteral("CREATE INDEX stored_value_ledger_reference ON stored_value_ledger (reference)"),
        QStringLiteral("CREATE TABLE recharge_rules ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " threshold_fen INTEGER NOT NULL CHECK (threshold_fen > 0),"
                       " bonus_fen INTEGER NOT NULL DEFAULT 0 CHECK (bonus_fen >= 0),"
                       " bonus_points INTEGER NOT NULL DEFAULT 0 CHECK (bonus_points >= 0),"
                       " spread_months INTEGER NOT NULL DEFAULT 0 CHECK (spread_months BETWEEN 0 AND 36),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral("CREATE TABLE member_topups ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " member_id INTEGER NOT NULL REFERENCES members (id),"
                       " paid_fen INTEGER NOT NULL CHECK (paid_fen > 0),"
                       " tender TEXT NOT NULL,"
                       " rule_id INTEGER REFERENCES recharge_rules (id),"
                       " bonus_fen INTEGER NOT NULL DEFAULT 0,"
                       " bonus_points INTEGER NOT NULL DEFAULT 0,"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX member_topups_member ON member_topups (member_id, at)"),
        QStringLiteral("CREATE TABLE member_topup_reversals ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " topup_id INTEGER NOT NULL UNIQUE REFERENCES member_topups (id),"
                       " amount_fen INTEGER NOT NULL,"
                       " points INTEGER NOT NULL DEFAULT 0,"
                       " operator_id INTEGER,"
                       " approver_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        // A spread bonus: one row per month, claimed once by releaseDue (released_uuid set by a
        // conditional update) or cancelled by the top-up's reversal.
        QStringLiteral("CREATE TABLE stored_value_releases ("
                       " id INTEGER PRIMARY KEY,"
                       " topup_id INTEGER NOT NULL REFERENCES member_topups (id),"
                       " member_id INTEGER NOT NULL REFERENCES members (id),"
                       " due_on TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                       " released_uuid TEXT UNIQUE,"
                       " cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)))"),
        QStringLiteral("CREATE INDEX stored_value_releases_due ON stored_value_releases (due_on)"),
    };
}

} // namespace

Schema MembersModule::schema()
{
    Migration v1{1, QStringLiteral("members: tiers, members, balances, points and stored-value ledgers, recharge rules"), {}};
    // The ledgers and the record of reversals are append-only on both engines: a correction is a new row.
    v1.build = [](const SqlDialect &dialect) {
        QStringList out = stepOneStatements();
        for (const char *table : {"points_ledger", "stored_value_ledger", "member_topups", "member_topup_reversals"})
            out += dialect.appendOnly(QLatin1String(table));
        return out;
    };
    return Schema{QStringLiteral("members"), {v1}};
}

} // namespace qtill::members
