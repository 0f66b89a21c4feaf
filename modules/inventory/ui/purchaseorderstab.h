#pragma once

#include "inventory/purchaseorder.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class PurchaseOrderEditor;

/// Purchasing → Orders: purchase orders newest first, filtered by state (open, draft, sent, partly
/// received, done, cancelled, all) with the count and value of what is shown; New order and Open lead
/// to the PurchaseOrderEditor on the same page.
class PurchaseOrdersTab : public QWidget
{
    Q_OBJECT
public:
    enum Filter { OpenFilter, DraftFilter, SentFilter, PartlyFilter, DoneFilter, CancelledFilter, AllFilter };

    PurchaseOrdersTab(shell::ShellContext &context, QWidget *parent = nullptr);

    void setFilter(Filter filter);
    void reload();
    /// Opens the editor on a new order / the order in `row` / the order `id`.
    void newOrder();
    void openRow(int row);
    void openOrder(PurchaseOrderId id);
    void showList();

    QTableWidget *table() const { return m_table; }
    PurchaseOrderEditor *editor() const { return m_editor; }
    bool isEditing() const;
    const QList<PurchaseOrderSummary> &shown() const { return m_orders; }
    /// "5 orders · ¥3,210.00".
    QString summaryText() const;

Q_SIGNALS:
    void receiveRequested(qtill::inventory::PurchaseOrderId id);

private:
    shell::ShellContext &m_context;
    Filter m_filter = OpenFilter;
    QList<PurchaseOrderSummary> m_orders;
    QStackedWidget *m_pages;
    QButtonGroup *m_filters;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_open;
    PurchaseOrderEditor *m_editor;
};

} // namespace qtill::inventory
