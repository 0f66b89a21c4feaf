#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <variant>

namespace qtill::hal {

enum class Align { Left, Center, Right };

/// Character style of a line. Double width halves the columns that fit on a line.
struct TextStyle
{
    bool bold = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    Align align = Align::Left;

    bool operator==(const TextStyle &) const = default;
};

/// One line of text (wrapped to the paper width when longer).
struct TextLine
{
    QString text;
    TextStyle style;
};

/// A cell of a column row. width: > 0 columns it takes; 0 whatever is left (at most one such cell);
/// -1 as wide as its text (at most two thirds of the line), e.g. an amount.
struct Column
{
    QString text;
    int width = 0;
    Align align = Align::Left;
};

/// A row of columns, e.g. item name + amount; each cell wraps inside its width.
struct ColumnsLine
{
    QList<Column> columns;
    TextStyle style; ///< bold/double size for the whole row (align is per column)
};

/// A full-width line of one repeated character ("-", "=").
struct Separator
{
    QChar character = QLatin1Char('-');
};

/// Blank paper, in text lines.
struct Feed
{
    int lines = 1;
};

enum class BarcodeType { Ean13, Code128 };

/// A 1-D barcode. EAN-13 takes 12 or 13 digits (the check digit is computed/verified);
/// Code 128 takes printable ASCII.
struct Barcode
{
    BarcodeType type = BarcodeType::Ean13;
    QString data;
    int heightDots = 80;   ///< 1..255
    int moduleWidth = 2;   ///< dots per narrow bar, 2..6
    bool humanReadable = true;
    Align align = Align::Center;
};

enum class QrErrorLevel { L, M, Q, H };

/// A QR code (model 2), e.g. an e-receipt link or a payment code.
struct QrCode
{
    QString data;
    int moduleSize = 6; ///< dots per module, 1..16
    QrErrorLevel errorLevel = QrErrorLevel::M;
    Align align = Align::Center;
};

enum class CutType { Full, Partial };

/// Feeds to the cutter and cuts.
struct Cut
{
    CutType type = CutType::Partial;
    int feedLines = 3; ///< feed before cutting so the last line clears the cutter
};

enum class DrawerPin { Pin2, Pin5 };

/// Pulses the cash drawer connector (ESC p).
struct DrawerKick
{
    DrawerPin pin = DrawerPin::Pin2;
    int onMs = 100;  ///< pulse on-time, 2..510 ms
    int offMs = 200; ///< off-time, 2..510 ms
};

/// A monochrome logo (raster image), scaled to the paper if wider.
struct Logo
{
    QImage image;
    Align align = Align::Center;
};

using ReceiptElement
    = std::variant<TextLine, ColumnsLine, Separator, Feed, Barcode, QrCode, Cut, DrawerKick, Logo>;

/// A receipt as a list of elements, independent of the printer: the ESC/POS encoder turns it into
/// bytes, the ReceiptPainter into an image or PDF. Built with the chaining helpers:
///
///     ReceiptDocument r;
///     r.text(u"便利店"_qs, {.bold = true, .doubleWidth = true, .align = Align::Center})
///      .columns(u"可口可乐 330ml"_qs, u"3.50"_qs).separator().cut();
class ReceiptDocument
{
public:
    ReceiptDocument &add(ReceiptElement element);
    ReceiptDocument &text(const QString &text, TextStyle style = {});
    /// Left text and right text (amount) on one line; the left wraps when both do not fit.
    ReceiptDocument &columns(const QString &left, const QString &right, TextStyle style = {});
    ReceiptDocument &columns(QList<Column> columns, TextStyle style = {});
    ReceiptDocument &separator(QChar character = QLatin1Char('-'));
    ReceiptDocument &feed(int lines = 1);
    ReceiptDocument &barcode(BarcodeType type, const QString &data);
    ReceiptDocument &qrCode(const QString &data, int moduleSize = 6, QrErrorLevel level = QrErrorLevel::M);
    ReceiptDocument &cut(CutType type = CutType::Partial, int feedLines = 3);
    ReceiptDocument &kickDrawer(DrawerPin pin = DrawerPin::Pin2);
    ReceiptDocument &logo(const QImage &image, Align align = Align::Center);

    const QList<ReceiptElement> &elements() const { return m_elements; }
    bool isEmpty() const { return m_elements.isEmpty(); }
    /// Whether any text needs more than ASCII (the encoder then switches the printer to Chinese mode).
    bool needsMultibyte() const;

private:
    QList<ReceiptElement> m_elements;
};

} // namespace qtill::hal
