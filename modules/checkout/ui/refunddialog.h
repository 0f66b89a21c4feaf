#pragma once

#include "checkout/refundservice.h"
#include "checkout/sale.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

/// Takes goods back (退货) from one booked sale: its lines with what was sold, what earlier refunds
/// took and what is left; the cashier picks quantities (or the whole sale), restock or write off per
/// line, and scans the serial number of serial-tracked goods. Every figure — each line's amount, its
/// share of the order discount, the cash rounding given back, the money per tender — is
/// RefundService::plan()'s, recomputed on each change; the dialog computes no money. The plan shows
/// where the money goes per tender ("¥12.00 back to Bank card ****1234 · ¥3.50 back to Cash"). Confirm
/// asks for CheckoutPermissions::kRefund (supervisor override) — kRefundToCash with "All in cash" —
/// and books through RefundService; card, QR and face parts go back through the terminal while the
/// dialog shows a waiting line (never blocking: the answer comes as PaymentService::refundChanged); a
/// declined part books nothing, says why, and Confirm tries again (or all in cash, with a supervisor).
/// The refund number and the money per tender are then shown. Why something is refused is one line.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(shell::ShellContext &context, const QString &receiptNumber, QWidget *parent = nullptr);
    ~RefundDialog() override;

    /// Every line at what is left of it.
    void selectWholeSale();
    /// What to take back of sale line `lineNo` (0: none).
    void setQuantity(int lineNo, const Quantity &quantity);
    /// Back on the shelf (true) or written off.
    void setRestock(int lineNo, bool restock);
    /// The serial number the customer brings for a serial-tracked line.
    void setSerial(int lineNo, const QString &serial);
    /// Books the refund, or starts its terminal parts (waitingForTerminal()). False when refused
    /// (statusText() says why) or not approved.
    bool confirm();
    /// Everything back in cash instead of to the card, QR or face payment (needs kRefundToCash).
    void setToCash(bool toCash);
    /// The terminal is giving back a card, QR or face part: nothing is booked yet.
    bool waitingForTerminal() const { return m_waiting; }

    /// The plan shown (nullopt while nothing is chosen or it is refused).
    const std::optional<RefundPlan> &plan() const { return m_plan; }
    /// The booked refund, once confirmed.
    const std::optional<BookedRefund> &booked() const { return m_booked; }
    /// The line under the figures: why the refund cannot be, or what was booked.
    QString statusText() const;
    /// "Give back ¥36.60" — the total as shown.
    QString totalText() const;
    QTableWidget *linesTable() const { return m_table; }

Q_SIGNALS:
    /// A refund was booked; `summary` is the line the journal shows.
    void refunded(const QString &summary);

private:
    enum Column { kItemColumn, kSoldColumn, kRefundedColumn, kLeftColumn, kTakeColumn, kRestockColumn,
                  kSerialColumn, kAmountColumn, kColumnCount };
    struct Row
    {
        SoldLine line;
        Quantity left;
        QDoubleSpinBox *take = nullptr;
        QCheckBox *restock = nullptr;
        QLineEdit *serial = nullptr;
    };

    void setupTable();
    void load(const QString &receiptNumber);
    void addRow(int row, const SoldLine &line, const Quantity &refunded);
    RefundRequest request() const;
    void replan();
    QString serialProblem() const;
    void takeScan(const QString &code);
    void setStatus(const QString &text, bool error);
    Row *rowOf(int lineNo);
    void onRefundChanged(const QString &refundUuid);
    void showBooked(const BookedRefund &booked);
    void setEditable(bool editable);

    shell::ShellContext &m_context;
    QString m_uuid;             ///< one per dialog: a double tap on Confirm books once
    SaleDetail m_sale;
    QList<Row> m_rows;
    std::optional<RefundPlan> m_plan;
    std::optional<BookedRefund> m_booked;
    QLabel *m_heading;
    QTableWidget *m_table;
    QComboBox *m_reason;
    QCheckBox *m_toCash;
    bool m_waiting = false;
    QLabel *m_figures;
    QLabel *m_total;
    QLabel *m_status;
    QPushButton *m_whole;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace qtill::checkout
