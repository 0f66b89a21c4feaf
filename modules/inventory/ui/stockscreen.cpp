#include "stockscreen.h"

#include "stockuisupport.h"
#include "transferpage.h"

#include "inventory/catalog.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"

#include "shell/actingsession.h"
#include "shell/backgroundtask.h"
#include "shell/formdialog.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

enum StockColumn { SkuColumn, NameColumn, OnHandColumn, SafetyColumn, ValueColumn, StockColumnCount };
enum HistoryColumn { TimeColumn, ReasonColumn, ChangeColumn, BalanceColumn, ByColumn, DocumentColumn, HistoryColumnCount };

const QColor kLowBackground{0xFF, 0xF4, 0xE5};

QString withUnit(Quantity q, const QString &unit)
{
    return q.toString(QLocale()) + QLatin1Char(' ') + unit;
}

} // namespace

StockScreen::StockScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_header(new shell::PageHeader(tr("Stock"), this)),
      m_tabs(new QTabWidget(this)), m_location(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_lowOnly(new QCheckBox(tr("Only low stock"), this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_more(new QPushButton(tr("Show more"), this)), m_delay(new QTimer(this)), m_productName(new QLabel(this)),
      m_productFacts(new QLabel(this)), m_emptyDetail(new QLabel(this)), m_detailBody(new QWidget(this)),
      m_adjust(new QPushButton(tr("Adjust"), this)), m_damage(new QPushButton(tr("Damage / loss"), this)),
      m_history(new QTableWidget(this)), m_historyPage(new QLabel(this)), m_newer(new QPushButton(tr("Newer"), this)),
      m_older(new QPushButton(tr("Older"), this)), m_check(new QPushButton(tr("Check stock"), this)),
      m_transfers(new TransferPage(context, this))
{
    setObjectName(QStringLiteral("stockScreen"));
    m_check->setObjectName(QStringLiteral("checkStock"));
    m_check->setToolTip(tr("Proves that every stock figure is the sum of its movements."));
    m_header->addActionWidget(m_check);

    // ---- on hand tab ---------------------------------------------------------------------------
    auto *onHand = new QWidget(this);
    m_location->setObjectName(QStringLiteral("stockLocation"));
    m_location->setMinimumWidth(170);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    m_search->setPlaceholderText(tr("Name, item code or barcode"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                        QLineEdit::LeadingPosition);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_lowOnly->setObjectName(QStringLiteral("stockLowOnly"));
    m_summary->setObjectName(QStringLiteral("stockSummary"));
    m_summary->setProperty("secondary", true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_table->setObjectName(QStringLiteral("stockTable"));
    m_table->setColumnCount(StockColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Item code"), tr("Name"), tr("On hand"), tr("Safety"), tr("Value")});
    StockUiSupport::setupTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_more->setObjectName(QStringLiteral("stockMore"));
    shell::Theme::setKind(m_more, QStringLiteral("flat"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_location);
    filters->addWidget(m_search, 1);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_lowOnly);
    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addLayout(filters);
    left->addLayout(summaryRow);
    left->addWidget(m_table, 1);
    left->addWidget(m_more, 0, Qt::AlignHCenter);

    // Detail card: the product, its stock, the change buttons and its history here.
    auto *card = new shell::Card(onHand);
    card->setObjectName(QStringLiteral("stockDetail"));
    card->setMinimumWidth(480);
    card->setMaximumWidth(630);
    m_productName->setObjectName(QStringLiteral("stockProductName"));
    m_productName->setProperty("heading", true);
    m_productName->setWordWrap(true);
    m_productFacts->setObjectName(QStringLiteral("stockProductFacts"));
    m_productFacts->setWordWrap(true);
    m_productFacts->setTextFormat(Qt::RichText);
    m_emptyDetail->setText(tr("Choose a product to see its movements and to adjust its stock."));
    m_emptyDetail->setProperty("secondary", true);
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setAlignment(Qt::AlignCenter);
    m_adjust->setObjectName(QStringLiteral("stockAdjust"));
    m_damage->setObjectName(QStringLiteral("stockDamage"));
    shell::Theme::setKind(m_adjust, QStringLiteral("primary"));
    m_history->setObjectName(QStringLiteral("stockHistory"));
    m_history->setColumnCount(HistoryColumnCount);
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Reason"), tr("Change"), tr("Balance"), tr("By"), tr("Document")});
    StockUiSupport::setupTable(m_history, 40);
    StockUiSupport::makeCompact(m_history);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(DocumentColumn, QHeaderView::Stretch);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyPage->setObjectName(QStringLiteral("stockHistoryPage"));
    m_historyPage->setProperty("secondary", true);
    m_newer->setObjectName(QStringLiteral("historyNewer"));
    m_older->setObjectName(QStringLiteral("historyOlder"));
    shell::Theme::setKind(m_newer, QStringLiteral("flat"));
    shell::Theme::setKind(m_older, QStringLiteral("flat"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_adjust);
    buttons->addWidget(m_damage);
    buttons->addStretch(1);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_historyPage, 1);
    paging->addWidget(m_newer);
    paging->addWidget(m_older);
    auto *body = new QVBoxLayout(m_detailBody);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    body->addWidget(m_productName);
    body->addWidget(m_productFacts);
    body->addLayout(buttons);
    body->addSpacing(4);
    body->addWidget(StockUiSupport::sectionLabel(tr("Movements here"), m_detailBody));
    body->addWidget(m_history, 1);
    body->addLayout(paging);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 18, 20, 14);
    cardLayout->addWidget(m_detailBody, 1);
    cardLayout->addWidget(m_emptyDetail, 1);

    auto *columns = new QHBoxLayout(onHand);
    columns->setContentsMargins(0, 12, 0, 0);
    columns->setSpacing(20);
    columns->addLayout(left, 10);
    columns->addWidget(card, 11);

    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    m_tabs->addTab(onHand, tr("On hand"));
    m_tabs->addTab(m_transfers, tr("Transfers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] { reload(false); });
    connect(m_search, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            reload(false);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { reload(false); });
    connect(m_lowOnly, &QCheckBox::toggled, this, [this] { reload(false); });
    connect(m_more, &QPushButton::clicked, this, &StockScreen::loadMore);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_historyOffset = 0;
        updateDetail();
    });
    connect(m_adjust, &QPushButton::clicked, this, [this] { openChangeDialog(ChangeKind::Adjustment); });
    connect(m_damage, &QPushButton::clicked, this, [this] { openChangeDialog(ChangeKind::DamageOrLoss); });
    connect(m_newer, &QPushButton::clicked, this, &StockScreen::showNewerHistory);
    connect(m_older, &QPushButton::clicked, this, &StockScreen::showOlderHistory);
    connect(m_check, &QPushButton::clicked, this, &StockScreen::checkLedger);
    connect(m_transfers, &TransferPage::stockChanged, this, [this] { reload(true); });

    loadLocations();
    reload(false);
}

StockScreen::~StockScreen() = default;

void StockScreen::loadLocations()
{
    const QString current = m_location->currentData().toString();
    auto locations = m_inventory.ledger().stockLocations();
    if (!locations) {
        m_context.showMessage(locations.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_locations = *locations;
    const QSignalBlocker block(m_location);
    m_location->clear();
    for (const StockLocation &l : std::as_const(m_locations)) {
        if (l.active)
            m_location->addItem(l.location.name, l.location.code);
    }
    const int keep = m_location->findData(current);
    m_location->setCurrentIndex(keep >= 0 ? keep : 0);
}

LocationId StockScreen::currentLocation() const
{
    const QString code = m_location->currentData().toString();
    for (const StockLocation &l : m_locations) {
        if (l.location.code == code)
            return l.location.id;
    }
    return {};
}

void StockScreen::activated()
{
    loadLocations();
    reload(true);
    m_transfers->refresh();
    m_search->setFocus();
    m_search->selectAll();
}

void StockScreen::prepareScreenshot()
{
    search(QString());
    m_lowOnly->setChecked(false);
    // The product with the most movements here (received, transferred, adjusted) reads best.
    int chosen = 0;
    qint64 most = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        auto page = m_inventory.ledger().history(m_rows.at(row).product, currentLocation(), {}, {}, 1);
        if (page && page->total > most) {
            most = page->total;
            chosen = row;
        }
    }
    selectRow(chosen);
    if (chosen < m_table->rowCount())
        m_table->scrollToItem(m_table->item(chosen, 0), QAbstractItemView::PositionAtCenter);
}

bool StockScreen::selectLocation(const QString &code)
{
    const int index = m_location->findData(code);
    if (index < 0)
        return false;
    m_location->setCurrentIndex(index);
    reload(false);
    return true;
}

void StockScreen::search(const QString &text)
{
    m_delay->stop();
    if (m_search->text() != text)
        m_search->setText(text);
    reload(false);
    // A scanner's Enter (or a typed code naming one product) selects it.
    if (!text.trimmed().isEmpty() && m_rows.size() == 1)
        selectRow(0);
    else if (!text.trimmed().isEmpty() && m_rows.isEmpty()) {
        if (auto found = StockUiSupport::findProduct(m_inventory.catalog(), text); !found) {
            m_context.showMessage(found.error().message, shell::ShellContext::Severity::Warning);
        } else {
            m_context.showMessage(tr("%1 has no stock at %2.").arg(found->product.name, m_location->currentText()),
                                  shell::ShellContext::Severity::Info);
        }
    }
}

void StockScreen::reload(bool keepSelection)
{
    m_delay->stop();
    const ProductId chosen = keepSelection ? selectedProduct() : ProductId();
    const QString text = m_search->text().trimmed();
    m_filter.clear();
    m_filtered = !text.isEmpty();
    if (m_filtered) {
        auto found = m_inventory.catalog().search(text, kPageRows);
        if (!found) {
            m_context.showMessage(found.error().message, shell::ShellContext::Severity::Error);
            return;
        }
        for (const Product &p : std::as_const(*found))
            m_filter << p.id;
    }
    m_rows.clear();
    m_total = 0;
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    LocationStockPage page;
    if (!m_filtered || !m_filter.isEmpty()) {
        auto loaded = m_inventory.ledger().stockAt(currentLocation(), m_filter, m_lowOnly->isChecked(), kPageRows, 0);
        if (!loaded) {
            m_context.showMessage(loaded.error().message, shell::ShellContext::Severity::Error);
            return;
        }
        page = *loaded;
    }
    m_total = page.total;
    appendRows(page);

    const QLocale locale;
    const QString where = m_location->currentText();
    QString summary;
    if (m_filtered && m_rows.isEmpty())
        summary = tr("Nothing at %1 matches \"%2\".").arg(where, text);
    else if (m_lowOnly->isChecked())
        summary = tr("%n product(s) at %1 below safety stock", nullptr, int(page.total)).arg(where);
    else
        summary = tr("%n product(s) at %1", nullptr, int(page.total)).arg(where);
    if (!m_rows.isEmpty()) {
        summary += tr(" · %1 at cost").arg(page.totalValue.format(locale));
    }
    if (!m_lowOnly->isChecked())
        m_lowOnly->setText(tr("Only low stock (%1)").arg(page.lowCount));
    m_summary->setText(summary);
    m_header->setSubtitle(tr("Stock on hand per location, its movements, adjustments and transfers."));
    if (!chosen.isValid() || !selectProduct(chosen))
        updateDetail();
}

void StockScreen::loadMore()
{
    auto loaded
        = m_inventory.ledger().stockAt(currentLocation(), m_filter, m_lowOnly->isChecked(), kPageRows, int(m_rows.size()));
    if (!loaded) {
        m_context.showMessage(loaded.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    appendRows(*loaded);
}

void StockScreen::appendRows(const LocationStockPage &page)
{
    const QSignalBlocker block(m_table);
    const QLocale locale;
    for (const LocationStockRow &r : page.rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, SkuColumn, StockUiSupport::cell(r.sku));
        m_table->setItem(row, NameColumn, StockUiSupport::cell(r.name));
        m_table->setItem(row, OnHandColumn, StockUiSupport::cell(withUnit(r.onHand, r.unit), true));
        m_table->setItem(row, SafetyColumn,
                         StockUiSupport::cell(r.safetyStock.isZero() ? QString() : r.safetyStock.toString(locale), true));
        m_table->setItem(row, ValueColumn, StockUiSupport::cell(r.value.format(locale), true));
        if (r.isLow()) {
            for (int c = 0; c < StockColumnCount; ++c) {
                m_table->item(row, c)->setBackground(kLowBackground);
                m_table->item(row, c)->setToolTip(
                    tr("Low on stock: %1 in all locations, safety stock %2.")
                        .arg(r.totalOnHand.toString(locale), r.safetyStock.toString(locale)));
            }
            m_table->item(row, OnHandColumn)->setForeground(shell::Theme::kWarning);
            QFont bold = m_table->font();
            bold.setWeight(QFont::DemiBold);
            m_table->item(row, OnHandColumn)->setFont(bold);
        }
        m_rows << r;
    }
    m_more->setVisible(m_rows.size() < m_total);
}

void StockScreen::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
}

bool StockScreen::selectProduct(ProductId product)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).product == product) {
            selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            updateDetail();
            return true;
        }
    }
    return false;
}

ProductId StockScreen::selectedProduct() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_rows.size())
        return {};
    return m_rows.at(ranges.first().topRow()).product;
}

void StockScreen::updateDetail()
{
    const ProductId product = selectedProduct();
    m_detailBody->setVisible(product.isValid());
    m_emptyDetail->setVisible(!product.isValid());
    m_adjust->setEnabled(product.isValid());
    m_damage->setEnabled(product.isValid());
    if (!product.isValid())
        return;
    const LocationStockRow *row = nullptr;
    for (const LocationStockRow &r : std::as_const(m_rows)) {
        if (r.product == product)
            row = &r;
    }
    const QLocale locale;
    m_productName->setText(row->name);
    QString facts = tr("%1 · on hand here <b>%2</b> · all locations %3")
                        .arg(row->sku, withUnit(row->onHand, row->unit), withUnit(row->totalOnHand, row->unit));
    if (!row->safetyStock.isZero())
        facts += tr(" · safety stock %1").arg(row->safetyStock.toString(locale));
    facts += tr("<br>Cost %1 · value here %2").arg(row->unitCost.format(locale), row->value.format(locale));
    if (row->isLow())
        facts += QStringLiteral("<br><span style=\"color:#B54708; font-weight:600;\">%1</span>")
                     .arg(tr("Below safety stock: reorder soon."));
    m_productFacts->setText(facts);
    loadHistory();
}

void StockScreen::loadHistory()
{
    const ProductId product = selectedProduct();
    m_history->setRowCount(0);
    if (!product.isValid())
        return;
    auto page = m_inventory.ledger().history(product, currentLocation(), {}, {}, kHistoryRows, m_historyOffset);
    if (!page) {
        m_context.showMessage(page.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    m_historyTotal = page->total;
    for (const StockMovementEntry &e : std::as_const(page->entries)) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, TimeColumn, StockUiSupport::cell(locale.toString(e.at, QStringLiteral("MM-dd HH:mm"))));
        m_history->setItem(row, ReasonColumn, StockUiSupport::cell(StockReason::displayName(e.reason)));
        auto *change = StockUiSupport::cell(StockUiSupport::signedQuantity(e.quantity), true);
        change->setForeground(e.quantity.isNegative() ? shell::Theme::kDanger : shell::Theme::kSuccess);
        m_history->setItem(row, ChangeColumn, change);
        m_history->setItem(row, BalanceColumn, StockUiSupport::cell(e.balanceAfter.toString(locale), true));
        m_history->setItem(row, ByColumn, StockUiSupport::cell(e.operatorName.isEmpty() ? tr("System") : e.operatorName));
        m_history->setItem(row, DocumentColumn, StockUiSupport::cell(e.document));
        m_history->item(row, DocumentColumn)->setToolTip(e.document);
        m_history->item(row, TimeColumn)->setToolTip(locale.toString(e.at, QLocale::LongFormat));
    }
    if (m_historyTotal == 0) {
        m_historyPage->setText(tr("No movements here yet."));
    } else {
        m_historyPage->setText(tr("%1–%2 of %n movement(s)", nullptr, int(m_historyTotal))
                                   .arg(m_historyOffset + 1)
                                   .arg(m_historyOffset + page->entries.size()));
    }
    m_newer->setEnabled(m_historyOffset > 0);
    m_older->setEnabled(m_historyOffset + page->entries.size() < m_historyTotal);
}

void StockScreen::showOlderHistory()
{
    if (m_historyOffset + kHistoryRows < m_historyTotal) {
        m_historyOffset += kHistoryRows;
        loadHistory();
    }
}

void StockScreen::showNewerHistory()
{
    m_historyOffset = qMax(0, m_historyOffset - kHistoryRows);
    loadHistory();
}

shell::FormDialog *StockScreen::openChangeDialog(ChangeKind kind)
{
    const ProductId product = selectedProduct();
    if (!product.isValid())
        return nullptr;
    LocationStockRow row;
    for (const LocationStockRow &r : std::as_const(m_rows)) {
        if (r.product == product)
            row = r;
    }
    const QString where = m_location->currentText();
    const LocationId location = currentLocation();
    const bool damage = kind == ChangeKind::DamageOrLoss;

    auto *dialog = new shell::FormDialog(damage ? tr("Damage or loss") : tr("Adjust stock"), this);
    dialog->setObjectName(damage ? QStringLiteral("damageDialog") : QStringLiteral("adjustDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("%1 at %2: %3 on hand now.").arg(row.name, where, withUnit(row.onHand, row.unit)));
    auto *reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("changeReason"));
    if (damage) {
        reason->addItem(tr("Damaged, spoiled or expired"), StockReason::kDamage);
        reason->addItem(tr("Lost or stolen"), StockReason::kLoss);
    } else {
        reason->addItem(tr("Add to stock"), 1);
        reason->addItem(tr("Take from stock"), -1);
    }
    auto *quantity = new QLineEdit(dialog);
    quantity->setObjectName(QStringLiteral("changeQuantity"));
    quantity->setProperty("big", true);
    quantity->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,7}([.,][0-9]{0,3})?")),
                                                           quantity));
    quantity->setPlaceholderText(row.unit);
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("changeNote"));
    note->setPlaceholderText(damage ? tr("e.g. dropped in the aisle") : tr("e.g. found on a wrong shelf"));
    dialog->addRow(damage ? tr("What happened") : tr("Change"), reason);
    dialog->addRow(tr("Quantity (%1)").arg(row.unit), quantity);
    dialog->addRow(tr("Why"), note);
    dialog->attachKeypad({quantity});
    dialog->setOkText(damage ? tr("Write off") : tr("Adjust"));

    dialog->setSubmit([this, dialog, reason, quantity, note, damage, row, location, where]() -> Status {
        auto qty = StockUiSupport::positiveQuantity(quantity->text());
        if (!qty)
            return qty.error();
        if (note->text().trimmed().isEmpty())
            return Error::invalidInput(tr("Say why the stock changes."));
        const QString reasonKey = damage ? reason->currentData().toString() : StockReason::kAdjustment;
        const bool removes = damage || reason->currentData().toInt() < 0;
        const Quantity delta = removes ? -*qty : *qty;
        const QString why = tr("%1 %2 of %3 at %4")
                                .arg(StockReason::displayName(reasonKey), StockUiSupport::signedQuantity(delta),
                                     row.name, where);
        const std::optional<Session> acting =
            shell::actingSession(m_context, StockPermissions::kAdjust, why, dialog);
        if (!acting)
            return Error::permissionDenied(tr("Stock not changed: a manager must approve this."));
        auto done = m_inventory.ledger().adjust(*acting, row.product, location, delta, reasonKey, note->text());
        if (!done)
            return done.error();
        QString message = tr("%1: %2 %3. Now %4 at %5.")
                              .arg(row.name, StockReason::displayName(reasonKey), StockUiSupport::signedQuantity(delta),
                                   withUnit(done->onHandAfter, row.unit), where);
        if (done->wentNegative)
            message += QLatin1Char(' ') + tr("The stock is below zero: count it soon.");
        m_context.showMessage(message, done->wentNegative ? shell::ShellContext::Severity::Warning
                                                          : shell::ShellContext::Severity::Info);
        reload(true);
        return {};
    });
    dialog->open();
    quantity->setFocus();
    return dialog;
}

bool StockScreen::checkLedger()
{
    if (!m_checkTask) {
        m_checkTask = new shell::BackgroundTask(m_context.services(), this);
        connect(m_checkTask, &shell::BackgroundTask::progressChanged, this, &StockScreen::showCheckProgress);
    }
    const bool started = m_checkTask->start<StockVerifyReport>(
        [](Services &services, shell::TaskProgress &progress) {
            return InventoryServices::of(services).ledger().verify(progress.callback());
        },
        [this](const Result<StockVerifyReport> &report) { showCheckResult(report); });
    if (started) {
        m_check->setEnabled(false);
        m_check->setText(tr("Checking…"));
    }
    return started;
}

void StockScreen::showCheckProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_check->setText(tr("Checking… %1 %").arg(int(done * 100 / total)));
}

void StockScreen::showCheckResult(const Result<StockVerifyReport> &report)
{
    m_check->setEnabled(true);
    m_check->setText(tr("Check stock"));
    if (!report) {
        m_checkText = report.error().message;
        m_context.showMessage(m_checkText, shell::ShellContext::Severity::Error);
        Q_EMIT ledgerChecked(m_checkText, false);
        return;
    }
    const QLocale locale;
    if (report->ok) {
        m_checkText = tr("Stock adds up: all %1 stock figures equal the sum of their %2 movements.")
                          .arg(locale.toString(report->balancesChecked), locale.toString(report->movementsChecked));
        m_context.showMessage(m_checkText, shell::ShellContext::Severity::Info);
    } else {
        m_checkText = tr("Stock does NOT add up (%n problem(s)): ", nullptr, int(report->problems.size()))
            + report->problems.mid(0, 3).join(QLatin1Char(' '));
        m_context.showMessage(m_checkText, shell::ShellContext::Severity::Error);
    }
    Q_EMIT ledgerChecked(m_checkText, report->ok);
}

QString StockScreen::summaryText() const
{
    return m_summary->text();
}

QString StockScreen::historyPageText() const
{
    return m_historyPage->text();
}

QString StockScreen::detailText() const
{
    if (!m_detailBody->isVisibleTo(this))
        return m_emptyDetail->text();
    return m_productName->text() + QLatin1Char('\n') + m_productFacts->text();
}

} // namespace qtill::inventory
