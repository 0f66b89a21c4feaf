#include "productsscreen.h"

#include "productsearchmodel.h"

#include "inventory/catalog.h"
#include "inventory/stockledger.h"

#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

/// A two-column grid of "label  value" lines.
QGridLayout *addPairs(QVBoxLayout *layout, const QList<std::pair<QString, QString>> &pairs, QWidget *parent)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (const auto &[label, value] : pairs) {
        auto *key = new QLabel(label, parent);
        key->setProperty("secondary", true);
        auto *text = new QLabel(value, parent);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        grid->addWidget(key, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnMinimumWidth(0, 96);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    return grid;
}

/// Draws items without the dotted focus frame: a touch screen shows the selected row, not a cursor.
class NoFocusFrameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            delete w;
        else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

} // namespace

ProductsScreen::ProductsScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_catalog(std::make_unique<Catalog>(context.services().store(), context.services().storeProfile().currency())),
      m_ledger(std::make_unique<StockLedger>(context.services().store())),
      m_model(new ProductSearchModel(*m_catalog, *m_ledger, this)), m_search(new QLineEdit(this)),
      m_result(new QLabel(this)), m_view(new QTableView(this)), m_delay(new QTimer(this)), m_detail(new QWidget(this)),
      m_detailLayout(new QVBoxLayout(m_detail)), m_emptyDetail(new QLabel(this)),
      m_header(new shell::PageHeader(tr("Products"), this))
{
    setObjectName(QStringLiteral("productsScreen"));

    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setProperty("big", true);
    m_search->setPlaceholderText(tr("Name, item code or barcode"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                        QLineEdit::LeadingPosition);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_result->setObjectName(QStringLiteral("searchResult"));
    m_result->setProperty("secondary", true);

    m_view->setObjectName(QStringLiteral("productTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(56);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(64);
    m_view->setItemDelegate(new NoFocusFrameDelegate(m_view));

    // ---- detail panel -------------------------------------------------------------------------
    auto *card = new shell::Card(this);
    card->setMinimumWidth(320);
    card->setMaximumWidth(400);
    m_detail->setObjectName(QStringLiteral("productDetail"));
    m_detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLayout->setSpacing(10);
    m_detailScroll = new QScrollArea(card);
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    m_detailScroll->setWidget(m_detail);
    m_emptyDetail->setText(tr("Choose a product to see its barcodes, prices and stock."));
    m_emptyDetail->setProperty("secondary", true);
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setAlignment(Qt::AlignCenter);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(m_detailScroll, 1);
    cardLayout->addWidget(m_emptyDetail, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_search);
    left->addWidget(m_result);
    left->addWidget(m_view, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left, 1);
    body->addWidget(card);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ProductsScreen::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            runSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_model->rowCount() >= 1)
            selectRow(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductsScreen::updateDetail);

    if (Status loaded = m_model->refreshReferenceData(); !loaded)
        m_context.showMessage(loaded.error().message, shell::ShellContext::Severity::Error);
    updateCount();
    runSearch();
}

ProductsScreen::~ProductsScreen() = default;

void ProductsScreen::activated()
{
    // Prices and stock may have changed elsewhere: search again, keeping the chosen product.
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const QVariant chosen = selected.isEmpty() ? QVariant() : selected.first().data(ProductSearchModel::kProductIdRole);
    if (Status loaded = m_model->refreshReferenceData(); !loaded)
        m_context.showMessage(loaded.error().message, shell::ShellContext::Severity::Error);
    updateCount();
    runSearch();
    for (int row = 0; chosen.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ProductSearchModel::kProductIdRole) == chosen) {
            selectRow(row);
            break;
        }
    }
    m_search->setFocus();
    m_search->selectAll();
}

void ProductsScreen::prepareScreenshot()
{
    search(tr("milk", "a product name fragment for the screenshot"));
    if (m_model->rowCount() == 0)
        search(QStringLiteral("69"));
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void ProductsScreen::search(const QString &text)
{
    m_delay->stop();
    if (m_search->text() != text)
        m_search->setText(text);
    runSearch();
}

void ProductsScreen::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
}

void ProductsScreen::updateCount()
{
    auto count = m_catalog->productCount();
    m_header->setSubtitle(count ? tr("%n product(s) in the catalog. Read-only for now.", nullptr, int(*count))
                                : QString());
}

void ProductsScreen::runSearch()
{
    m_delay->stop();
    const QString text = m_search->text().trimmed();
    if (Status done = m_model->search(text); !done) {
        m_context.showMessage(done.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const int rows = m_model->rowCount();
    if (text.isEmpty())
        m_result->setText(tr("Type part of a name, an item code or the first digits of a barcode."));
    else if (rows == 0)
        m_result->setText(tr("Nothing matches \"%1\".").arg(text));
    else if (m_model->isTruncated())
        m_result->setText(tr("The first %1 products. Type more to narrow the search.").arg(rows));
    else
        m_result->setText(tr("%n product(s)", nullptr, rows));

    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns->setSectionResizeMode(c, c == ProductSearchModel::NameColumn ? QHeaderView::Stretch
                                                                            : QHeaderView::ResizeToContents);
    // The name is what a person reads first: category and unit are in the detail panel beside it.
    m_view->setColumnHidden(ProductSearchModel::CategoryColumn, true);
    m_view->setColumnHidden(ProductSearchModel::UnitColumn, true);
    updateDetail();
}

QString ProductsScreen::resultText() const
{
    return m_result->text();
}

void ProductsScreen::updateDetail()
{
    clearLayout(m_detailLayout);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool shown = !rows.isEmpty() && rows.first().row() < m_model->rowCount();
    m_detailScroll->setVisible(shown);
    m_emptyDetail->setVisible(!shown);
    if (!shown)
        return;
    const int row = rows.first().row();
    const Product &p = m_model->productAt(row);
    const QLocale locale;

    auto *name = new QLabel(p.name, m_detail);
    name->setProperty("heading", true);
    name->setWordWrap(true);
    m_detailLayout->addWidget(name);
    if (!p.nameEn.isEmpty()) {
        auto *nameEn = new QLabel(p.nameEn, m_detail);
        nameEn->setProperty("secondary", true);
        nameEn->setWordWrap(true);
        m_detailLayout->addWidget(nameEn);
    }
    auto *status = new QLabel(p.isListed() ? tr("Listed") : tr("Delisted: not for sale"), m_detail);
    status->setProperty("chip", p.isListed() ? QStringLiteral("role") : QStringLiteral("muted"));
    m_detailLayout->addWidget(status, 0, Qt::AlignLeft);

    QString taxText = p.taxClass;
    if (auto tax = m_context.services().taxClasses().find(p.taxClass))
        taxText = tax->name;
    const QString unit = p.soldByWeight ? tr("%1, sold by weight").arg(p.unit) : p.unit;
    m_detailLayout->addSpacing(4);
    addPairs(m_detailLayout,
             {{tr("Item code"), p.sku},
              {tr("Category"), m_model->categoryName(p.categoryId)},
              {tr("Unit"), unit},
              {tr("Tax class"), taxText}},
             m_detail);

    m_detailLayout->addSpacing(6);
    m_detailLayout->addWidget(sectionHeading(tr("Prices"), m_detail));
    const QString perUnit = p.soldByWeight ? tr(" per %1").arg(p.unit) : QString();
    QList<std::pair<QString, QString>> prices{{tr("Price"), p.price.format(locale) + perUnit}};
    prices << std::pair{tr("Member price"), p.memberPrice ? p.memberPrice->format(locale) + perUnit : tr("None")};
    prices << std::pair{tr("Last cost"), p.cost.format(locale) + perUnit};
    addPairs(m_detailLayout, prices, m_detail);

    m_detailLayout->addSpacing(6);
    m_detailLayout->addWidget(sectionHeading(tr("Barcodes"), m_detail));
    QList<std::pair<QString, QString>> codes;
    if (auto barcodes = m_catalog->barcodes(p.id)) {
        for (const ScanMatch &code : *barcodes) {
            const bool isCase = code.packQuantity > Quantity::units(1);
            const QString kind = code.code.size() <= 5 ? tr("PLU")
                : isCase ? tr("Case of %1").arg(code.packQuantity.toString(locale))
                         : tr("Item");
            codes << std::pair{kind, code.code};
        }
    }
    if (codes.isEmpty())
        codes << std::pair{tr("None"), QString()};
    addPairs(m_detailLayout, codes, m_detail);

    m_detailLayout->addSpacing(6);
    m_detailLayout->addWidget(sectionHeading(tr("Stock"), m_detail));
    QList<std::pair<QString, QString>> stock;
    Quantity total;
    for (int i = 0; i < m_model->locations().size(); ++i) {
        const Quantity onHand = m_model->onHandAt(row, i);
        total = total.plus(onHand).valueOr(total);
        stock << std::pair{m_model->locations().at(i).name, onHand.toString(locale) + QLatin1Char(' ') + p.unit};
    }
    stock << std::pair{tr("Total"), total.toString(locale) + QLatin1Char(' ') + p.unit};
    stock << std::pair{tr("Safety stock"), p.safetyStock.toString(locale) + QLatin1Char(' ') + p.unit};
    addPairs(m_detailLayout, stock, m_detail);
    if (!p.safetyStock.isZero() && total < p.safetyStock) {
        auto *low = new QLabel(tr("Low on stock: reorder soon."), m_detail);
        low->setStyleSheet(QStringLiteral("color: #B54708; font-weight: 600;"));
        m_detailLayout->addWidget(low);
    }
    m_detailLayout->addStretch(1);
}

QString ProductsScreen::detailText() const
{
    QStringList texts;
    if (m_emptyDetail->isVisibleTo(this))
        texts << m_emptyDetail->text();
    for (const QLabel *label : m_detail->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace qtill::inventory
