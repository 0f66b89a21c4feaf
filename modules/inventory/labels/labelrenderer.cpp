#include "labelrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::LabelRenderer", text);
}

constexpr int kPdfDpi = 300;

/// A font of `family` whose text fits `box` (device units) with word wrap, starting at `maxPx` pixels.
QFont fittingFont(const QString &family, const QString &text, const QRectF &box, double maxPx, bool bold, int flags)
{
    QFont font(family);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    for (double px = maxPx; px >= 4; px *= 0.9) {
        font.setPixelSize(std::max(1, int(px)));
        const QRectF needed = QFontMetricsF(font).boundingRect(box, flags, text);
        if (needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5)
            return font;
    }
    return font;
}

QString priceText(const Money &money)
{
    return QStringLiteral("¥") + money.toPlainString();
}

} // namespace

LabelData LabelData::fromProduct(const Product &product, const QString &code)
{
    LabelData data;
    data.name = product.name;
    data.nameEn = product.nameEn;
    data.price = product.price;
    data.memberPrice = product.memberPrice;
    data.unit = product.unit;
    data.code = code.isEmpty() ? product.sku : code;
    data.sku = product.sku;
    return data;
}

LabelRenderer::LabelRenderer(LabelLayout layout, LabelOptions options)
    : m_layout(layout), m_options(std::move(options))
{
}

Status LabelRenderer::paintLabel(QPainter &painter, const QRectF &rect, double s, const LabelData &label) const
{
    auto symbol = BarcodeSymbol::encode(label.code, m_options.symbology);
    if (!symbol)
        return Error::invalidInput(tr("The label of %1 cannot be printed: %2").arg(label.name, symbol.error().message));
    const double w = rect.width() / s;   // mm
    const double h = rect.height() / s;
    const double pad = std::clamp(std::min(w, h) * 0.06, 1.0, 3.0) * s;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    const QString family = m_options.fontFamily;

    painter.save();
    if (m_options.cutLines) {
        painter.setPen(QPen(QColor(180, 180, 180), std::max(1.0, 0.1 * s)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
    }
    painter.setPen(Qt::black);
    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    if (m_options.kind == LabelKind::Shelf) {
        // Name on top (two lines at most), the price large below it, member price and unit beside it,
        // barcode at the bottom right, the item code at the bottom left.
        const QRectF nameBox(inner.left(), inner.top(), inner.width(), inner.height() * 0.30);
        painter.setFont(fittingFont(family, label.name, nameBox, std::min(5.0, h * 0.13) * s, true, wrap));
        painter.drawText(nameBox, wrap, label.name);

        const QRectF priceBox(inner.left(), nameBox.bottom(), inner.width() * 0.62, inner.height() * 0.40);
        const QString price = priceText(label.price);
        const QFont priceFont = fittingFont(family, price, priceBox, priceBox.height() * 0.95, true, Qt::AlignLeft | Qt::AlignVCenter);
        painter.setFont(priceFont);
        painter.drawText(priceBox, Qt::AlignLeft | Qt::AlignVCenter, price);

        const QRectF sideBox(priceBox.right(), priceBox.top(), inner.right() - priceBox.right(), priceBox.height());
        QStringList side;
        if (!label.unit.isEmpty())
            side << QStringLiteral("/") + label.unit;
        if (label.memberPrice)
            side << QStringLiteral("会员价 ") + priceText(*label.memberPrice);
        const QString sideText = side.join(QLatin1Char('\n'));
        painter.setFont(fittingFont(family, sideText, sideBox, std::min(3.5, h * 0.09) * s, false, Qt::AlignLeft | Qt::AlignVCenter));
        painter.drawText(sideBox, Qt::AlignLeft | Qt::AlignVCenter, sideText);

        const double bottomTop = priceBox.bottom();
        const QRectF codeBox(inner.left(), bottomTop, inner.width() * 0.38, inner.bottom() - bottomTop);
        const QString codeText = QStringLiteral("编码 ") + label.sku;
        painter.setFont(fittingFont(family, codeText, codeBox, std::min(2.6, h * 0.07) * s, false, Qt::AlignLeft | Qt::AlignBottom));
        painter.drawText(codeBox, Qt::AlignLeft | Qt::AlignBottom, codeText);

        const QRectF barsBox(codeBox.right(), bottomTop, inner.right() - codeBox.right(), inner.bottom() - bottomTop);
        const double digitsHeight = barsBox.height() * 0.28;
        symbol->paint(painter, QRectF(barsBox.left(), barsBox.top(), barsBox.width(), barsBox.height() - digitsHeight));
        QFont digits(family);
        digits.setPixelSize(std::max(1, int(digitsHeight * 0.9)));
        painter.setFont(digits);
        painter.drawText(QRectF(barsBox.left(), barsBox.bottom() - digitsHeight, barsBox.width(), digitsHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, label.code);
    } else {
        // Barcode label: one line of name, the barcode with its digits, the price.
        const QRectF nameBox(inner.left(), inner.top(), inner.width(), inner.height() * 0.18);
        painter.setFont(fittingFont(family, label.name, nameBox, nameBox.height() * 0.9, true, Qt::AlignHCenter | Qt::AlignVCenter));
        painter.drawText(nameBox, Qt::AlignHCenter | Qt::AlignVCenter, label.name);

        const bool matrix = symbol->isMatrix();
        const QRectF barsBox(inner.left(), nameBox.bottom(), inner.width(), inner.height() * (matrix ? 0.62 : 0.50));
        symbol->paint(painter, barsBox);
        double y = barsBox.bottom();
        if (!matrix) {
            const QRectF digitsBox(inner.left(), y, inner.width(), inner.height() * 0.12);
            QFont digits(family);
            digits.setPixelSize(std::max(1, int(digitsBox.height() * 0.9)));
            painter.setFont(digits);
            painter.drawText(digitsBox, Qt::AlignHCenter | Qt::AlignVCenter, label.code);
            y = digitsBox.bottom();
        }
        const QRectF priceBox(inner.left(), y, inner.width(), inner.bottom() - y);
        QString price = priceText(label.price);
        if (!label.unit.isEmpty())
            price += QStringLiteral(" /") + label.unit;
        painter.setFont(fittingFont(family, price, priceBox, priceBox.height() * 0.9, true, Qt::AlignHCenter | Qt::AlignVCenter));
        painter.drawText(priceBox, Qt::AlignHCenter | Qt::AlignVCenter, price);
    }
    painter.restore();
    return {};
}

Status LabelRenderer::paintPage(QPainter &painter, double pxPerMm, const QList<LabelData> &labels, int page) const
{
    const int perPage = m_layout.labelsPerPage();
    const int first = page * perPage;
    const int last = std::min<int>(int(labels.size()), first + perPage);
    for (int i = first; i < last; ++i) {
        const QRectF mm = m_layout.labelRectMm(i);
        const QRectF rect(mm.left() * pxPerMm, mm.top() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm);
        if (Status painted = paintLabel(painter, rect, pxPerMm, labels.at(i)); !painted)
            return painted;
    }
    return {};
}

Result<int> LabelRenderer::paint(QPagedPaintDevice &device, const QList<LabelData> &labels) const
{
    if (Status fits = m_layout.check(); !fits)
        return fits.error();
    if (labels.isEmpty())
        return Error::invalidInput(tr("Choose at least one product to print labels for."));
    // Every code must encode before anything is drawn: no half-printed sheet.
    for (const LabelData &label : labels) {
        if (auto symbol = BarcodeSymbol::encode(label.code, m_options.symbology); !symbol)
            return Error::invalidInput(tr("The label of %1 cannot be printed: %2").arg(label.name, symbol.error().message));
    }
    const QPageLayout pageLayout(QPageSize(m_layout.pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                 QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device.setPageLayout(pageLayout))
        return Error::internal(tr("The page size could not be set for the labels."));
    QPainter painter;
    if (!painter.begin(&device))
        return Error::internal(tr("The labels could not be drawn (the output could not be opened)."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const double pxPerMm = device.logicalDpiX() / 25.4;
    const int pages = m_layout.pageCount(int(labels.size()));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::internal(tr("The labels could not be drawn (a new page could not be started)."));
        }
        if (Status painted = paintPage(painter, pxPerMm, labels, page); !painted) {
            painter.end();
            return painted.error();
        }
    }
    painter.end();
    return int(labels.size());
}

Result<int> LabelRenderer::writePdf(const QString &path, const QList<LabelData> &labels, const QString &title) const
{
    QPdfWriter pdf(path);
    pdf.setResolution(kPdfDpi);
    pdf.setCreator(QStringLiteral("Qtill"));
    pdf.setTitle(title.isEmpty() ? tr("Labels") : title);
    auto painted = paint(pdf, labels);
    if (!painted)
        return painted.error();
    if (!QFileInfo::exists(path))
        return Error::storage(tr("The PDF %1 could not be written.").arg(QFileInfo(path).fileName()), path);
    return m_layout.pageCount(*painted);
}

Result<int> LabelRenderer::print(QPrinter &printer, const QList<LabelData> &labels) const
{
    printer.setFullPage(true);
    auto painted = paint(printer, labels);
    if (!painted)
        return painted.error();
    return m_layout.pageCount(*painted);
}

QImage LabelRenderer::renderPage(const QList<LabelData> &labels, int page, int dpi) const
{
    const double pxPerMm = dpi / 25.4;
    QImage image(qRound(m_layout.pageMm.width() * pxPerMm), qRound(m_layout.pageMm.height() * pxPerMm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(pxPerMm * 1000));
    image.setDotsPerMeterY(qRound(pxPerMm * 1000));
    image.fill(Qt::white);
    if (!m_layout.check() || page < 0 || page >= m_layout.pageCount(int(labels.size())))
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    (void)paintPage(painter, pxPerMm, labels, page);
    painter.end();
    return image;
}

} // namespace qtill::inventory
