#pragma once

class QTableView;

namespace qtill::shell {

/// The look every table on a screen shares: whole-row selection, one row at a time, tall touch rows,
/// alternating colours, no vertical header, last column stretched, no focus frame on the current cell.
/// The view owns the delegate it gets.
void setupTable(QTableView *view, int rowHeight = 52);

} // namespace qtill::shell
