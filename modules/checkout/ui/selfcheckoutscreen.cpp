// SelfCheckoutScreen's layout: the header with "Call attendant", one page per step, the status line;
// settings, bilingual labels, the inactivity timer and the screenshots. The flow is selfcheckoutflow.cpp.
#include "selfcheckoutscreen.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/sale.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include "shell/deviceaccess.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::checkout {

const Setting<bool> SelfCheckoutScreen::kEnabled{"checkout/selfCheckout", false};
const Setting<QString> SelfCheckoutScreen::kOperator{"checkout/selfCheckoutOperator", QStringLiteral("80")};
const Setting<int> SelfCheckoutScreen::kTimeoutSeconds{"checkout/selfCheckoutTimeoutSeconds", 60};
const Setting<bool> SelfCheckoutScreen::kWeighedNeedsAttendant{"checkout/selfCheckoutWeighedNeedsAttendant", false};
const Setting<QString> SelfCheckoutScreen::kAgeRestrictedCategories{"checkout/ageRestrictedCategories", QStringLiteral("15")};

namespace {

/// Large type for a shopper a step away from the screen: 32 px (24 pt) body, 96 px buttons.
const char *const kStyle = R"(
#selfCheckout QLabel, #selfCheckout QPushButton, #selfCheckout QTableWidget { font-size: 32px; }
#selfCheckout QPushButton { min-height: 96px; padding: 0 36px; border-radius: 16px; }
#selfCheckout QPushButton#startButton { min-height: 180px; min-width: 520px; font-size: 48px; font-weight: 700; }
#selfCheckout QPushButton[method="true"] { min-height: 170px; font-size: 40px; font-weight: 700; }
#selfCheckout QLabel#kioskTitle { font-size: 60px; font-weight: 700; }
#selfCheckout QLabel#kioskTotal { font-size: 64px; font-weight: 700; }
#selfCheckout QLabel#kioskPrompt { font-size: 52px; font-weight: 700; color: #1677FF; }
#selfCheckout QLabel#doneTitle { font-size: 60px; font-weight: 700; color: #067647; }
#selfCheckout QLabel[secondary="true"] { color: #6B7280; font-size: 28px; }
#selfCheckout QLabel#kioskStatus { font-size: 30px; min-height: 48px; }
#selfCheckout QLabel#kioskStatus[severity="error"] { color: #B42318; font-weight: 700; }
#selfCheckout QLabel#attendantBanner { background: #FFFAEB; color: #93370D; border: 3px solid #FEC84B;
    border-radius: 14px; padding: 10px 24px; font-weight: 700; }
#selfCheckout QTableWidget { background: #FFFFFF; border: 1px solid #E3E5E8; border-radius: 14px; gridline-color: transparent; }
#selfCheckout QTableWidget::item { padding: 4px 16px; border-bottom: 1px solid #E3E5E8; }
#selfCheckout QTableWidget::item:selected { background: #E8F1FF; color: #1F2937; }
)";

QLabel *label(QWidget *parent, const QString &name, Qt::Alignment align = Qt::AlignCenter)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setAlignment(align);
    l->setWordWrap(true);
    return l;
}

} // namespace

SelfCheckoutScreen::SelfCheckoutScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_checkout(CheckoutServices::of(context.services()))
    , m_cart(context.services().storeProfile().currency())
    , m_idle(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("selfCheckout"));
    setStyleSheet(QLatin1String(kStyle));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(buildHeader());
    m_pages = new QStackedWidget(this);
    for (QWidget *page : {buildWelcome(), buildScanning(), buildChoosing(), buildWaiting(), buildDone()})
        m_pages->addWidget(page);
    layout->addWidget(m_pages, 1);
    m_status = label(this, QStringLiteral("kioskStatus"));
    layout->addWidget(m_status);

    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &SelfCheckoutScreen::inactivityTimeout);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(0);   // once per event-loop turn, like the till
    connect(m_saveTimer, &QTimer::timeout, this, &SelfCheckoutScreen::saveNow);

    PaymentService &payments = m_checkout.payments();
    connect(&payments, &PaymentService::changed, this, &SelfCheckoutScreen::onIntentChanged);
    connect(&payments, &PaymentService::progress, this, &SelfCheckoutScreen::onProgress);
    if (shell::DeviceAccess *devices = m_context.devices()) {
        connect(devices, &shell::DeviceAccess::scanned, this, &SelfCheckoutScreen::onScanned);
        connect(devices, &shell::DeviceAccess::weighed, this, &SelfCheckoutScreen::onWeighed);
    }
    qApp->installEventFilter(this);   // any touch on the screen counts as activity
    restoreOpenTicket();
}

SelfCheckoutScreen::~SelfCheckoutScreen()
{
    qApp->removeEventFilter(this);
    saveNow();
}

QString SelfCheckoutScreen::bilingual(const char *text) const
{
    // Chinese first, the English below it for visitors; an English UI shows it once.
    const QString translated = tr(text);
    const QString english = QString::fromUtf8(text);
    return translated == english ? english : translated + QLatin1Char('\n') + english;
}

QPushButton *SelfCheckoutScreen::makeButton(const QString &id, const char *text, const QString &kind)
{
    auto *b = new QPushButton(bilingual(text), this);
    b->setObjectName(id + QStringLiteral("Button"));
    b->setFocusPolicy(Qt::NoFocus);   // no keyboard here: touch and the scanner
    if (!kind.isEmpty())
        shell::Theme::setKind(b, kind);
    m_buttons.insert(id, b);
    return b;
}

QWidget *SelfCheckoutScreen::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = label(header, QStringLiteral("kioskHeader"), Qt::AlignLeft | Qt::AlignVCenter);
    title->setText(bilingual(QT_TR_NOOP("Self-checkout")).replace(QLatin1Char('\n'), QStringLiteral("  ")));
    row->addWidget(title, 1);
    m_attendantBanner = label(header, QStringLiteral("attendantBanner"));
    m_attendantBanner->setText(bilingual(QT_TR_NOOP("An attendant is on the way")));
    m_attendantBanner->hide();
    row->addWidget(m_attendantBanner);
    QPushButton *call = makeButton(QStringLiteral("attendant"), QT_TR_NOOP("Call attendant"), QString());
    connect(call, &QPushButton::clicked, this, [this] { m_attendantCalled ? attendantUnlock() : callAttendant(); });
    row->addWidget(call);
    return header;
}

QWidget *SelfCheckoutScreen::buildWelcome()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->addStretch(2);
    auto *title = label(page, QStringLiteral("kioskTitle"));
    title->setText(bilingual(QT_TR_NOOP("Welcome")));
    column->addWidget(title);
    m_welcomeStore = label(page, QStringLiteral("welcomeStore"));
    m_welcomeStore->setProperty("secondary", true);
    m_welcomeStore->setText(m_context.services().storeProfile().profile().name);
    column->addWidget(m_welcomeStore);
    column->addSpacing(40);
    QPushButton *startButton = makeButton(QStringLiteral("start"), QT_TR_NOOP("Start"), QStringLiteral("primary"));
    connect(startButton, &QPushButton::clicked, this, &SelfCheckoutScreen::start);
    column->addWidget(startButton, 0, Qt::AlignHCenter);
    auto *hint = label(page, QStringLiteral("welcomeHint"));
    hint->setProperty("secondary", true);
    hint->setText(bilingual(QT_TR_NOOP("Or simply scan your first item")));
    column->addWidget(hint);
    column->addStretch(3);
    return page;
}

QWidget *SelfCheckoutScreen::buildScanning()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setSpacing(24);
    auto *left = new QVBoxLayout;
    auto *hint = label(page, QStringLiteral("scanHint"), Qt::AlignLeft | Qt::AlignVCenter);
    hint->setText(bilingual(QT_TR_NOOP("Scan each item's barcode")).replace(QLatin1Char('\n'), QStringLiteral("  ")));
    left->addWidget(hint);
    m_list = new QTableWidget(0, 3, page);   // name, quantity, amount
    m_list->setObjectName(QStringLiteral("kioskTicket"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShowGrid(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->horizontalHeader()->hide();
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(76);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    left->addWidget(m_list, 1);
    row->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->setSpacing(16);
    m_items = label(page, QStringLiteral("kioskItems"));
    m_items->setProperty("secondary", true);
    right->addWidget(m_items);
    m_total = label(page, QStringLiteral("kioskTotal"));
    right->addWidget(m_total);
    right->addStretch(1);
    QPushButton *pay = makeButton(QStringLiteral("pay"), QT_TR_NOOP("Pay"), QStringLiteral("primary"));
    pay->setMinimumHeight(140);
    connect(pay, &QPushButton::clicked, this, &SelfCheckoutScreen::goToPayment);
    right->addWidget(pay);
    QPushButton *remove = makeButton(QStringLiteral("remove"), QT_TR_NOOP("Remove item"), QString());
    connect(remove, &QPushButton::clicked, this, &SelfCheckoutScreen::removeSelected);
    right->addWidget(remove);
    QPushButton *cancel = makeButton(QStringLiteral("cancel"), QT_TR_NOOP("Cancel purchase"), QStringLiteral("flat"));
    connect(cancel, &QPushButton::clicked, this, &SelfCheckoutScreen::cancelPurchase);
    right->addWidget(cancel);
    row->addLayout(right, 2);
    return page;
}

QWidget *SelfCheckoutScreen::buildChoosing()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->addStretch(1);
    m_choosingDue = label(page, QStringLiteral("kioskTotal"));
    column->addWidget(m_choosingDue);
    auto *ask = label(page, QStringLiteral("chooseHint"));
    ask->setText(bilingual(QT_TR_NOOP("How would you like to pay?")).replace(QLatin1Char('\n'), QStringLiteral("  ")));
    column->addWidget(ask);
    column->addSpacing(8);
    auto *methods = new QHBoxLayout;
    methods->setSpacing(24);
    const QList<std::pair<QString, const char *>> all{{TenderType::kFace, QT_TR_NOOP("Face pay")},
                                                      {TenderType::kQr, QT_TR_NOOP("Payment code")},
                                                      {TenderType::kCard, QT_TR_NOOP("Bank card")}};
    for (const auto &[method, text] : all) {
        QPushButton *b = makeButton(method, text, QStringLiteral("primary"));
        b->setProperty("method", true);
        connect(b, &QPushButton::clicked, this, [this, m = method] { payBy(m); });
        methods->addWidget(b);
    }
    column->addLayout(methods);
    column->addSpacing(16);
    auto *bottom = new QHBoxLayout;
    QPushButton *back = makeButton(QStringLiteral("back"), QT_TR_NOOP("Back to my items"), QString());
    connect(back, &QPushButton::clicked, this, &SelfCheckoutScreen::backToScanning);
    bottom->addWidget(back);
    bottom->addStretch(1);
    QPushButton *receipt = makeButton(QStringLiteral("noReceipt"), QT_TR_NOOP("No receipt, thanks"), QString());
    receipt->setCheckable(true);
    connect(receipt, &QPushButton::clicked, this, &SelfCheckoutScreen::toggleReceipt);
    bottom->addWidget(receipt);
    column->addLayout(bottom);
    column->addStretch(1);
    return page;
}

QWidget *SelfCheckoutScreen::buildWaiting()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->addStretch(1);
    m_prompt = label(page, QStringLiteral("kioskPrompt"));
    column->addWidget(m_prompt);
    m_waitingDue = label(page, QStringLiteral("waitingDue"));
    column->addWidget(m_waitingDue);
    auto *note = label(page, QStringLiteral("waitingNote"));
    note->setProperty("secondary", true);
    note->setText(bilingual(QT_TR_NOOP("Please wait — do not pay twice")));
    column->addWidget(note);
    column->addSpacing(40);
    QPushButton *cancel = makeButton(QStringLiteral("cancelPayment"), QT_TR_NOOP("Cancel payment"), QString());
    connect(cancel, &QPushButton::clicked, this, &SelfCheckoutScreen::cancelPayment);
    column->addWidget(cancel, 0, Qt::AlignHCenter);
    column->addStretch(2);
    return page;
}

QWidget *SelfCheckoutScreen::buildDone()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->addStretch(1);
    m_doneTitle = label(page, QStringLiteral("doneTitle"));
    m_doneTitle->setText(bilingual(QT_TR_NOOP("Payment successful")));
    column->addWidget(m_doneTitle);
    m_doneDetail = label(page, QStringLiteral("doneDetail"));
    column->addWidget(m_doneDetail);
    column->addSpacing(40);
    QPushButton *done = makeButton(QStringLiteral("done"), QT_TR_NOOP("Finish"), QStringLiteral("primary"));
    connect(done, &QPushButton::clicked, this, &SelfCheckoutScreen::showWelcome);
    column->addWidget(done, 0, Qt::AlignHCenter);
    column->addStretch(2);
    return page;
}

void SelfCheckoutScreen::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    if (step == Step::Welcome)
        m_idle->stop();
    else
        touch();
    if (step == Step::Done)   // the shopper walks away with their receipt: a short farewell
        m_idle->start(std::min(m_idle->interval(), 10000));
    Q_EMIT stepChanged(step);
}

void SelfCheckoutScreen::touch()
{
    if (m_step == Step::Welcome)
        return;
    m_idle->start(std::max(1, kTimeoutSeconds.get(m_context.services().settings())) * 1000);
}

bool SelfCheckoutScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == window() && isVisible())
            touch();
    }
    return QWidget::eventFilter(watched, event);
}

void SelfCheckoutScreen::refreshTicket()
{
    const QLocale locale;
    const int selected = m_list->currentRow();
    auto totals = m_cart.totals();
    m_list->setRowCount(int(m_cart.lines().size()));
    for (int i = 0; i < m_cart.lines().size(); ++i) {
        const CartLine &line = m_cart.lines().at(i);
        const QString quantity = line.soldByWeight ? tr("%1 kg").arg(line.quantity.toString(locale))
                                                   : QStringLiteral("×") + line.quantity.toString(locale);
        const PricedLine *priced = totals ? &totals->lines.at(i) : nullptr;
        const QString amount = priced ? (priced->amount - priced->lineDiscount).format(locale) : QString();
        const QStringList cells{line.name, quantity, amount};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignVCenter | (column == 0 ? Qt::AlignLeft : Qt::AlignRight));
            m_list->setItem(i, column, item);
        }
    }
    if (selected >= 0 && selected < m_list->rowCount())
        m_list->selectRow(selected);
    else if (m_list->rowCount() > 0)
        m_list->scrollToBottom();
    const Money total = totals ? totals->total : Money::zero(m_cart.currency());
    m_total->setText(tr("Total %1").arg(total.format(locale)));
    // Pieces of counted goods, plus one for each weighed line.
    const auto weighed = std::count_if(m_cart.lines().cbegin(), m_cart.lines().cend(),
                                       [](const CartLine &l) { return l.soldByWeight; });
    m_items->setText(tr("%n item(s)", nullptr, totals ? int(totals->items.milli() / 1000 + weighed) : 0));
    m_buttons.value(QStringLiteral("pay"))->setEnabled(!m_cart.isEmpty());
    m_buttons.value(QStringLiteral("remove"))->setEnabled(!m_cart.isEmpty());
    const Money due = stillDue();
    m_choosingDue->setText(tr("To pay %1").arg(due.format(locale)));
    m_waitingDue->setText(tr("To pay %1").arg(due.format(locale)));
}

QString SelfCheckoutScreen::totalText() const
{
    return m_total->text();
}

void SelfCheckoutScreen::refreshAttendant()
{
    m_attendantBanner->setVisible(m_attendantCalled);
    m_buttons.value(QStringLiteral("attendant"))
        ->setText(m_attendantCalled ? bilingual(QT_TR_NOOP("Attendant: unlock")) : bilingual(QT_TR_NOOP("Call attendant")));
}

void SelfCheckoutScreen::showStatus(const QString &text, bool error)
{
    m_statusError = error;
    m_status->setText(text);
    shell::Theme::setProperty(m_status, "severity", error ? QStringLiteral("error") : QStringLiteral("info"));
}

QString SelfCheckoutScreen::statusText() const
{
    return m_status->text();
}

QString SelfCheckoutScreen::waitingPrompt() const
{
    return m_prompt->text();
}

void SelfCheckoutScreen::activated()
{
    m_welcomeStore->setText(m_context.services().storeProfile().profile().name);
}

void SelfCheckoutScreen::prepareScreenshot()
{
    m_persist = false;   // a picture of the welcome, then of a ticket that is never saved or paid
    m_lastSale.reset();
    newTicket();
    showStatus(QString(), false);
    setStep(Step::Welcome);
}

QStringList SelfCheckoutScreen::screenshotStates() const
{
    return {QStringLiteral("scanning"), QStringLiteral("pay"), QStringLiteral("waiting"), QStringLiteral("success")};
}

QWidget *SelfCheckoutScreen::prepareScreenshotState(const QString &state)
{
    m_persist = false;
    if (state == QLatin1String("scanning")) {
        newTicket();
        setStep(Step::Scanning);
        for (const char *code : {"6924808758854", "6905234787793", "6925582682175", "6924808758854"})
            addCode(QString::fromLatin1(code));
    } else if (state == QLatin1String("pay")) {
        setStep(Step::Choosing);
        refreshTicket();
        showStatus(QString(), false);
    } else if (state == QLatin1String("waiting")) {
        m_method = TenderType::kFace;
        m_prompt->setText(bilingual(QT_TR_NOOP("Look at the camera")));
        setStep(Step::Waiting);
    } else if (state == QLatin1String("success")) {
        CommittedSale sale;
        sale.receiptNumber = QStringLiteral("R01-00000128");
        sale.total = stillDue();
        m_doneDetail->setText(tr("Receipt %1").arg(sale.receiptNumber) + QLatin1Char('\n')
                              + bilingual(QT_TR_NOOP("Please take your receipt")));
        setStep(Step::Done);
        showStatus(QString(), false);
    }
    return nullptr;
}

} // namespace qtill::checkout
