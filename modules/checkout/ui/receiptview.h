#pragma once

#include "hal/receipt/receiptdocument.h"

#include <QImage>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

/// A booked sale's receipt exactly as it prints: the receipt document PrintQueue builds, painted by
/// the printer's own renderer (hal::ReceiptPainter, as the simulated printer files its pictures) on a
/// strip of paper in a scroll area. Actions: save as PNG or PDF (the e-receipt) and reprint (queued,
/// marked REPRINT and journalled by PrintQueue::reprint; needs CheckoutPermissions::kSell).
/// Errors go to the shell's message bar, one line.
class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptView(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ReceiptView() override;

    /// Shows the customer copy of the sale with this receipt number. False (and the message bar says
    /// why) when it cannot be built; the view is then empty.
    bool showReceipt(const QString &receiptNumber);
    /// Empty paper with a hint, no actions.
    void clear();

    /// The receipt shown; empty when none.
    QString receiptNumber() const { return m_receiptNumber; }
    /// The picture shown, as the printer would print it (null when none).
    QImage image() const { return m_image; }

    /// Writes the receipt as a PNG image / a PDF page as wide as the paper. False when nothing is shown
    /// or the file cannot be written (the message bar says so).
    bool savePng(const QString &path);
    bool savePdf(const QString &path);
    /// Queues the receipt again, marked REPRINT. False when refused (no right, unknown receipt).
    bool reprint();

Q_SIGNALS:
    /// A reprint was queued (its print job id).
    void reprinted(qint64 jobId);

private:
    static constexpr int kPreviewPercent = 75; ///< the preview's size against the printer's dots

    void askAndSave(bool pdf);
    void setActionsEnabled(bool enabled);

    shell::ShellContext &m_context;
    QString m_receiptNumber;
    hal::ReceiptDocument m_document;
    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_paper;
    QPushButton *m_png;
    QPushButton *m_pdf;
    QPushButton *m_reprint;
};

} // namespace qtill::checkout
