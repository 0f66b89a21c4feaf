#pragma once

#include "inventory/product.h"

#include "core/quantity.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace qtill::inventory {

class Catalog;

/// Small pieces the Stock, Transfers and Stocktake screens share.
class StockUiSupport
{
    Q_DECLARE_TR_FUNCTIONS(qtill::inventory::StockUiSupport)
public:
    /// The product behind what was scanned or typed: a barcode, PLU or item code (Catalog::lookup), or
    /// else a name or code prefix matching exactly one listed product. The catalog's message when
    /// nothing (or more than one product) matches.
    static Result<ScanMatch> findProduct(const Catalog &catalog, const QString &text);

    /// A quantity typed by a person ("3", "1.5"), which must be more than zero. InvalidInput with a
    /// message for the screen otherwise.
    static Result<Quantity> positiveQuantity(const QString &text);

    /// "+3" / "−2" (a real minus sign), for movement and variance columns.
    static QString signedQuantity(Quantity q);

    /// A read-only table cell; numbers right-aligned.
    static QTableWidgetItem *cell(const QString &text, bool number = false);
    /// The look of the stock tables (shell::setupTable plus fixed row height).
    static void setupTable(QTableWidget *table, int rowHeight = 48);
    /// Smaller text and padding, for the narrow side tables (history, past transfers).
    static void makeCompact(QTableWidget *table);
    /// A secondary-text section label ("History", "Lines").
    static QLabel *sectionLabel(const QString &text, QWidget *parent);
};

} // namespace qtill::inventory
