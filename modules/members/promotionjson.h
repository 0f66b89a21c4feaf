#pragma once

#include "members/pricinginput.h"

#include "core/result.h"

#include <QJsonObject>

namespace qtill::members {

/// A promotion as stored and as owners write it in a file (`qtillctl promotions set FILE.json`), one JSON
/// object; the format is in docs/pricing.md ("Stored promotions"). Amounts are decimal text ("10.00") in
/// the store's currency, percentages decimal text ("12.5"), products and categories by id, window dates
/// ISO (2026-12-24), weekdays 1 (Monday) … 7, times "17:00".
QJsonObject promotionToJson(const Promotion &promotion);

/// Reads what promotionToJson() writes; a missing, unknown or malformed field is InvalidInput naming it.
/// Only the figures are read here: PromotionService::validate() checks that they make a promotion.
Result<Promotion> promotionFromJson(const QJsonObject &json, const Currency &currency);

/// The stable key of a kind ("percentOff", "amountOff", "memberPrice", "buyGetFree", "bundlePrice",
/// "threshold"), as in explanations and the file format.
const char *promotionKindKey(Promotion::Kind kind);

} // namespace qtill::members
