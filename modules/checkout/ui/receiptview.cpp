#include "receiptview.h"

#include "checkout/checkoutservices.h"
#include "checkout/printqueue.h"
#include "checkout/receiptbuilder.h"

#include "core/services.h"
#include "core/storesettings.h"
#include "hal/receipt/receiptpainter.h"
#include "shell/shellcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qtill::checkout {

namespace {

QPushButton *actionButton(const QString &text, const char *name, const QKeySequence &key, QWidget *parent)
{
    auto *button = new QPushButton(key.isEmpty() ? text : QStringLiteral("%1  %2").arg(text, key.toString()), parent);
    button->setObjectName(QLatin1String(name));
    button->setMinimumHeight(52);
    if (!key.isEmpty())
        button->setShortcut(key);
    return button;
}

} // namespace

ReceiptView::ReceiptView(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_scroll(new QScrollArea(this)), m_paper(new QLabel),
      m_png(actionButton(tr("Save PNG"), "savePngButton", {}, this)),
      m_pdf(actionButton(tr("Save PDF"), "savePdfButton", {}, this)),
      m_reprint(actionButton(tr("Reprint"), "reprintButton", QKeySequence(Qt::Key_F7), this))
{
    setObjectName(QStringLiteral("receiptView"));
    // The paper: white, on the grey of the scroll area, as wide as the printer's paper.
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_paper->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_paper->setStyleSheet(QStringLiteral("background: white; border: 1px solid #E3E5E8;"));
    m_scroll->setObjectName(QStringLiteral("receiptScroll"));
    m_scroll->setWidget(m_paper);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: #F2F3F5; border: none; }"));
    m_scroll->setMinimumWidth((hal::PaperProfile::mm80().dotsPerLine + 2 * hal::ReceiptPainter::kMarginDots) * kPreviewPercent / 100
                              + 24);

    connect(m_png, &QPushButton::clicked, this, [this] { askAndSave(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { reprint(); });
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_png);
    actions->addWidget(m_pdf);
    actions->addStretch(1);
    actions->addWidget(m_reprint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(actions);
    clear();
}

ReceiptView::~ReceiptView() = default;

void ReceiptView::clear()
{
    m_receiptNumber.clear();
    m_document = {};
    m_image = {};
    m_paper->setPixmap({});
    m_paper->setText(tr("Choose a sale to see its receipt."));
    m_paper->adjustSize();
    setActionsEnabled(false);
}

bool ReceiptView::showReceipt(const QString &receiptNumber)
{
    Services &services = m_context.services();
    auto document = CheckoutServices::of(services).printQueue().receipt(receiptNumber);
    if (!document) {
        clear();
        m_context.showMessage(document.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_receiptNumber = receiptNumber;
    m_document = *document;
    // The printer's own renderer and paper: one dot a pixel, the same line breaks as on paper.
    const hal::ReceiptPainter painter(hal::PaperProfile::fromKey(ReceiptBuilder::kPaper.get(services.settings())));
    m_image = painter.render(m_document);
    m_paper->setText(QString());
    // On screen at three quarters of the printer's dots (an 80 mm receipt is 608 dots wide), so the
    // list beside it keeps its room; the saved PNG and PDF are the printer's size.
    m_paper->setPixmap(QPixmap::fromImage(
        m_image.scaledToWidth(m_image.width() * kPreviewPercent / 100, Qt::SmoothTransformation)));
    m_paper->adjustSize();
    m_scroll->ensureVisible(0, 0);
    setActionsEnabled(true);
    return true;
}

bool ReceiptView::savePng(const QString &path)
{
    if (m_image.isNull())
        return false;
    if (!m_image.save(path, "PNG")) {
        m_context.showMessage(tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                              shell::ShellContext::Severity::Error);
        return false;
    }
    m_context.showMessage(tr("Receipt %1 saved as %2").arg(m_receiptNumber, QDir::toNativeSeparators(path)));
    return true;
}

bool ReceiptView::savePdf(const QString &path)
{
    if (m_receiptNumber.isEmpty())
        return false;
    const hal::ReceiptPainter painter(
        hal::PaperProfile::fromKey(ReceiptBuilder::kPaper.get(m_context.services().settings())));
    if (!painter.savePdf(m_document, path)) {
        m_context.showMessage(tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                              shell::ShellContext::Severity::Error);
        return false;
    }
    m_context.showMessage(tr("Receipt %1 saved as %2").arg(m_receiptNumber, QDir::toNativeSeparators(path)));
    return true;
}

bool ReceiptView::reprint()
{
    if (m_receiptNumber.isEmpty())
        return false;
    auto job = CheckoutServices::of(m_context.services()).printQueue().reprint(m_context.session(), m_receiptNumber);
    if (!job) {
        m_context.showMessage(job.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_context.showMessage(tr("Receipt %1 sent to the printer again, marked REPRINT.").arg(m_receiptNumber));
    Q_EMIT reprinted(job->id);
    return true;
}

void ReceiptView::askAndSave(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(m_receiptNumber + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the receipt as PDF") : tr("Save the receipt as PNG"),
                                                      suggested, pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (pdf)
        savePdf(path);
    else
        savePng(path);
}

void ReceiptView::setActionsEnabled(bool enabled)
{
    m_png->setEnabled(enabled);
    m_pdf->setEnabled(enabled);
    m_reprint->setEnabled(enabled);
}

} // namespace qtill::checkout
