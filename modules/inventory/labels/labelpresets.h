#pragma once

#include "labellayout.h"

#include <QList>
#include <QString>

namespace qtill::inventory {

/// A label stock a shop buys: an A4 sheet of pre-cut labels or a roll for a label printer, with the
/// layout that fits it. What the Labels screen offers to choose from.
struct LabelPreset
{
    QString id;             ///< stable: "a4-3x8", "roll-40x30"
    QString name;           ///< translated, for a list: "A4 sheet 3 × 8, 70 × 37 mm"
    LabelLayout layout;

    /// Every preset: A4 sheets first (3 × 8 is the first and the most common), then rolls.
    static QList<LabelPreset> all();
    /// The preset `id`; the first one for an unknown id.
    static LabelPreset find(const QString &id);
};

} // namespace qtill::inventory
