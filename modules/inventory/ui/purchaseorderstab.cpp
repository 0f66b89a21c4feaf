#include "purchaseorderstab.h"

#include "purchaseordereditor.h"
#include "purchasingsupport.h"

#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"

#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

QList<PurchaseOrderStatus> statusesOf(PurchaseOrdersTab::Filter filter)
{
    using S = PurchaseOrderStatus;
    switch (filter) {
    case PurchaseOrdersTab::OpenFilter:
        return {S::Draft, S::Sent, S::PartlyReceived};
    case PurchaseOrdersTab::DraftFilter:
        return {S::Draft};
    case PurchaseOrdersTab::SentFilter:
        return {S::Sent};
    case PurchaseOrdersTab::PartlyFilter:
        return {S::PartlyReceived};
    case PurchaseOrdersTab::DoneFilter:
        return {S::Received, S::Closed};
    case PurchaseOrdersTab::CancelledFilter:
        return {S::Cancelled};
    case PurchaseOrdersTab::AllFilter:
        break;
    }
    return {};
}

} // namespace

PurchaseOrdersTab::PurchaseOrdersTab(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_pages(new QStackedWidget(this)),
      m_filters(new QButtonGroup(this)),
      m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)),
      m_new(new QPushButton(tr("New order"), this)),
      m_open(new QPushButton(tr("Show order"), this)),
      m_editor(new PurchaseOrderEditor(context, this))
{
    setObjectName(QStringLiteral("purchaseOrdersTab"));
    auto *list = new QWidget(this);
    auto *chips = new QWidget(list);
    chips->setObjectName(QStringLiteral("orderFilters"));
    chips->setStyleSheet(QStringLiteral("QPushButton { min-height: 44px; padding: 0 16px; }"
                                        "QPushButton:checked { background: #E8F1FF; color: #1677FF;"
                                        " border: 1px solid #1677FF; font-weight: 700; }"));
    auto *chipRow = new QHBoxLayout(chips);
    chipRow->setContentsMargins(0, 0, 0, 0);
    chipRow->setSpacing(8);
    const QList<std::pair<Filter, QString>> filters {{OpenFilter, tr("Open orders")}, {DraftFilter, tr("Drafts")},
        {SentFilter, tr("Sent")}, {PartlyFilter, tr("Partly received")}, {DoneFilter, tr("Received/closed")},
        {CancelledFilter, tr("Cancelled")}, {AllFilter, tr("All")}};
    for (const auto &[filter, text] : filters) {
        auto *b = new QPushButton(text, chips);
        b->setObjectName(QStringLiteral("filter%1").arg(int(filter)));
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setChecked(filter == m_filter);
        m_filters->addButton(b, filter);
        chipRow->addWidget(b);
    }
    chipRow->addStretch(1);
    m_new->setObjectName(QStringLiteral("newOrderButton"));
    m_open->setObjectName(QStringLiteral("openOrderButton"));
    shell::Theme::setKind(m_new, QStringLiteral("primary"));
    chipRow->addWidget(m_open);
    chipRow->addWidget(m_new);

    m_table->setObjectName(QStringLiteral("orderTable"));
    purchasingui::setupTable(
        m_table, {tr("Number"), tr("Supplier"), tr("State"), tr("Created"), tr("Lines"), tr("Value")});
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summary->setProperty("secondary", true);

    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 12, 0, 0);
    listLayout->setSpacing(10);
    listLayout->addWidget(chips);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_summary);

    m_pages->addWidget(list);
    m_pages->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    connect(m_new, &QPushButton::clicked, this, &PurchaseOrdersTab::newOrder);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_editor, &PurchaseOrderEditor::backRequested, this, &PurchaseOrdersTab::showList);
    connect(m_editor, &PurchaseOrderEditor::changed, this, &PurchaseOrdersTab::reload);
    connect(m_editor, &PurchaseOrderEditor::receiveRequested, this, &PurchaseOrdersTab::receiveRequested);
    reload();
}

void PurchaseOrdersTab::setFilter(Filter filter)
{
    m_filter = filter;
    if (QAbstractButton *b = m_filters->button(filter))
        b->setChecked(true);
    reload();
}

void PurchaseOrdersTab::reload()
{
    auto list = InventoryServices::of(m_context.services()).purchasing().orders(statusesOf(m_filter), {}, 500);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_orders = *list;
    const QLocale locale;
    MoneySum total(m_context.services().storeProfile().currency());
    m_table->setRowCount(int(m_orders.size()));
    for (int r = 0; r < m_orders.size(); ++r) {
        const PurchaseOrderSummary &o = m_orders.at(r);
        total.add(o.orderedValue);
        m_table->setItem(r, 0, purchasingui::cell(o.number));
        m_table->setItem(r, 1, purchasingui::cell(o.supplierName));
        m_table->setItem(r, 2, purchasingui::cell(purchaseOrderStatusName(o.status)));
        m_table->setItem(r, 3, purchasingui::cell(locale.toString(o.createdAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(r, 4, purchasingui::cell(QString::number(o.lineCount), true));
        m_table->setItem(r, 5, purchasingui::cell(o.orderedValue.format(locale), true));
        if (o.status == PurchaseOrderStatus::PartlyReceived)
            m_table->item(r, 2)->setForeground(shell::Theme::kWarning);
        else if (o.status == PurchaseOrderStatus::Cancelled)
            m_table->item(r, 2)->setForeground(shell::Theme::kTextSecondary);
    }
    m_summary->setText(m_orders.isEmpty()
            ? tr("No orders in this view.")
            : tr("%n order(s) · ordered value %1", nullptr, int(m_orders.size()))
                  .arg(purchasingui::totalText(m_context, total.result(), locale)));
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

QString PurchaseOrdersTab::summaryText() const
{
    return m_summary->text();
}

bool PurchaseOrdersTab::isEditing() const
{
    return m_pages->currentWidget() == m_editor;
}

void PurchaseOrdersTab::newOrder()
{
    m_editor->startNew();
    m_pages->setCurrentWidget(m_editor);
}

void PurchaseOrdersTab::openRow(int row)
{
    if (row >= 0 && row < m_orders.size())
        openOrder(m_orders.at(row).id);
}

void PurchaseOrdersTab::openOrder(PurchaseOrderId id)
{
    if (m_editor->load(id))
        m_pages->setCurrentWidget(m_editor);
}

void PurchaseOrdersTab::showList()
{
    reload();
    m_pages->setCurrentIndex(0);
}

} // namespace qtill::inventory
