#pragma once

#include "hal/display/customerdisplaymodel.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QTimer;

namespace qtill::app {

/// The customer-facing second screen: a frameless window showing what a CustomerDisplayModel holds —
/// the store's name and a welcome (or rotating promotion images) between sales, the cart lines and
/// total during a sale, total / paid / change, and a payment QR code (drawn with ZXing) with its
/// caption. Large type, readable from a metre away. It only shows; it never takes input.
///
/// The model belongs to the customer display device; the window follows it (setModel again after the
/// devices were rebuilt) and shows the welcome when there is none. Lives on the GUI thread.
class CustomerWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerWindow(QWidget *parent = nullptr);

    void setModel(hal::CustomerDisplayModel *model);
    hal::CustomerDisplayModel *model() const { return m_model; }
    void setStoreName(const QString &name);
    QString storeName() const { return m_storeName; }

    /// Shows the window full screen on a screen other than the main window's, if the machine has one.
    /// Returns false (and stays hidden) with a single screen.
    bool showOnSecondScreen();

    /// The text lines the window shows now, top to bottom (for tests and accessibility).
    QStringList shownText() const;
    /// The payment QR image (null when not in payment-QR mode).
    QImage qrImage() const { return m_qr; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onChanged();
    void nextPromotion();

    QPointer<hal::CustomerDisplayModel> m_model;
    QString m_storeName;
    QImage m_qr;
    QString m_qrFor;
    QTimer *m_promotionTimer;
    int m_promotion = 0;
    QImage m_promotionImage;
};

} // namespace qtill::app
