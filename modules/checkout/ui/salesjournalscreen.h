#pragma once

#include "checkout/sale.h"

#include "core/operator.h"
#include "shell/uimodule.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

class ReceiptView;
class RefundDialog;

/// The screen descriptor of the sales journal ("checkout.sales", Counter area, CheckoutPermissions::kSell),
/// for CheckoutUiModule::screens().
shell::ScreenDescriptor salesJournalScreen();

/// The sales journal (销售记录) at the till: this register's sales of a day, newest first, and the
/// receipt of the chosen one beside the list, exactly as it prints (ReceiptView: save PNG/PDF, reprint).
/// A receipt scanned by any scanner (its barcode holds the receipt number) or typed opens it, from
/// whatever day. Void (撤销, F8) undoes a sale of today with a supervisor's authority; Refund (退货, F9)
/// opens the RefundDialog. Why an action is refused is said in one line under the buttons — never a
/// chain of dialogs. Every rule is the domain's (VoidService, RefundService); the screen only shows it.
class SalesJournalScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit SalesJournalScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~SalesJournalScreen() override;

    void activated() override;
    /// The journal of the latest day with sales, its newest sale selected with its receipt shown.
    void prepareScreenshot() override;
    QStringList screenshotStates() const override;
    QWidget *prepareScreenshotState(const QString &state) override;

    /// Lists the sales of `day` (this register), newest first; keeps the selection when it is still there.
    void showDay(const QDate &day);
    /// Opens the sale with this receipt number (scanned or typed; spaces ignored), switching to its day.
    /// False (and the line says so) when there is no such sale.
    bool openReceipt(const QString &code);
    /// Voids the selected sale with `reason` after asking for the authority (supervisor override).
    /// False when refused; statusText() says why.
    bool voidSelected(const QString &reason);
    /// Opens the refund dialog for the selected sale, modeless, with the whole sale chosen (for
    /// screenshots and tests); nullptr when no sale is selected. The dialog deletes itself on close.
    RefundDialog *openRefundDialog();

    QTableWidget *salesTable() const { return m_table; }
    ReceiptView *receiptView() const { return m_receipt; }
    /// The receipt number of the selected sale; empty when none.
    QString selectedReceipt() const;
    /// The one line under the actions: why an action was refused, or what was done.
    QString statusText() const;
    /// The status column of the row with this receipt ("Voided", "Refunded in part", …); empty if not listed.
    QString stateOf(const QString &receiptNumber) const;

private:
    enum Column { kReceiptColumn, kTimeColumn, kTotalColumn, kStateColumn, kColumnCount };

    /// The day and receipt fields (returned) and the sales table.
    QLayout *setupList();
    /// The void reason, Void and Refund (returned) and the status line.
    QLayout *setupActions();
    /// Scans open receipts; a payment back from the terminal books the void waiting for it.
    void listen();
    void reload();
    void selectReceipt(const QString &receiptNumber);
    void showSelected();
    void refund();
    QString stateText(const CommittedSale &sale) const;
    /// The reason a void of the selected sale cannot be, said before any supervisor is asked; empty when none.
    QString voidObstacle(const CommittedSale &sale) const;
    void setStatus(const QString &text, bool error);
    /// Books the pending void; while its card/QR/face payments are still on their way back, waits
    /// (PaymentService::changed books it when they are).
    bool bookVoid();

    /// A void approved and waiting for the terminal to return the payments.
    struct PendingVoid
    {
        QString uuid;
        QString receiptNumber;
        QString saleUuid;
        QString reason;
        Session acting;
    };

    shell::ShellContext &m_context;
    QDate m_day;
    QList<CommittedSale> m_sales;
    QDateEdit *m_dayEdit;
    QLineEdit *m_search;
    QTableWidget *m_table;
    ReceiptView *m_receipt;
    QComboBox *m_reason;
    QPushButton *m_void;
    QPushButton *m_refund;
    QLabel *m_status;
    std::optional<PendingVoid> m_pendingVoid;
};

} // namespace qtill::checkout
