#include "receivingtab.h"

#include "purchasescanbar.h"
#include "purchasingsupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/supplierservice.h"

#include "shell/actingsession.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/store.h"
#include "core/storesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

enum Column { CodeColumn, NameColumn, OrderedColumn, BeforeColumn, NowColumn, CostColumn, SerialColumn, ColumnCount };

QVariant idData(std::int64_t id)
{
    return QVariant::fromValue(qlonglong(id));
}

} // namespace

ReceivingTab::ReceivingTab(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_order(new QComboBox(this)),
      m_supplier(new QComboBox(this)),
      m_location(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_scan(new PurchaseScanBar(context, m_inventory.catalog(), true, this)),
      m_table(new QTableWidget(this)),
      m_acceptExtra(new QCheckBox(tr("Accept more than ordered (manager)"), this)),
      m_summary(new QLabel(this)),
      m_stopSerials(new QPushButton(tr("Stop scanning serials"), this)),
      m_clear(new QPushButton(tr("Start over"), this)),
      m_post(new QPushButton(tr("Book in"), this))
{
    setObjectName(QStringLiteral("receivingTab"));
    m_order->setObjectName(QStringLiteral("receiveOrderCombo"));
    m_supplier->setObjectName(QStringLiteral("receiveSupplierCombo"));
    m_location->setObjectName(QStringLiteral("receiveLocationCombo"));
    m_note->setObjectName(QStringLiteral("deliveryNoteEdit"));
    m_note->setPlaceholderText(tr("Their note number"));
    // Long order and supplier names must not squeeze the delivery note field.
    for (QComboBox *combo : {m_order, m_supplier}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_acceptExtra->setObjectName(QStringLiteral("acceptExtraCheck"));
    m_summary->setObjectName(QStringLiteral("receiveSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 700;"));
    m_stopSerials->setObjectName(QStringLiteral("stopSerialsButton"));
    m_clear->setObjectName(QStringLiteral("clearReceiptButton"));
    m_post->setObjectName(QStringLiteral("postReceiptButton"));
    for (QPushButton *b : {m_stopSerials, m_clear, m_post})
        b->setAutoDefault(false);
    shell::Theme::setKind(m_post, QStringLiteral("primary"));
    shell::Theme::setKind(m_clear, QStringLiteral("flat"));
    m_post->setMinimumWidth(180);
    m_stopSerials->setVisible(false);

    m_table->setObjectName(QStringLiteral("receiveLineTable"));
    purchasingui::setupTable(m_table,
        {tr("Item code"), tr("Product"), tr("Ordered"), tr("Received before"), tr("This delivery"), tr("Cost"),
            tr("Serial numbers")});
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        columns->setSectionResizeMode(c, c == NameColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(16);
    fields->setVerticalSpacing(4);
    fields->addWidget(purchasingui::fieldLabel(tr("Purchase order"), this), 0, 0);
    fields->addWidget(purchasingui::fieldLabel(tr("Supplier"), this), 0, 1);
    fields->addWidget(purchasingui::fieldLabel(tr("Receive into"), this), 0, 2);
    fields->addWidget(purchasingui::fieldLabel(tr("Delivery note"), this), 0, 3);
    fields->addWidget(m_order, 1, 0);
    fields->addWidget(m_supplier, 1, 1);
    fields->addWidget(m_location, 1, 2);
    fields->addWidget(m_note, 1, 3);
    fields->setColumnStretch(0, 4);
    fields->setColumnStretch(1, 3);
    fields->setColumnStretch(2, 2);
    fields->setColumnStretch(3, 3);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_acceptExtra);
    bottom->addWidget(m_stopSerials);
    bottom->addStretch(1);
    bottom->addWidget(m_summary);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_post);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(fields);
    layout->addWidget(m_scan);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_scan->setProductHandler([this](const ScanMatch &match, Quantity quantity, std::optional<Money> cost) {
        return addProduct(match, quantity, cost);
    });
    m_scan->setSerialHandler([this](const QString &serial) { addSerial(serial); });
    connect(m_order, &QComboBox::activated, this, &ReceivingTab::orderChosen);
    connect(m_post, &QPushButton::clicked, this, &ReceivingTab::post);
    connect(m_clear, &QPushButton::clicked, this, &ReceivingTab::clear);
    connect(m_stopSerials, &QPushButton::clicked, this, [this] {
        m_serialLine = -1;
        m_serialsWanted = 0;
        promptSerial();
    });
    reload();
}

void ReceivingTab::reload()
{
    const QVariant chosen = m_order->currentData();
    m_order->clear();
    m_order->addItem(tr("No purchase order"), idData(0));
    auto open = m_inventory.purchasing().orders(
        {PurchaseOrderStatus::Sent, PurchaseOrderStatus::PartlyReceived, PurchaseOrderStatus::Draft});
    if (!open)
        m_context.showMessage(open.error().message, shell::ShellContext::Severity::Error);
    for (const PurchaseOrderSummary &o : open.valueOr({}))
        m_order->addItem(
            QStringLiteral("%1 · %2 · %3").arg(o.number, o.supplierName, purchaseOrderStatusName(o.status)),
            idData(o.id.value()));
    purchasingui::fillSuppliers(m_context, m_supplier);
    purchasingui::fillLocations(m_context, m_location);
    const int again = m_order->findData(chosen);
    m_order->setCurrentIndex(again >= 0 ? again : 0);
    if (m_order->currentData().toLongLong() != (m_po ? m_po->id.value() : 0))
        orderChosen();
    else
        refreshTable();
}

void ReceivingTab::setOrder(PurchaseOrderId order)
{
    if (m_order->findData(idData(order.value())) < 0)
        reload();
    const int at = m_order->findData(idData(order.value()));
    m_order->setCurrentIndex(qMax(0, at));
    orderChosen();
}

void ReceivingTab::setSupplier(SupplierId supplier)
{
    setOrder({});
    m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(idData(supplier.value()))));
}

void ReceivingTab::orderChosen()
{
    m_po.reset();
    m_lines.clear();
    m_serialLine = -1;
    m_serialsWanted = 0;
    const PurchaseOrderId id(m_order->currentData().toLongLong());
    if (id.isValid()) {
        auto po = m_inventory.purchasing().order(id);
        if (!po) {
            m_context.showMessage(po.error().message, shell::ShellContext::Severity::Error);
        } else {
            m_po = *po;
            m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(idData(po->supplier.value()))));
            const int at = m_location->findData(idData(po->location.value()));
            if (at >= 0)
                m_location->setCurrentIndex(at);
            for (const PurchaseOrderLine &l : po->lines) {
                Line line;
                line.product = l.product;
                line.sku = l.sku;
                line.name = l.name;
                line.unit = l.unit;
                line.onOrder = true;
                line.ordered = l.ordered;
                line.receivedBefore = l.received;
                line.expectedCost = l.unitCost;
                line.serialTracked = m_inventory.catalog().product(l.product).valueOr(Product {}).serialTracked;
                m_lines << line;
            }
        }
    }
    m_supplier->setEnabled(!m_po);
    promptSerial();
    refreshTable();
}

Quantity ReceivingTab::allowedNow(const Line &line) const
{
    const int tolerance
        = qMax(0, ReceivingService::kOverReceiptTolerancePercent.get(StoreSettings(m_context.services().store())));
    const qint64 limit = line.ordered.milli() * (100 + tolerance) / 100;
    return Quantity::fromMilli(qMax<qint64>(0, limit - line.receivedBefore.milli()));
}

bool ReceivingTab::addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost)
{
    const QLocale locale;
    if (m_serialLine >= 0) {
        m_scan->setHint(tr("Finish the serial numbers first, or tap Stop scanning serials."), true);
        return false;
    }
    auto it
        = std::find_if(m_lines.begin(), m_lines.end(), [&](const Line &l) { return l.product == match.product.id; });
    const bool known = it != m_lines.end();
    Line candidate = known ? *it : Line {};
    if (!known) {
        candidate.product = match.product.id;
        candidate.sku = match.product.sku;
        candidate.name = match.product.name;
        candidate.unit = match.product.unit;
        candidate.serialTracked = match.product.serialTracked;
        candidate.expectedCost = match.product.cost;
        const SupplierId supplier(m_supplier->currentData().toLongLong());
        for (const SupplierItem &item :
            m_inventory.suppliers().suppliersOf(match.product.id).valueOr({})) {
            if (item.supplier == supplier)
                candidate.expectedCost = item.lastCost;
        }
    }
    if (m_po && !m_acceptExtra->isChecked()) {
        if (!candidate.onOrder) {
            const QString message = tr("%1 (%2) is not on %3. Put it aside, or tick \"Accept more than ordered\" "
                                       "if a manager agrees to keep it.")
                                        .arg(match.product.name, match.product.sku, m_po->number);
            m_scan->setHint(message, true);
            m_context.showMessage(message, shell::ShellContext::Severity::Warning);
            return false;
        }
        const Quantity after = Quantity::fromMilli(candidate.now.milli() + quantity.milli());
        if (after > allowedNow(candidate)) {
            const QString message
                = tr("Too many %1: %2 ordered, %3 received before, %4 in this delivery would be over "
                     "the order. Count again, or tick \"Accept more than ordered\" if a manager agrees.")
                      .arg(candidate.name, candidate.ordered.toString(locale),
                          candidate.receivedBefore.toString(locale), after.toString(locale));
            m_scan->setHint(message, true);
            m_context.showMessage(message, shell::ShellContext::Severity::Warning);
            return false;
        }
    }
    if (cost)
        candidate.cost = cost;
    if (!known) {
        m_lines << candidate;
        it = m_lines.end() - 1;
    } else {
        *it = candidate;
    }
    const int row = int(it - m_lines.begin());
    if (candidate.serialTracked) {
        // One serial per unit: the units are added as their serials are scanned.
        m_serialLine = row;
        m_serialsWanted = int(quantity.milli() / 1000);
        promptSerial();
    } else {
        it->now = Quantity::fromMilli(it->now.milli() + quantity.milli());
    }
    refreshTable();
    m_table->selectRow(row);
    return true;
}

void ReceivingTab::promptSerial()
{
    const bool asking = m_serialLine >= 0 && m_serialsWanted > 0;
    m_stopSerials->setVisible(asking);
    if (!asking) {
        m_serialLine = -1;
        m_serialsWanted = 0;
        m_scan->askSerial({});
        return;
    }
    const Line &line = m_lines.at(m_serialLine);
    m_scan->askSerial(
        tr("%1 is serial-tracked: scan the serial number of the next unit (%n more to scan).", nullptr, m_serialsWanted)
            .arg(line.name));
}

void ReceivingTab::addSerial(const QString &serial)
{
    if (m_serialLine < 0 || m_serialLine >= m_lines.size())
        return;
    Line &line = m_lines[m_serialLine];
    for (const Line &l : std::as_const(m_lines)) {
        if (l.product == line.product && l.serials.contains(serial, Qt::CaseInsensitive)) {
            const QString message = tr("Serial number %1 was scanned already in this delivery.").arg(serial);
            m_scan->setHint(message, true);
            m_context.showMessage(message, shell::ShellContext::Severity::Error);
            return;
        }
    }
    line.serials << serial;
    line.now = Quantity::fromMilli(line.now.milli() + 1000);
    --m_serialsWanted;
    promptSerial();
    if (m_serialsWanted == 0)
        m_scan->setHint(tr("Serial numbers of %1 taken.").arg(line.name));
    refreshTable();
}

void ReceivingTab::refreshTable()
{
    const QLocale locale;
    m_table->setRowCount(int(m_lines.size()));
    MoneySum total(m_context.services().storeProfile().currency());
    qint64 lines = 0;
    for (int r = 0; r < m_lines.size(); ++r) {
        const Line &l = m_lines.at(r);
        const Money cost = l.cost.value_or(l.expectedCost);
        if (!l.now.isZero()) {
            ++lines;
            total.add(cost.times(l.now));
        }
        m_table->setItem(r, CodeColumn, purchasingui::cell(l.sku));
        m_table->setItem(r, NameColumn, purchasingui::cell(l.name));
        m_table->setItem(
            r, OrderedColumn, purchasingui::cell(l.onOrder ? l.ordered.toString(locale) : tr("not ordered"), true));
        m_table->setItem(
            r, BeforeColumn, purchasingui::cell(l.onOrder ? l.receivedBefore.toString(locale) : QString(), true));
        const bool doneBefore = l.onOrder && l.now.isZero() && l.receivedBefore >= l.ordered;
        auto *now = purchasingui::cell(doneBefore ? tr("all received")
                : l.now.isZero()                  ? QStringLiteral("–")
                                                  : l.now.toString(locale) + QLatin1Char(' ') + l.unit,
            true);
        const bool over = l.onOrder ? Quantity::fromMilli(l.receivedBefore.milli() + l.now.milli()) > l.ordered
                                    : (m_po.has_value() && !l.now.isZero());
        const bool complete = l.onOrder && Quantity::fromMilli(l.receivedBefore.milli() + l.now.milli()) == l.ordered;
        if (over)
            now->setForeground(shell::Theme::kDanger);
        else if (complete)
            now->setForeground(shell::Theme::kSuccess);
        QFont bold = now->font();
        bold.setBold(!l.now.isZero());
        now->setFont(bold);
        m_table->setItem(r, NowColumn, now);
        m_table->setItem(r, CostColumn, purchasingui::cell(cost.format(locale), true));
        QString serials;
        if (l.serialTracked) {
            serials = l.serials.isEmpty() ? tr("scan at receipt") : l.serials.join(QStringLiteral(", "));
        }
        m_table->setItem(r, SerialColumn, purchasingui::cell(serials));
    }
    m_summary->setText(lines == 0 ? tr("Nothing scanned yet")
                                  : tr("%n line(s) · %1", nullptr, int(lines))
                                        .arg(purchasingui::totalText(m_context, total.result(), locale)));
    m_post->setEnabled(lines > 0);
}

QString ReceivingTab::summaryText() const
{
    return m_summary->text();
}

void ReceivingTab::clear()
{
    orderChosen();
    m_note->clear();
}

bool ReceivingTab::post()
{
    ReceiveRequest request;
    request.order = m_po ? m_po->id : PurchaseOrderId();
    request.supplier = SupplierId(m_supplier->currentData().toLongLong());
    request.location = LocationId(m_location->currentData().toLongLong());
    request.deliveryNote = m_note->text().trimmed();
    request.acceptOverReceipt = m_acceptExtra->isChecked();
    for (const Line &l : std::as_const(m_lines)) {
        if (!l.now.isZero())
            request.lines << ReceiptLine {l.product, l.now, l.cost, l.serials};
    }
    if (request.lines.isEmpty()) {
        m_context.showMessage(tr("Scan the delivered goods first."), shell::ShellContext::Severity::Error);
        return false;
    }
    if (m_serialLine >= 0) {
        m_context.showMessage(
            tr("Finish the serial numbers first, or tap Stop scanning serials."), shell::ShellContext::Severity::Error);
        return false;
    }
    const QString what
        = m_po ? tr("Book in a delivery for %1").arg(m_po->number) : tr("Book in a delivery without an order");
    std::optional<Session> actor = shell::actingSession(m_context,
        request.acceptOverReceipt ? PurchasingPermissions::kOrder : PurchasingPermissions::kReceive,
        request.acceptOverReceipt ? what + tr(", with more than ordered") : what, this);
    if (!actor)
        return false;
    auto receipt = m_inventory.receiving().receive(*actor, request);
    if (!receipt) {
        m_scan->setHint(receipt.error().message, true);
        m_context.showMessage(receipt.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    const QLocale locale;
    QString message = tr("%1 booked in: %n line(s), %2.", nullptr, int(receipt->lines.size()))
                          .arg(receipt->number, receipt->value.format(locale));
    if (m_po) {
        message += QLatin1Char(' ')
            + tr("%1 is now %2.").arg(m_po->number, purchaseOrderStatusName(receipt->orderStatus).toLower());
    }
    m_context.showMessage(message);
    m_note->clear();
    m_acceptExtra->setChecked(false);
    m_po.reset();
    m_lines.clear();
    reload();
    m_scan->setHint(message);
    Q_EMIT posted();
    return true;
}

} // namespace qtill::inventory
