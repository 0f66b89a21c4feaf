#pragma once

#include "members/pricinginput.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::members {

/// A promotion as the store keeps it: the rule, whether it runs, and its history.
struct StoredPromotion
{
    Promotion promotion;
    bool active = true;
    int revision = 1;          ///< 1 when added; +1 on every change (rule or on/off)
    QDateTime updatedAt;       ///< local time of the last change
};

/// The store's automatic promotions (issue 11 item 5): owners add, change, switch off; the till reads the
/// running ones and hands them to the PricingEngine. Changes need MembersPermissions::kManagePromotions
/// and are audited ("promotion.add", "promotion.update", "promotion.on", "promotion.off") in the change's
/// transaction. A promotion is never deleted: switched off, it stays for the sales that used it.
/// Built only by MembersServices. Threading: that of the Services.
class PromotionService
{
public:
    /// What save() checks, with a message an owner understands (InvalidInput): the id (1–32 letters, digits,
    /// '-' or '_'), a name, the figures each kind needs, a window that ends after it starts.
    static Status validate(const Promotion &promotion, const Currency &currency);

    /// Adds the promotion, or changes the one with its id (revision + 1; its on/off state kept).
    Result<StoredPromotion> save(const Session &session, const Promotion &promotion);
    /// Switches a promotion on or off. NotFound for an unknown id; no change when already so.
    Status setActive(const Session &session, const QString &id, bool active);

    /// Every promotion (switched-off ones too unless runningOnly), by priority then id.
    Result<QList<StoredPromotion>> list(bool runningOnly = false) const;
    /// NotFound for an unknown id.
    Result<StoredPromotion> promotion(const QString &id) const;

    /// The promotions switched on whose window has not ended by `localDate`, for the pricing step (the
    /// engine checks the window's weekdays and hours). Cached: one cheap query per call notices a change
    /// made by this or another register and reloads.
    Result<QList<Promotion>> running(const QDate &localDate);

private:
    friend class MembersServices;
    explicit PromotionService(Services &core);

    Result<QList<StoredPromotion>> query(const QString &where, const QVariantList &values) const;
    Status audit(const Session &session, const QString &action, const Promotion &promotion, const QString &detail);

    Services &m_core;
    QString m_stamp;                 ///< what the rows looked like when m_running was read
    QList<StoredPromotion> m_cache;  ///< the switched-on promotions at m_stamp
};

} // namespace qtill::members
