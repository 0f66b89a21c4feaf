#pragma once

#include "checkout/cart.h"
#include "checkout/paymentintent.h"
#include "checkout/sale.h"
#include "checkout/tendersplit.h"

#include "core/settings.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace qtill::shell {
class NumericKeypad;
class ShellContext;
} // namespace qtill::shell

namespace qtill::checkout {

class PaymentService;

/// Paying a ticket at the till: the amount due (big), the tenders taken so far, what is still due, the
/// cash rounding (抹零) as its own line and the change. Any mix of tenders (split payment):
/// - cash: quick-cash buttons (exact, the next ¥10 / ¥50 / ¥100 above) or keypad entry, digits filling
///   from the right (1, 0, 0, 0 → 10.00);
/// - bank card, QR payment code (付款码, scanned or typed; QrRouting names the wallet) and face pay through
///   PaymentService; the keypad amount pays part, none pays the rest.
/// While a payment runs, the panel says "Waiting for the customer — do not scan again" (and the
/// terminal's prompts) and the pay buttons stay disabled; a declined or cancelled payment is one line and
/// the sale stays open. When the tenders cover the total the sale is booked (SaleService::commit with the
/// ticket's uuid, printReceipt) and paid() is emitted; a cash sale opens the drawer (the receipt's kick
/// does it when a printer-wired drawer's printer is ready, else the drawer device is told directly).
/// Approved payments are never given up here: going back to the sale keeps them with the ticket;
/// PaymentService::abandon returns them only when the ticket is cleared.
///
/// Keys (shown on the buttons): digits and Backspace type the amount, Enter cash, F9 card, F10 QR,
/// F11 face, Esc back to the sale (while a payment runs, Esc cancels it). Per-tender limits
/// (PaymentService::kTenderLimits) are refused here with one line before the terminal is asked; the
/// domain enforces them again. Lives on the GUI thread; the ShellContext outlives it.
class PaymentPanel : public QWidget
{
    Q_OBJECT

public:
    /// The cash rounding the till applies: "none" (default), "fen" (drop the fen), "jiao" (drop the
    /// jiao), "nearest" (half-up to ¥0.1).
    static const Setting<QString> kCashRounding;

    PaymentPanel(shell::ShellContext &context, QWidget *parent = nullptr);
    ~PaymentPanel() override;

    /// Starts paying `cart` for the sale `saleUuid` (the ticket's uuid). Payments of this sale approved
    /// before (the cashier went back to the sale, or the app restarted) count as tenders already.
    void begin(const Cart &cart, const QString &saleUuid);
    /// For `qtill --screenshot`: a ticket mid-payment (some cash taken, the card waiting for the
    /// customer) without touching the terminal or the books.
    void showForScreenshot(const Cart &cart);

    /// What the tenders taken so far come to (empty split before begin()).
    const TenderSplit &split() const { return m_split; }
    /// The one-line status ("Waiting for the customer — do not scan again", "Declined: …").
    QString statusText() const;
    /// The payment running on the terminal, if any.
    QString pendingIntent() const { return m_pending; }

Q_SIGNALS:
    /// The sale is booked (its receipt queued for printing).
    void paid(const qtill::checkout::CommittedSale &sale);
    /// The cashier goes back to the ticket; approved payments stay with it.
    void backToSale();
    /// The tenders or what is due changed (split() says how): the customer display follows.
    void tendersChanged();
    /// The cashier asked for a QR payment with no code scanned yet: the customer should show theirs.
    void paymentCodeWanted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    QWidget *buildSummary();
    QWidget *buildEntry();
    QWidget *buildMethods();
    QPushButton *makeButton(const QString &name, const QString &text, const QString &kind);

    void payCash(const std::optional<Money> &given);
    void payByTerminal(const QString &method);
    void cancelPayment();
    void goBack();
    void onIntentChanged(const PaymentIntent &intent);
    void onProgress(const QString &intentUuid, const QString &message);
    void finish();
    void openDrawer();

    void recompute();
    void refresh();
    void refreshQuickCash();
    void showStatus(const QString &text, bool error);
    bool withinLimit(const QString &type, const Money &amount);
    std::optional<Money> typedAmount() const;
    Money cashDue() const;
    Money restForTerminal() const;
    CashRounding rounding() const;
    QList<Tender> tenders() const;
    PaymentService &payments();

    shell::ShellContext &m_context;
    Cart m_cart;
    QString m_saleUuid;
    Money m_total;
    QList<Tender> m_cash;               ///< cash taken (not booked until the sale is)
    QList<PaymentIntent> m_approved;    ///< terminal payments approved for this sale
    QString m_pending;                  ///< the intent the terminal works on; empty when none
    QString m_digits;                   ///< keypad entry, filling from the right
    TenderSplit m_split;
    bool m_splitOk = false;
    bool m_booking = false;

    QLabel *m_due = nullptr;
    QListWidget *m_tenderList = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_roundingLine = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keepNote = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_qrCode = nullptr;
    QList<QPushButton *> m_quick;
    QList<Money> m_quickAmounts;
    shell::NumericKeypad *m_keypad = nullptr;
    QPushButton *m_cashButton = nullptr;
    QPushButton *m_cardButton = nullptr;
    QPushButton *m_qrButton = nullptr;
    QPushButton *m_faceButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_backButton = nullptr;
};

} // namespace qtill::checkout
