#include "reorderscreen.h"

#include "purchasingsupport.h"

#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/stockledger.h"

#include "shell/actingsession.h"
#include "shell/backgroundtask.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/clock.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QComboBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <utility>

namespace qtill::inventory {

/// What the worker works out for the screen. Alerts and suggestions each on their own: one failing
/// does not hide the other.
struct ReorderFigures
{
    std::optional<Error> alertsError;
    QList<StockAlert> alerts;
    QList<Location> locations;
    QHash<qint64, QHash<qint64, Quantity>> stockAt;   ///< alerted product → location → on hand
    std::optional<Error> suggestionsError;
    QList<ReorderSuggestion> suggestions;
};

namespace {

constexpr int kAlertLimit = 500;

/// Runs on the worker with its own services.
Result<ReorderFigures> workOut(InventoryServices &inventory, const Session &session, int salesDays,
                               const shell::TaskProgress &progress)
{
    ReorderFigures figures;
    auto alerts = inventory.reorder().alerts(session, kAlertLimit);
    auto locations = inventory.ledger().locations();
    if (!alerts || !locations) {
        figures.alertsError = !alerts ? alerts.error() : locations.error();
    } else {
        figures.alerts = std::move(*alerts);
        figures.locations = std::move(*locations);
        for (const StockAlert &a : std::as_const(figures.alerts)) {
            QHash<qint64, Quantity> &at = figures.stockAt[a.product.value()];
            if (auto balances = inventory.ledger().balances(a.product)) {
                for (const StockBalance &b : std::as_const(*balances))
                    at.insert(b.location.value(), b.onHand);
            }
        }
    }
    if (progress.isCancelled())   // asked again meanwhile: these figures will not be shown
        return figures;
    ReorderOptions options;
    options.salesDays = salesDays;
    auto suggestions = inventory.reorder().suggest(session, options);
    if (suggestions)
        figures.suggestions = std::move(*suggestions);
    else
        figures.suggestionsError = suggestions.error();
    return figures;
}

constexpr int kIndexRole = Qt::UserRole + 1;   ///< index into m_all on the suggestion rows

QTableWidget *makeTable(const QStringList &headings, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    shell::setupTable(table, 50);
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem *numberItem(const QString &text)
{
    QTableWidgetItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Name column stretches, the others fit their contents.
void fitColumns(QTableWidget *table, int stretchColumn)
{
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c)
        header->setSectionResizeMode(c, c == stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

QString qty(const Quantity &q)
{
    return q.toString(QLocale());
}

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("secondary", true);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReorderScreen::ReorderScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_inventory(InventoryServices::of(context.services())),
      m_header(new shell::PageHeader(tr("Reorder"), this)), m_tabs(new QTabWidget(this)),
      m_task(std::make_unique<shell::BackgroundTask>(context.services()))
{
    setObjectName(QStringLiteral("reorderScreen"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("reorderRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &ReorderScreen::refresh);
    m_header->addActionWidget(refreshButton);

    buildAlertsTab();
    buildSuggestionsTab();
    buildAnalysisTabs();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    refresh();
}

ReorderScreen::~ReorderScreen() = default;

void ReorderScreen::activated()
{
    // The workspace activates a screen right after building it, which refreshed already.
    if (std::exchange(m_justBuilt, false))
        return;
    refresh();
}

void ReorderScreen::prepareScreenshot()
{
    refresh();
    // `qtill --screenshot` grabs the screen as soon as this returns: wait for the figures here.
    if (m_calculating) {
        QEventLoop wait;
        connect(this, &ReorderScreen::loaded, &wait, &QEventLoop::quit);
        wait.exec();
    }
    showTab(SuggestionsTab);
    // The supplier with the most to order, and its first line explained.
    int best = -1;
    qsizetype bestCount = -1;
    for (int i = 0; i < m_supplier->count(); ++i) {
        const qint64 id = m_supplier->itemData(i).toLongLong();
        qsizetype count = 0;
        for (const ReorderSuggestion &s : std::as_const(m_all))
            count += (s.supplier.isValid() ? s.supplier.value() : -1) == id ? 1 : 0;
        if (id > 0 && count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    if (best >= 0)
        m_supplier->setCurrentIndex(best);
    if (m_suggestions->rowCount() > 0)
        m_suggestions->selectRow(0);
}

void ReorderScreen::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

// ---- building -------------------------------------------------------------------------------------

void ReorderScreen::buildAlertsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    m_alertSummary = secondaryLabel(QString(), page);
    m_alertSummary->setObjectName(QStringLiteral("alertSummary"));
    m_alerts = makeTable({}, page);
    m_alerts->setObjectName(QStringLiteral("alertTable"));
    layout->addWidget(m_alertSummary);
    layout->addWidget(m_alerts, 1);
    m_tabs->addTab(page, tr("Low stock"));
}

void ReorderScreen::buildSuggestionsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);

    m_supplier = new QComboBox(page);
    m_supplier->setObjectName(QStringLiteral("reorderSupplier"));
    m_supplier->setMinimumWidth(380);
    m_salesDays = new QSpinBox(page);
    m_salesDays->setObjectName(QStringLiteral("reorderSalesDays"));
    m_salesDays->setRange(1, 365);
    m_salesDays->setValue(28);
    m_salesDays->setSuffix(tr(" days"));
    m_salesDays->setMinimumWidth(150);
    m_createOrder = new QPushButton(tr("Create draft PO"), page);
    m_createOrder->setObjectName(QStringLiteral("createDraftPo"));
    shell::Theme::setKind(m_createOrder, QStringLiteral("primary"));

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(new QLabel(tr("Supplier"), page));
    top->addWidget(m_supplier, 1);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Average of the last"), page));
    top->addWidget(m_salesDays);
    top->addSpacing(12);
    top->addWidget(m_createOrder);
    layout->addLayout(top);

    m_suggestions = makeTable({tr("Product"), tr("Per day"), tr("× Days"), tr("= Demand"), tr("+ Safety"),
                               tr("− Stock"), tr("− Ordered"), tr("= Need"), tr("Pack"), tr("Order"), tr("Value")},
                              page);
    const QList<std::pair<int, QString>> tips{
        {kAverage, tr("Average sold a day over the sales window")},
        {kLead, tr("The supplier's lead time in days")},
        {kDemand, tr("Expected sales over the lead time: per day × days, rounded up")},
        {kSafety, tr("Safety stock: what should always be left")},
        {kOnHand, tr("On hand now, all locations")},
        {kOnOrder, tr("Already ordered and not yet received (drafts included)")},
        {kNeed, tr("Demand + safety − stock − ordered")},
        {kPack, tr("Units per order pack: the need is rounded up to whole packs")}};
    for (const auto &[column, tip] : tips)
        m_suggestions->horizontalHeaderItem(column)->setToolTip(tip);
    m_suggestions->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestions->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                   | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_suggestions->horizontalHeaderItem(kOrder)->setToolTip(tr("Tap to change the quantity to order."));
    layout->addWidget(m_suggestions, 1);

    auto *bottom = new QHBoxLayout;
    m_formula = new QLabel(page);
    m_formula->setObjectName(QStringLiteral("reorderFormula"));
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::PlainText);
    m_formula->setMinimumHeight(76);
    m_formula->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_orderTotal = new QLabel(page);
    m_orderTotal->setObjectName(QStringLiteral("reorderTotal"));
    m_orderTotal->setProperty("heading", true);
    m_orderTotal->setAlignment(Qt::AlignRight | Qt::AlignTop);
    bottom->addWidget(m_formula, 1);
    bottom->addWidget(m_orderTotal);
    layout->addLayout(bottom);

    connect(m_supplier, &QComboBox::currentIndexChanged, this, &ReorderScreen::fillSuggestionTable);
    connect(m_salesDays, &QSpinBox::valueChanged, this, &ReorderScreen::calculate);
    connect(m_suggestions, &QTableWidget::itemSelectionChanged, this, &ReorderScreen::updateFormula);
    connect(m_suggestions, &QTableWidget::itemChanged, this, &ReorderScreen::orderEdited);
    connect(m_createOrder, &QPushButton::clicked, this, &ReorderScreen::createDraftOrder);
    m_tabs->addTab(page, tr("Reorder suggestions"));
}

void ReorderScreen::buildAnalysisTabs()
{
    // Out of stock, per location.
    auto *oos = new QWidget(m_tabs);
    auto *oosLayout = new QVBoxLayout(oos);
    oosLayout->setContentsMargins(0, 12, 0, 0);
    m_oosLocation = new QComboBox(oos);
    m_oosLocation->setObjectName(QStringLiteral("outOfStockLocation"));
    m_oosLocation->setMinimumWidth(260);
    auto *oosTop = new QHBoxLayout;
    oosTop->addWidget(new QLabel(tr("Location"), oos));
    oosTop->addWidget(m_oosLocation);
    oosTop->addStretch(1);
    oosLayout->addLayout(oosTop);
    m_outOfStock = makeTable({tr("Item code"), tr("Name"), tr("On hand"), tr("Safety stock"), tr("Last sale")}, oos);
    m_outOfStock->setObjectName(QStringLiteral("outOfStockTable"));
    oosLayout->addWidget(m_outOfStock, 1);
    m_tabs->addTab(oos, tr("Out of stock"));
    connect(m_oosLocation, &QComboBox::currentIndexChanged, this, &ReorderScreen::loadOutOfStock);

    // Best sellers.
    auto *best = new QWidget(m_tabs);
    auto *bestLayout = new QVBoxLayout(best);
    bestLayout->setContentsMargins(0, 12, 0, 0);
    m_bestPeriod = new QComboBox(best);
    m_bestPeriod->setObjectName(QStringLiteral("bestSellerPeriod"));
    for (int days : {7, 28, 90, 365})
        m_bestPeriod->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_bestPeriod->setCurrentIndex(1);
    m_bestBy = new QComboBox(best);
    m_bestBy->setObjectName(QStringLiteral("bestSellerRanking"));
    m_bestBy->addItem(tr("By quantity"), int(SalesRanking::ByQuantity));
    m_bestBy->addItem(tr("By value"), int(SalesRanking::ByValue));
    auto *bestTop = new QHBoxLayout;
    bestTop->addWidget(m_bestPeriod);
    bestTop->addWidget(m_bestBy);
    bestTop->addStretch(1);
    bestLayout->addLayout(bestTop);
    m_bestSellers = makeTable({tr("Rank"), tr("Item code"), tr("Name"), tr("Sold"), tr("Value")}, best);
    m_bestSellers->setObjectName(QStringLiteral("bestSellerTable"));
    bestLayout->addWidget(m_bestSellers, 1);
    m_tabs->addTab(best, tr("Best sellers"));
    connect(m_bestPeriod, &QComboBox::currentIndexChanged, this, &ReorderScreen::loadBestSellers);
    connect(m_bestBy, &QComboBox::currentIndexChanged, this, &ReorderScreen::loadBestSellers);

    // Slow movers: no sale in N days.
    auto *slow = new QWidget(m_tabs);
    auto *slowLayout = new QVBoxLayout(slow);
    slowLayout->setContentsMargins(0, 12, 0, 0);
    m_slowDays = new QSpinBox(slow);
    m_slowDays->setObjectName(QStringLiteral("slowMoverDays"));
    m_slowDays->setRange(1, 365);
    m_slowDays->setValue(30);
    m_slowDays->setSuffix(tr(" days"));
    m_slowDays->setMinimumWidth(150);
    m_slowSummary = secondaryLabel(QString(), slow);
    m_slowSummary->setObjectName(QStringLiteral("slowMoverSummary"));
    auto *slowTop = new QHBoxLayout;
    slowTop->addWidget(new QLabel(tr("No sale in the last"), slow));
    slowTop->addWidget(m_slowDays);
    slowTop->addSpacing(16);
    slowTop->addWidget(m_slowSummary, 1);
    slowLayout->addLayout(slowTop);
    m_slowMovers = makeTable({tr("Item code"), tr("Name"), tr("On hand"), tr("Stock value"), tr("Last sale")}, slow);
    m_slowMovers->setObjectName(QStringLiteral("slowMoverTable"));
    slowLayout->addWidget(m_slowMovers, 1);
    m_tabs->addTab(slow, tr("Slow movers"));
    connect(m_slowDays, &QSpinBox::valueChanged, this, &ReorderScreen::loadSlowMovers);
}

// ---- loading --------------------------------------------------------------------------------------

void ReorderScreen::refresh()
{
    // Locations for the out-of-stock filter.
    const qint64 chosenLocation = m_oosLocation->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_oosLocation);
        m_oosLocation->clear();
        m_oosLocation->addItem(tr("All locations"), qint64(0));
        if (auto locations = m_inventory.ledger().locations()) {
            for (const Location &l : std::as_const(*locations))
                m_oosLocation->addItem(l.name, qint64(l.id.value()));
        }
        const int again = m_oosLocation->findData(chosenLocation);
        m_oosLocation->setCurrentIndex(again >= 0 ? again : 0);
    }
    calculate();
    loadOutOfStock();
    loadBestSellers();
    loadSlowMovers();
}

void ReorderScreen::calculate()
{
    setCalculating(true);
    if (m_task->isRunning()) {
        m_calculateAgain = true;
        m_task->cancel();
        return;
    }
    m_calculateAgain = false;
    const Session session = m_context.session();
    const int salesDays = m_salesDays->value();
    m_task->start<ReorderFigures>(
        [session, salesDays](Services &services, shell::TaskProgress &progress) {
            return workOut(InventoryServices::of(services), session, salesDays, progress);
        },
        [this](const Result<ReorderFigures> &figures) { showFigures(figures); });
}

void ReorderScreen::setCalculating(bool calculating)
{
    // What was shown stays readable; what would act on it waits for the new figures.
    m_supplier->setEnabled(!calculating);
    m_suggestions->setEnabled(!calculating);
    if (calculating) {
        m_createOrder->setEnabled(false);
        m_header->setSubtitle(tr("Calculating what to reorder from the sales of the last %n day(s)…", nullptr,
                                 m_salesDays->value()));
        m_alertSummary->setText(tr("Calculating…"));
    }
    if (calculating == m_calculating)
        return;
    m_calculating = calculating;
    Q_EMIT calculatingChanged(calculating);
}

void ReorderScreen::showFigures(const Result<ReorderFigures> &figures)
{
    if (m_calculateAgain) {   // asked again meanwhile: these figures may be stale
        calculate();
        return;
    }
    if (!figures) {   // the worker could not open the store
        m_alertSummary->clear();
        ReorderFigures none;
        none.suggestionsError = figures.error();
        showSuggestions(none);
    } else {
        showAlerts(*figures);
        showSuggestions(*figures);
    }
    setCalculating(false);
    updateOrderTotals();
    Q_EMIT loaded();
}

void ReorderScreen::showAlerts(const ReorderFigures &figures)
{
    if (figures.alertsError) {
        m_context.showMessage(figures.alertsError->message, shell::ShellContext::Severity::Error);
        m_alertSummary->clear();
        return;
    }
    const QList<StockAlert> &alerts = figures.alerts;
    QStringList headings{tr("Item code"), tr("Name")};
    for (const Location &l : figures.locations)
        headings << l.name;
    headings << tr("Total") << tr("Safety stock") << tr("On order") << tr("Status");
    m_alerts->clear();
    m_alerts->setColumnCount(int(headings.size()));
    m_alerts->setHorizontalHeaderLabels(headings);
    m_alerts->setRowCount(int(alerts.size()));
    int out = 0, uncovered = 0;
    for (int row = 0; row < alerts.size(); ++row) {
        const StockAlert &a = alerts.at(row);
        m_alerts->setItem(row, 0, textItem(a.sku));
        m_alerts->setItem(row, 1, textItem(a.name));
        const QHash<qint64, Quantity> at = figures.stockAt.value(a.product.value());
        int column = 2;
        for (const Location &l : figures.locations)
            m_alerts->setItem(row, column++, numberItem(qty(at.value(l.id.value()))));
        m_alerts->setItem(row, column++, numberItem(qty(a.onHand) + QLatin1Char(' ') + a.unit));
        m_alerts->setItem(row, column++, numberItem(qty(a.safetyStock)));
        m_alerts->setItem(row, column++, numberItem(a.onOrder.isZero() ? QStringLiteral("–") : qty(a.onOrder)));
        QString status;
        QColor colour;
        if (a.onHand.milli() <= 0) {
            status = a.covered ? tr("Out of stock, on order") : tr("Out of stock");
            colour = shell::Theme::kDanger;
            ++out;
        } else if (a.covered) {
            status = tr("Low, on order");
            colour = shell::Theme::kSuccess;
        } else {
            status = tr("Low: %1 short").arg(qty(a.shortfall));
            colour = shell::Theme::kWarning;
        }
        uncovered += a.covered ? 0 : 1;
        QTableWidgetItem *statusItem = textItem(status);
        statusItem->setForeground(colour);
        QFont bold = statusItem->font();
        bold.setBold(true);
        statusItem->setFont(bold);
        m_alerts->setItem(row, column, statusItem);
    }
    fitColumns(m_alerts, 1);
    m_alertSummary->setText(alerts.isEmpty()
                                ? tr("Every product is at or above its safety stock.")
                                : tr("%n product(s) below safety stock: ", nullptr, int(alerts.size()))
                                      + tr("%n out of stock, ", nullptr, out)
                                      + tr("%n not yet on order.", nullptr, uncovered));
    m_tabs->setTabText(AlertsTab, alerts.isEmpty() ? tr("Low stock") : tr("Low stock (%1)").arg(alerts.size()));
}

void ReorderScreen::showSuggestions(const ReorderFigures &figures)
{
    if (figures.suggestionsError) {
        m_context.showMessage(figures.suggestionsError->message, shell::ShellContext::Severity::Error);
        m_all.clear();
    } else {
        m_all = figures.suggestions;
    }
    fillSuppliers();
    fillSuggestionTable();
    QSet<qint64> suppliers;
    for (const ReorderSuggestion &s : std::as_const(m_all))
        suppliers.insert(s.supplier.isValid() ? s.supplier.value() : -1);
    m_header->setSubtitle(m_all.isEmpty()
                              ? tr("Nothing to reorder: stock and orders cover the expected sales.")
                              : tr("%n product(s) to reorder", nullptr, int(m_all.size()))
                                    + tr(" from %n supplier(s). ", nullptr, int(suppliers.size()))
                                    + tr("Need = sold a day × lead time + safety stock − on hand − on order."));
}

void ReorderScreen::fillSuppliers()
{
    const qint64 chosen = m_supplier->currentData().toLongLong();
    const QSignalBlocker blocker(m_supplier);
    m_supplier->clear();
    // In suggestion order: by supplier name, products without a supplier last.
    QList<qint64> ids;
    QHash<qint64, QString> names;
    QHash<qint64, int> counts;
    const Currency currency = m_context.services().storeProfile().currency();
    std::map<qint64, MoneySum> values;
    for (const ReorderSuggestion &s : std::as_const(m_all)) {
        const qint64 id = s.supplier.isValid() ? s.supplier.value() : -1;
        if (!ids.contains(id)) {
            ids << id;
            names.insert(id, s.supplierName);
            values.try_emplace(id, currency);
        }
        counts[id] += 1;
        values.at(id).add(s.value);
    }
    const QLocale locale;
    for (qint64 id : std::as_const(ids)) {
        const QString text = id > 0 ? tr("%1 · %n line(s), %2", nullptr, counts.value(id))
                                          .arg(names.value(id),
                                               purchasingui::totalText(m_context, values.at(id).result(), locale))
                                    : tr("No supplier · %n product(s)", nullptr, counts.value(id));
        m_supplier->addItem(text, id);
    }
    const int again = m_supplier->findData(chosen);
    m_supplier->setCurrentIndex(again >= 0 ? again : (m_supplier->count() > 0 ? 0 : -1));
    m_tabs->setTabText(SuggestionsTab, m_all.isEmpty() ? tr("Reorder suggestions")
                                                       : tr("Reorder suggestions (%1)").arg(m_all.size()));
}

QList<int> ReorderScreen::shownIndexes() const
{
    QList<int> indexes;
    if (m_supplier->currentIndex() < 0)
        return indexes;
    const qint64 id = m_supplier->currentData().toLongLong();
    for (int i = 0; i < m_all.size(); ++i) {
        const ReorderSuggestion &s = m_all.at(i);
        if ((s.supplier.isValid() ? s.supplier.value() : -1) == id)
            indexes << i;
    }
    return indexes;
}

void ReorderScreen::fillSuggestionTable()
{
    m_filling = true;
    const QList<int> indexes = shownIndexes();
    m_suggestions->clearContents();
    m_suggestions->setRowCount(int(indexes.size()));
    const QLocale locale;
    for (int row = 0; row < indexes.size(); ++row) {
        const ReorderSuggestion &s = m_all.at(indexes.at(row));
        QTableWidgetItem *product = textItem(s.name);
        product->setData(kIndexRole, indexes.at(row));
        product->setToolTip(s.sku + QLatin1Char(' ') + s.name);
        m_suggestions->setItem(row, kProduct, product);
        m_suggestions->setItem(row, kAverage, numberItem(qty(s.averageDaily)));
        m_suggestions->setItem(row, kLead, numberItem(QString::number(s.leadTimeDays)));
        m_suggestions->setItem(row, kDemand, numberItem(qty(s.leadTimeDemand)));
        m_suggestions->setItem(row, kSafety, numberItem(qty(s.safetyStock)));
        m_suggestions->setItem(row, kOnHand, numberItem(qty(s.onHand)));
        m_suggestions->setItem(row, kOnOrder, numberItem(qty(s.onOrder)));
        m_suggestions->setItem(row, kNeed, numberItem(qty(s.need)));
        m_suggestions->setItem(row, kPack, numberItem(qty(s.packSize)));
        auto *order = new QTableWidgetItem(qty(s.quantity));
        order->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        order->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        order->setBackground(shell::Theme::kAccentTint);
        QFont bold = order->font();
        bold.setBold(true);
        order->setFont(bold);
        order->setToolTip(tr("Tap to change"));
        m_suggestions->setItem(row, kOrder, order);
        m_suggestions->setItem(row, kValue, numberItem(s.value.format(locale)));
    }
    fitColumns(m_suggestions, kProduct);
    // The pack column only when some product comes in packs (the formula panel explains it too).
    bool packs = false;
    for (int i : indexes)
        packs = packs || m_all.at(i).packSize != Quantity::units(1);
    m_suggestions->setColumnHidden(kPack, !packs);
    m_filling = false;
    m_createOrder->setToolTip(m_context.can(PurchasingPermissions::kOrder)
                                  ? QString()
                                  : tr("Needs a manager: you will be asked for an override."));
    if (!indexes.isEmpty())
        m_suggestions->selectRow(0);
    updateFormula();
    updateOrderTotals();
}

void ReorderScreen::updateFormula()
{
    const QList<QTableWidgetItem *> selected = m_suggestions->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || !m_suggestions->item(row, kProduct)) {
        if (m_supplier->currentData().toLongLong() < 0)
            m_formula->setText(tr("These products have no supplier, so no order can be made for them. "
                                  "Give them a supplier in Purchasing."));
        else
            m_formula->setText(m_all.isEmpty() ? tr("Nothing to reorder.") : QString());
        return;
    }
    const ReorderSuggestion &s = m_all.at(m_suggestions->item(row, kProduct)->data(kIndexRole).toInt());
    const QLocale locale;
    const QString unit = s.unit;
    QString text = tr("%1 (%2): sold %3 %4 in the last %5 days = %6 a day. ")
                       .arg(s.name, s.sku, qty(s.sold), unit, QString::number(s.salesDays), qty(s.averageDaily));
    text += tr("Over the lead time of %1 days that is %2 (rounded up). ").arg(s.leadTimeDays).arg(qty(s.leadTimeDemand));
    text += QLatin1Char('\n');
    text += tr("%1 + safety stock %2 − on hand %3 − on order %4 = need %5")
                .arg(qty(s.leadTimeDemand), qty(s.safetyStock), qty(s.onHand), qty(s.onOrder), qty(s.need));
    if (s.packSize != Quantity::units(1))
        text += tr(", rounded up to whole packs of %1").arg(qty(s.packSize));
    text += tr(": order %1 × %2 = %3.").arg(qty(s.quantity), s.unitCost.format(locale), s.value.format(locale));
    if (!s.supplier.isValid())
        text += QLatin1Char('\n') + tr("No supplier: give it one in Purchasing to order it.");
    m_formula->setText(text);
}

void ReorderScreen::updateOrderTotals()
{
    const QList<int> indexes = shownIndexes();
    MoneySum total(m_context.services().storeProfile().currency());
    int lines = 0;
    for (int i : indexes) {
        const ReorderSuggestion &s = m_all.at(i);
        if (s.quantity.milli() <= 0)
            continue;
        ++lines;
        total.add(s.value);
    }
    m_orderTotal->setText(indexes.isEmpty() ? QString()
                                            : tr("%n line(s)", nullptr, lines) + QStringLiteral("\n")
                                                  + purchasingui::totalText(m_context, total.result(), QLocale()));
    m_createOrder->setEnabled(!m_calculating && m_supplier->currentData().toLongLong() > 0 && lines > 0
                              && total.ok());
}

void ReorderScreen::orderEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() != kOrder)
        return;
    QTableWidgetItem *product = m_suggestions->item(item->row(), kProduct);
    if (!product)
        return;
    ReorderSuggestion &s = m_all[product->data(kIndexRole).toInt()];
    const QLocale locale;
    auto parsed = Quantity::parse(item->text().trimmed(), locale);
    m_filling = true;
    if (!parsed || parsed->isNegative()) {
        m_context.showMessage(tr("\"%1\" is not a quantity: type a number such as 12 or 2.5.").arg(item->text()),
                              shell::ShellContext::Severity::Error);
        item->setText(qty(s.quantity));
        m_filling = false;
        return;
    }
    auto amount = s.unitCost.times(*parsed);
    if (!amount) {
        m_context.showMessage(amount.error().message, shell::ShellContext::Severity::Error);
        item->setText(qty(s.quantity));
        m_filling = false;
        return;
    }
    s.quantity = *parsed;
    s.value = *amount;
    item->setText(qty(s.quantity));
    if (QTableWidgetItem *value = m_suggestions->item(item->row(), kValue))
        value->setText(s.value.format(locale));
    m_filling = false;
    updateFormula();
    updateOrderTotals();
}

bool ReorderScreen::selectSupplier(const QString &name)
{
    for (int i = 0; i < m_supplier->count(); ++i) {
        if (m_supplier->itemText(i).startsWith(name)) {
            m_supplier->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QList<ReorderSuggestion> ReorderScreen::shownSuggestions() const
{
    QList<ReorderSuggestion> shown;
    for (int i : shownIndexes())
        shown << m_all.at(i);
    return shown;
}

bool ReorderScreen::setOrderQuantity(int row, const QString &text)
{
    QTableWidgetItem *item = m_suggestions->item(row, kOrder);
    if (!item)
        return false;
    item->setText(text);
    return item->text() == text;
}

QString ReorderScreen::formulaText() const
{
    return m_formula->text();
}

void ReorderScreen::createDraftOrder()
{
    const qint64 supplierId = m_supplier->currentData().toLongLong();
    QList<ReorderSuggestion> lines;
    QString supplierName;
    for (int i : shownIndexes()) {
        if (m_all.at(i).quantity.milli() > 0)
            lines << m_all.at(i);
        supplierName = m_all.at(i).supplierName;
    }
    if (m_calculating) {
        m_context.showMessage(tr("Wait a moment: the suggestions are still being calculated."),
                              shell::ShellContext::Severity::Warning);
        return;
    }
    if (supplierId <= 0 || lines.isEmpty()) {
        m_context.showMessage(tr("There is nothing to order from this supplier."), shell::ShellContext::Severity::Warning);
        return;
    }
    const std::optional<Session> acting = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Create a draft purchase order for %1").arg(supplierName), this);
    if (!acting)
        return;
    auto created = m_inventory.reorder().createDraftOrders(*acting, lines);
    if (!created) {
        m_context.showMessage(created.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    QString number;
    if (!created->orders.isEmpty()) {
        PurchaseOrderService &orders = m_inventory.purchasing();
        if (auto po = orders.order(created->orders.constFirst()))
            number = po->number;
    }
    m_context.showMessage(tr("Draft purchase order %1 for %2 with %n line(s) created. Check and send it in Purchasing.",
                             nullptr, created->lines)
                              .arg(number, supplierName),
                          shell::ShellContext::Severity::Info);
    calculate();   // now on order: alerts and suggestions change
}

void ReorderScreen::loadOutOfStock()
{
    const LocationId location{m_oosLocation->currentData().toLongLong()};
    auto list = m_inventory.analysis().outOfStock(m_context.session(), location);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    m_outOfStock->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const StockPosition &p = list->at(row);
        m_outOfStock->setItem(row, 0, textItem(p.sku));
        m_outOfStock->setItem(row, 1, textItem(p.name));
        m_outOfStock->setItem(row, 2, numberItem(qty(p.onHand) + QLatin1Char(' ') + p.unit));
        m_outOfStock->setItem(row, 3, numberItem(qty(p.safetyStock)));
        m_outOfStock->setItem(row, 4, textItem(p.lastSaleAt.isValid()
                                                   ? locale.toString(p.lastSaleAt.date(), QLocale::ShortFormat)
                                                   : tr("Never sold")));
    }
    fitColumns(m_outOfStock, 1);
    m_tabs->setTabText(OutOfStockTab, list->isEmpty() ? tr("Out of stock") : tr("Out of stock (%1)").arg(list->size()));
}

void ReorderScreen::loadBestSellers()
{
    const QDateTime to = m_context.clock().now();
    const QDateTime from = to.addDays(-m_bestPeriod->currentData().toInt());
    const auto by = SalesRanking(m_bestBy->currentData().toInt());
    auto list = m_inventory.analysis().bestSellers(m_context.session(), from, to, by, 50);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    m_bestSellers->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const SalesRank &r = list->at(row);
        QTableWidgetItem *rank = textItem(QString::number(r.rank));
        rank->setTextAlignment(Qt::AlignCenter);
        m_bestSellers->setItem(row, 0, rank);
        m_bestSellers->setItem(row, 1, textItem(r.sku));
        m_bestSellers->setItem(row, 2, textItem(r.name));
        m_bestSellers->setItem(row, 3, numberItem(qty(r.quantity) + QLatin1Char(' ') + r.unit));
        m_bestSellers->setItem(row, 4, numberItem(r.value.format(locale)));
    }
    fitColumns(m_bestSellers, 2);
}

void ReorderScreen::loadSlowMovers()
{
    const int days = m_slowDays->value();
    auto list = m_inventory.analysis().slowMovers(m_context.session(), days, 500);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    MoneySum tied(m_context.services().storeProfile().currency());
    m_slowMovers->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const StockPosition &p = list->at(row);
        tied.add(p.stockValue);
        m_slowMovers->setItem(row, 0, textItem(p.sku));
        m_slowMovers->setItem(row, 1, textItem(p.name));
        m_slowMovers->setItem(row, 2, numberItem(qty(p.onHand) + QLatin1Char(' ') + p.unit));
        m_slowMovers->setItem(row, 3, numberItem(p.stockValue.format(locale)));
        m_slowMovers->setItem(row, 4, textItem(p.lastSaleAt.isValid()
                                                   ? locale.toString(p.lastSaleAt.date(), QLocale::ShortFormat)
                                                   : tr("Never sold")));
    }
    fitColumns(m_slowMovers, 1);
    m_slowSummary->setText(list->isEmpty() ? tr("Everything in stock sold in the last %n day(s).", nullptr, days)
                                           : tr("%n product(s) with stock and no sale, ", nullptr, int(list->size()))
                                                 + tr("%1 tied up at cost.")
                                                       .arg(purchasingui::totalText(m_context, tied.result(), locale)));
}

} // namespace qtill::inventory
