#include "salesjournalscreen.h"

#include "receiptview.h"
#include "refunddialog.h"

#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentintent.h"
#include "checkout/paymentservice.h"
#include "checkout/refundservice.h"
#include "checkout/saleservice.h"
#include "checkout/voidservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "shell/actingsession.h"
#include "shell/deviceaccess.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::checkout {

namespace {

QPushButton *keyedButton(const QString &text, const QKeySequence &key, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(QStringLiteral("%1  %2").arg(text, key.toString()), parent);
    button->setObjectName(QLatin1String(name));
    button->setShortcut(key);
    button->setMinimumSize(150, 60);
    return button;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

/// A receipt number as scanned or typed: no spaces, upper case ("r01-00000042 " → "R01-00000042").
QString normalisedReceipt(const QString &code)
{
    QString out = code.trimmed().toUpper();
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

shell::ScreenDescriptor salesJournalScreen()
{
    shell::ScreenDescriptor sales;
    sales.id = QStringLiteral("checkout.sales");
    sales.title = SalesJournalScreen::tr("Sales");
    sales.icon = shell::Icons::navIcon(QStringLiteral("reports"));
    sales.permission = CheckoutPermissions::kSell;
    sales.order = 110;
    sales.area = shell::ScreenArea::Counter;
    sales.description = SalesJournalScreen::tr("Today's receipts: preview, reprint, void and refund");
    sales.create = [](shell::ShellContext &context, QWidget *parent) { return new SalesJournalScreen(context, parent); };
    return sales;
}

SalesJournalScreen::SalesJournalScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_dayEdit(new QDateEdit(this)), m_search(new QLineEdit(this)),
      m_table(new QTableWidget(this)), m_receipt(new ReceiptView(context, this)), m_reason(new QComboBox(this)),
      m_void(keyedButton(tr("Void"), QKeySequence(Qt::Key_F8), "voidButton", this)),
      m_refund(keyedButton(tr("Refund"), QKeySequence(Qt::Key_F9), "refundButton", this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("salesJournalScreen"));
    auto *header = new shell::PageHeader(tr("Sales"), this);
    header->setSubtitle(tr("This register's receipts. Scan a receipt to open it, then reprint, void or take goods back."));

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addLayout(setupList());
    left->addWidget(m_table, 1);
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_receipt, 1);
    right->addLayout(setupActions());
    right->addWidget(m_status);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(left, 1);
    body->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    listen();
    Services &services = m_context.services();
    showDay(services.storeProfile().businessDate(m_context.clock().now()));
}

SalesJournalScreen::~SalesJournalScreen() = default;

QLayout *SalesJournalScreen::setupList()
{
    m_dayEdit->setObjectName(QStringLiteral("journalDay"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setMinimumSize(190, 56);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (day != m_day)
            showDay(day);
    });
    m_search->setObjectName(QStringLiteral("receiptSearch"));
    m_search->setMinimumHeight(56);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Receipt number: scan the receipt or type it"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { openReceipt(m_search->text()); });
    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_dayEdit);
    filters->addWidget(m_search, 1);

    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setColumnCount(kColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Receipt"), tr("Time"), tr("Total"), tr("Status")});
    shell::setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kStateColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SalesJournalScreen::showSelected);
    return filters;
}

QLayout *SalesJournalScreen::setupActions()
{
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setEditable(true);
    m_reason->addItems({tr("Rung up by mistake"), tr("Customer changed their mind"), tr("Wrong payment method")});
    m_reason->setMinimumHeight(60);
    m_reason->setToolTip(tr("Why the sale is voided"));
    shell::Theme::setKind(m_void, QStringLiteral("danger"));
    shell::Theme::setKind(m_refund, QStringLiteral("primary"));
    connect(m_void, &QPushButton::clicked, this, [this] { voidSelected(m_reason->currentText()); });
    connect(m_refund, &QPushButton::clicked, this, &SalesJournalScreen::refund);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_void);
    actions->addWidget(m_refund);
    return actions;
}

void SalesJournalScreen::listen()
{
    // A receipt scanned while the journal is shown opens it, wherever the focus is (not while a
    // dialog of ours is open: the refund dialog takes serial numbers from the scanner).
    if (shell::DeviceAccess *devices = m_context.devices()) {
        connect(devices, &shell::DeviceAccess::scanned, this, [this](const QString &code) {
            const QList<RefundDialog *> dialogs = findChildren<RefundDialog *>();
            const bool refunding = std::any_of(dialogs.cbegin(), dialogs.cend(), [](const RefundDialog *d) { return d->isVisible(); });
            if (isVisible() && !refunding && !QApplication::activeModalWidget() && !m_search->hasFocus())
                openReceipt(code);
        });
    }
    connect(&CheckoutServices::of(m_context.services()).payments(), &PaymentService::changed, this,
            [this](const PaymentIntent &intent) {
                if (m_pendingVoid && intent.saleUuid == m_pendingVoid->saleUuid && intent.state == IntentState::kReversed)
                    bookVoid();
            });
}

void SalesJournalScreen::activated()
{
    reload();
}

void SalesJournalScreen::prepareScreenshot()
{
    auto latest = CheckoutServices::of(m_context.services())
                      .sales()
                      .list(SaleQuery{{}, {}, m_context.services().storeProfile().registerId(), 1});
    if (latest && !latest->isEmpty()) {
        showDay(latest->first().businessDate);
        selectReceipt(latest->first().receiptNumber);
    }
}

void SalesJournalScreen::showDay(const QDate &day)
{
    m_day = day;
    {
        const QSignalBlocker blocker(m_dayEdit);
        m_dayEdit->setDate(day);
    }
    reload();
}

void SalesJournalScreen::reload()
{
    const QString selected = selectedReceipt();
    Services &services = m_context.services();
    auto sales = CheckoutServices::of(services).sales().list(
        SaleQuery{m_day, m_day, services.storeProfile().registerId(), 1000});
    if (!sales) {
        m_context.showMessage(sales.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_sales = *sales;
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_sales.size()));
    const QLocale locale;
    for (int row = 0; row < m_sales.size(); ++row) {
        const CommittedSale &sale = m_sales.at(row);
        m_table->setItem(row, kReceiptColumn, cell(sale.receiptNumber));
        m_table->setItem(row, kTimeColumn, cell(locale.toString(sale.at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
        m_table->setItem(row, kTotalColumn, cell(sale.total.format(locale), Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, kStateColumn, cell(stateText(sale)));
    }
    selectReceipt(selected);
    if (selectedReceipt().isEmpty())
        showSelected();
}

QString SalesJournalScreen::stateText(const CommittedSale &sale) const
{
    CheckoutServices &checkout = CheckoutServices::of(m_context.services());
    if (checkout.voids().isVoided(sale.receiptNumber).valueOr(false))
        return tr("Voided");
    const QHash<int, Quantity> refunded = checkout.refunds().refundedQuantities(sale.receiptNumber).valueOr({});
    if (refunded.isEmpty())
        return tr("Paid");
    return tr("Goods taken back");
}

void SalesJournalScreen::selectReceipt(const QString &receiptNumber)
{
    for (int row = 0; row < m_sales.size(); ++row) {
        if (m_sales.at(row).receiptNumber == receiptNumber) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            showSelected();
            return;
        }
    }
    m_table->clearSelection();
}

bool SalesJournalScreen::openReceipt(const QString &code)
{
    const QString number = normalisedReceipt(code);
    if (number.isEmpty())
        return false;
    auto sale = CheckoutServices::of(m_context.services()).sales().byReceipt(number);
    if (!sale) {
        setStatus(tr("No sale has the receipt number %1.").arg(number), true);
        return false;
    }
    m_search->clear();
    if (sale->businessDate != m_day)
        showDay(sale->businessDate);
    selectReceipt(sale->receiptNumber);
    return selectedReceipt() == sale->receiptNumber;
}

QString SalesJournalScreen::selectedReceipt() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_sales.size())
        return {};
    return m_sales.at(rows.first().row()).receiptNumber;
}

void SalesJournalScreen::showSelected()
{
    const QString receipt = selectedReceipt();
    const bool chosen = !receipt.isEmpty() && (m_receipt->receiptNumber() == receipt || m_receipt->showReceipt(receipt));
    if (receipt.isEmpty())
        m_receipt->clear();
    m_void->setEnabled(chosen);
    m_refund->setEnabled(chosen);
    m_status->clear();
}

QString SalesJournalScreen::voidObstacle(const CommittedSale &sale) const
{
    CheckoutServices &checkout = CheckoutServices::of(m_context.services());
    if (checkout.voids().isVoided(sale.receiptNumber).valueOr(false))
        return tr("%1 is voided already.").arg(sale.receiptNumber);
    const QDate today = m_context.services().storeProfile().businessDate(m_context.clock().now());
    if (sale.businessDate != today)
        return tr("%1 is from %2: only today's sales can be voided. Use Refund.")
            .arg(sale.receiptNumber, QLocale().toString(sale.businessDate, QLocale::ShortFormat));
    if (!checkout.refunds().refundedQuantities(sale.receiptNumber).valueOr({}).isEmpty())
        return tr("Goods of %1 were taken back already: refund the rest instead.").arg(sale.receiptNumber);
    return {};
}

bool SalesJournalScreen::voidSelected(const QString &reason)
{
    const QString receipt = selectedReceipt();
    const auto sale = std::find_if(m_sales.cbegin(), m_sales.cend(),
                                   [&](const CommittedSale &s) { return s.receiptNumber == receipt; });
    if (sale == m_sales.cend())
        return false;
    // What is plainly not possible is said before a supervisor is called over; the domain checks again.
    if (const QString obstacle = voidObstacle(*sale); !obstacle.isEmpty()) {
        setStatus(obstacle, true);
        return false;
    }
    const QString why = tr("Void %1 (%2)").arg(sale->receiptNumber, sale->total.format(QLocale()));
    const std::optional<Session> acting = shell::actingSession(m_context, CheckoutPermissions::kVoid, why, this);
    if (!acting) {
        setStatus(tr("Not voided: no supervisor approved it."), true);
        return false;
    }
    m_pendingVoid = PendingVoid{QUuid::createUuid().toString(QUuid::WithoutBraces), sale->receiptNumber, sale->uuid,
                                reason, *acting};
    // Card, QR and face payments go back through the terminal first; the void books once they are back.
    if (Status back = CheckoutServices::of(m_context.services()).payments().returnForVoid(sale->uuid); !back) {
        m_pendingVoid.reset();
        setStatus(back.error().message, true);
        return false;
    }
    return bookVoid();
}

bool SalesJournalScreen::bookVoid()
{
    if (!m_pendingVoid)
        return false;
    CheckoutServices &checkout = CheckoutServices::of(m_context.services());
    const PendingVoid pending = *m_pendingVoid;
    auto booked = checkout.voids().voidSale(pending.acting, VoidRequest{pending.uuid, pending.receiptNumber, pending.reason});
    if (!booked) {
        const QList<PaymentIntent> intents = checkout.payments().ofSale(pending.saleUuid).valueOr({});
        const bool returning = std::any_of(intents.cbegin(), intents.cend(),
                                           [](const PaymentIntent &i) { return i.state == IntentState::kReversing; });
        if (returning) {
            setStatus(tr("Returning the payment of %1 on the terminal: the void books when it is back.")
                          .arg(pending.receiptNumber), false);
            return false;
        }
        m_pendingVoid.reset();
        setStatus(booked.error().message, true);
        return false;
    }
    m_pendingVoid.reset();
    reload();
    setStatus(tr("%1 voided: %2 taken off, goods back in stock.").arg(booked->receiptNumber, booked->total.format(QLocale())),
              false);
    return true;
}

QStringList SalesJournalScreen::screenshotStates() const
{
    return {QStringLiteral("refund")};
}

QWidget *SalesJournalScreen::prepareScreenshotState(const QString &state)
{
    if (state != QLatin1String("refund"))
        return nullptr;
    return openRefundDialog();   // the latest sale, every line chosen: what the customer gets back
}

RefundDialog *SalesJournalScreen::openRefundDialog()
{
    const QString receipt = selectedReceipt();
    if (receipt.isEmpty())
        return nullptr;
    auto *dialog = new RefundDialog(m_context, receipt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](const QString &text) {
        reload();
        setStatus(text, false);
    });
    dialog->selectWholeSale();
    dialog->show();
    return dialog;
}

void SalesJournalScreen::refund()
{
    const QString receipt = selectedReceipt();
    if (receipt.isEmpty())
        return;
    RefundDialog dialog(m_context, receipt, this);
    connect(&dialog, &RefundDialog::refunded, this, [this](const QString &text) {
        reload();
        setStatus(text, false);
    });
    dialog.exec();
}

QString SalesJournalScreen::statusText() const
{
    return m_status->text();
}

QString SalesJournalScreen::stateOf(const QString &receiptNumber) const
{
    for (int row = 0; row < m_sales.size(); ++row) {
        if (m_sales.at(row).receiptNumber == receiptNumber)
            return m_table->item(row, kStateColumn)->text();
    }
    return {};
}

void SalesJournalScreen::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(shell::Theme::kDanger.name()) : QString());
}

} // namespace qtill::checkout
