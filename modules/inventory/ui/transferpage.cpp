#include "transferpage.h"

#include "stockuisupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "shell/actingsession.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/operator.h"
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
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

TransferPage::TransferPage(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_scan(new QLineEdit(this)), m_quantity(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_lines(new QTableWidget(this)), m_remove(new QPushButton(tr("Remove line"), this)),
      m_post(new QPushButton(tr("Post transfer"), this)), m_linesSummary(new QLabel(this)),
      m_list(new QTableWidget(this)), m_detailTitle(new QLabel(this)), m_detail(new QTableWidget(this))
{
    setObjectName(QStringLiteral("transferPage"));
    m_from->setObjectName(QStringLiteral("transferFrom"));
    m_to->setObjectName(QStringLiteral("transferTo"));
    m_scan->setObjectName(QStringLiteral("transferScan"));
    m_scan->setPlaceholderText(tr("Scan or type a barcode or item code"));
    m_scan->setToolTip(tr("A barcode, item code or name, then Enter"));
    m_scan->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                      QLineEdit::LeadingPosition);
    m_scan->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_quantity->setObjectName(QStringLiteral("transferQuantity"));
    m_quantity->setText(QStringLiteral("1"));
    m_quantity->setMaximumWidth(110);
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,7}([.,][0-9]{0,3})?")),
                                                             m_quantity));
    m_quantity->setToolTip(tr("How many each scan adds"));
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_note->setPlaceholderText(tr("Note (optional), e.g. refill the shelves"));
    m_lines->setObjectName(QStringLiteral("transferLines"));
    m_lines->setColumnCount(4);
    m_lines->setHorizontalHeaderLabels({tr("Item code"), tr("Name"), tr("Quantity"), tr("At source")});
    StockUiSupport::setupTable(m_lines);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_remove->setObjectName(QStringLiteral("transferRemoveLine"));
    shell::Theme::setKind(m_remove, QStringLiteral("flat"));
    m_post->setObjectName(QStringLiteral("transferPost"));
    shell::Theme::setKind(m_post, QStringLiteral("primary"));
    m_linesSummary->setProperty("secondary", true);

    m_list->setObjectName(QStringLiteral("transferList"));
    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("From → to"), tr("Lines")});
    StockUiSupport::setupTable(m_list, 44);
    StockUiSupport::makeCompact(m_list);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_detailTitle->setObjectName(QStringLiteral("transferDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("transferDetail"));
    m_detail->setColumnCount(3);
    m_detail->setHorizontalHeaderLabels({tr("Item code"), tr("Name"), tr("Quantity")});
    StockUiSupport::setupTable(m_detail, 40);
    StockUiSupport::makeCompact(m_detail);
    m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setStretchLastSection(false);

    // ---- new transfer (left card) --------------------------------------------------------------
    auto *draft = new shell::Card(this);
    auto *draftLayout = new QVBoxLayout(draft);
    draftLayout->setContentsMargins(20, 16, 20, 16);
    draftLayout->setSpacing(10);
    auto *heading = new QLabel(tr("New transfer"), draft);
    heading->setProperty("heading", true);
    draftLayout->addWidget(heading);
    auto *route = new QHBoxLayout;
    route->setSpacing(10);
    route->addWidget(new QLabel(tr("From"), draft));
    route->addWidget(m_from, 1);
    route->addWidget(new QLabel(QStringLiteral("→"), draft));
    route->addWidget(new QLabel(tr("To"), draft));
    route->addWidget(m_to, 1);
    draftLayout->addLayout(route);
    auto *scanRow = new QHBoxLayout;
    scanRow->setSpacing(10);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(new QLabel(tr("×"), draft));
    scanRow->addWidget(m_quantity);
    draftLayout->addLayout(scanRow);
    draftLayout->addWidget(m_lines, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_linesSummary, 1);
    footer->addWidget(m_remove);
    draftLayout->addLayout(footer);
    auto *postRow = new QHBoxLayout;
    postRow->setSpacing(10);
    postRow->addWidget(m_note, 1);
    postRow->addWidget(m_post);
    draftLayout->addLayout(postRow);

    // ---- past transfers (right card) -----------------------------------------------------------
    auto *past = new shell::Card(this);
    past->setMinimumWidth(440);
    past->setMaximumWidth(560);
    auto *pastLayout = new QVBoxLayout(past);
    pastLayout->setContentsMargins(20, 16, 20, 16);
    pastLayout->setSpacing(10);
    auto *pastHeading = new QLabel(tr("Past transfers"), past);
    pastHeading->setProperty("heading", true);
    pastLayout->addWidget(pastHeading);
    pastLayout->addWidget(m_list, 3);
    pastLayout->addWidget(m_detailTitle);
    pastLayout->addWidget(m_detail, 2);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(draft, 1);
    layout->addWidget(past);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (addCode(m_scan->text()))
            m_scan->clear();
        else
            m_scan->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, &TransferPage::removeSelectedLine);
    connect(m_post, &QPushButton::clicked, this, &TransferPage::post);
    connect(m_from, &QComboBox::currentIndexChanged, this, &TransferPage::showLines);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &TransferPage::showDetail);

    refresh();
    showLines();
}

TransferPage::~TransferPage() = default;

void TransferPage::refresh()
{
    loadLocations();
    loadTransfers();
}

void TransferPage::loadLocations()
{
    auto locations = m_inventory.ledger().stockLocations();
    if (!locations) {
        m_context.showMessage(locations.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    for (QComboBox *box : {m_from, m_to}) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        for (const StockLocation &l : std::as_const(*locations)) {
            if (l.active)
                box->addItem(l.location.name, QVariant::fromValue(qlonglong(l.location.id.value())));
        }
        const int keep = box->findData(current);
        if (keep >= 0)
            box->setCurrentIndex(keep);
    }
    // A fresh page: from the back room to the shop floor is the everyday transfer.
    if (m_from->currentIndex() == m_to->currentIndex() && m_to->count() > 1) {
        const int back = m_from->count() > 1 ? 1 : 0;
        m_from->setCurrentIndex(back);
        m_to->setCurrentIndex(back == 0 ? 1 : 0);
    }
}

void TransferPage::loadTransfers()
{
    auto list = m_inventory.transfers().list({}, 100);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_transfers = *list;
    const QLocale locale;
    const QString chosen = m_list->selectedItems().isEmpty() ? QString() : m_list->item(m_list->currentRow(), 0)->text();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    for (const Transfer &t : std::as_const(m_transfers)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        m_list->setItem(row, 0, StockUiSupport::cell(t.number));
        m_list->setItem(row, 1, StockUiSupport::cell(locale.toString(t.at, QStringLiteral("MM-dd HH:mm"))));
        m_list->setItem(row, 2, StockUiSupport::cell(t.fromName + QStringLiteral(" → ") + t.toName));
        m_list->setItem(row, 3, StockUiSupport::cell(locale.toString(t.lines.size()), true));
        if (t.number == chosen)
            m_list->selectRow(row);
    }
    // The newest transfer's lines show until another is chosen.
    if (m_list->selectedItems().isEmpty() && m_list->rowCount() > 0)
        m_list->selectRow(0);
    showDetail();
}

bool TransferPage::setLocations(const QString &fromCode, const QString &toCode)
{
    auto from = m_inventory.ledger().location(fromCode);
    auto to = m_inventory.ledger().location(toCode);
    if (!from || !to)
        return false;
    const int f = m_from->findData(QVariant::fromValue(qlonglong(from->id.value())));
    const int t = m_to->findData(QVariant::fromValue(qlonglong(to->id.value())));
    if (f < 0 || t < 0)
        return false;
    m_from->setCurrentIndex(f);
    m_to->setCurrentIndex(t);
    return true;
}

bool TransferPage::addCode(const QString &code)
{
    auto qty = StockUiSupport::positiveQuantity(m_quantity->text());
    if (!qty) {
        m_context.showMessage(qty.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    auto match = StockUiSupport::findProduct(m_inventory.catalog(), code);
    if (!match) {
        m_context.showMessage(match.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    const Quantity add = Quantity::fromMilli(qty->milli() * match->packQuantity.milli() / Quantity::kScale);
    const Product &p = match->product;
    auto it = std::find_if(m_draft.begin(), m_draft.end(), [&](const TransferLine &l) { return l.product == p.id; });
    if (it == m_draft.end()) {
        m_draft << TransferLine{p.id, add, p.sku, p.name};
        m_draftUnits << p.unit;
    } else {
        it->quantity = Quantity::fromMilli(it->quantity.milli() + add.milli());
    }
    m_quantity->setText(QStringLiteral("1"));
    showLines();
    for (int row = 0; row < m_draft.size(); ++row) {
        if (m_draft.at(row).product == p.id)
            m_lines->selectRow(row);
    }
    return true;
}

void TransferPage::removeSelectedLine()
{
    const QList<QTableWidgetSelectionRange> ranges = m_lines->selectedRanges();
    if (ranges.isEmpty())
        return;
    const int row = ranges.first().topRow();
    if (row < m_draft.size()) {
        m_draft.removeAt(row);
        m_draftUnits.removeAt(row);
    }
    showLines();
}

void TransferPage::showLines()
{
    const QLocale locale;
    const LocationId from(m_from->currentData().toLongLong());
    m_lines->setRowCount(0);
    for (int i = 0; i < m_draft.size(); ++i) {
        const TransferLine &l = m_draft.at(i);
        m_lines->insertRow(i);
        m_lines->setItem(i, 0, StockUiSupport::cell(l.sku));
        m_lines->setItem(i, 1, StockUiSupport::cell(l.name));
        m_lines->setItem(i, 2, StockUiSupport::cell(l.quantity.toString(locale) + QLatin1Char(' ') + m_draftUnits.at(i), true));
        const Quantity available = m_inventory.ledger().onHand(l.product, from).valueOr(Quantity());
        auto *there = StockUiSupport::cell(available.toString(locale), true);
        if (available < l.quantity)
            there->setForeground(shell::Theme::kWarning);
        m_lines->setItem(i, 3, there);
    }
    m_linesSummary->setText(m_draft.isEmpty() ? tr("Scan the goods you move.")
                                              : tr("%n product(s)", nullptr, int(m_draft.size())));
    m_post->setEnabled(!m_draft.isEmpty());
    m_remove->setEnabled(!m_draft.isEmpty());
}

QString TransferPage::post()
{
    const LocationId from(m_from->currentData().toLongLong());
    const LocationId to(m_to->currentData().toLongLong());
    if (m_draft.isEmpty()) {
        m_context.showMessage(tr("Add at least one product to transfer."), shell::ShellContext::Severity::Error);
        return {};
    }
    if (from == to) {
        m_context.showMessage(tr("Choose two different locations to transfer between."),
                              shell::ShellContext::Severity::Error);
        return {};
    }
    const QString why = tr("Transfer %n product(s) from %1 to %2", nullptr, int(m_draft.size()))
                            .arg(m_from->currentText(), m_to->currentText());
    const std::optional<Session> acting = shell::actingSession(m_context, TransferPermissions::kTransfer, why, this);
    if (!acting)
        return {};
    auto done = m_inventory.transfers().transfer(*acting, from, to, m_draft, m_note->text());
    if (!done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return {};
    }
    m_context.showMessage(tr("Transfer %1 posted: %n product(s) from %2 to %3.", nullptr, int(done->lines.size()))
                              .arg(done->number, done->fromName, done->toName),
                          shell::ShellContext::Severity::Info);
    m_draft.clear();
    m_draftUnits.clear();
    m_note->clear();
    showLines();
    loadTransfers();
    selectTransfer(0);
    Q_EMIT stockChanged();
    return done->number;
}

void TransferPage::selectTransfer(int row)
{
    if (row >= 0 && row < m_list->rowCount())
        m_list->selectRow(row);
}

void TransferPage::showDetail()
{
    m_detail->setRowCount(0);
    const QList<QTableWidgetSelectionRange> ranges = m_list->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_transfers.size()) {
        m_detailTitle->setText(m_transfers.isEmpty() ? tr("No transfers yet.") : tr("Choose a transfer to see its lines."));
        m_detailTitle->setProperty("secondary", true);
        return;
    }
    const Transfer &t = m_transfers.at(ranges.first().topRow());
    const QLocale locale;
    QString by;
    if (auto op = m_context.services().operators().find(t.operatorId))
        by = op->displayName();
    m_detailTitle->setText(tr("<b>%1</b> · %2 → %3 · %4%5%6")
                               .arg(t.number, t.fromName, t.toName, locale.toString(t.at, QStringLiteral("yyyy-MM-dd HH:mm")),
                                    by.isEmpty() ? QString() : QStringLiteral(" · ") + by,
                                    t.note.isEmpty() ? QString() : QStringLiteral(" · ") + t.note.toHtmlEscaped()));
    for (int i = 0; i < t.lines.size(); ++i) {
        const TransferLine &l = t.lines.at(i);
        m_detail->insertRow(i);
        m_detail->setItem(i, 0, StockUiSupport::cell(l.sku));
        m_detail->setItem(i, 1, StockUiSupport::cell(l.name));
        m_detail->setItem(i, 2, StockUiSupport::cell(l.quantity.toString(locale), true));
    }
}

} // namespace qtill::inventory
