#include "supplierstab.h"

#include "purchasingsupport.h"

#include "supplierdialog.h"
#include "supplieritemdialog.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/actingsession.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

SuppliersTab::SuppliersTab(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_table(new QTableWidget(this)),
      m_items(new QTableWidget(this)),
      m_detailTitle(new QLabel(this)),
      m_detailLine(new QLabel(this)),
      m_paperwork(new QLabel(this)),
      m_noItems(new QLabel(this)),
      m_addItem(new QPushButton(tr("Add item"), this)),
      m_editItem(new QPushButton(tr("Edit item"), this)),
      m_removeItem(new QPushButton(tr("Remove item"), this)),
      m_add(new QPushButton(tr("Add supplier"), this)),
      m_edit(new QPushButton(tr("Edit"), this))
{
    setObjectName(QStringLiteral("suppliersTab"));
    m_table->setObjectName(QStringLiteral("supplierTable"));
    purchasingui::setupTable(m_table, {tr("Code"), tr("Supplier"), tr("Phone"), tr("Lead time"), tr("Status")});
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    m_items->setObjectName(QStringLiteral("supplierItemTable"));
    purchasingui::setupTable(
        m_items, {tr("Item code"), tr("Product"), tr("Their code"), tr("Last cost"), tr("Per pack"), tr("Preferred")}, 44);
    m_items->horizontalHeaderItem(PreferredColumn)->setToolTip(tr("The supplier reorder suggestions buy it from"));
    QHeaderView *itemColumns = m_items->horizontalHeader();
    for (int c = 0; c < m_items->columnCount(); ++c)
        itemColumns->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setColumnHidden(2, true);   // the phone is on the card beside: the list stays readable

    m_add->setObjectName(QStringLiteral("addSupplierButton"));
    m_edit->setObjectName(QStringLiteral("editSupplierButton"));
    shell::Theme::setKind(m_add, QStringLiteral("primary"));
    m_detailTitle->setProperty("heading", true);
    m_detailTitle->setWordWrap(true);
    m_detailLine->setProperty("secondary", true);
    m_detailLine->setWordWrap(true);
    m_paperwork->setObjectName(QStringLiteral("supplierPaperwork"));
    m_paperwork->setProperty("secondary", true);
    m_paperwork->setWordWrap(true);
    m_noItems->setObjectName(QStringLiteral("supplierNoItems"));
    m_noItems->setProperty("secondary", true);
    m_noItems->setWordWrap(true);
    m_noItems->setText(tr("Nothing recorded yet. Add the products you buy from this supplier, with their code and cost."));
    m_addItem->setObjectName(QStringLiteral("addSupplierItemButton"));
    m_editItem->setObjectName(QStringLiteral("editSupplierItemButton"));
    m_removeItem->setObjectName(QStringLiteral("removeSupplierItemButton"));
    for (QPushButton *b : {m_addItem, m_editItem, m_removeItem})
        b->setAutoDefault(false);

    auto *card = new shell::Card(this);
    card->setMinimumWidth(560);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(m_detailTitle);
    cardLayout->addWidget(m_detailLine);
    cardLayout->addWidget(m_paperwork);
    auto *itemsHeader = new QHBoxLayout;
    itemsHeader->addWidget(purchasingui::fieldLabel(tr("What they supply"), card), 1);
    itemsHeader->addWidget(m_removeItem);
    itemsHeader->addWidget(m_editItem);
    itemsHeader->addWidget(m_addItem);
    cardLayout->addLayout(itemsHeader);
    cardLayout->addWidget(m_items, 1);
    cardLayout->addWidget(m_noItems);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(m_add);
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addLayout(actions);
    left->addWidget(m_table, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(20);
    layout->addLayout(left, 2);
    layout->addWidget(card, 3);

    connect(m_add, &QPushButton::clicked, this, &SuppliersTab::addSupplier);
    connect(m_edit, &QPushButton::clicked, this, &SuppliersTab::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SuppliersTab::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SuppliersTab::showItems);
    connect(m_addItem, &QPushButton::clicked, this, &SuppliersTab::addItem);
    connect(m_editItem, &QPushButton::clicked, this, &SuppliersTab::editItem);
    connect(m_removeItem, &QPushButton::clicked, this, &SuppliersTab::removeItem);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &SuppliersTab::editItem);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SuppliersTab::updateItemButtons);
    reload();
}

void SuppliersTab::reload()
{
    const int row = m_table->currentRow();
    auto list = m_inventory.suppliers().list();
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_suppliers = *list;
    m_table->setRowCount(int(m_suppliers.size()));
    for (int r = 0; r < m_suppliers.size(); ++r) {
        const Supplier &s = m_suppliers.at(r);
        m_table->setItem(r, 0, purchasingui::cell(s.code));
        m_table->setItem(r, 1, purchasingui::cell(s.name));
        m_table->setItem(r, 2, purchasingui::cell(s.phone));
        m_table->setItem(r, 3, purchasingui::cell(tr("%n day(s)", nullptr, s.leadTimeDays), true));
        m_table->setItem(r, 4, purchasingui::cell(s.active ? tr("Active") : tr("No new orders")));
    }
    selectRow(qBound(0, row, int(m_suppliers.size()) - 1));
    showItems();
}

void SuppliersTab::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
}

void SuppliersTab::showItems()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_suppliers.size() && m_table->selectionModel()->hasSelection();
    m_edit->setEnabled(chosen);
    m_items->setRowCount(0);
    m_itemList.clear();
    m_paperwork->clear();
    m_paperwork->setVisible(false);
    m_noItems->setVisible(false);
    updateItemButtons();
    if (!chosen) {
        m_detailTitle->setText(tr("Choose a supplier"));
        m_detailLine->setText(tr("Its contact and what it supplies show here."));
        return;
    }
    const Supplier &s = m_suppliers.at(row);
    m_detailTitle->setText(s.name);
    QStringList facts {s.code};
    if (!s.contact.isEmpty())
        facts << s.contact;
    if (!s.phone.isEmpty())
        facts << s.phone;
    facts << tr("delivers in %n day(s)", nullptr, s.leadTimeDays);
    if (!s.active)
        facts << tr("takes no new orders");
    m_detailLine->setText(facts.join(QStringLiteral(" · ")));
    QStringList paperwork;
    if (!s.paymentTerms.isEmpty())
        paperwork << tr("Pays: %1").arg(s.paymentTerms);
    if (!s.address.isEmpty())
        paperwork << s.address;
    if (!s.taxId.isEmpty())
        paperwork << tr("Tax id %1").arg(s.taxId);
    if (!s.bankAccount.isEmpty())
        paperwork << s.bankName + QLatin1Char(' ') + s.bankAccount;
    if (!s.note.isEmpty())
        paperwork << s.note;
    m_paperwork->setText(paperwork.join(QStringLiteral(" · ")));
    m_paperwork->setVisible(!paperwork.isEmpty());

    auto items = m_inventory.suppliers().items(s.id);
    if (!items) {
        m_context.showMessage(items.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const Catalog &catalog = m_inventory.catalog();
    const QLocale locale;
    m_itemList = *items;
    m_items->setRowCount(int(items->size()));
    m_noItems->setVisible(items->isEmpty());
    for (int r = 0; r < items->size(); ++r) {
        const SupplierItem &item = items->at(r);
        const Product p = catalog.product(item.product).valueOr(Product {});
        m_items->setItem(r, 0, purchasingui::cell(p.sku));
        m_items->setItem(r, 1, purchasingui::cell(p.name));
        m_items->setItem(r, 2, purchasingui::cell(item.supplierCode));
        m_items->setItem(r, 3, purchasingui::cell(item.lastCost.format(locale), true));
        m_items->setItem(r, 4, purchasingui::cell(item.packSize.toString(locale), true));
        auto *preferred = purchasingui::cell(item.preferred ? QStringLiteral("✓") : QString());
        preferred->setTextAlignment(Qt::AlignCenter);
        preferred->setToolTip(item.preferred ? tr("Reorder suggestions buy it from this supplier.") : QString());
        m_items->setItem(r, PreferredColumn, preferred);
    }
    updateItemButtons();
}

const Supplier *SuppliersTab::selectedSupplier() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_suppliers.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_suppliers.at(row);
}

void SuppliersTab::updateItemButtons()
{
    const int row = m_items->currentRow();
    const bool item = row >= 0 && row < m_itemList.size() && m_items->selectionModel()->hasSelection();
    m_addItem->setEnabled(selectedSupplier() != nullptr);
    m_editItem->setEnabled(item);
    m_removeItem->setEnabled(item);
}

void SuppliersTab::selectItemRow(int row)
{
    if (row >= 0 && row < m_items->rowCount())
        m_items->selectRow(row);
}

QString SuppliersTab::detailText() const
{
    return m_detailLine->text() + QLatin1Char('\n') + m_paperwork->text();
}

SupplierItemDialog *SuppliersTab::addItem()
{
    const Supplier *supplier = selectedSupplier();
    if (!supplier)
        return nullptr;
    auto *dialog = new SupplierItemDialog(m_context, *supplier, std::nullopt, this);
    connect(dialog, &SupplierItemDialog::saved, this, [this](ProductId product) {
        showItems();
        for (int r = 0; r < m_itemList.size(); ++r) {
            if (m_itemList.at(r).product == product)
                selectItemRow(r);
        }
    });
    dialog->open();
    return dialog;
}

SupplierItemDialog *SuppliersTab::editItem()
{
    const Supplier *supplier = selectedSupplier();
    const int row = m_items->currentRow();
    if (!supplier || row < 0 || row >= m_itemList.size())
        return nullptr;
    auto *dialog = new SupplierItemDialog(m_context, *supplier, m_itemList.at(row), this);
    connect(dialog, &SupplierItemDialog::saved, this, [this, row] {
        showItems();
        selectItemRow(row);
    });
    dialog->open();
    return dialog;
}

bool SuppliersTab::removeItem()
{
    const Supplier *supplier = selectedSupplier();
    const int row = m_items->currentRow();
    if (!supplier || row < 0 || row >= m_itemList.size())
        return false;
    const SupplierItem item = m_itemList.at(row);
    const QString name = m_items->item(row, ItemNameColumn) ? m_items->item(row, ItemNameColumn)->text() : QString();
    const QString supplierName = supplier->name;
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Remove %1 from what %2 supplies").arg(name, supplierName), this);
    if (!actor)
        return false;
    if (Status done = m_inventory.suppliers().removeItem(*actor, item.supplier, item.product); !done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_context.showMessage(tr("%1 no longer listed for %2; its orders and deliveries keep it.").arg(name, supplierName));
    showItems();
    return true;
}

SupplierDialog *SuppliersTab::addSupplier()
{
    auto *dialog = new SupplierDialog(m_context, std::nullopt, this);
    connect(dialog, &SupplierDialog::saved, this, [this](SupplierId id) {
        reload();
        for (int r = 0; r < m_suppliers.size(); ++r) {
            if (m_suppliers.at(r).id == id)
                selectRow(r);
        }
    });
    dialog->open();
    return dialog;
}

SupplierDialog *SuppliersTab::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_suppliers.size())
        return nullptr;
    auto *dialog = new SupplierDialog(m_context, m_suppliers.at(row), this);
    connect(dialog, &SupplierDialog::saved, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

} // namespace qtill::inventory
