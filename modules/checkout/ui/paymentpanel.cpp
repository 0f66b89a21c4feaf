#include "paymentpanel.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/qrrouting.h"
#include "checkout/saleservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include "hal/cashdrawer.h"
#include "hal/devicemanager.h"
#include "hal/receiptprinter.h"

#include "shell/deviceaccess.h"
#include "shell/numerickeypad.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::checkout {

const Setting<QString> PaymentPanel::kCashRounding{"checkout/cashRounding", QStringLiteral("none")};

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString money(const Money &amount)
{
    return amount.format(QLocale());
}

/// The next multiple of `step` fen strictly above `due` (¥83.30 → ¥90 for ¥10).
Money nextAbove(const Money &due, qint64 step)
{
    return Money::fromMinor((due.minor() / step + 1) * step, due.currency());
}

} // namespace

PaymentPanel::PaymentPanel(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_cart(context.services().storeProfile().currency())
{
    setObjectName(QStringLiteral("paymentPanel"));
    setFocusPolicy(Qt::StrongFocus);
    buildUi();
    PaymentService &service = payments();
    connect(&service, &PaymentService::changed, this, &PaymentPanel::onIntentChanged);
    connect(&service, &PaymentService::progress, this, &PaymentPanel::onProgress);
    if (shell::DeviceAccess *devices = m_context.devices()) {
        // A payment code scanned while the panel is up pays by QR (the sale screen has the scanner otherwise).
        connect(devices, &shell::DeviceAccess::scanned, this, [this](const QString &code) {
            if (!isVisible() || !m_pending.isEmpty() || m_saleUuid.isEmpty())
                return;
            m_qrCode->setText(code);
            payByTerminal(TenderType::kQr);
        });
    }
}

PaymentPanel::~PaymentPanel() = default;

PaymentService &PaymentPanel::payments()
{
    return CheckoutServices::of(m_context.services()).payments();
}

void PaymentPanel::begin(const Cart &cart, const QString &saleUuid)
{
    m_cart = cart;
    m_saleUuid = saleUuid;
    m_cash.clear();
    m_approved.clear();
    m_pending.clear();
    m_digits.clear();
    m_qrCode->clear();
    m_booking = false;
    auto totals = cart.totals();
    m_total = totals ? totals->total : Money::zero(cart.currency());
    if (!totals)
        showStatus(totals.error().message, true);
    else
        showStatus(QString(), false);
    // Payments of this sale from before (back to the sale and here again, or a restart) count already.
    if (auto earlier = payments().ofSale(saleUuid)) {
        for (const PaymentIntent &intent : std::as_const(*earlier)) {
            if (intent.state == IntentState::kApproved)
                m_approved << intent;
            else if (!intent.isDecided())
                m_pending = intent.uuid;
        }
    }
    if (!m_pending.isEmpty())
        showStatus(tr("Waiting for the customer — do not scan again"), false);
    recompute();
    setFocus();
}

void PaymentPanel::showForScreenshot(const Cart &cart)
{
    begin(cart, newId());
    Tender cash;
    cash.uuid = newId();
    cash.type = TenderType::kCash;
    cash.tendered = Money::fromMinor(5000, cart.currency());
    m_cash << cash;
    m_pending = QStringLiteral("screenshot");
    recompute();
    showStatus(tr("Waiting for the customer — do not scan again") + QStringLiteral("  ·  ")
                   + tr("Insert, tap or swipe the card"),
               false);
}

QString PaymentPanel::statusText() const
{
    return m_status->text();
}

void PaymentPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F9: payByTerminal(TenderType::kCard); return;
    case Qt::Key_F10: payByTerminal(TenderType::kQr); return;   // no code yet: asks for it
    case Qt::Key_F11: payByTerminal(TenderType::kFace); return;
    case Qt::Key_Escape: goBack(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: payCash(typedAmount()); return;
    default: break;
    }
    if (m_keypad->handleKey(event->key(), event->text()))
        return;
    QWidget::keyPressEvent(event);
}

CashRounding PaymentPanel::rounding() const
{
    const QString mode = kCashRounding.get(m_context.services().settings());
    if (mode == QLatin1String("fen"))
        return CashRounding::DropFen;
    if (mode == QLatin1String("jiao"))
        return CashRounding::DropJiao;
    if (mode == QLatin1String("nearest"))
        return CashRounding::NearestJiao;
    return CashRounding::None;
}

QList<Tender> PaymentPanel::tenders() const
{
    QList<Tender> all;
    for (const PaymentIntent &intent : m_approved)
        all << intent.toTender();
    return all + m_cash;
}

std::optional<Money> PaymentPanel::typedAmount() const
{
    if (m_digits.isEmpty())
        return std::nullopt;
    auto amount = Money::fromKeypadDigits(m_digits, m_cart.currency());
    return amount ? std::optional<Money>(*amount) : std::nullopt;
}

Money PaymentPanel::cashDue() const
{
    // What exact cash is: the rest, rounded as cash is (抹零). With cash taken already the split has
    // rounded the whole cash part.
    const Money due = m_splitOk ? m_split.stillDue : m_total;
    if (!m_cash.isEmpty())
        return due;
    auto adjust = cashRoundingOf(due, rounding());
    return adjust ? due + *adjust : due;
}

Money PaymentPanel::restForTerminal() const
{
    // The terminal is never asked for more than is owed, unrounded (rounding is for cash only).
    Money rest = m_total;
    for (const Tender &t : tenders())
        rest -= t.type == TenderType::kCash ? t.tendered : t.amount;
    return rest.isNegative() ? Money::zero(m_total.currency()) : rest;
}

void PaymentPanel::recompute()
{
    auto split = splitTenders(m_total, tenders(), rounding());
    m_splitOk = split.ok();
    if (split)
        m_split = *split;
    else
        showStatus(split.error().message, true);
    refresh();
    Q_EMIT tendersChanged();
}

void PaymentPanel::refresh()
{
    const QLocale locale;
    const bool waiting = !m_pending.isEmpty();
    m_due->setText(tr("Due %1").arg(money(m_splitOk ? m_split.total : m_total)));
    m_tenderList->clear();
    const QList<Tender> shown = m_splitOk ? m_split.tenders : tenders();
    for (const Tender &t : shown) {
        QString line = TenderType::displayName(t.type);
        if (!t.wallet.isEmpty())
            line += QLatin1Char(' ') + t.wallet;
        line += QStringLiteral("   ") + money(t.type == TenderType::kCash ? t.tendered : t.amount);
        if (!t.maskedCard.isEmpty())
            line += QStringLiteral("   ") + t.maskedCard;
        m_tenderList->addItem(line);
    }
    const bool rounded = m_splitOk && !m_split.rounding.isZero();
    m_roundingLine->setVisible(rounded);
    if (rounded)
        m_roundingLine->setText(tr("Cash rounding %1").arg(money(m_split.rounding)));
    const Money due = m_splitOk ? m_split.stillDue : m_total;
    m_remaining->setText(tr("Still to pay %1").arg(money(due)));
    const bool change = m_splitOk && m_split.change.isPositive();
    m_change->setVisible(change);
    if (change)
        m_change->setText(tr("Change %1").arg(money(m_split.change)));
    m_keepNote->setVisible(!m_approved.isEmpty());
    const std::optional<Money> typed = typedAmount();
    m_amount->setText(typed ? typed->format(locale) : QString());
    const bool open = !waiting && !m_booking && !m_saleUuid.isEmpty();
    for (QPushButton *b : {m_cashButton, m_cardButton, m_qrButton, m_faceButton})
        b->setEnabled(open);
    m_cancelButton->setVisible(waiting);
    m_backButton->setEnabled(!waiting && !m_booking);
    m_keypad->setEnabled(open);
    m_qrCode->setEnabled(open);
    refreshQuickCash();
}

void PaymentPanel::refreshQuickCash()
{
    m_quickAmounts.clear();
    const Money exact = cashDue();
    if (exact.isPositive()) {
        m_quickAmounts << exact;
        for (qint64 step : {1000, 5000, 10000}) {
            const Money above = nextAbove(exact, step);
            if (!m_quickAmounts.contains(above))
                m_quickAmounts << above;
        }
    }
    const bool open = m_pending.isEmpty() && !m_booking && !m_saleUuid.isEmpty();
    for (int i = 0; i < m_quick.size(); ++i) {
        QPushButton *button = m_quick.at(i);
        button->setVisible(i < m_quickAmounts.size());
        button->setEnabled(open);
        if (i < m_quickAmounts.size())
            button->setText(i == 0 ? tr("Exact %1").arg(money(m_quickAmounts.at(i))) : money(m_quickAmounts.at(i)));
    }
}

void PaymentPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    shell::Theme::setProperty(m_status, "severity", error ? QStringLiteral("error") : QStringLiteral("info"));
}

bool PaymentPanel::withinLimit(const QString &type, const Money &amount)
{
    // The domain's rule (PaymentService, SaleService check it again), said here before anything is asked.
    const Status within = PaymentService::checkTenderLimit(m_context.services().settings(), type, amount);
    if (!within)
        showStatus(within.error().message, true);
    return within.ok();
}

void PaymentPanel::payCash(const std::optional<Money> &given)
{
    if (m_saleUuid.isEmpty() || !m_pending.isEmpty() || m_booking)
        return;
    if (m_splitOk && m_split.isPaid()) {
        finish();   // paid already (a booking that failed before): try again
        return;
    }
    Tender cash;
    cash.uuid = newId();
    cash.type = TenderType::kCash;
    cash.tendered = given ? *given : cashDue();
    if (!cash.tendered.isPositive())
        return;
    const Money keeps = cash.tendered < cashDue() ? cash.tendered : cashDue();
    if (!withinLimit(TenderType::kCash, keeps))
        return;
    m_cash << cash;
    m_digits.clear();
    showStatus(QString(), false);
    recompute();
    if (!m_splitOk) {
        m_cash.removeLast();   // refused (an amount the split cannot take): nothing changes
        recompute();
        return;
    }
    if (m_split.isPaid())
        finish();
}

void PaymentPanel::payByTerminal(const QString &method)
{
    if (m_saleUuid.isEmpty() || !m_pending.isEmpty() || m_booking)
        return;
    const Money rest = restForTerminal();
    const std::optional<Money> typed = typedAmount();
    const Money amount = typed && *typed < rest ? *typed : rest;
    if (!amount.isPositive()) {
        showStatus(tr("Nothing is left to pay."), false);
        return;
    }
    if (!withinLimit(method, amount))
        return;
    QString code;
    if (method == TenderType::kQr) {
        code = m_qrCode->text().trimmed();
        if (code.isEmpty()) {
            showStatus(tr("Scan the customer's payment code."), false);
            m_qrCode->setFocus();
            Q_EMIT paymentCodeWanted();
            return;
        }
        auto wallet = QrRouting::forStore(m_context.services()).walletOf(code);
        if (!wallet) {
            showStatus(wallet.error().message, true);
            m_qrCode->selectAll();
            return;
        }
    }
    auto started = payments().start(m_context.session(), m_saleUuid, method, amount, code);
    if (!started) {
        showStatus(started.error().message, true);
        return;
    }
    m_pending = started->uuid;
    m_digits.clear();
    m_qrCode->clear();
    showStatus(tr("Waiting for the customer — do not scan again"), false);
    refresh();
    setFocus();
    // A terminal that answered at once (before start() returned) was not heard as pending: apply it now.
    if (auto now = payments().intent(m_pending); now && now->isDecided())
        onIntentChanged(*now);
}

void PaymentPanel::cancelPayment()
{
    if (!m_pending.isEmpty())
        payments().cancel(m_pending);
}

void PaymentPanel::goBack()
{
    if (!m_pending.isEmpty()) {
        cancelPayment();   // Esc while the terminal waits: stop that payment; back to the sale after it ended
        return;
    }
    if (!m_booking)
        Q_EMIT backToSale();
}

void PaymentPanel::onProgress(const QString &intentUuid, const QString &message)
{
    if (intentUuid == m_pending && !message.isEmpty())
        showStatus(tr("Waiting for the customer — do not scan again") + QStringLiteral("  ·  ") + message, false);
}

void PaymentPanel::onIntentChanged(const PaymentIntent &intent)
{
    if (intent.saleUuid != m_saleUuid || m_saleUuid.isEmpty())
        return;
    if (intent.state == IntentState::kApproved) {
        const bool known = std::any_of(m_approved.cbegin(), m_approved.cend(),
                                       [&](const PaymentIntent &a) { return a.uuid == intent.uuid; });
        if (!known)
            m_approved << intent;
    }
    if (intent.uuid != m_pending) {
        recompute();
        return;
    }
    if (!intent.isDecided() && intent.state != IntentState::kReversing)
        return;   // pending or unknown: the service asks again; the cashier keeps waiting
    m_pending.clear();
    if (intent.state == IntentState::kApproved) {
        showStatus(tr("%1 approved: %2").arg(TenderType::displayName(intent.method), money(intent.approved)), false);
    } else {
        const QString why = intent.message.isEmpty() ? tr("not paid") : intent.message;
        showStatus(tr("%1 not paid: %2. The sale is still open.").arg(TenderType::displayName(intent.method), why), true);
    }
    recompute();
    if (m_splitOk && m_split.isPaid())
        finish();
}

void PaymentPanel::finish()
{
    if (m_booking || !m_pending.isEmpty() || !m_splitOk || !m_split.isPaid())
        return;
    SaleRequest request;
    request.uuid = m_saleUuid;
    request.cart = m_cart;
    request.tenders = tenders();
    request.rounding = rounding();
    request.printReceipt = true;
    m_booking = true;
    refresh();
    auto sale = CheckoutServices::of(m_context.services()).sales().commit(m_context.session(), request);
    m_booking = false;
    if (!sale) {
        // Nothing was booked; the payments stay approved. Enter tries again.
        showStatus(sale.error().message + QLatin1Char(' ') + tr("Press Enter to try again."), true);
        refresh();
        return;
    }
    if (!m_cash.isEmpty())
        openDrawer();
    const CommittedSale booked = *sale;
    m_saleUuid.clear();
    showStatus(sale->change.isPositive() ? tr("Paid. Change %1").arg(money(sale->change)) : tr("Paid."), false);
    refresh();
    Q_EMIT paid(booked);
}

void PaymentPanel::openDrawer()
{
    shell::DeviceAccess *devices = m_context.devices();
    if (!devices)
        return;
    hal::DeviceManager &manager = devices->manager();
    auto *drawer = qobject_cast<hal::CashDrawer *>(manager.first(hal::DeviceCategory::CashDrawer));
    if (!drawer)
        return;
    // A drawer on the printer's kick port opens with the receipt (its drawer kick) when the printer
    // prints now; otherwise — a drawer of its own, or the printer is down — it is told directly.
    auto *printer = qobject_cast<hal::ReceiptPrinter *>(manager.first(hal::DeviceCategory::ReceiptPrinter));
    const bool printerKicks = drawer->info().backend == QLatin1String("printer") && printer && printer->isEnabled()
        && !printer->hasError() && !printer->currentStatus().paperOut;
    if (!printerKicks)
        drawer->openDrawer();
}

} // namespace qtill::checkout
