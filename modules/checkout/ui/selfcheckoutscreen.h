#pragma once

#include "checkout/cart.h"
#include "checkout/paymentintent.h"
#include "checkout/sale.h"

#include "core/settings.h"

#include "shell/uimodule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace qtill::hal {
struct WeightReading;
}

namespace qtill::inventory {
struct ScanMatch;
}

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

class CheckoutServices;

/// Self-checkout (自助收银, seed 000's kiosk): the shopper serves themselves on a touch screen, in
/// large type, with no keyboard. Welcome "Start" (开始结账) → scan the goods (a big list and the
/// total) → "Pay" (去付款) → face (刷脸), payment code (付款码) or bank card — no cash → waiting
/// ("Look at the camera" / "Show your payment code" / "Insert or tap your card") → paid, receipt printed
/// (or "No receipt" chosen before paying) → back to the welcome.
///
/// The same domain services as the till (CheckoutServices: CartStore saves the ticket as it changes,
/// PaymentService runs the terminal with its intents, SaleService books, PrintQueue prints).
///
/// "Call attendant" is always on screen: it flags the shell (message bar, a beep) and shows a clear
/// attendant-called banner until an attendant unlocks with their number and PIN (ShellContext::
/// authorize with CheckoutPermissions::kAttendant — the kiosk operator does not hold it, so the
/// supervisor-override dialog asks). An attendant unlock is needed to remove a line, to cancel the
/// purchase, for a weighed item without a stable scale reading (or any weighed item, setting
/// kWeighedNeedsAttendant) and for age-restricted goods (the products of the categories in
/// kAgeRestrictedCategories: the catalog has no age flag of its own).
///
/// Inactivity (kTimeoutSeconds without a touch or a scan) returns to the welcome: an unpaid ticket is
/// discarded (its payments abandoned, the ticket dropped and audited as SaleScreen's void does), but
/// nothing paid is ever given up — while a payment runs the timeout waits, and an approved payment
/// is booked. The timer is the screen's; tests call inactivityTimeout() instead of waiting.
class SelfCheckoutScreen final : public QWidget, public shell::ShellScreen
{
    Q_OBJECT

public:
    enum class Step { Welcome, Scanning, Choosing, Waiting, Done };
    Q_ENUM(Step)

    /// The register runs as a self-checkout: the app opens this screen full screen instead of sign-in.
    static const Setting<bool> kEnabled;
    /// The operator number the self-checkout sells as (a cashier-role operator; "80" in the demo).
    static const Setting<QString> kOperator;
    /// Seconds without a touch or a scan before the screen goes back to the welcome.
    static const Setting<int> kTimeoutSeconds;
    /// Every weighed item needs an attendant (not only one without a stable weight).
    static const Setting<bool> kWeighedNeedsAttendant;
    /// Category codes whose goods need an attendant's check (alcohol, tobacco): "15;16".
    static const Setting<QString> kAgeRestrictedCategories;

    explicit SelfCheckoutScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~SelfCheckoutScreen() override;

    Step step() const { return m_step; }
    const Cart &cart() const { return m_cart; }
    QString saleUuid() const { return m_uuid; }
    /// The one status line ("Declined: …", "Added: …") and whether it is a refusal.
    QString statusText() const;
    bool statusIsError() const { return m_statusError; }
    /// What the waiting step asks of the shopper ("Look at the camera").
    QString waitingPrompt() const;
    bool isAttendantCalled() const { return m_attendantCalled; }
    /// The sale booked last (on the done step).
    const std::optional<CommittedSale> &lastSale() const { return m_lastSale; }
    /// A button by id: "start", "pay", "remove", "cancel", "attendant", "face", "qr", "card", "back",
    /// "noReceipt", "cancelPayment", "done".
    QPushButton *button(const QString &id) const { return m_buttons.value(id); }
    QTableWidget *ticketList() const { return m_list; }
    /// The total as the scanning step shows it.
    QString totalText() const;

    void activated() override;
    void prepareScreenshot() override;
    QStringList screenshotStates() const override;
    QWidget *prepareScreenshotState(const QString &state) override;

public Q_SLOTS:
    /// "Start": a fresh ticket, the scanning step.
    void start();
    /// A scanned code (the scanner's scanned() does this): rings it up, or pays by a payment code.
    void addCode(const QString &code);
    /// Removes the selected line (attendant).
    void removeSelected();
    /// Gives up the purchase (attendant): the ticket is discarded, back to the welcome.
    void cancelPurchase();
    /// "Pay": the payment methods.
    void goToPayment();
    /// Back from the payment methods to scanning.
    void backToScanning();
    /// Pays what is due by "face", "qr" or "card" (TenderType keys).
    void payBy(const QString &method);
    /// Stops the payment the terminal is working on (or stops waiting for a payment code).
    void cancelPayment();
    void toggleReceipt();
    void callAttendant();
    /// The attendant unlocks (number + PIN): the attendant-called state ends.
    void attendantUnlock();
    /// What the inactivity timer does (see the class notes).
    void inactivityTimeout();
    /// Back to the welcome (after a sale, or the purchase given up).
    void showWelcome();

Q_SIGNALS:
    void stepChanged(qtill::checkout::SelfCheckoutScreen::Step step);
    /// A sale was booked (its receipt queued when chosen).
    void saleBooked(const qtill::checkout::CommittedSale &sale);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Layout (selfcheckoutscreen.cpp)
    QWidget *buildHeader();
    QWidget *buildWelcome();
    QWidget *buildScanning();
    QWidget *buildChoosing();
    QWidget *buildWaiting();
    QWidget *buildDone();
    QPushButton *makeButton(const QString &id, const char *text, const QString &kind);
    QString bilingual(const char *text) const;
    void setStep(Step step);
    void refreshTicket();
    void refreshAttendant();
    void showStatus(const QString &text, bool error);
    void touch();

    // The flow (selfcheckoutflow.cpp)
    void onScanned(const QString &code);
    void onWeighed(const hal::WeightReading &reading);
    void ring(const inventory::ScanMatch &match);
    bool needsAttendant(const inventory::ScanMatch &match, QString *why) const;
    bool attendant(const QString &why);
    void changed();
    bool saveNow();
    void restoreOpenTicket();
    void newTicket();
    bool discardTicket();
    void startPayment(const QString &method, const QString &code);
    void onIntentChanged(const PaymentIntent &intent);
    void onProgress(const QString &intentUuid, const QString &message);
    Money paidSoFar() const;
    Money stillDue() const;
    void book();

    shell::ShellContext &m_context;
    CheckoutServices &m_checkout;
    Cart m_cart;
    QString m_uuid;
    Step m_step = Step::Welcome;
    QString m_method;                    ///< the method of the waiting step
    QString m_pending;                   ///< the intent the terminal works on
    QList<PaymentIntent> m_approved;     ///< approved payments of this ticket
    std::optional<Quantity> m_stableWeight;
    std::optional<CommittedSale> m_lastSale;
    bool m_printReceipt = true;
    bool m_attendantCalled = false;
    bool m_statusError = false;
    bool m_dirty = false;
    bool m_persist = true;               ///< false for screenshots: the books stay untouched
    bool m_booking = false;

    QStackedWidget *m_pages = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    QTableWidget *m_list = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_items = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_attendantBanner = nullptr;
    QLabel *m_choosingDue = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_waitingDue = nullptr;
    QLabel *m_doneTitle = nullptr;
    QLabel *m_doneDetail = nullptr;
    QLabel *m_welcomeStore = nullptr;
    QTimer *m_idle = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace qtill::checkout
