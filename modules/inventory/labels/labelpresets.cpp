#include "labelpresets.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::LabelPreset", text);
}

} // namespace

QList<LabelPreset> LabelPreset::all()
{
    return {
        {QStringLiteral("a4-3x8"), tr("A4 sheet 3 × 8, 70 × 37 mm"), LabelLayout::a4Sheet(3, 8)},
        {QStringLiteral("a4-3x7"), tr("A4 sheet 3 × 7, 70 × 42.4 mm"), LabelLayout::a4Sheet(3, 7)},
        {QStringLiteral("a4-2x7"), tr("A4 sheet 2 × 7, 99.1 × 38.1 mm"),
         LabelLayout::a4Sheet(2, 7, QMarginsF(4.65, 15.15, 4.65, 15.15), QSizeF(2.5, 0))},
        {QStringLiteral("a4-4x10"), tr("A4 sheet 4 × 10, 48.5 × 25.4 mm"),
         LabelLayout::a4Sheet(4, 10, QMarginsF(8, 21.5, 8, 21.5))},
        {QStringLiteral("a4-2x4"), tr("A4 sheet 2 × 4, 105 × 74 mm"), LabelLayout::a4Sheet(2, 4)},
        {QStringLiteral("roll-40x30"), tr("Label roll, 40 × 30 mm"), LabelLayout::labelRoll(40, 30)},
        {QStringLiteral("roll-50x30"), tr("Label roll, 50 × 30 mm"), LabelLayout::labelRoll(50, 30)},
        {QStringLiteral("roll-60x40"), tr("Label roll, 60 × 40 mm"), LabelLayout::labelRoll(60, 40)},
    };
}

LabelPreset LabelPreset::find(const QString &id)
{
    const QList<LabelPreset> presets = all();
    for (const LabelPreset &preset : presets) {
        if (preset.id == id)
            return preset;
    }
    return presets.constFirst();
}

} // namespace qtill::inventory
