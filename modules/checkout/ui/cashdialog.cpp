#include "cashdialog.h"

#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"

#include "hal/cashdrawer.h"
#include "hal/devicemanager.h"

#include "shell/actingsession.h"
#include "shell/deviceaccess.h"
#include "shell/numerickeypad.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace qtill::checkout {

namespace {

constexpr int kMaxDigits = 8;          // up to ¥999,999.99 in one movement
constexpr int kKindHeight = 72;
constexpr int kKeypadHeight = 280;
enum Column { kTimeColumn, kKindColumn, kAmountColumn, kReasonColumn, kCashierColumn, kApproverColumn, kColumnCount };

const QStringList &kinds()
{
    static const QStringList all{CashKind::kShiftOpen, CashKind::kPaidIn, CashKind::kPaidOut, CashKind::kNoSale};
    return all;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

CashDialog::CashDialog(shell::ShellContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_heading(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("cashDialog"));
    setWindowTitle(tr("Cash drawer"));
    setModal(true);
    setFocusPolicy(Qt::StrongFocus);
    resize(1120, 780);
    m_heading->setObjectName(QStringLiteral("cashHeading"));
    m_heading->setProperty("heading", true);
    m_status->setObjectName(QStringLiteral("cashStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(40);

    auto *form = new QHBoxLayout;
    form->setSpacing(16);
    form->addWidget(buildKinds());
    form->addWidget(buildEntry(), 1);
    form->addWidget(buildReason(), 1);

    m_close = new QPushButton(tr("Close  Esc"), this);
    m_close->setObjectName(QStringLiteral("cashClose"));
    m_close->setAutoDefault(false);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_book = new QPushButton(tr("Book  Enter"), this);
    m_book->setObjectName(QStringLiteral("cashBook"));
    m_book->setAutoDefault(false);
    m_book->setFocusPolicy(Qt::NoFocus);
    m_book->setMinimumSize(200, 60);
    shell::Theme::setKind(m_book, QStringLiteral("primary"));
    connect(m_book, &QPushButton::clicked, this, [this] { submit(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_book);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(buildDay(), 1);
    layout->addLayout(buttons);

    reload();
    refreshForm();
    setFocus();
}

CashDialog::~CashDialog() = default;

QString CashDialog::kindName(const QString &kind)
{
    if (kind == CashKind::kShiftOpen)
        return tr("Opening float");
    if (kind == CashKind::kPaidIn)
        return tr("Paid in");
    if (kind == CashKind::kPaidOut)
        return tr("Paid out");
    if (kind == CashKind::kNoSale)
        return tr("No sale");
    return kind;
}

QStringList CashDialog::quickReasons(const QString &kind)
{
    if (kind == CashKind::kPaidIn)
        return {tr("Change from safe"), tr("Float top-up")};
    if (kind == CashKind::kPaidOut)
        return {tr("Delivery paid"), tr("Supplies bought"), tr("Cash to safe")};
    if (kind == CashKind::kNoSale)
        return {tr("Give change"), tr("Check a banknote"), tr("Fix a wrong change")};
    return {};
}

QPushButton *CashDialog::bigButton(const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    return button;
}

QWidget *CashDialog::buildKinds()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    const QStringList keys{QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("F4"), QStringLiteral("F5")};
    for (int i = 0; i < kinds().size(); ++i) {
        const QString kind = kinds().at(i);
        const QString label = kind == CashKind::kNoSale ? tr("No sale (open drawer)") : kindName(kind);
        QPushButton *button = bigButton(QStringLiteral("cashKind_") + kind, label + QLatin1Char('\n') + keys.at(i));
        button->setMinimumSize(230, kKindHeight);
        button->setStyleSheet(QStringLiteral("font-size: 19px; font-weight: 600;"));
        connect(button, &QPushButton::clicked, this, [this, kind] { choose(kind); });
        m_kindButtons.insert(kind, button);
        column->addWidget(button);
    }
    column->addStretch(1);
    return box;
}

QWidget *CashDialog::buildEntry()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("cashAmount"));
    m_amount->setReadOnly(true);
    m_amount->setFocusPolicy(Qt::NoFocus);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMinimumHeight(64);
    m_amount->setStyleSheet(QStringLiteral("font-size: 32px; font-weight: 700;"));
    m_keypad = new shell::NumericKeypad(box);
    m_keypad->setOkText(tr("Book"));
    m_keypad->setMaximumHeight(kKeypadHeight);
    connect(m_keypad, &shell::NumericKeypad::digitsPressed, this, &CashDialog::typeDigits);
    connect(m_keypad, &shell::NumericKeypad::backspacePressed, this, [this] {
        m_digits.chop(1);
        edited();
    });
    connect(m_keypad, &shell::NumericKeypad::clearPressed, this, [this] {
        m_digits.clear();
        edited();
    });
    connect(m_keypad, &shell::NumericKeypad::okPressed, this, [this] { submit(); });
    column->addWidget(m_amount);
    column->addWidget(m_keypad, 1);
    return box;
}

QWidget *CashDialog::buildReason()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    auto *caption = new QLabel(tr("Reason"), box);
    caption->setProperty("secondary", true);
    column->addWidget(caption);
    m_reasonGrid = new QGridLayout;
    m_reasonGrid->setSpacing(8);
    column->addLayout(m_reasonGrid);
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("cashReason"));
    m_reason->setMaxLength(80);
    m_reason->setMinimumHeight(56);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { edited(); });
    column->addWidget(m_reason);
    column->addStretch(1);
    return box;
}

QWidget *CashDialog::buildDay()
{
    auto *card = new QFrame(this);
    card->setProperty("card", true);
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(12, 10, 12, 10);
    column->setSpacing(6);
    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("Booked today at this register"), card);
    caption->setProperty("secondary", true);
    m_dayTotals = new QLabel(card);
    m_dayTotals->setObjectName(QStringLiteral("cashDayTotals"));
    top->addWidget(caption);
    top->addStretch(1);
    top->addWidget(m_dayTotals);
    column->addLayout(top);
    m_movements = new QTableWidget(card);
    m_movements->setObjectName(QStringLiteral("cashMovements"));
    m_movements->setColumnCount(kColumnCount);
    m_movements->setHorizontalHeaderLabels({tr("Time"), tr("What"), tr("Amount"), tr("Reason"), tr("Cashier"), tr("Approved by")});
    shell::setupTable(m_movements, 44);
    m_movements->setSelectionMode(QAbstractItemView::NoSelection);
    m_movements->setFocusPolicy(Qt::NoFocus);
    m_movements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movements->horizontalHeader()->setSectionResizeMode(kReasonColumn, QHeaderView::Stretch);
    column->addWidget(m_movements, 1);
    return card;
}

void CashDialog::choose(const QString &kind)
{
    if (!kinds().contains(kind) || m_busy)
        return;
    m_kind = kind;
    if (kind == CashKind::kNoSale)
        m_digits.clear();
    showQuickReasons();
    edited();
}

void CashDialog::typeDigits(const QString &digits)
{
    if (m_busy || m_kind == CashKind::kNoSale)
        return;
    QString next = m_digits + digits;
    while (next.startsWith(QLatin1Char('0')))
        next.remove(0, 1);   // "0" "5" is 0.05, never a leading zero that hides the length
    if (next.size() > kMaxDigits)
        return;
    m_digits = next;
    edited();
}

Money CashDialog::amount() const
{
    const Currency currency = m_context.services().storeProfile().currency();
    if (m_digits.isEmpty() || m_kind == CashKind::kNoSale)
        return Money::zero(currency);
    auto typed = Money::fromKeypadDigits(m_digits, currency);
    return typed ? *typed : Money::zero(currency);
}

void CashDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    edited();
}

QString CashDialog::reason() const
{
    return m_reason->text().simplified();
}

void CashDialog::showQuickReasons()
{
    qDeleteAll(m_reasonButtons);
    m_reasonButtons.clear();
    const QStringList reasons = quickReasons(m_kind);
    for (int i = 0; i < reasons.size(); ++i) {
        const QString text = reasons.at(i);
        QPushButton *button = bigButton(QStringLiteral("cashReason_%1").arg(i), QStringLiteral("%1  F%2").arg(text).arg(6 + i));
        button->setMinimumHeight(56);
        button->setProperty("reason", text);
        connect(button, &QPushButton::clicked, this, [this, text] { setReason(text); });
        m_reasonGrid->addWidget(button, i, 0);
        m_reasonButtons << button;
    }
    m_reason->setPlaceholderText(m_kind == CashKind::kShiftOpen ? tr("Note (optional)")
                                                                : tr("Other reason: type it"));
}

void CashDialog::edited()
{
    m_unchanged = false;
    refreshForm();
}

void CashDialog::refreshForm()
{
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it)
        shell::Theme::setKind(it.value(), it.key() == m_kind ? QStringLiteral("primary") : QString());
    const bool noMoney = m_kind == CashKind::kNoSale;
    m_amount->setText(noMoney ? tr("No money moves") : amount().format(QLocale()));
    m_amount->setEnabled(!noMoney);
    m_keypad->setEnabled(!m_busy && !noMoney);
    m_reason->setEnabled(!m_busy && !m_kind.isEmpty());
    for (QPushButton *button : std::as_const(m_reasonButtons))
        shell::Theme::setKind(button, button->property("reason").toString() == reason() ? QStringLiteral("primary") : QString());
    m_book->setEnabled(!m_busy && !m_unchanged && !m_kind.isEmpty());
}

bool CashDialog::formReady()
{
    if (m_kind.isEmpty()) {
        setStatus(tr("Choose what to book: opening float, paid in, paid out or no sale."), QStringLiteral("error"));
        return false;
    }
    if ((m_kind == CashKind::kPaidIn || m_kind == CashKind::kPaidOut) && !amount().isPositive()) {
        setStatus(tr("Type the amount on the number pad first (5000 is 50.00)."), QStringLiteral("error"));
        return false;
    }
    if (m_kind != CashKind::kShiftOpen && reason().isEmpty()) {
        setStatus(tr("Say why: tap a reason or type one."), QStringLiteral("error"));
        m_reason->setFocus();
        return false;
    }
    return true;
}

bool CashDialog::submit()
{
    if (m_busy || m_unchanged)
        return false;   // a second press after a booking books nothing; the status still says what was booked
    if (!formReady())
        return false;
    const QString permission = m_kind == CashKind::kShiftOpen ? CheckoutPermissions::kSell : CheckoutPermissions::kCashMovement;
    const QString what = m_kind == CashKind::kNoSale ? kindName(m_kind)
                                                     : tr("%1 %2").arg(kindName(m_kind), amount().format(QLocale()));
    const QString why = reason().isEmpty() ? what : tr("%1: %2").arg(what, reason());
    m_busy = true;
    refreshForm();
    const std::optional<Session> acting = shell::actingSession(m_context, permission, why, this);
    if (!acting) {
        m_busy = false;
        refreshForm();
        setStatus(tr("Not booked: no supervisor approved it."), QStringLiteral("error"));
        return false;
    }
    if (m_uuid.isEmpty())
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CashRequest request{m_uuid, m_kind, amount(), reason()};
    auto recorded = CheckoutServices::of(m_context.services()).cash().record(*acting, request);
    m_busy = false;
    if (!recorded) {
        refreshForm();   // the same uuid goes with the retry: booked at most once
        setStatus(recorded.error().message, QStringLiteral("error"));
        return false;
    }
    m_uuid.clear();
    showBooked(*recorded);
    return true;
}

void CashDialog::showBooked(const CashMovement &movement)
{
    m_booked = movement;
    m_unchanged = true;
    const QString drawer = openDrawer();
    const QString what = movement.kind == CashKind::kNoSale
        ? kindName(movement.kind)
        : tr("%1 %2").arg(kindName(movement.kind), movement.amount.format(QLocale()));
    QString text = movement.alreadyBooked ? tr("Booked already: %1.").arg(what) : tr("Booked: %1.").arg(what);
    if (movement.approverId.isValid())
        text += QLatin1Char(' ') + tr("Approved by %1.").arg(operatorName(movement.approverId));
    {
        const QSignalBlocker blocker(m_reason);
        m_reason->clear();
    }
    m_digits.clear();
    reload();
    refreshForm();
    if (drawer.isEmpty())
        setStatus(text + QLatin1Char(' ') + tr("The drawer is open."), QStringLiteral("info"));
    else
        setStatus(text + QLatin1Char(' ') + drawer, QStringLiteral("warning"));
    if (!movement.alreadyBooked)
        Q_EMIT movementBooked(movement);
}

QString CashDialog::openDrawer()
{
    // No receipt is printed for a cash movement: the drawer is always told directly (a printer-wired
    // drawer sends its kick through the printer).
    shell::DeviceAccess *devices = m_context.devices();
    auto *drawer = devices ? qobject_cast<hal::CashDrawer *>(devices->manager().first(hal::DeviceCategory::CashDrawer)) : nullptr;
    if (!drawer)
        return tr("No cash drawer is connected: open it with its key.");
    const hal::Outcome opened = drawer->openDrawer();
    if (!opened)
        return tr("The drawer did not open: %1 Open it with its key.").arg(opened.message());
    return {};
}

QString CashDialog::operatorName(OperatorId id)
{
    if (!id.isValid())
        return {};
    const auto known = m_names.constFind(id.value());
    if (known != m_names.constEnd())
        return known.value();
    auto found = m_context.services().operators().find(id);
    const QString name = found ? QStringLiteral("%1 %2").arg(found->number, found->name) : QString::number(id.value());
    m_names.insert(id.value(), name);
    return name;
}

void CashDialog::reload()
{
    Services &services = m_context.services();
    const QString registerId = services.storeProfile().registerId();
    const QDate day = services.storeProfile().businessDate(m_context.clock().now());
    m_heading->setText(tr("Cash drawer · register %1 · %2").arg(registerId, QLocale().toString(day, QLocale::ShortFormat)));
    auto movements = CheckoutServices::of(services).cash().ofDay(registerId, day);
    if (!movements) {
        setStatus(movements.error().message, QStringLiteral("error"));
        return;
    }
    const QLocale locale;
    const Money zero = Money::zero(services.storeProfile().currency());
    QHash<QString, Money> sums{{CashKind::kShiftOpen, zero}, {CashKind::kPaidIn, zero}, {CashKind::kPaidOut, zero}};
    int noSales = 0;
    m_movements->clearContents();
    m_movements->setRowCount(int(movements->size()));
    for (int row = 0; row < movements->size(); ++row) {
        const CashMovement &m = movements->at(row);
        const bool noMoney = m.kind == CashKind::kNoSale;
        m_movements->setItem(row, kTimeColumn, cell(locale.toString(m.at.toLocalTime().time(), QStringLiteral("HH:mm"))));
        m_movements->setItem(row, kKindColumn, cell(kindName(m.kind)));
        m_movements->setItem(row, kAmountColumn, cell(noMoney ? QStringLiteral("—") : m.amount.format(locale), Qt::AlignRight | Qt::AlignVCenter));
        m_movements->setItem(row, kReasonColumn, cell(m.reason));
        m_movements->setItem(row, kCashierColumn, cell(operatorName(m.operatorId)));
        m_movements->setItem(row, kApproverColumn, cell(operatorName(m.approverId)));
        if (noMoney) {
            ++noSales;
            continue;
        }
        auto sum = sums.value(m.kind, zero).plus(m.amount);
        if (!sum) {
            setStatus(sum.error().message, QStringLiteral("error"));
            return;
        }
        sums.insert(m.kind, *sum);
    }
    m_movements->scrollToBottom();
    m_dayTotals->setText(tr("Float %1 · Paid in %2 · Paid out %3 · No sale %4")
                             .arg(sums.value(CashKind::kShiftOpen).format(locale), sums.value(CashKind::kPaidIn).format(locale),
                                  sums.value(CashKind::kPaidOut).format(locale))
                             .arg(noSales));
}

void CashDialog::fillForScreenshot()
{
    choose(CashKind::kPaidOut);
    typeDigits(QStringLiteral("5000"));
    setReason(quickReasons(CashKind::kPaidOut).constFirst());
}

QString CashDialog::statusText() const
{
    return m_status->text();
}

void CashDialog::setStatus(const QString &text, const QString &severity)
{
    m_severity = severity;
    m_status->setText(text);
    const QColor colour = severity == QLatin1String("error") ? shell::Theme::kDanger
        : severity == QLatin1String("warning")             ? shell::Theme::kWarning
                                                           : shell::Theme::kText;
    m_status->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600; color: %1;").arg(colour.name()));
}

void CashDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_F2 && key <= Qt::Key_F5) {
        choose(kinds().at(key - Qt::Key_F2));
        return;
    }
    if (key >= Qt::Key_F6 && key <= Qt::Key_F8) {
        const int index = key - Qt::Key_F6;
        if (index < m_reasonButtons.size())
            m_reasonButtons.at(index)->click();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        submit();   // also from the reason field: the line edit passes Enter on
        return;
    }
    if (key != Qt::Key_Escape && m_keypad->handleKey(key, event->text()))
        return;
    QDialog::keyPressEvent(event);
}

} // namespace qtill::checkout
