#include "stocktakescreen.h"

#include "stockuisupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"
#include "inventory/stocktakeservice.h"

#include "shell/actingsession.h"
#include "shell/formdialog.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/operatorservice.h"
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
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::inventory {

namespace {

enum VarianceColumn { SkuColumn, NameColumn, ExpectedColumn, CountedColumn, VarianceColumn, ValueColumn, ColumnCount };

std::int64_t absolute(std::int64_t v)
{
    return v < 0 ? -v : v;
}

} // namespace

StocktakeScreen::StocktakeScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_header(new shell::PageHeader(tr("Stocktake"), this)), m_start(new QPushButton(tr("New count"), this)),
      m_sessions(new QTableWidget(this)), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_body(new QWidget(this)), m_countRow(new QWidget(this)), m_scan(new QLineEdit(this)),
      m_quantity(new QLineEdit(this)), m_recount(new QCheckBox(tr("Recount"), this)), m_lastCount(new QLabel(this)),
      m_variance(new QTableWidget(this)), m_totals(new QLabel(this)),
      m_zeroUncounted(new QCheckBox(tr("Write off goods nobody counted"), this)),
      m_cancel(new QPushButton(tr("Cancel count"), this)), m_approve(new QPushButton(tr("Approve"), this))
{
    setObjectName(QStringLiteral("stocktakeScreen"));
    m_header->setSubtitle(tr("Count the goods, compare with the books, approve the differences."));
    m_start->setObjectName(QStringLiteral("stocktakeStart"));
    shell::Theme::setKind(m_start, QStringLiteral("primary"));
    m_header->addActionWidget(m_start);

    m_sessions->setObjectName(QStringLiteral("stocktakeSessions"));
    m_sessions->setColumnCount(3);
    m_sessions->setHorizontalHeaderLabels({tr("Count"), tr("Where"), tr("State")});
    StockUiSupport::setupTable(m_sessions, 52);
    StockUiSupport::makeCompact(m_sessions);
    m_sessions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessions->horizontalHeader()->setStretchLastSection(false);
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *left = new shell::Card(this);
    left->setMinimumWidth(330);
    left->setMaximumWidth(420);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 14, 16, 14);
    auto *leftHeading = new QLabel(tr("Counts"), left);
    leftHeading->setProperty("heading", true);
    leftLayout->addWidget(leftHeading);
    leftLayout->addWidget(m_sessions, 1);

    m_title->setObjectName(QStringLiteral("stocktakeTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_empty->setText(tr("Choose a count on the left, or start a new one."));
    m_empty->setProperty("secondary", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scan->setObjectName(QStringLiteral("stocktakeScan"));
    m_scan->setProperty("big", true);
    m_scan->setPlaceholderText(tr("Scan a barcode"));
    m_scan->setToolTip(tr("Scan or type a barcode or item code, then Enter"));
    m_scan->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                      QLineEdit::LeadingPosition);
    m_scan->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_quantity->setObjectName(QStringLiteral("stocktakeQuantity"));
    m_quantity->setProperty("big", true);
    m_quantity->setText(QStringLiteral("1"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setMaximumWidth(120);
    m_quantity->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,7}([.,][0-9]{0,3})?")),
                                                             m_quantity));
    m_quantity->setToolTip(tr("How many each scan counts; −1 takes back a mis-scan"));
    m_recount->setObjectName(QStringLiteral("stocktakeRecount"));
    m_recount->setToolTip(tr("Replace what you counted of the product (others' counts stay)"));
    m_lastCount->setObjectName(QStringLiteral("stocktakeLastCount"));
    m_lastCount->setWordWrap(true);
    m_variance->setObjectName(QStringLiteral("stocktakeVariance"));
    m_variance->setColumnCount(ColumnCount);
    m_variance->setHorizontalHeaderLabels(
        {tr("Item code"), tr("Name"), tr("Expected"), tr("Counted"), tr("Difference"), tr("Value")});
    StockUiSupport::setupTable(m_variance, 44);
    m_variance->horizontalHeader()->setStretchLastSection(false);
    m_variance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variance->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_totals->setObjectName(QStringLiteral("stocktakeTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_zeroUncounted->setObjectName(QStringLiteral("stocktakeZeroUncounted"));
    m_cancel->setObjectName(QStringLiteral("stocktakeCancel"));
    shell::Theme::setKind(m_cancel, QStringLiteral("danger"));
    m_approve->setObjectName(QStringLiteral("stocktakeApprove"));
    shell::Theme::setKind(m_approve, QStringLiteral("primary"));

    auto *countLayout = new QHBoxLayout(m_countRow);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->setSpacing(10);
    countLayout->addWidget(m_scan, 1);
    countLayout->addWidget(new QLabel(tr("×"), m_countRow));
    countLayout->addWidget(m_quantity);
    countLayout->addWidget(m_recount);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(m_zeroUncounted, 1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_approve);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(10);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_countRow);
    bodyLayout->addWidget(m_lastCount);
    bodyLayout->addWidget(m_variance, 1);
    bodyLayout->addWidget(m_totals);
    bodyLayout->addLayout(actions);
    auto *right = new shell::Card(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(20, 16, 20, 16);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_empty, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(left);
    columns->addWidget(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addLayout(columns, 1);

    connect(m_start, &QPushButton::clicked, this, &StocktakeScreen::openStartDialog);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &StocktakeScreen::showSelected);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (countCode(m_scan->text()))
            m_scan->clear();
        else
            m_scan->selectAll();
    });
    connect(m_approve, &QPushButton::clicked, this, &StocktakeScreen::approve);
    connect(m_cancel, &QPushButton::clicked, this, &StocktakeScreen::openCancelDialog);
    connect(m_zeroUncounted, &QCheckBox::toggled, this, &StocktakeScreen::showReport);

    loadSessions();
}

StocktakeScreen::~StocktakeScreen() = default;

void StocktakeScreen::activated()
{
    loadSessions(selectedStocktake());
    m_scan->setFocus();
}

void StocktakeScreen::prepareScreenshot()
{
    // `qtill --screenshot` runs on a scratch demo store that has no counts yet: start one at the first
    // location and count a few products (one right, one short, one over) so the screen shows a report.
    if (m_list.isEmpty() && m_context.can(StocktakePermissions::kManage) && m_context.can(StocktakePermissions::kCount)) {
        auto locations = m_inventory.ledger().stockLocations();
        if (locations && !locations->isEmpty()) {
            auto started = m_inventory.stocktakes().start(m_context.session(), locations->constFirst().location.code, {},
                                            tr("Monthly count", "note of the screenshot's stocktake"));
            if (started) {
                auto frozen = m_inventory.stocktakes().variance(started->id);
                const QList<qint64> offsets{0, -2000, 1000, -1000};
                for (int i = 0; frozen && i < qMin<int>(offsets.size(), frozen->lines.size()); ++i) {
                    const StocktakeLine &line = frozen->lines.at(i);
                    const qint64 counted = qMax<qint64>(1000, line.book.milli() + offsets.at(i));
                    (void)m_inventory.stocktakes().count(m_context.session(), started->id, line.product, Quantity::fromMilli(counted));
                }
            }
            loadSessions();
        }
    }
    // The open count reads best; else the newest.
    for (const Stocktake &st : std::as_const(m_list)) {
        if (st.status == StocktakeStatus::Counting) {
            selectStocktake(st.id);
            return;
        }
    }
    if (!m_list.isEmpty())
        selectStocktake(m_list.constFirst().id);
}

void StocktakeScreen::loadSessions(StocktakeId select)
{
    auto list = m_inventory.stocktakes().list({}, 100);
    if (!list) {
        m_context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_list = *list;
    const QLocale locale;
    {
        const QSignalBlocker block(m_sessions);
        m_sessions->setRowCount(0);
        for (const Stocktake &st : std::as_const(m_list)) {
            const int row = m_sessions->rowCount();
            m_sessions->insertRow(row);
            m_sessions->setItem(row, 0, StockUiSupport::cell(st.number));
            QString where = st.locationName;
            if (st.category.isValid())
                where += QStringLiteral(" · ") + st.categoryName;
            auto *whereItem = StockUiSupport::cell(where);
            whereItem->setToolTip(tr("%1, started %2").arg(where, locale.toString(st.startedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
            m_sessions->setItem(row, 1, whereItem);
            auto *state = StockUiSupport::cell(stocktakeStatusName(st.status));
            if (st.status == StocktakeStatus::Counting) {
                state->setForeground(shell::Theme::kAccent);
                QFont bold = m_sessions->font();
                bold.setWeight(QFont::DemiBold);
                state->setFont(bold);
            } else if (st.status == StocktakeStatus::Cancelled) {
                state->setForeground(shell::Theme::kTextSecondary);
            } else {
                state->setForeground(shell::Theme::kSuccess);
            }
            m_sessions->setItem(row, 2, state);
        }
    }
    if (!select.isValid() || !selectStocktake(select))
        showSelected();
}

bool StocktakeScreen::selectStocktake(StocktakeId id)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == id) {
            m_sessions->selectRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

StocktakeId StocktakeScreen::selectedStocktake() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_sessions->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_list.size())
        return {};
    return m_list.at(ranges.first().topRow()).id;
}

void StocktakeScreen::showSelected()
{
    const StocktakeId id = selectedStocktake();
    m_body->setVisible(id.isValid());
    m_empty->setVisible(!id.isValid());
    m_lastCount->clear();
    m_report = {};
    if (!id.isValid()) {
        m_variance->setRowCount(0);
        return;
    }
    showReport();
}

void StocktakeScreen::showReport()
{
    const StocktakeId id = selectedStocktake();
    if (!id.isValid())
        return;
    auto report = m_inventory.stocktakes().variance(id, m_zeroUncounted->isChecked());
    if (!report) {
        m_context.showMessage(report.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_report = *report;
    const Stocktake &st = m_report.stocktake;
    const bool open = st.status == StocktakeStatus::Counting;
    const QLocale locale;

    // Largest differences (by value, then by quantity) first; among equal ones, counted lines first.
    std::stable_sort(m_report.lines.begin(), m_report.lines.end(), [](const StocktakeLine &a, const StocktakeLine &b) {
        const auto av = absolute(a.varianceValue.minor()), bv = absolute(b.varianceValue.minor());
        if (av != bv)
            return av > bv;
        const auto aq = absolute(a.variance.milli()), bq = absolute(b.variance.milli());
        if (aq != bq)
            return aq > bq;
        return a.counted && !b.counted;
    });

    QString by;
    if (auto op = m_context.services().operators().find(st.startedBy))
        by = op->displayName();
    QString where = st.locationName;
    if (st.category.isValid())
        where += QStringLiteral(" · ") + st.categoryName;
    QString title = QStringLiteral("<span style=\"font-size:20px; font-weight:700;\">%1 · %2</span> &nbsp; %3<br>")
                        .arg(st.number, where.toHtmlEscaped(), stocktakeStatusName(st.status));
    title += tr("Book quantities frozen %1").arg(locale.toString(st.startedAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!by.isEmpty())
        title += tr(" by %1").arg(by.toHtmlEscaped());
    if (!st.note.isEmpty())
        title += QStringLiteral(" · ") + st.note.toHtmlEscaped();
    m_title->setText(title);

    m_countRow->setVisible(open);
    m_zeroUncounted->setVisible(open);
    m_approve->setVisible(open);
    m_cancel->setVisible(open);

    m_variance->setRowCount(0);
    for (const StocktakeLine &line : std::as_const(m_report.lines)) {
        const int row = m_variance->rowCount();
        m_variance->insertRow(row);
        m_variance->setItem(row, SkuColumn, StockUiSupport::cell(line.sku));
        m_variance->setItem(row, NameColumn, StockUiSupport::cell(line.name));
        auto *expected = StockUiSupport::cell(line.expected.toString(locale), true);
        if (!line.movedDuring.isZero()) {
            expected->setToolTip(tr("Book %1, %2 moved while counting")
                                     .arg(line.book.toString(locale), StockUiSupport::signedQuantity(line.movedDuring)));
        }
        m_variance->setItem(row, ExpectedColumn, expected);
        auto *counted = StockUiSupport::cell(line.counted ? line.countedQty.toString(locale) : tr("not counted"), true);
        if (!line.counted)
            counted->setForeground(shell::Theme::kTextSecondary);
        else if (line.counters > 1)
            counted->setToolTip(tr("Counted by %n people", nullptr, line.counters));
        m_variance->setItem(row, CountedColumn, counted);
        // Lines nobody counted (and that are not written off) have no difference to show.
        const bool blank = !line.counted && line.variance.isZero();
        auto *variance = StockUiSupport::cell(blank                    ? QString()
                                                  : line.variance.isZero() ? QStringLiteral("0")
                                                                           : StockUiSupport::signedQuantity(line.variance),
                                              true);
        auto *value = StockUiSupport::cell(blank ? QString() : line.varianceValue.format(locale), true);
        if (!line.variance.isZero()) {
            const QColor colour = line.variance.isNegative() ? shell::Theme::kDanger : shell::Theme::kSuccess;
            variance->setForeground(colour);
            value->setForeground(colour);
        }
        m_variance->setItem(row, VarianceColumn, variance);
        m_variance->setItem(row, ValueColumn, value);
    }

    const int total = m_report.linesCounted + m_report.linesNotCounted;
    QString totals = tr("Counted <b>%1</b> of %2 products · %n with a difference", nullptr, m_report.linesWithVariance)
                         .arg(m_report.linesCounted)
                         .arg(total);
    totals += QStringLiteral("<br>")
        + tr("Surplus <span style=\"color:#067647\">%1</span> · shortage <span style=\"color:#D92D20\">%2</span> · "
             "net <b>%3</b> at cost")
              .arg(m_report.surplusValue.format(locale), m_report.shortageValue.format(locale),
                   m_report.netValue.format(locale));
    if (!open && st.status == StocktakeStatus::Approved)
        totals += QStringLiteral("<br>") + tr("Booked into stock %1.").arg(locale.toString(st.closedAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    m_totals->setText(totals);
}

bool StocktakeScreen::countCode(const QString &code)
{
    const StocktakeId id = selectedStocktake();
    if (!id.isValid())
        return false;
    const QString qtyText = m_quantity->text().trimmed();
    const QLocale locale;
    auto qty = Quantity::parse(qtyText.isEmpty() ? QStringLiteral("1") : qtyText, QLocale::c());
    if (!qty) {
        m_context.showMessage(qty.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    const bool recount = m_recount->isChecked();
    if (qty->isZero() && !recount) {
        m_context.showMessage(tr("Count at least one."), shell::ShellContext::Severity::Error);
        return false;
    }
    auto match = StockUiSupport::findProduct(m_inventory.catalog(), code);
    if (!match) {
        m_context.showMessage(match.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    const std::optional<Session> acting = shell::actingSession(
        m_context, StocktakePermissions::kCount, tr("Count %1 in %2").arg(match->product.name, m_report.stocktake.number), this);
    if (!acting)
        return false;
    const CountMode mode = recount ? CountMode::Replace : CountMode::Add;
    const Quantity counted = Quantity::fromMilli(qty->milli() * match->packQuantity.milli() / Quantity::kScale);
    // A scanned code is kept with the count row (countCode); a name or a fraction is counted by product.
    const bool scanned = qty->isWhole() && m_inventory.catalog().lookup(code.trimmed()).ok();
    auto done = scanned ? m_inventory.stocktakes().countCode(*acting, id, match->code, int(qty->milli() / Quantity::kScale), mode)
                        : m_inventory.stocktakes().count(*acting, id, match->product.id, counted, mode);
    if (!done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    m_quantity->setText(QStringLiteral("1"));
    m_recount->setChecked(false);
    showReport();
    QString text = recount ? tr("%1: recounted %2").arg(match->product.name, counted.toString(locale))
                           : tr("%1: %2").arg(match->product.name, StockUiSupport::signedQuantity(counted));
    for (const StocktakeLine &line : std::as_const(m_report.lines)) {
        if (line.product == match->product.id) {
            text += tr(" · counted %1 %2 in all, expected %3").arg(line.countedQty.toString(locale), match->product.unit,
                                                                  line.expected.toString(locale));
            for (int row = 0; row < m_report.lines.size(); ++row) {
                if (m_report.lines.at(row).product == line.product) {
                    m_variance->selectRow(row);
                    m_variance->scrollToItem(m_variance->item(row, 0));
                }
            }
            break;
        }
    }
    m_lastCount->setText(text);
    return true;
}

bool StocktakeScreen::approve()
{
    const StocktakeId id = selectedStocktake();
    if (!id.isValid() || m_report.stocktake.status != StocktakeStatus::Counting)
        return false;
    const QLocale locale;
    const bool zero = m_zeroUncounted->isChecked();
    const QString why = tr("Approve %1: book %n difference(s), net %2", nullptr, m_report.linesWithVariance)
                            .arg(m_report.stocktake.number, m_report.netValue.format(locale));
    const std::optional<Session> acting = shell::actingSession(m_context, StocktakePermissions::kApprove, why, this);
    if (!acting)
        return false;
    auto booked = m_inventory.stocktakes().approve(*acting, id, zero);
    if (!booked) {
        m_context.showMessage(booked.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    // Approval proved each counted product's figure against its movements before committing (per
    // product, in its transaction); the whole ledger's check is on the Stock screen, on a worker.
    const QString message = tr("%1 approved: %n stock adjustment(s) booked, net %2.", nullptr, booked->linesWithVariance)
                                .arg(booked->stocktake.number, booked->netValue.format(locale))
        + QLatin1Char(' ') + tr("Stock check: every counted product's figure equals the sum of its movements.");
    m_context.showMessage(message, shell::ShellContext::Severity::Info);
    m_zeroUncounted->setChecked(false);
    loadSessions(id);
    return true;
}

shell::FormDialog *StocktakeScreen::openStartDialog()
{
    auto *dialog = new shell::FormDialog(tr("New count"), this);
    dialog->setObjectName(QStringLiteral("stocktakeStartDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("The stock on the books is frozen now. Count everything at the location, or one category."));
    auto *location = new QComboBox(dialog);
    location->setObjectName(QStringLiteral("startLocation"));
    if (auto locations = m_inventory.ledger().stockLocations()) {
        for (const StockLocation &l : std::as_const(*locations)) {
            if (l.active)
                location->addItem(l.location.name, l.location.code);
        }
    }
    auto *category = new QComboBox(dialog);
    category->setObjectName(QStringLiteral("startCategory"));
    category->addItem(tr("Everything there"), QString());
    if (auto categories = m_inventory.catalog().categories()) {
        for (const Category &c : std::as_const(*categories))
            category->addItem((c.parentId.isValid() ? QStringLiteral("    ") : QString()) + c.code + QLatin1Char(' ') + c.name,
                              c.code);
    }
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("startNote"));
    note->setPlaceholderText(tr("e.g. monthly count"));
    dialog->addRow(tr("Location"), location);
    dialog->addRow(tr("Category"), category);
    dialog->addRow(tr("Note"), note);
    dialog->setOkText(tr("Start counting"));
    dialog->setSubmit([this, dialog, location, category, note]() -> Status {
        if (location->currentIndex() < 0)
            return Error::invalidInput(tr("Choose where to count."));
        const std::optional<Session> acting = shell::actingSession(
            m_context, StocktakePermissions::kManage, tr("Start a count at %1").arg(location->currentText()), dialog);
        if (!acting)
            return Error::permissionDenied(tr("No count started: a supervisor must start it."));
        auto started = m_inventory.stocktakes().start(*acting, location->currentData().toString(), category->currentData().toString(),
                                        note->text());
        if (!started)
            return started.error();
        m_context.showMessage(tr("%1 started: scan the goods at %2.").arg(started->number, started->locationName),
                              shell::ShellContext::Severity::Info);
        loadSessions(started->id);
        m_scan->setFocus();
        return {};
    });
    dialog->open();
    return dialog;
}

shell::FormDialog *StocktakeScreen::openCancelDialog()
{
    const StocktakeId id = selectedStocktake();
    if (!id.isValid() || m_report.stocktake.status != StocktakeStatus::Counting)
        return nullptr;
    const QString number = m_report.stocktake.number;
    auto *dialog = new shell::FormDialog(tr("Cancel %1?").arg(number), this);
    dialog->setObjectName(QStringLiteral("stocktakeCancelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("The count is closed without changing any stock. What was counted stays on record."));
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("cancelReason"));
    dialog->addRow(tr("Why"), reason);
    dialog->setOkText(tr("Cancel count"));
    dialog->setSubmit([this, dialog, id, number, reason]() -> Status {
        const std::optional<Session> acting =
            shell::actingSession(m_context, StocktakePermissions::kManage, tr("Cancel %1").arg(number), dialog);
        if (!acting)
            return Error::permissionDenied(tr("Not cancelled: a supervisor must cancel the count."));
        if (Status done = m_inventory.stocktakes().cancel(*acting, id, reason->text().trimmed()); !done)
            return done;
        m_context.showMessage(tr("%1 cancelled. No stock was changed.").arg(number), shell::ShellContext::Severity::Info);
        loadSessions(id);
        return {};
    });
    dialog->open();
    return dialog;
}

QString StocktakeScreen::titleText() const
{
    return m_title->text();
}

QString StocktakeScreen::totalsText() const
{
    return m_totals->text();
}

QString StocktakeScreen::lastCountText() const
{
    return m_lastCount->text();
}

} // namespace qtill::inventory
