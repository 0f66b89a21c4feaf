#include "supplierreturnstab.h"

#include "purchasescanbar.h"
#include "purchasingsupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierreturnservice.h"

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

SupplierReturnsTab::SupplierReturnsTab(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_supplier(new QComboBox(this)),
      m_location(new QComboBox(this)),
      m_reason(new QComboBox(this)),
      m_scan(new PurchaseScanBar(context, m_inventory.catalog(), true, this)),
      m_table(new QTableWidget(this)),
      m_history(new QTableWidget(this)),
      m_summary(new QLabel(this)),
      m_remove(new QPushButton(tr("Remove line"), this)),
      m_post(new QPushButton(tr("Post return"), this)),
      m_stopSerials(new QPushButton(tr("Stop scanning serials"), this))
{
    setObjectName(QStringLiteral("supplierReturnsTab"));
    m_supplier->setObjectName(QStringLiteral("returnSupplierCombo"));
    m_location->setObjectName(QStringLiteral("returnLocationCombo"));
    m_reason->setObjectName(QStringLiteral("returnReasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems(
        {tr("Damaged"), tr("Expired"), tr("Quality problem"), tr("Wrong goods delivered"), tr("Overstock")});
    m_scan->costEdit()->setPlaceholderText(tr("current cost"));
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 700;"));
    m_remove->setObjectName(QStringLiteral("removeReturnLineButton"));
    m_post->setObjectName(QStringLiteral("postReturnButton"));
    m_stopSerials->setObjectName(QStringLiteral("stopReturnSerialsButton"));
    m_stopSerials->setAutoDefault(false);
    m_stopSerials->setVisible(false);
    m_remove->setAutoDefault(false);
    m_post->setAutoDefault(false);
    m_post->setMinimumWidth(180);
    shell::Theme::setKind(m_post, QStringLiteral("primary"));

    m_table->setObjectName(QStringLiteral("returnLineTable"));
    purchasingui::setupTable(
        m_table, {tr("Item code"), tr("Product"), tr("On hand"), tr("Return"), tr("Cost"), tr("Value"),
            tr("Serial numbers")});
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns->setSectionResizeMode(
            c, c == NameColumn || c == SerialColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setColumnHidden(SerialColumn, true);   // shown once a serial-tracked product is on the return
    m_history->setObjectName(QStringLiteral("returnHistoryTable"));
    purchasingui::setupTable(m_history, {tr("Number"), tr("Supplier"), tr("Reason"), tr("Value")}, 44);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setColumnHidden(1, true); // the supplier is in the tooltip: the card is narrow
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *historyColumns = m_history->horizontalHeader();
    for (int c = 0; c < m_history->columnCount(); ++c)
        historyColumns->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(16);
    fields->setVerticalSpacing(4);
    fields->addWidget(purchasingui::fieldLabel(tr("Return to supplier"), this), 0, 0);
    fields->addWidget(purchasingui::fieldLabel(tr("Take from"), this), 0, 1);
    fields->addWidget(purchasingui::fieldLabel(tr("Reason"), this), 0, 2);
    fields->addWidget(m_supplier, 1, 0);
    fields->addWidget(m_location, 1, 1);
    fields->addWidget(m_reason, 1, 2);
    fields->setColumnStretch(0, 3);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(2, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_remove);
    bottom->addWidget(m_stopSerials);
    bottom->addStretch(1);
    bottom->addWidget(m_summary);
    bottom->addWidget(m_post);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addLayout(fields);
    left->addWidget(m_scan);
    left->addWidget(m_table, 1);
    left->addLayout(bottom);

    auto *card = new shell::Card(this);
    card->setMinimumWidth(380);
    card->setMaximumWidth(420);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addWidget(purchasingui::fieldLabel(tr("Recent returns"), card));
    cardLayout->addWidget(m_history, 1);
    m_noHistory = new QLabel(tr("No goods have gone back to a supplier yet."), card);
    m_noHistory->setProperty("secondary", true);
    m_noHistory->setWordWrap(true);
    cardLayout->addWidget(m_noHistory);
    cardLayout->addStretch(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(20);
    layout->addLayout(left, 1);
    layout->addWidget(card);

    m_scan->setProductHandler([this](const ScanMatch &match, Quantity quantity, std::optional<Money> cost) {
        return addProduct(match, quantity, cost);
    });
    m_scan->setSerialHandler([this](const QString &serial) { addSerial(serial); });
    connect(m_stopSerials, &QPushButton::clicked, this, [this] {
        m_serialLine = -1;
        m_serialsWanted = 0;
        promptSerial();
        refreshTable();
    });
    connect(m_post, &QPushButton::clicked, this, &SupplierReturnsTab::post);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_lines.size()) {
            m_lines.removeAt(row);
            if (m_serialLine >= 0) {
                m_serialLine = -1;
                m_serialsWanted = 0;
                promptSerial();
            }
            refreshTable();
        }
    });
    connect(m_location, &QComboBox::activated, this, [this] {
        // On hand is shown for the chosen location.
        StockLedger &ledger = m_inventory.ledger();
        for (Line &l : m_lines)
            l.onHand = ledger.onHand(l.product, LocationId(m_location->currentData().toLongLong())).valueOr(Quantity());
        refreshTable();
    });
    reload();
}

void SupplierReturnsTab::reload()
{
    purchasingui::fillSuppliers(m_context, m_supplier, true);
    purchasingui::fillLocations(m_context, m_location);
    refreshTable();
    loadHistory();
}

void SupplierReturnsTab::setSupplier(SupplierId supplier)
{
    m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(QVariant::fromValue(qlonglong(supplier.value())))));
}

void SupplierReturnsTab::setReason(const QString &reason)
{
    m_reason->setCurrentText(reason);
}

bool SupplierReturnsTab::addProduct(const ScanMatch &match, Quantity quantity, std::optional<Money> cost)
{
    if (m_serialLine >= 0) {
        m_scan->setHint(tr("Finish the serial numbers first, or tap Stop scanning serials."), true);
        return false;
    }
    if (match.product.serialTracked && !quantity.isWhole()) {
        m_scan->setHint(tr("%1 goes back in whole units, each with its serial number.").arg(match.product.name), true);
        return false;
    }
    auto it
        = std::find_if(m_lines.begin(), m_lines.end(), [&](const Line &l) { return l.product == match.product.id; });
    if (it == m_lines.end()) {
        Line line;
        line.product = match.product.id;
        line.sku = match.product.sku;
        line.name = match.product.name;
        line.unit = match.product.unit;
        line.currentCost = match.product.cost;
        line.serialTracked = match.product.serialTracked;
        line.onHand = m_inventory.ledger()
                          .onHand(match.product.id, LocationId(m_location->currentData().toLongLong()))
                          .valueOr(Quantity());
        m_lines << line;
        it = m_lines.end() - 1;
    }
    if (cost)
        it->cost = cost;
    const int row = int(it - m_lines.begin());
    if (it->serialTracked) {
        // One serial per unit: the units are added as their serials are scanned.
        m_serialLine = row;
        m_serialsWanted = int(quantity.milli() / 1000);
        promptSerial();
        refreshTable();
        m_table->selectRow(row);
        return true;
    }
    it->quantity = Quantity::fromMilli(it->quantity.milli() + quantity.milli());
    if (it->quantity > it->onHand) {
        m_scan->setHint(tr("Only %1 %2 of %3 are on hand here; check the count before returning %4.")
                            .arg(it->onHand.toString(QLocale()), it->unit, it->name, it->quantity.toString(QLocale())),
            true);
    }
    refreshTable();
    m_table->selectRow(row);
    return true;
}

void SupplierReturnsTab::promptSerial()
{
    const bool asking = m_serialLine >= 0 && m_serialLine < m_lines.size() && m_serialsWanted > 0;
    m_stopSerials->setVisible(asking);
    if (!asking) {
        m_serialLine = -1;
        m_serialsWanted = 0;
        m_scan->askSerial({});
        return;
    }
    m_scan->askSerial(tr("%1 is serial-tracked: scan the serial number of the next unit going back (%n more to scan).",
                          nullptr, m_serialsWanted)
                          .arg(m_lines.at(m_serialLine).name));
}

void SupplierReturnsTab::addSerial(const QString &typed)
{
    if (m_serialLine < 0 || m_serialLine >= m_lines.size())
        return;
    Line &line = m_lines[m_serialLine];
    const QString serial = SerialNumberService::normalized(typed);
    auto refuse = [this](const QString &message) {
        m_scan->setHint(message, true);
        m_context.showMessage(message, shell::ShellContext::Severity::Error);
    };
    if (line.serials.contains(serial)) {
        refuse(tr("Serial number %1 is on this return already.").arg(serial));
        return;
    }
    // Checked now, so the person at the back door hears it before posting.
    SerialRecord unit;
    bool found = false;
    for (const SerialRecord &r : m_inventory.serials().serialsOf(line.product).valueOr({})) {
        if (r.serial == serial) {
            unit = r;
            found = true;
        }
    }
    if (!found) {
        refuse(tr("%1 has no unit with serial number %2. Check the number on the box.").arg(line.name, serial));
        return;
    }
    if (unit.status == SerialStatus::Sold) {
        refuse(tr("%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.")
                   .arg(line.name, serial, QLocale().toString(unit.soldAt.date(), QLocale::ShortFormat), unit.saleDocument));
        return;
    }
    if (unit.status == SerialStatus::ReturnedToSupplier) {
        refuse(tr("%1 with serial number %2 went back to the supplier already.").arg(line.name, serial));
        return;
    }
    line.serials << serial;
    line.quantity = Quantity::fromMilli(line.quantity.milli() + 1000);
    --m_serialsWanted;
    const QString name = line.name;
    promptSerial();
    if (m_serialsWanted == 0)
        m_scan->setHint(tr("Serial numbers of %1 taken.").arg(name));
    refreshTable();
}

void SupplierReturnsTab::refreshTable()
{
    const QLocale locale;
    m_table->setRowCount(int(m_lines.size()));
    bool serials = false;
    MoneySum total(m_context.services().storeProfile().currency());
    for (int r = 0; r < m_lines.size(); ++r) {
        const Line &l = m_lines.at(r);
        const Money cost = l.cost.value_or(l.currentCost);
        const Result<Money> value = cost.times(l.quantity);
        total.add(value);
        m_table->setItem(r, 0, purchasingui::cell(l.sku));
        m_table->setItem(r, 1, purchasingui::cell(l.name));
        m_table->setItem(r, 2, purchasingui::cell(l.onHand.toString(locale) + QLatin1Char(' ') + l.unit, true));
        auto *qty = purchasingui::cell(l.quantity.toString(locale) + QLatin1Char(' ') + l.unit, true);
        if (l.quantity > l.onHand)
            qty->setForeground(shell::Theme::kDanger);
        m_table->setItem(r, 3, qty);
        m_table->setItem(r, 4, purchasingui::cell(cost.format(locale), true));
        m_table->setItem(r, 5, purchasingui::cell(value ? value->format(locale) : QStringLiteral("—"), true));
        QString serialText = l.serials.join(QStringLiteral(", "));
        if (r == m_serialLine && m_serialsWanted > 0)
            serialText += (serialText.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%n to scan", nullptr, m_serialsWanted);
        m_table->setItem(r, SerialColumn, purchasingui::cell(serialText));
        m_table->item(r, SerialColumn)->setToolTip(l.serials.join(QLatin1Char('\n')));
        m_table->item(r, NameColumn)->setToolTip(l.name);
        serials = serials || l.serialTracked;
    }
    m_table->setColumnHidden(SerialColumn, !serials);
    m_summary->setText(m_lines.isEmpty()
            ? tr("Nothing to return yet")
            : tr("%n line(s) · %1", nullptr, int(m_lines.size()))
                  .arg(purchasingui::totalText(m_context, total.result(), locale)));
    m_post->setEnabled(!m_lines.isEmpty() && m_serialLine < 0);
    m_remove->setEnabled(!m_lines.isEmpty());
}

void SupplierReturnsTab::loadHistory()
{
    auto list = m_inventory.supplierReturns().recent(50);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    m_history->setRowCount(int(list->size()));
    m_history->setVisible(!list->isEmpty());
    m_noHistory->setVisible(list->isEmpty());
    for (int r = 0; r < list->size(); ++r) {
        const SupplierReturnSummary &s = list->at(r);
        m_history->setItem(r, 0, purchasingui::cell(s.number));
        m_history->item(r, 0)->setToolTip(s.supplierName);
        m_history->setItem(r, 1, purchasingui::cell(s.supplierName));
        m_history->setItem(r, 2, purchasingui::cell(s.reason));
        m_history->setItem(r, 3, purchasingui::cell(s.value.format(locale), true));
    }
}

QString SupplierReturnsTab::summaryText() const
{
    return m_summary->text();
}

void SupplierReturnsTab::clear()
{
    m_lines.clear();
    m_serialLine = -1;
    m_serialsWanted = 0;
    promptSerial();
    refreshTable();
}

bool SupplierReturnsTab::post()
{
    if (m_lines.isEmpty()) {
        m_context.showMessage(tr("Scan the goods to return first."), shell::ShellContext::Severity::Error);
        return false;
    }
    if (m_serialLine >= 0) {
        m_context.showMessage(tr("Finish the serial numbers first, or tap Stop scanning serials."),
            shell::ShellContext::Severity::Error);
        return false;
    }
    // A serial-tracked line whose serial scanning was stopped before the first unit has nothing to return.
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).quantity.isZero())
            m_lines.removeAt(i);
    }
    if (m_lines.isEmpty()) {
        refreshTable();
        m_context.showMessage(tr("Scan the goods to return first."), shell::ShellContext::Severity::Error);
        return false;
    }
    if (m_supplier->currentIndex() < 0) {
        m_context.showMessage(tr("Choose the supplier."), shell::ShellContext::Severity::Error);
        return false;
    }
    const QString reason = m_reason->currentText().trimmed();
    if (reason.isEmpty()) {
        m_context.showMessage(tr("Say why the goods go back."), shell::ShellContext::Severity::Error);
        return false;
    }
    SupplierReturnRequest request;
    request.supplier = SupplierId(m_supplier->currentData().toLongLong());
    request.location = LocationId(m_location->currentData().toLongLong());
    request.reason = reason;
    for (const Line &l : std::as_const(m_lines))
        request.lines << ReceiptLine {l.product, l.quantity, l.cost, l.serials};
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kReceive, tr("Return goods to %1").arg(m_supplier->currentText()), this);
    if (!actor)
        return false;
    auto number = m_inventory.supplierReturns().returnGoods(*actor, request);
    if (!number) {
        m_context.showMessage(number.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_context.showMessage(
        tr("Return %1 posted: %n line(s) taken out of stock.", nullptr, int(m_lines.size())).arg(*number));
    m_scan->setHint(tr("Return %1 posted.").arg(*number));
    m_lines.clear();
    refreshTable();
    loadHistory();
    Q_EMIT posted();
    return true;
}

} // namespace qtill::inventory
