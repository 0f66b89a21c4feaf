#pragma once

#include "core/result.h"

#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

namespace qtill::inventory {

/// Where labels sit on paper, in millimetres: a sheet of `columns` × `rows` labels (A4 label sheets
/// such as 3 × 8 of 70 × 37 mm), or a roll (one label per page, the page the size of the label, as
/// label printers on CUPS take it: 40 × 30 mm, 50 × 30 mm …). Labels fill a page row by row.
struct LabelLayout
{
    QSizeF pageMm {210, 297};       ///< portrait page size
    int columns = 3;
    int rows = 8;
    QMarginsF marginsMm {0, 0, 0, 0};   ///< from the page edges to the label grid
    QSizeF gapMm {0, 0};            ///< between labels: horizontal, vertical
    bool roll = false;

    /// An A4 sheet of columns × rows labels with the given margins and gaps; labels share the rest.
    static LabelLayout a4Sheet(int columns, int rows, const QMarginsF &marginsMm = {}, const QSizeF &gapMm = QSizeF(0, 0));
    /// A roll of labels `widthMm` × `heightMm`, one per page.
    static LabelLayout labelRoll(double widthMm, double heightMm);

    int labelsPerPage() const { return columns * rows; }
    /// Pages needed for `labels` labels.
    int pageCount(int labels) const;
    /// The size of one label.
    QSizeF labelSizeMm() const;
    /// The rectangle of label `index` (0-based, on its page: index % labelsPerPage()) in page millimetres.
    QRectF labelRectMm(int index) const;

    /// InvalidInput when the grid does not fit the page or a label would be smaller than 15 × 10 mm.
    Status check() const;
};

} // namespace qtill::inventory
