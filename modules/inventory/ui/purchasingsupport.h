#pragma once

#include "inventory/product.h"
#include "inventory/stockledger.h"
#include "inventory/supplier.h"

#include "core/money.h"
#include "core/operator.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

class QComboBox;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLocale;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class Catalog;

/// Helpers the Purchasing screen's tabs share (suppliers, orders, receiving, returns).
namespace purchasingui {

/// The look every purchasing table shares: whole rows, one at a time, tall touch rows, no grid.
void setupTable(QTableWidget *table, const QStringList &headers, int rowHeight = 52);
/// A read-only cell; right-aligned for numbers.
QTableWidgetItem *cell(const QString &text, bool number = false);

/// What a person typed or scanned in a purchasing scan box: a barcode (item or case, through
/// Catalog::lookup), else an item code, else a name/pinyin search with exactly one match. NotFound
/// with a clear message otherwise; `candidates` gets up to 8 matches when a search was ambiguous.
Result<ScanMatch> resolveProduct(const Catalog &catalog, const QString &text, QList<Product> *candidates = nullptr);

/// Fills `combo` with the suppliers (active ones only unless `all`), the supplier id as item data,
/// keeping the chosen one. A read error is shown in the message bar.
void fillSuppliers(shell::ShellContext &context, QComboBox *combo, bool all = false);
/// Fills `combo` with the active stock locations, the location id as item data.
void fillLocations(shell::ShellContext &context, QComboBox *combo);

/// The text of a screen's money total: the amount, or "—" when it could not be added up (mixed
/// currencies, overflow) — then the error also goes to the message bar. Never a wrong total.
QString totalText(shell::ShellContext &context, const Result<Money> &total, const QLocale &locale);

/// A small grey label above a field.
QLabel *fieldLabel(const QString &text, QWidget *parent);
/// The Cancel / Save row of the purchasing dialogs (objectNames dialogCancel, dialogOk; Cancel rejects
/// `dialog`). `*ok` gets the Save button for the caller to connect.
QHBoxLayout *saveCancelButtons(QDialog *dialog, QPushButton **ok);

} // namespace purchasingui
} // namespace qtill::inventory
