#include "salescreen.h"

#include "productpicker.h"
#include "ticketmodel.h"

#include "checkout/cartstore.h"
#include "checkout/cashservice.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "shell/deviceaccess.h"
#include "shell/numerickeypad.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/operator.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace qtill::checkout {

namespace {
constexpr int kRowHeight = 56;
constexpr int kActionHeight = 64;
constexpr int kKeypadHeight = 256;   // the product buttons above get the rest
constexpr qint64 kMilligramsPerGram = 1000;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QLabel *figure(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("font-size: 19px;"));
    return label;
}
} // namespace

SaleScreen::SaleScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_checkout(CheckoutServices::of(context.services())),
      m_catalog(inventory::InventoryServices::of(context.services()).catalog()),
      m_cart(context.services().storeProfile().currency()), m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("saleScreen"));
    m_saveTimer->setSingleShot(true);
    // The open ticket is saved one frame after a change: the new line is painted first (the window's update
    // request comes a few milliseconds after the change), then the save (a durable write, up to ~10 ms)
    // runs between scans; a burst of scans still saves once. Paying saves at once (saveNow).
    m_saveTimer->setInterval(kSaveAfterMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SaleScreen::saveNow);
    m_model = new TicketModel(m_cart, this);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(16, 12, 16, 12);
    root->setSpacing(10);
    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(buildTicket(), 1);
    body->addLayout(left, 6);

    left->addLayout(buildEntry());
    body->addLayout(buildPad(), 5);
    root->addLayout(body, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saleStatus"));
    m_status->setMinimumHeight(40);
    m_status->setWordWrap(false);
    root->addWidget(m_status);
    root->addWidget(buildActions());

    m_picker->searchBox()->installEventFilter(this);
    setFocusPolicy(Qt::ClickFocus);
    connect(m_keypad, &shell::NumericKeypad::okPressed, this, &SaleScreen::onEnter);
    connect(m_entry, &QLineEdit::textChanged, this, &SaleScreen::updateEntryHint);
    connect(m_model, &TicketModel::totalsChanged, this, &SaleScreen::updateTotals);
    connect(m_picker, &ProductPicker::productChosen, this, &SaleScreen::addProduct);
    connect(m_picker, &ProductPicker::codeEntered, this, &SaleScreen::addCode);
    connect(m_picker, &ProductPicker::failed, this, &SaleScreen::refuse);
    connectDevices();
    restoreOpenTicket();
    offerFloat();
    updateTotals();
    updateEntryHint();
}

SaleScreen::~SaleScreen()
{
    saveNow();   // a change waiting for the next event-loop turn is never lost on a clean exit
}

QLayout *SaleScreen::buildEntry()
{
    auto *entryRow = new QHBoxLayout;
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("saleEntry"));
    m_entry->setProperty("big", true);
    m_entry->setPlaceholderText(tr("Scan or type a code"));
    m_entry->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9.]{0,20}%?")), m_entry));
    m_entry->installEventFilter(this);
    m_entryHint = new QLabel(this);
    m_entryHint->setObjectName(QStringLiteral("entryHint"));
    m_entryHint->setProperty("secondary", true);
    m_entryHint->setMinimumWidth(110);
    m_entryHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *percent = new QPushButton(QStringLiteral("%"), this);
    percent->setObjectName(QStringLiteral("percentKey"));
    percent->setToolTip(tr("Percent: 10 % then F3 or F5 takes 10% off"));
    percent->setFocusPolicy(Qt::NoFocus);
    percent->setMinimumSize(64, 48);
    percent->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 700;"));
    connect(percent, &QPushButton::clicked, this, &SaleScreen::typePercent);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(percent);
    entryRow->addWidget(m_entryHint);
    return entryRow;
}

QLayout *SaleScreen::buildPad()
{
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    m_picker = new ProductPicker(m_context, this);
    right->addWidget(m_picker, 3);
    auto *padRow = new QHBoxLayout;
    padRow->setSpacing(10);
    m_keypad = new shell::NumericKeypad(this);
    m_keypad->setTarget(m_entry);
    m_keypad->setOkText(tr("Enter"));
    m_keypad->setMaximumHeight(kKeypadHeight);
    padRow->addWidget(m_keypad, 3);
    auto *pay = addActionButton(QStringLiteral("pay"), tr("Pay 去付款"), QStringLiteral("F12"), &SaleScreen::pay);
    pay->setProperty("kind", QStringLiteral("primary"));
    pay->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: 700;"));
    pay->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    padRow->addWidget(pay, 2);
    right->addLayout(padRow);
    return right;
}

QWidget *SaleScreen::buildTicket()
{
    auto *card = new QFrame(this);
    card->setProperty("card", true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_ticket = new QTableView(card);
    m_ticket->setObjectName(QStringLiteral("ticket"));
    m_ticket->setModel(m_model);
    m_ticket->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticket->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticket->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticket->setFocusPolicy(Qt::NoFocus);
    m_ticket->setWordWrap(true);
    m_ticket->setShowGrid(false);
    m_ticket->setFrameShape(QFrame::NoFrame);
    m_ticket->verticalHeader()->setDefaultSectionSize(kRowHeight);
    m_ticket->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ticket->verticalHeader()->hide();   // the selected line is highlighted; numbers only take room
    m_ticket->setStyleSheet(QStringLiteral(
        "QTableView { font-size: 18px; } QTableView::item:selected { background: #E8F1FF; color: #1F2937; }"));
    QHeaderView *header = m_ticket->horizontalHeader();
    header->setSectionResizeMode(TicketModel::NameColumn, QHeaderView::Stretch);
    for (int c = TicketModel::QuantityColumn; c < TicketModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_ticket, &QTableView::clicked, this, [this](const QModelIndex &index) { selectLine(index.row()); });
    layout->addWidget(m_ticket, 1);

    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: #E3E5E8;"));
    layout->addWidget(line);
    auto *totals = new QHBoxLayout;
    auto *figures = new QVBoxLayout;
    m_items = figure(QStringLiteral("saleItems"), card);
    m_gross = figure(QStringLiteral("saleGross"), card);
    m_discounts = figure(QStringLiteral("saleDiscounts"), card);
    figures->addWidget(m_items);
    figures->addWidget(m_gross);
    figures->addWidget(m_discounts);
    totals->addLayout(figures);
    totals->addStretch();
    auto *totalBox = new QVBoxLayout;
    auto *totalCaption = new QLabel(tr("TOTAL"), card);
    totalCaption->setProperty("secondary", true);
    totalCaption->setAlignment(Qt::AlignRight);
    m_total = new QLabel(card);
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setStyleSheet(QStringLiteral("font-size: 52px; font-weight: 700; color: #1F2937;"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalBox->addWidget(totalCaption);
    totalBox->addWidget(m_total);
    totals->addLayout(totalBox);
    layout->addLayout(totals);
    return card;
}

QWidget *SaleScreen::buildActions()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(addActionButton(QStringLiteral("quantity"), tr("Qty ×"), QStringLiteral("F2 / *"), &SaleScreen::changeQuantity));
    row->addWidget(addActionButton(QStringLiteral("lineDiscount"), tr("Line discount"), QStringLiteral("F3"), &SaleScreen::discountLine));
    row->addWidget(addActionButton(QStringLiteral("price"), tr("Price"), QStringLiteral("F4"), &SaleScreen::overridePrice));
    row->addWidget(addActionButton(QStringLiteral("remove"), tr("Remove line"), QStringLiteral("Del"), &SaleScreen::removeLine));
    row->addWidget(addActionButton(QStringLiteral("orderDiscount"), tr("Order discount"), QStringLiteral("F5"), &SaleScreen::discountOrder));
    row->addWidget(addActionButton(QStringLiteral("hold"), tr("Hold"), QStringLiteral("F6"), &SaleScreen::holdTicket));
    row->addWidget(addActionButton(QStringLiteral("recall"), tr("Recall"), QStringLiteral("F7"), &SaleScreen::recallTicket));
    row->addWidget(addActionButton(QStringLiteral("cash"), tr("Cash"), QStringLiteral("F9"), &SaleScreen::openCash));
    auto *voidButton = addActionButton(QStringLiteral("void"), tr("Void ticket"), QStringLiteral("F8"), &SaleScreen::voidTicket);
    voidButton->setProperty("kind", QStringLiteral("danger"));
    row->addWidget(voidButton);
    return bar;
}

QPushButton *SaleScreen::addActionButton(const QString &id, const QString &text, const QString &key, void (SaleScreen::*slot)())
{
    auto *button = new QPushButton(text + QLatin1Char('\n') + key, this);
    button->setObjectName(QStringLiteral("action_") + id);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(kActionHeight);
    button->setStyleSheet(QStringLiteral("QPushButton { padding: 0 6px; }"));   // nine in a row: room for the words
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setToolTip(tr("Key: %1").arg(key));
    connect(button, &QPushButton::clicked, this, slot);
    m_actions.insert(id, button);
    return button;
}

void SaleScreen::connectDevices()
{
    shell::DeviceAccess *devices = m_context.devices();
    if (!devices)
        return;
    connect(devices, &shell::DeviceAccess::scanned, this, &SaleScreen::onScanned);
    connect(devices, &shell::DeviceAccess::weighed, this, &SaleScreen::onWeighed);
}

void SaleScreen::restoreOpenTicket()
{
    auto open = m_checkout.carts().open();
    if (!open) {
        refuse(open.error().message);
        startNewTicket();
        return;
    }
    if (!open->has_value()) {
        startNewTicket();
        return;
    }
    const SavedCart &saved = **open;
    m_uuid = saved.uuid;
    m_cart = saved.cart;
    m_model->resetLines();
    selectLine(int(m_cart.lines().size()) - 1);
    if (!m_cart.isEmpty())
        inform(tr("The open ticket is back: %n line(s).", nullptr, int(m_cart.lines().size())));
}

void SaleScreen::offerFloat()
{
    if (!m_status->text().isEmpty() || !m_context.can(CheckoutPermissions::kSell))
        return;   // the ticket brought back (or a problem) says more
    auto open = m_checkout.cash().openFloat(m_context.session().operatorId);
    if (open && !open->has_value())
        inform(tr("No opening float booked today: Cash (F9) books it."));
}

void SaleScreen::startNewTicket()
{
    m_uuid = newUuid();
    m_cart.clear();
    m_serialFor.clear();
    m_dirty = false;
    m_voidArmed = false;
    m_model->resetLines();
    selectLine(-1);
}

void SaleScreen::activated()
{
    m_entry->setFocus();
}

QString SaleScreen::statusText() const
{
    return m_status->text();
}

void SaleScreen::selectLine(int row)
{
    m_selected = (row >= 0 && row < m_model->rowCount()) ? row : -1;
    if (m_selected < 0) {
        m_ticket->clearSelection();
        return;
    }
    m_ticket->selectRow(m_selected);
    m_ticket->scrollTo(m_model->index(m_selected, 0));
}

void SaleScreen::onScanned(const QString &code)
{
    if (!isVisible())
        return;   // another screen is in front: the scan is its
    QWidget *modal = QApplication::activeModalWidget();
    if (modal && modal != window()) {
        refuse(tr("Finish the open window first, then scan %1 again.").arg(code));
        return;
    }
    addCode(code);
}

void SaleScreen::onWeighed(const hal::WeightReading &reading)
{
    if (reading.stable && !reading.overload && !reading.underZero && reading.netMilligrams > 0)
        m_stableWeight = Quantity::fromMilli(reading.netMilligrams / kMilligramsPerGram);
    else
        m_stableWeight.reset();
}

void SaleScreen::addCode(const QString &code)
{
    m_voidArmed = false;
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    if (takeSerial(trimmed))
        return;
    auto found = m_catalog.lookupForSale(trimmed);
    if (!found) {
        refuse(found.error().message);
        return;
    }
    ring(*found);
}

void SaleScreen::addProduct(const inventory::Product &product)
{
    m_voidArmed = false;
    inventory::ScanMatch match;
    match.product = product;
    match.code = product.sku;
    ring(match);
    m_entry->setFocus();
}

void SaleScreen::ring(const inventory::ScanMatch &match)
{
    const bool needsScale = match.product.soldByWeight && !match.embeddedPrice && !match.embeddedQuantity;
    if (needsScale && !m_stableWeight) {
        refuse(tr("Put the item on the scale: %1 is sold by weight.").arg(match.product.name));
        return;
    }
    const Cart before = m_cart;
    auto added = m_cart.add(match, Quantity::units(1), needsScale ? m_stableWeight : std::nullopt);
    if (!added) {
        refuse(added.error().message);
        return;
    }
    if (!keepsStock(*added)) {
        m_cart = before;
        return;
    }
    changed(*added);
    selectLine(*added);
    const CartLine &line = m_cart.lines().at(*added);
    if (line.serialTracked && line.serialNumber.isEmpty()) {
        askSerial(*added);
        return;
    }
    inform(tr("%1 × %2").arg(line.name, m_model->data(m_model->index(*added, TicketModel::QuantityColumn)).toString()));
}

void SaleScreen::changed(int row)
{
    m_model->lineChanged(row);
    m_dirty = true;
    m_saveTimer->start();
}

bool SaleScreen::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    Status saved = m_checkout.carts().save(m_uuid, m_cart, m_context.session().operatorId);
    if (!saved) {
        refuse(saved.error().message);
        return false;
    }
    m_dirty = false;
    return true;
}

void SaleScreen::updateTotals()
{
    const QLocale locale;
    const CartTotals &t = m_model->totals();
    m_items->setText(tr("Items: %1").arg(t.items.toString(locale)));
    m_gross->setText(tr("Gross: %1").arg(t.gross.format(locale)));
    const Money off = t.lineDiscounts + t.orderDiscount;
    QString discounts = tr("Discounts: %1").arg(off.isZero() ? off.format(locale) : QStringLiteral("−") + off.format(locale));
    if (!t.orderDiscount.isZero() && !m_cart.orderDiscountReason().isEmpty())
        discounts += QStringLiteral("  (") + m_cart.orderDiscountReason() + QLatin1Char(')');
    m_discounts->setText(discounts);
    m_total->setText(t.total.format(locale));
    if (!m_model->totalsError().isEmpty())
        refuse(m_model->totalsError());
}

void SaleScreen::updateEntryHint()
{
    const QString text = m_entry->text();
    if (text.endsWith(QLatin1Char('%'))) {
        m_entryHint->setText(tr("%1 off").arg(text));
        return;
    }
    if (text.isEmpty() || text.contains(QLatin1Char('.'))) {
        m_entryHint->clear();
        return;
    }
    auto amount = Money::fromKeypadDigits(text, m_cart.currency());
    m_entryHint->setText(amount ? QStringLiteral("= ") + amount->format(QLocale()) : QString());
}

void SaleScreen::refuse(const QString &message)
{
    m_statusError = true;
    m_status->setStyleSheet(QStringLiteral(
        "QLabel { background: #FDECEA; color: #D92D20; font-size: 19px; font-weight: 600; border-radius: 8px; padding: 0 12px; }"));
    m_status->setText(message);
    QApplication::beep();
}

void SaleScreen::inform(const QString &message)
{
    m_statusError = false;
    m_status->setStyleSheet(QStringLiteral(
        "QLabel { background: #E8F1FF; color: #1F2937; font-size: 19px; border-radius: 8px; padding: 0 12px; }"));
    m_status->setText(message);
}

bool SaleScreen::functionKey(int key)
{
    static const QHash<int, void (SaleScreen::*)()> actions{
        {Qt::Key_F2, &SaleScreen::changeQuantity}, {Qt::Key_F3, &SaleScreen::discountLine},
        {Qt::Key_F4, &SaleScreen::overridePrice}, {Qt::Key_F5, &SaleScreen::discountOrder},
        {Qt::Key_F6, &SaleScreen::holdTicket}, {Qt::Key_F7, &SaleScreen::recallTicket},
        {Qt::Key_F8, &SaleScreen::voidTicket}, {Qt::Key_F9, &SaleScreen::openCash}, {Qt::Key_F12, &SaleScreen::pay}};
    const auto action = actions.constFind(key);
    if (action == actions.constEnd())
        return false;
    (this->*action.value())();
    return true;
}

bool SaleScreen::entryKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        onEnter();
        return true;
    case Qt::Key_Asterisk:
        changeQuantity();
        return true;
    case Qt::Key_Percent:
        typePercent();
        return true;
    case Qt::Key_Delete:
        if (m_entry->text().isEmpty())
            removeLine();
        else
            m_entry->clear();
        return true;
    case Qt::Key_Escape:
        m_entry->clear();
        return true;
    case Qt::Key_Up:
        selectLine(m_selected <= 0 ? 0 : m_selected - 1);
        return true;
    case Qt::Key_Down:
        selectLine(std::min(m_selected + 1, m_model->rowCount() - 1));
        return true;
    default:
        return false;
    }
}

bool SaleScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Keys are read where the focus is (the entry, the search box), not through window shortcuts: they
    // work whether or not the window manager gave the till's window back its activation after a dialog.
    if (event->type() == QEvent::KeyPress && (watched == m_entry || watched == m_picker->searchBox())) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (functionKey(key) || (watched == m_entry && entryKey(key)))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SaleScreen::keyPressEvent(QKeyEvent *event)
{
    // The focus is on the screen itself (after a tap on the ticket): the keys still work.
    if (functionKey(event->key()) || entryKey(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

void SaleScreen::onEnter()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        pay();
        return;
    }
    if (entryIsPercent()) {
        refuse(tr("A percentage goes with Line discount (F3) or Order discount (F5)."));
        return;
    }
    m_entry->clear();
    addCode(text);
}

} // namespace qtill::checkout
