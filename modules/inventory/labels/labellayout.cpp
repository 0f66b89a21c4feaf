#include "labellayout.h"

#include <QCoreApplication>

namespace qtill::inventory {

LabelLayout LabelLayout::a4Sheet(int columns, int rows, const QMarginsF &marginsMm, const QSizeF &gapMm)
{
    LabelLayout layout;
    layout.columns = columns;
    layout.rows = rows;
    layout.marginsMm = marginsMm;
    layout.gapMm = gapMm.isValid() ? gapMm : QSizeF(0, 0);   // QSizeF() is (-1, -1)
    return layout;
}

LabelLayout LabelLayout::labelRoll(double widthMm, double heightMm)
{
    LabelLayout layout;
    layout.pageMm = QSizeF(widthMm, heightMm);
    layout.columns = 1;
    layout.rows = 1;
    layout.roll = true;
    return layout;
}

int LabelLayout::pageCount(int labels) const
{
    const int perPage = labelsPerPage();
    return perPage > 0 && labels > 0 ? (labels + perPage - 1) / perPage : 0;
}

QSizeF LabelLayout::labelSizeMm() const
{
    if (columns <= 0 || rows <= 0)
        return {};
    const double width = (pageMm.width() - marginsMm.left() - marginsMm.right() - (columns - 1) * gapMm.width()) / columns;
    const double height = (pageMm.height() - marginsMm.top() - marginsMm.bottom() - (rows - 1) * gapMm.height()) / rows;
    return {width, height};
}

QRectF LabelLayout::labelRectMm(int index) const
{
    const int perPage = labelsPerPage();
    if (perPage <= 0)
        return {};
    const int onPage = index % perPage;
    const int column = onPage % columns;
    const int row = onPage / columns;
    const QSizeF size = labelSizeMm();
    return {marginsMm.left() + column * (size.width() + gapMm.width()),
            marginsMm.top() + row * (size.height() + gapMm.height()), size.width(), size.height()};
}

Status LabelLayout::check() const
{
    const QSizeF size = labelSizeMm();
    if (columns < 1 || rows < 1 || size.width() < 15 || size.height() < 10) {
        return Error::invalidInput(
            QCoreApplication::translate("qtill::inventory::LabelLayout",
                                        "%1 × %2 labels do not fit this page with these margins; a label needs at least 15 × 10 mm.")
                .arg(columns)
                .arg(rows));
    }
    return {};
}

} // namespace qtill::inventory
