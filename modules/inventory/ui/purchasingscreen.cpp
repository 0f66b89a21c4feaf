#include "purchasingscreen.h"

#include "purchaseordereditor.h"
#include "purchaseorderstab.h"
#include "receivingtab.h"
#include "supplierreturnstab.h"
#include "supplierstab.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/pageheader.h"
#include "shell/shellcontext.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

PurchasingScreen::PurchasingScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_header(new shell::PageHeader(tr("Purchasing"), this)),
      m_tabs(new QTabWidget(this)),
      m_orders(new PurchaseOrdersTab(context, this)),
      m_receiving(new ReceivingTab(context, this)),
      m_returns(new SupplierReturnsTab(context, this)),
      m_suppliers(new SuppliersTab(context, this))
{
    setObjectName(QStringLiteral("purchasingScreen"));
    m_tabs->setObjectName(QStringLiteral("purchasingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_orders, tr("Purchase orders"));
    m_tabs->addTab(m_receiving, tr("Receiving"));
    m_tabs->addTab(m_returns, tr("Returns to suppliers"));
    m_tabs->addTab(m_suppliers, tr("Suppliers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_orders, &PurchaseOrdersTab::receiveRequested, this, [this](PurchaseOrderId id) {
        m_receiving->setOrder(id);
        m_tabs->setCurrentWidget(m_receiving);
    });
    connect(m_orders->editor(), &PurchaseOrderEditor::changed, this, [this] {
        m_receiving->reload();
        updateSubtitle();
    });
    connect(m_receiving, &ReceivingTab::posted, this, [this] {
        m_orders->reload();
        updateSubtitle();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ReceivingTabIndex && m_receiving->lines().isEmpty())
            m_receiving->reload();
        else if (index == SuppliersTabIndex)
            m_suppliers->reload();
    });
    updateSubtitle();
}

PurchasingScreen::~PurchasingScreen() = default;

void PurchasingScreen::activated()
{
    if (!m_orders->isEditing())
        m_orders->reload();
    updateSubtitle();
}

void PurchasingScreen::prepareScreenshot()
{
    showTab(OrdersTab);
    m_orders->setFilter(PurchaseOrdersTab::AllFilter);
    if (m_orders->table()->rowCount() > 0)
        m_orders->table()->selectRow(0);
}

void PurchasingScreen::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QString PurchasingScreen::subtitleText() const
{
    return m_subtitle;
}

void PurchasingScreen::updateSubtitle()
{
    PurchaseOrderService &orders = m_inventory.purchasing();
    const int sent = int(orders.orders({PurchaseOrderStatus::Sent}, {}, 1000).valueOr({}).size());
    const int partly = int(orders.orders({PurchaseOrderStatus::PartlyReceived}, {}, 1000).valueOr({}).size());
    const int drafts = int(orders.orders({PurchaseOrderStatus::Draft}, {}, 1000).valueOr({}).size());
    const int suppliers = int(m_inventory.suppliers().list(true).valueOr({}).size());
    m_subtitle = tr("Awaiting delivery: %1 · partly received: %2 · drafts: %3 · active suppliers: %4")
                     .arg(sent)
                     .arg(partly)
                     .arg(drafts)
                     .arg(suppliers);
    m_header->setSubtitle(m_subtitle);
}

} // namespace qtill::inventory
