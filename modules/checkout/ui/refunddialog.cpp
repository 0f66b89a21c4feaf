#include "refunddialog.h"

#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/saleservice.h"

#include "core/services.h"
#include "shell/actingsession.h"
#include "shell/deviceaccess.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
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

#include <utility>

namespace qtill::checkout {

namespace {

QPushButton *keyedButton(const QString &text, const QKeySequence &key, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(QStringLiteral("%1  %2").arg(text, key.toString()), parent);
    button->setObjectName(QLatin1String(name));
    button->setShortcut(key);
    button->setMinimumSize(160, 60);
    return button;
}

QTableWidgetItem *readOnly(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

double asNumber(const Quantity &quantity)
{
    return double(quantity.milli()) / double(Quantity::kScale);
}

Quantity fromNumber(double value)
{
    return Quantity::fromMilli(qRound64(value * double(Quantity::kScale)));
}

} // namespace

RefundDialog::RefundDialog(shell::ShellContext &context, const QString &receiptNumber, QWidget *parent)
    : QDialog(parent), m_context(context), m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_heading(new QLabel(this)), m_table(new QTableWidget(this)), m_reason(new QComboBox(this)),
      m_toCash(new QCheckBox(tr("All in cash"), this)), m_figures(new QLabel(this)),
      m_total(new QLabel(this)), m_status(new QLabel(this)),
      m_whole(keyedButton(tr("Whole sale"), QKeySequence(Qt::Key_F5), "wholeSaleButton", this)),
      m_confirm(keyedButton(tr("Refund"), QKeySequence(Qt::Key_F9), "confirmRefundButton", this)),
      m_close(keyedButton(tr("Close"), QKeySequence(Qt::Key_Escape), "closeRefundButton", this))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund %1").arg(receiptNumber));
    resize(1100, 640);

    m_heading->setObjectName(QStringLiteral("refundHeading"));
    m_heading->setProperty("heading", true);
    m_heading->setText(tr("Take goods back from %1").arg(receiptNumber));
    setupTable();
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setEditable(true);
    m_reason->addItems({tr("Customer does not want it"), tr("Damaged or faulty"), tr("Wrong item")});
    m_reason->setMinimumHeight(56);
    m_figures->setObjectName(QStringLiteral("refundFigures"));
    m_figures->setWordWrap(true);
    m_total->setObjectName(QStringLiteral("refundTotal"));
    m_total->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: 600;"));
    m_status->setObjectName(QStringLiteral("refundStatus"));
    m_status->setWordWrap(true);

    shell::Theme::setKind(m_confirm, QStringLiteral("primary"));
    connect(m_whole, &QPushButton::clicked, this, &RefundDialog::selectWholeSale);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason"), this));
    reasonRow->addWidget(m_reason, 1);
    m_toCash->setObjectName(QStringLiteral("refundToCash"));
    m_toCash->setMinimumHeight(48);
    connect(m_toCash, &QCheckBox::toggled, this, [this] { replan(); });
    reasonRow->addWidget(m_toCash);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_whole);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(m_figures);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    // The terminal's answers: queued, so a refund whose last part was approved is booked before we look.
    connect(&CheckoutServices::of(m_context.services()).payments(), &PaymentService::refundChanged, this,
            [this](const RefundIntent &intent) { onRefundChanged(intent.refundUuid); }, Qt::QueuedConnection);
    // A serial number scanned while the dialog is open goes to its line.
    if (shell::DeviceAccess *devices = m_context.devices())
        connect(devices, &shell::DeviceAccess::scanned, this, [this](const QString &code) { takeScan(code); });
    load(receiptNumber);
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::setupTable()
{
    m_table->setObjectName(QStringLiteral("refundLines"));
    m_table->setColumnCount(kColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Taken back"), tr("Left"), tr("Take back"),
                                        tr("Restock"), tr("Serial number"), tr("Refund")});
    shell::setupTable(m_table, 56);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kItemColumn, QHeaderView::Stretch);
    // Columns holding editors are sized for them (ResizeToContents sees only the items).
    for (const auto &[column, width] : {std::pair{kTakeColumn, 150}, {kRestockColumn, 230}, {kSerialColumn, 220}}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_table->setColumnWidth(column, width);
    }
}

void RefundDialog::load(const QString &receiptNumber)
{
    CheckoutServices &checkout = CheckoutServices::of(m_context.services());
    auto sale = checkout.sales().detail(receiptNumber);
    auto refunded = checkout.refunds().refundedQuantities(receiptNumber);
    if (!sale || !refunded) {
        setStatus(!sale ? sale.error().message : refunded.error().message, true);
        m_whole->setEnabled(false);
        m_confirm->setEnabled(false);
        return;
    }
    m_sale = *sale;
    m_heading->setText(tr("Take goods back from %1 (%2, paid %3)")
                           .arg(receiptNumber, QLocale().toString(m_sale.sale.businessDate, QLocale::ShortFormat),
                                m_sale.sale.total.format(QLocale())));
    m_table->setRowCount(int(m_sale.lines.size()));
    for (int row = 0; row < m_sale.lines.size(); ++row)
        addRow(row, m_sale.lines.at(row), refunded->value(m_sale.lines.at(row).lineNo));
    replan();
}

void RefundDialog::addRow(int row, const SoldLine &line, const Quantity &refunded)
{
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    Row r{line, line.quantity.minus(refunded).valueOr(Quantity())};
    m_table->setItem(row, kItemColumn, readOnly(line.name));
    m_table->setItem(row, kSoldColumn, readOnly(line.quantity.toString(locale), right));
    m_table->setItem(row, kRefundedColumn, readOnly(refunded.toString(locale), right));
    m_table->setItem(row, kLeftColumn, readOnly(r.left.toString(locale), right));
    m_table->setItem(row, kAmountColumn, readOnly(QString(), right));
    r.take = new QDoubleSpinBox(m_table);
    r.take->setObjectName(QStringLiteral("take%1").arg(line.lineNo));
    r.take->setMinimumWidth(120);
    r.take->setDecimals(line.quantity.isWhole() ? 0 : 3);
    r.take->setRange(0, asNumber(r.left));
    r.take->setEnabled(r.left.milli() > 0);
    connect(r.take, &QDoubleSpinBox::valueChanged, this, &RefundDialog::replan);
    m_table->setCellWidget(row, kTakeColumn, r.take);
    r.restock = new QCheckBox(tr("Back on the shelf"), m_table);
    r.restock->setObjectName(QStringLiteral("restock%1").arg(line.lineNo));
    r.restock->setChecked(true);
    connect(r.restock, &QCheckBox::toggled, this, &RefundDialog::replan);
    m_table->setCellWidget(row, kRestockColumn, r.restock);
    if (!line.serialNumber.isEmpty()) {
        r.serial = new QLineEdit(m_table);
        r.serial->setObjectName(QStringLiteral("serial%1").arg(line.lineNo));
        r.serial->setPlaceholderText(tr("Scan the serial number"));
        connect(r.serial, &QLineEdit::textChanged, this, &RefundDialog::replan);
        m_table->setCellWidget(row, kSerialColumn, r.serial);
    } else {
        m_table->setItem(row, kSerialColumn, readOnly(QString()));
    }
    m_rows << r;
}

RefundDialog::Row *RefundDialog::rowOf(int lineNo)
{
    for (Row &r : m_rows) {
        if (r.line.lineNo == lineNo)
            return &r;
    }
    return nullptr;
}

void RefundDialog::selectWholeSale()
{
    for (Row &r : m_rows)
        r.take->setValue(asNumber(r.left));
}

void RefundDialog::setQuantity(int lineNo, const Quantity &quantity)
{
    if (Row *r = rowOf(lineNo))
        r->take->setValue(asNumber(quantity));
}

void RefundDialog::setRestock(int lineNo, bool restock)
{
    if (Row *r = rowOf(lineNo))
        r->restock->setChecked(restock);
}

void RefundDialog::setSerial(int lineNo, const QString &serial)
{
    if (Row *r = rowOf(lineNo); r && r->serial)
        r->serial->setText(serial);
}

void RefundDialog::takeScan(const QString &code)
{
    if (!isVisible())
        return;
    for (Row &r : m_rows) {
        if (r.serial && r.line.serialNumber.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            r.serial->setText(code.trimmed());
            r.take->setValue(asNumber(r.left));
            return;
        }
    }
    setStatus(tr("%1 was not sold on %2.").arg(code.trimmed(), m_sale.sale.receiptNumber), true);
}

RefundRequest RefundDialog::request() const
{
    RefundRequest out{m_uuid, m_sale.sale.receiptNumber, {}, m_reason->currentText().trimmed()};
    out.toCash = m_toCash->isChecked();
    out.printReceipt = true;
    for (const Row &r : m_rows) {
        const Quantity take = fromNumber(r.take->value());
        if (take.milli() > 0)
            out.lines << RefundLineRequest{r.line.lineNo, take, r.restock->isChecked()};
    }
    return out;
}

QString RefundDialog::serialProblem() const
{
    for (const Row &r : m_rows) {
        if (!r.serial || fromNumber(r.take->value()).milli() <= 0)
            continue;
        const QString given = r.serial->text().trimmed();
        if (given.isEmpty())
            return tr("Scan the serial number of %1.").arg(r.line.name);
        if (given.compare(r.line.serialNumber, Qt::CaseInsensitive) != 0)
            return tr("%1 is not the serial number sold on this receipt for %2.").arg(given, r.line.name);
    }
    return {};
}

void RefundDialog::replan()
{
    if (m_booked)
        return;
    m_plan.reset();
    const RefundRequest wanted = request();
    const QLocale locale;
    for (int row = 0; row < m_rows.size(); ++row)
        m_table->item(row, kAmountColumn)->setText(QString());
    m_figures->clear();
    m_total->clear();
    if (wanted.lines.isEmpty()) {
        setStatus(tr("Choose what the customer brings back, or take back the whole sale."), false);
        m_confirm->setEnabled(false);
        return;
    }
    auto plan = CheckoutServices::of(m_context.services()).refunds().plan(wanted);
    if (!plan) {
        setStatus(plan.error().message, true);
        m_confirm->setEnabled(false);
        return;
    }
    m_plan = *plan;
    for (const RefundLine &line : plan->lines) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).line.lineNo == line.lineNo)
                m_table->item(row, kAmountColumn)->setText(line.amount.format(locale));
        }
    }
    QStringList figures{tr("Goods %1").arg(plan->goods.format(locale))};
    if (!plan->rounding.isZero())
        figures << tr("Cash rounding %1").arg(plan->rounding.format(locale));
    for (const RefundTender &t : plan->tenders) {
        const QString card = t.maskedCard.isEmpty() ? QString() : QStringLiteral(" ****") + t.maskedCard.right(4);
        figures << tr("%1 back to %2").arg(t.amount.format(locale), TenderType::displayName(t.type) + card);
    }
    m_figures->setText(figures.join(QStringLiteral("   ·   ")));
    m_total->setText(tr("Give back %1").arg(plan->total.format(locale)));
    const QString problem = serialProblem();
    setStatus(problem, !problem.isEmpty());
    m_confirm->setEnabled(problem.isEmpty());
}

bool RefundDialog::confirm()
{
    if (m_booked || !m_plan)
        return false;
    if (const QString problem = serialProblem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    if (m_waiting)
        return false;
    const QString why = tr("Refund %1 of %2").arg(m_plan->total.format(QLocale()), m_sale.sale.receiptNumber);
    const QString permission = m_toCash->isChecked() ? CheckoutPermissions::kRefundToCash : CheckoutPermissions::kRefund;
    const std::optional<Session> acting = shell::actingSession(m_context, permission, why, this);
    if (!acting) {
        setStatus(tr("Not refunded: no supervisor approved it."), true);
        return false;
    }
    auto booked = CheckoutServices::of(m_context.services()).refunds().refund(*acting, request());
    if (!booked) {
        setStatus(booked.error().message, true);
        return false;
    }
    if (booked->waiting) {
        m_waiting = true;
        setEditable(false);
        setStatus(tr("Giving %1 back through the payment terminal — waiting for it…").arg(booked->plan.total.format(QLocale())),
                  false);
        return true;
    }
    showBooked(*booked);
    return true;
}

void RefundDialog::setToCash(bool toCash)
{
    m_toCash->setChecked(toCash);
}

void RefundDialog::setEditable(bool editable)
{
    for (Row &r : m_rows) {
        r.take->setEnabled(editable);
        r.restock->setEnabled(editable);
        if (r.serial)
            r.serial->setEnabled(editable);
    }
    m_whole->setEnabled(editable);
    m_reason->setEnabled(editable);
    m_toCash->setEnabled(editable);
    m_confirm->setEnabled(editable);
}

void RefundDialog::onRefundChanged(const QString &refundUuid)
{
    if (refundUuid != m_uuid || !m_waiting)
        return;
    auto now = CheckoutServices::of(m_context.services()).refunds().status(m_uuid);
    if (!now) {
        setStatus(now.error().message, true);
        return;
    }
    if (now->waiting)
        return;
    m_waiting = false;
    if (!now->declined.isEmpty()) {
        // Nothing booked: try again, or — with a supervisor — all in cash. What went back stays back.
        m_toCash->setEnabled(true);
        m_confirm->setEnabled(true);
        setStatus(now->declined, true);
        return;
    }
    showBooked(*now);
}

void RefundDialog::showBooked(const BookedRefund &booked)
{
    m_booked = booked;
    const QLocale locale;
    QStringList tenders;
    for (const RefundTender &t : booked.plan.tenders)
        tenders << QStringLiteral("%1 %2").arg(TenderType::displayName(t.type), t.amount.format(locale));
    const QString summary = tr("Refund %1 booked: give back %2 (%3).")
                                .arg(booked.refundNumber, booked.plan.total.format(locale), tenders.join(QStringLiteral(", ")));
    setStatus(summary, false);
    setEditable(false);
    m_close->setFocus();
    Q_EMIT refunded(summary);
}

QString RefundDialog::statusText() const
{
    return m_status->text();
}

QString RefundDialog::totalText() const
{
    return m_total->text();
}

void RefundDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(shell::Theme::kDanger.name()) : QString());
}

} // namespace qtill::checkout
