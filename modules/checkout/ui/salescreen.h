#pragma once

#include "checkout/cart.h"
#include "checkout/sale.h"

#include "shell/uimodule.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace qtill {
struct Authorization;
}

namespace qtill::hal {
struct WeightReading;
}

namespace qtill::inventory {
class Catalog;
struct Product;
struct ScanMatch;
} // namespace qtill::inventory

namespace qtill::shell {
class NumericKeypad;
class ShellContext;
} // namespace qtill::shell

namespace qtill::checkout {

class CheckoutServices;
class ProductPicker;
class TicketModel;

/// The till: the ticket on the left (lines, totals, TOTAL big), the product picker and the number pad on
/// the right, the actions along the bottom — each with its key on the button — and one status line.
///
/// Scans come from every scanner (ShellContext::devices()->scanned, the keyboard wedge included) while
/// the screen is in front, or typed into the entry and Enter. A weighed item without a weight label
/// takes the scale's last stable reading. Numbers typed before a key go to that key: "3 F2" sets the
/// quantity, "500 F3" takes ¥5.00 off the line (digits fill from the right). Discounts and price
/// overrides ask for a reason and for authority (ShellContext::authorize: the operator, or a supervisor
/// override) whose approver the line keeps. Every refusal is one red line and a beep and changes nothing.
///
/// The open ticket is saved through CartStore after every change (coalesced to once per event-loop turn,
/// flushed before paying, holding, recalling and when the screen goes away) and comes back when the
/// screen is created again. Paying is the payment panel's: the screen emits payRequested(), then
/// saleCompleted() starts the next ticket. Cash (F9) opens the CashDialog (float, paid in/out, no sale);
/// a cashier without an opening float today is told so on the status line when the screen opens.
class SaleScreen final : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    /// Milliseconds from a change of the ticket to its save (one frame: the paint comes first).
    static constexpr int kSaveAfterMs = 16;
    explicit SaleScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~SaleScreen() override;

    /// The ticket in progress.
    const Cart &cart() const { return m_cart; }
    /// The uuid of the ticket in progress (the sale it becomes keeps it).
    QString saleUuid() const { return m_uuid; }

    /// The status strip's text and whether it shows a refusal (red).
    QString statusText() const;
    bool statusIsError() const { return m_statusError; }
    /// The selected ticket line (-1: none), which the line actions work on.
    int selectedLine() const { return m_selected; }
    void selectLine(int row);

    /// Rings up a scanned or typed code (what a scanner's scanned() does while the screen is in front).
    void addCode(const QString &code);
    /// Rings up a product from the picker (no code scanned).
    void addProduct(const inventory::Product &product);
    /// Saves the open ticket now if a change is waiting. False (and the status says why) when it failed.
    bool saveNow();

    QLineEdit *entry() const { return m_entry; }
    shell::NumericKeypad *keypad() const { return m_keypad; }
    ProductPicker *picker() const { return m_picker; }
    QTableView *ticketView() const { return m_ticket; }
    TicketModel *ticketModel() const { return m_model; }
    /// An action button by id: "quantity", "lineDiscount", "price", "remove", "orderDiscount", "hold",
    /// "recall", "cash", "void", "pay".
    QPushButton *actionButton(const QString &id) const { return m_actions.value(id); }
    QLabel *totalLabel() const { return m_total; }

    void activated() override;
    void prepareScreenshot() override;
    /// For `qtill --screenshot`: the cash dialog open over the screen with a paid-out filled in (not
    /// booked); the caller closes it (it deletes itself).
    QWidget *showCashForScreenshot();

    /// Reasons offered for a line or order discount and for a price override (translated).
    static QStringList discountReasons();
    static QStringList priceReasons();

public Q_SLOTS:
    /// The payment panel booked the sale: shows the change and receipt number, starts a fresh ticket.
    void saleCompleted(const qtill::checkout::CommittedSale &sale);

    void changeQuantity();
    void discountLine();
    void overridePrice();
    void removeLine();
    void discountOrder();
    void holdTicket();
    void recallTicket();
    void voidTicket();
    /// F9: the cash dialog (opening float, paid in, paid out, no sale).
    void openCash();
    void pay();

Q_SIGNALS:
    /// F12 / Pay on a ticket with lines: the payment panel takes over (cart(), saleUuid()).
    void payRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildTicket();
    QWidget *buildActions();
    /// The entry (typed codes, quantities, amounts) and what it means ("= ¥10.00").
    QLayout *buildEntry();
    /// The product picker, the number pad and Pay.
    QLayout *buildPad();
    QPushButton *addActionButton(const QString &id, const QString &text, const QString &key, void (SaleScreen::*slot)());
    /// F2–F9, F12 (from anywhere on the screen); the entry's own keys (Enter, *, Del, Esc, ↑ ↓).
    bool functionKey(int key);
    bool entryKey(int key);
    void connectDevices();
    void restoreOpenTicket();
    /// Says so on the status line when the cashier has booked no opening float today.
    void offerFloat();
    void startNewTicket();

    void ring(const inventory::ScanMatch &match);
    void onScanned(const QString &code);
    void onWeighed(const hal::WeightReading &reading);
    void onEnter();
    void changed(int row);
    void updateTotals();
    void updateEntryHint();
    void refuse(const QString &message);
    void inform(const QString &message);
    bool hasLine();
    std::optional<Money> entryAmount(const QString &what);
    /// A discount typed on the keypad: an amount ("500" = 5.00) or a percentage ("10%").
    struct EntryDiscount
    {
        Money amount;
        int basisPoints = 0;   ///< > 0 for a percentage
        QString text() const;
    };
    std::optional<EntryDiscount> entryDiscount(const QString &what);
    bool entryIsPercent() const;
    void typePercent();
    bool keepsStock(int row);
    void askSerial(int row);
    bool takeSerial(const QString &code);
    bool serialsComplete();
    std::optional<OperatorId> approve(const QString &permission, const QString &why);
    void auditRemoval(const CartLine &line);
    QString holdLabel(const QString &number) const;

    shell::ShellContext &m_context;
    CheckoutServices &m_checkout;
    inventory::Catalog &m_catalog;
    Cart m_cart;
    QString m_uuid;
    TicketModel *m_model = nullptr;
    QTableView *m_ticket = nullptr;
    QLabel *m_items = nullptr;
    QLabel *m_gross = nullptr;
    QLabel *m_discounts = nullptr;
    QLabel *m_total = nullptr;
    ProductPicker *m_picker = nullptr;
    shell::NumericKeypad *m_keypad = nullptr;
    QLineEdit *m_entry = nullptr;
    QLabel *m_entryHint = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QPushButton *> m_actions;
    QTimer *m_saveTimer = nullptr;
    std::optional<Quantity> m_stableWeight;
    QString m_serialFor;   ///< the serial-tracked line (lineId) whose serial number the next scan gives
    int m_selected = -1;
    bool m_dirty = false;
    bool m_statusError = false;
    bool m_voidArmed = false;
};

} // namespace qtill::checkout
