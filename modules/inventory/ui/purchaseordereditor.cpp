#include "purchaseordereditor.h"

#include "purchasescanbar.h"
#include "purchasingsupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/actingsession.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QComboBox>
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

PurchaseOrderEditor::PurchaseOrderEditor(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_title(new QLabel(this)),
      m_status(new QLabel(this)),
      m_supplier(new QComboBox(this)),
      m_location(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_scan(new PurchaseScanBar(context, m_inventory.catalog(), true, this)),
      m_table(new QTableWidget(this)),
      m_total(new QLabel(this)),
      m_back(new QPushButton(tr("Back to orders"), this)),
      m_remove(new QPushButton(tr("Remove line"), this)),
      m_save(new QPushButton(tr("Save draft"), this)),
      m_send(new QPushButton(tr("Send to supplier"), this)),
      m_cancel(new QPushButton(tr("Cancel order"), this)),
      m_close(new QPushButton(tr("Close: expect no more"), this)),
      m_receive(new QPushButton(tr("Receive goods"), this))
{
    setObjectName(QStringLiteral("purchaseOrderEditor"));
    m_title->setObjectName(QStringLiteral("orderTitle"));
    m_title->setProperty("heading", true);
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_supplier->setObjectName(QStringLiteral("orderSupplierCombo"));
    m_location->setObjectName(QStringLiteral("orderLocationCombo"));
    m_note->setObjectName(QStringLiteral("orderNoteEdit"));
    m_note->setPlaceholderText(tr("Note for the supplier or the team (optional)"));
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_total->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 700;"));
    const QList<std::pair<QPushButton *, const char *>> buttons {{m_back, "orderBackButton"},
        {m_remove, "removeLineButton"}, {m_save, "saveOrderButton"}, {m_send, "sendOrderButton"},
        {m_cancel, "cancelOrderButton"}, {m_close, "closeOrderButton"}, {m_receive, "receiveOrderButton"}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
    }
    shell::Theme::setKind(m_back, QStringLiteral("flat"));
    shell::Theme::setKind(m_send, QStringLiteral("primary"));
    shell::Theme::setKind(m_receive, QStringLiteral("primary"));
    shell::Theme::setKind(m_cancel, QStringLiteral("danger"));

    m_table->setObjectName(QStringLiteral("orderLineTable"));
    purchasingui::setupTable(m_table,
        {tr("Item code"), tr("Product"), tr("Their code"), tr("Ordered"), tr("Received"), tr("Cost (¥)"), tr("Value")});
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns->setSectionResizeMode(c, c == NameColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_back);
    top->addWidget(m_title);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_cancel);
    top->addWidget(m_close);
    top->addWidget(m_save);
    top->addWidget(m_send);
    top->addWidget(m_receive);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(16);
    fields->setVerticalSpacing(4);
    fields->addWidget(purchasingui::fieldLabel(tr("Supplier"), this), 0, 0);
    fields->addWidget(purchasingui::fieldLabel(tr("Deliver to"), this), 0, 1);
    fields->addWidget(purchasingui::fieldLabel(tr("Note"), this), 0, 2);
    fields->addWidget(m_supplier, 1, 0);
    fields->addWidget(m_location, 1, 1);
    fields->addWidget(m_note, 1, 2);
    fields->setColumnStretch(0, 3);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(2, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_remove);
    bottom->addStretch(1);
    bottom->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(fields);
    layout->addWidget(m_scan);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_scan->setProductHandler([this](const ScanMatch &match, Quantity quantity, std::optional<Money> cost) {
        return addProduct(match, quantity, cost);
    });
    connect(m_back, &QPushButton::clicked, this, &PurchaseOrderEditor::backRequested);
    connect(m_save, &QPushButton::clicked, this, &PurchaseOrderEditor::save);
    connect(m_send, &QPushButton::clicked, this, &PurchaseOrderEditor::send);
    connect(m_cancel, &QPushButton::clicked, this, &PurchaseOrderEditor::cancelOrder);
    connect(m_close, &QPushButton::clicked, this, &PurchaseOrderEditor::closeOrder);
    connect(m_remove, &QPushButton::clicked, this, &PurchaseOrderEditor::removeSelected);
    connect(m_receive, &QPushButton::clicked, this, [this] {
        if (m_order)
            Q_EMIT receiveRequested(m_order->id);
    });
    connect(m_table, &QTableWidget::cellChanged, this, &PurchaseOrderEditor::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PurchaseOrderEditor::refreshState);
    connect(m_note, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_location, &QComboBox::activated, this, [this] { m_dirty = true; });
    connect(m_supplier, &QComboBox::activated, this, [this] {
        // The supplier's item codes and costs follow the supplier.
        m_dirty = true;
        const SupplierId supplier(m_supplier->currentData().toLongLong());
        for (PurchaseOrderLine &line : m_lines) {
            line.supplierCode.clear();
            for (const SupplierItem &item :
                m_inventory.suppliers().suppliersOf(line.product).valueOr({})) {
                if (item.supplier == supplier)
                    line.supplierCode = item.supplierCode;
            }
        }
        refreshTable();
    });
}

PurchaseOrderEditor::~PurchaseOrderEditor() = default;

PurchaseOrderId PurchaseOrderEditor::orderId() const
{
    return m_order ? m_order->id : PurchaseOrderId();
}

bool PurchaseOrderEditor::isEditable() const
{
    return !m_order || m_order->status == PurchaseOrderStatus::Draft;
}

QString PurchaseOrderEditor::titleText() const
{
    return m_title->text();
}

QString PurchaseOrderEditor::totalText() const
{
    return m_total->text();
}

void PurchaseOrderEditor::startNew(SupplierId supplier)
{
    m_order.reset();
    m_lines.clear();
    m_note->clear();
    purchasingui::fillSuppliers(m_context, m_supplier);
    purchasingui::fillLocations(m_context, m_location);
    m_location->setCurrentIndex(0);
    if (supplier.isValid())
        m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(QVariant::fromValue(qlonglong(supplier.value())))));
    m_dirty = false;
    refreshTable();
    refreshState();
    m_scan->scanBox()->setFocus();
}

bool PurchaseOrderEditor::load(PurchaseOrderId id)
{
    auto po = m_inventory.purchasing().order(id);
    if (!po) {
        m_context.showMessage(po.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_order = *po;
    m_lines = po->lines;
    purchasingui::fillSuppliers(m_context, m_supplier, true);
    purchasingui::fillLocations(m_context, m_location);
    m_supplier->setCurrentIndex(m_supplier->findData(QVariant::fromValue(qlonglong(po->supplier.value()))));
    const int at = m_location->findData(QVariant::fromValue(qlonglong(po->location.value())));
    if (at >= 0)
        m_location->setCurrentIndex(at);
    m_note->setText(po->note);
    m_dirty = false;
    refreshTable();
    refreshState();
    return true;
}

bool PurchaseOrderEditor::addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost)
{
    if (!isEditable()) {
        m_scan->setHint(
            tr("%1 is %2: its lines cannot change.").arg(m_order->number, purchaseOrderStatusName(m_order->status)),
            true);
        return false;
    }
    if (m_supplier->currentIndex() < 0) {
        m_context.showMessage(tr("Choose the supplier first."), shell::ShellContext::Severity::Error);
        return false;
    }
    const SupplierId supplier(m_supplier->currentData().toLongLong());
    auto it = std::find_if(
        m_lines.begin(), m_lines.end(), [&](const PurchaseOrderLine &l) { return l.product == match.product.id; });
    if (it == m_lines.end()) {
        PurchaseOrderLine line;
        line.product = match.product.id;
        line.sku = match.product.sku;
        line.name = match.product.name;
        line.unit = match.product.unit;
        line.unitCost = match.product.cost;
        for (const SupplierItem &item :
            m_inventory.suppliers().suppliersOf(match.product.id).valueOr({})) {
            if (item.supplier == supplier) {
                line.supplierCode = item.supplierCode;
                line.unitCost = item.lastCost;
            }
        }
        m_lines << line;
        it = m_lines.end() - 1;
    }
    auto ordered = it->ordered.plus(quantity);
    if (!ordered) {
        m_context.showMessage(ordered.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    it->ordered = *ordered;
    if (cost)
        it->unitCost = *cost;
    m_dirty = true;
    refreshTable();
    m_table->selectRow(int(it - m_lines.begin()));
    return true;
}

void PurchaseOrderEditor::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_lines.size())
        return;
    const QLocale locale;
    const QString text = m_table->item(row, column)->text().trimmed();
    PurchaseOrderLine &line = m_lines[row];
    if (column == OrderedColumn) {
        auto q = Quantity::parse(text, locale);
        if (!q || q->milli() <= 0) {
            m_context.showMessage(
                tr("Enter a quantity of more than zero for %1.").arg(line.name), shell::ShellContext::Severity::Error);
        } else {
            line.ordered = *q;
            m_dirty = true;
        }
    } else if (column == CostColumn) {
        auto m = Money::parse(text, locale, m_context.services().storeProfile().currency());
        if (!m || m->isNegative()) {
            m_context.showMessage(
                m ? tr("A cost cannot be negative.") : m.error().message, shell::ShellContext::Severity::Error);
        } else {
            line.unitCost = *m;
            m_dirty = true;
        }
    }
    // Show what is kept (the old value after a refusal, the new one formatted otherwise).
    QMetaObject::invokeMethod(this, &PurchaseOrderEditor::refreshTable, Qt::QueuedConnection);
}

void PurchaseOrderEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (!isEditable() || row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    m_dirty = true;
    refreshTable();
}

void PurchaseOrderEditor::refreshTable()
{
    const QLocale locale;
    m_filling = true;
    const bool editable = isEditable();
    m_table->setRowCount(int(m_lines.size()));
    MoneySum total(m_context.services().storeProfile().currency());
    for (int r = 0; r < m_lines.size(); ++r) {
        const PurchaseOrderLine &l = m_lines.at(r);
        const Result<Money> value = l.unitCost.times(l.ordered);
        total.add(value);
        m_table->setItem(r, CodeColumn, purchasingui::cell(l.sku));
        m_table->setItem(r, NameColumn, purchasingui::cell(l.name));
        m_table->setItem(r, SupplierCodeColumn, purchasingui::cell(l.supplierCode));
        auto *ordered = purchasingui::cell(l.ordered.toString(locale), true);
        auto *cost = purchasingui::cell(l.unitCost.format(locale, Money::Symbol::Without), true);
        if (editable) {
            ordered->setFlags(ordered->flags() | Qt::ItemIsEditable);
            cost->setFlags(cost->flags() | Qt::ItemIsEditable);
            ordered->setToolTip(tr("Tap twice to change"));
            cost->setToolTip(tr("Tap twice to change"));
        }
        m_table->setItem(r, OrderedColumn, ordered);
        QString received = l.received.toString(locale);
        if (!l.received.isZero() && l.received < l.ordered)
            received = tr("%1 (%2 to come)").arg(received, l.outstanding().toString(locale));
        m_table->setItem(r, ReceivedColumn, purchasingui::cell(received, true));
        m_table->setItem(r, CostColumn, cost);
        m_table->setItem(r, ValueColumn, purchasingui::cell(value ? value->format(locale) : QStringLiteral("—"), true));
    }
    m_filling = false;
    m_total->setText(tr("%n line(s) · %1", nullptr, int(m_lines.size()))
                         .arg(purchasingui::totalText(m_context, total.result(), locale)));
    refreshState();
}

void PurchaseOrderEditor::refreshState()
{
    const bool editable = isEditable();
    const PurchaseOrderStatus status = m_order ? m_order->status : PurchaseOrderStatus::Draft;
    m_title->setText(m_order ? tr("Purchase order %1").arg(m_order->number) : tr("New purchase order"));
    m_status->setText(purchaseOrderStatusName(status));
    const char *chip = status == PurchaseOrderStatus::Cancelled ? "muted"
        : status == PurchaseOrderStatus::PartlyReceived         ? "warning"
        : status == PurchaseOrderStatus::Received               ? "ok"
                                                                : "role";
    shell::Theme::setProperty(m_status, "chip", QString(QLatin1String(chip)));
    m_supplier->setEnabled(!m_order);
    m_location->setEnabled(editable);
    m_note->setEnabled(editable);
    m_scan->setVisible(editable);
    m_remove->setVisible(editable);
    m_remove->setEnabled(editable && m_table->currentRow() >= 0);
    m_save->setVisible(editable);
    m_send->setVisible(editable);
    m_send->setEnabled(!m_lines.isEmpty());
    m_cancel->setVisible(m_order && (status == PurchaseOrderStatus::Draft || status == PurchaseOrderStatus::Sent));
    m_close->setVisible(
        m_order && (status == PurchaseOrderStatus::Sent || status == PurchaseOrderStatus::PartlyReceived));
    m_receive->setVisible(
        m_order && (status == PurchaseOrderStatus::Sent || status == PurchaseOrderStatus::PartlyReceived));
}

QList<DraftOrderLine> PurchaseOrderEditor::draftLines() const
{
    QList<DraftOrderLine> lines;
    for (const PurchaseOrderLine &l : m_lines)
        lines << DraftOrderLine {l.product, {}, l.ordered, l.unitCost};
    return lines;
}

bool PurchaseOrderEditor::save()
{
    if (!isEditable())
        return false;
    if (m_lines.isEmpty()) {
        m_context.showMessage(tr("Add at least one product before saving."), shell::ShellContext::Severity::Error);
        return false;
    }
    const std::optional<Session> actor = shell::actingSession(m_context, PurchasingPermissions::kOrder,
        m_order ? tr("Change purchase order %1").arg(m_order->number) : tr("Make a purchase order"), this);
    if (!actor)
        return false;
    PurchaseOrderService &orders = m_inventory.purchasing();
    const LocationId location(m_location->currentData().toLongLong());
    PurchaseOrderId id;
    if (m_order) {
        if (Status done = orders.updateDraft(*actor, m_order->id, draftLines(), location, m_note->text()); !done) {
            m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
            return false;
        }
        id = m_order->id;
    } else {
        auto created = orders.createDraft(
            *actor, SupplierId(m_supplier->currentData().toLongLong()), draftLines(), location, m_note->text());
        if (!created) {
            m_context.showMessage(created.error().message, shell::ShellContext::Severity::Error);
            return false;
        }
        id = *created;
    }
    load(id);
    m_context.showMessage(tr("%1 saved as a draft.").arg(m_order->number));
    Q_EMIT changed();
    return true;
}

bool PurchaseOrderEditor::send()
{
    if (!isEditable())
        return false;
    if (m_dirty || !m_order) {
        if (!save())
            return false;
    }
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Send purchase order %1").arg(m_order->number), this);
    if (!actor)
        return false;
    if (Status sent = m_inventory.purchasing().send(*actor, m_order->id); !sent) {
        m_context.showMessage(sent.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    load(m_order->id);
    m_context.showMessage(tr("%1 sent to %2.").arg(m_order->number, m_order->supplierName));
    Q_EMIT changed();
    return true;
}

bool PurchaseOrderEditor::cancelOrder()
{
    if (!m_order)
        return false;
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Cancel purchase order %1").arg(m_order->number), this);
    if (!actor)
        return false;
    if (Status done = m_inventory.purchasing().cancel(*actor, m_order->id); !done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    load(m_order->id);
    m_context.showMessage(tr("%1 cancelled.").arg(m_order->number));
    Q_EMIT changed();
    return true;
}

bool PurchaseOrderEditor::closeOrder()
{
    if (!m_order)
        return false;
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Close purchase order %1").arg(m_order->number), this);
    if (!actor)
        return false;
    if (Status done = m_inventory.purchasing().close(*actor, m_order->id); !done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    load(m_order->id);
    m_context.showMessage(tr("%1 closed: nothing more is expected.").arg(m_order->number));
    Q_EMIT changed();
    return true;
}

} // namespace qtill::inventory
