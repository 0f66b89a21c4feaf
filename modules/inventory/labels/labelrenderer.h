#pragma once

#include "barcodesymbol.h"
#include "labellayout.h"

#include "inventory/product.h"

#include "core/money.h"
#include "core/result.h"

#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace qtill::inventory {

/// What one label shows.
struct LabelData
{
    QString name;                       ///< "可乐 330ml"
    QString nameEn;
    Money price;                        ///< per unit (per kg when sold by weight)
    std::optional<Money> memberPrice;
    QString unit;                       ///< "瓶", "kg"
    QString code;                       ///< the barcode printed (EAN-13, PLU, internal)
    QString sku;                        ///< the shop's item code, printed small

    /// The label of `product` with `code` (its item barcode; the SKU when empty).
    static LabelData fromProduct(const Product &product, const QString &code);
};

/// Shelf labels (name, large price, member price, unit, barcode, item code) and barcode labels
/// (name, barcode with its digits, price) for goods without a printed barcode.
enum class LabelKind { Shelf, Barcode };

struct LabelOptions
{
    LabelKind kind = LabelKind::Shelf;
    LabelSymbology symbology = LabelSymbology::Auto;
    QString fontFamily = QStringLiteral("Noto Sans CJK SC");   ///< Chinese text; Qt falls back when missing
    bool cutLines = false;          ///< thin grey outlines (for plain paper; off for pre-cut sheets)
};

/// Lays labels out on sheets or rolls (LabelLayout) and paints them with QPainter onto a PDF
/// (QPdfWriter), a printer (QPrinter: CUPS) or an image. All sizes follow the label, so the same code
/// fills a 70 × 37 mm sheet label and a 40 × 30 mm roll label. Needs a QGuiApplication (fonts).
class LabelRenderer
{
public:
    explicit LabelRenderer(LabelLayout layout, LabelOptions options = {});

    const LabelLayout &layout() const { return m_layout; }

    /// Sets the device's page to the layout's page (no margins) and paints every label, starting a
    /// new page when one is full. Returns the number of labels painted. InvalidInput for a layout
    /// that does not fit (LabelLayout::check) or a label whose code cannot be encoded (named).
    Result<int> paint(QPagedPaintDevice &device, const QList<LabelData> &labels) const;
    /// A PDF file at 300 dpi. Returns the number of pages written.
    Result<int> writePdf(const QString &path, const QList<LabelData> &labels, const QString &title = {}) const;
    /// Prints through Qt's print system (CUPS); the printer's page is set to the layout's page.
    Result<int> print(QPrinter &printer, const QList<LabelData> &labels) const;

    /// Page `page` (0-based) as an image at `dpi` (white background), for previews and tests.
    QImage renderPage(const QList<LabelData> &labels, int page, int dpi = 150) const;

    /// Paints one label into `rect` (device units) with `pxPerMm` device units per millimetre.
    Status paintLabel(QPainter &painter, const QRectF &rect, double pxPerMm, const LabelData &label) const;

private:
    Status paintPage(QPainter &painter, double pxPerMm, const QList<LabelData> &labels, int page) const;

    LabelLayout m_layout;
    LabelOptions m_options;
};

} // namespace qtill::inventory
