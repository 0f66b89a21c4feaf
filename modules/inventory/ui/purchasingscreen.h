#pragma once

#include "shell/uimodule.h"

#include <QWidget>

class QTabWidget;

namespace qtill::shell {
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;
class PurchaseOrdersTab;
class ReceivingTab;
class SupplierReturnsTab;
class SuppliersTab;

/// 采购 Purchasing: purchase orders (list by state, editor), receiving deliveries by scanning (with or
/// without an order, serial numbers for serial-tracked goods), returns to suppliers, and suppliers
/// with what they supply. Actions are checked by the domain (purchasing.order / purchasing.receive);
/// an operator without the right gets the supervisor override.
class PurchasingScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    enum Tab { OrdersTab, ReceivingTabIndex, ReturnsTab, SuppliersTabIndex };

    explicit PurchasingScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~PurchasingScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    void showTab(Tab tab);
    PurchaseOrdersTab *orders() const { return m_orders; }
    ReceivingTab *receiving() const { return m_receiving; }
    SupplierReturnsTab *returns() const { return m_returns; }
    SuppliersTab *suppliers() const { return m_suppliers; }
    QTabWidget *tabs() const { return m_tabs; }
    QString subtitleText() const;

private:
    void updateSubtitle();

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    shell::PageHeader *m_header;
    QTabWidget *m_tabs;
    PurchaseOrdersTab *m_orders;
    ReceivingTab *m_receiving;
    SupplierReturnsTab *m_returns;
    SuppliersTab *m_suppliers;
    QString m_subtitle;
};

} // namespace qtill::inventory
