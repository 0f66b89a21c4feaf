#include "productsscreen.h"

#include "exportdialog.h"
#include "importdialog.h"

#include "producteditordialog.h"
#include "productlistmodel.h"

#include "inventory/catalog.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/productservice.h"
#include "inventory/stockledger.h"

#include "shell/actingsession.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

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
      m_inventory(InventoryServices::of(context.services())),
      m_model(new ProductListModel(m_inventory.catalog(), this)), m_search(new QLineEdit(this)),
      m_categoryFilter(new QComboBox(this)), m_statusFilter(new QComboBox(this)),
      m_lowStockFilter(new QCheckBox(tr("Low stock"), this)), m_weighedFilter(new QCheckBox(tr("Sold by weight"), this)),
      m_sortOrder(new QComboBox(this)), m_result(new QLabel(this)), m_view(new QTableView(this)),
      m_delay(new QTimer(this)), m_detail(new QWidget(this)), m_detailLayout(new QVBoxLayout(m_detail)),
      m_emptyDetail(new QLabel(this)), m_newButton(new QPushButton(tr("New product"), this)),
      m_editButton(new QPushButton(tr("Edit"), this)), m_listingButton(new QPushButton(tr("Delist"), this)),
      m_header(new shell::PageHeader(tr("Products"), this))
{
    setObjectName(QStringLiteral("productsScreen"));

    // Import and export of CSV files (price lists, catalogs from suppliers or an old system).
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importProducts"));
    importButton->setToolTip(tr("Add or change products from a CSV file; every row is checked first"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(m_context, this);
        connect(&dialog, &ImportDialog::imported, this, [this] {
            loadCategories();
            if (Status loaded = m_model->reload(); !loaded)
                showError(loaded.error().message);
            updateResult();
            updateDetail();
        });
        dialog.exec();
    });
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportProducts"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ExportDialog dialog(m_context, this);
        dialog.exec();
    });
    m_header->addActionWidget(importButton);
    m_header->addActionWidget(exportButton);

    m_newButton->setObjectName(QStringLiteral("newProduct"));
    shell::Theme::setKind(m_newButton, QStringLiteral("primary"));
    m_header->addActionWidget(m_newButton);

    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setProperty("big", true);
    m_search->setPlaceholderText(tr("Name, pinyin initials, item code or barcode"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                        QLineEdit::LeadingPosition);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);

    // ---- filters ----------------------------------------------------------------------------
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setMinimumWidth(180);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Listed and delisted"), int(ProductListFilter::Status::Any));
    m_statusFilter->addItem(tr("Listed only"), int(ProductListFilter::Status::Listed));
    m_statusFilter->addItem(tr("Delisted only"), int(ProductListFilter::Status::Delisted));
    m_lowStockFilter->setObjectName(QStringLiteral("lowStockFilter"));
    m_lowStockFilter->setToolTip(tr("Only products whose stock is below their safety stock"));
    m_weighedFilter->setObjectName(QStringLiteral("weighedFilter"));
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->addItem(tr("By item code"), int(ProductListFilter::Order::BySku));
    m_sortOrder->addItem(tr("By name"), int(ProductListFilter::Order::ByName));
    m_sortOrder->addItem(tr("By price, lowest first"), int(ProductListFilter::Order::ByPrice));
    m_sortOrder->addItem(tr("By price, highest first"), int(ProductListFilter::Order::ByPriceDescending));
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
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(56);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(64);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setItemDelegate(new NoFocusFrameDelegate(m_view));
    // Fixed widths: sizing to contents would read every loaded row on each page.
    QHeaderView *columns = m_view->horizontalHeader();
    for (int c = 0; c < ProductListModel::ColumnCount; ++c)
        columns->setSectionResizeMode(c, c == ProductListModel::NameColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
    columns->resizeSection(ProductListModel::CodeColumn, 110);
    columns->resizeSection(ProductListModel::BarcodeColumn, 160);
    columns->resizeSection(ProductListModel::CategoryColumn, 110);
    columns->resizeSection(ProductListModel::UnitColumn, 80);
    columns->resizeSection(ProductListModel::PriceColumn, 100);
    columns->resizeSection(ProductListModel::MemberPriceColumn, 100);
    columns->resizeSection(ProductListModel::OnHandColumn, 96);
    columns->resizeSection(ProductListModel::StatusColumn, 100);
    // The name is what a person reads first: barcode, unit and member price are in the detail panel.
    m_view->setColumnHidden(ProductListModel::BarcodeColumn, true);
    m_view->setColumnHidden(ProductListModel::UnitColumn, true);
    m_view->setColumnHidden(ProductListModel::MemberPriceColumn, true);

    // ---- detail panel -------------------------------------------------------------------------
    auto *card = new shell::Card(this);
    card->setMinimumWidth(320);
    card->setMaximumWidth(380);
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
    m_editButton->setObjectName(QStringLiteral("editProduct"));
    shell::Theme::setKind(m_editButton, QStringLiteral("primary"));
    m_listingButton->setObjectName(QStringLiteral("toggleListing"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(m_listingButton, 1);
    actions->addWidget(m_editButton, 1);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(m_detailScroll, 1);
    cardLayout->addWidget(m_emptyDetail, 1);
    cardLayout->addLayout(actions);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    filters->addWidget(m_categoryFilter, 2);
    filters->addWidget(m_statusFilter, 2);
    filters->addWidget(m_sortOrder, 1);
    filters->addSpacing(4);
    filters->addWidget(m_lowStockFilter);
    filters->addWidget(m_weighedFilter);

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_search);
    left->addLayout(filters);
    left->addWidget(m_result);
    left->addWidget(m_view, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left, 1);
    body->addWidget(card);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
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
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &ProductsScreen::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProductsScreen::applyFilter);
    connect(m_sortOrder, &QComboBox::currentIndexChanged, this, &ProductsScreen::applyFilter);
    connect(m_lowStockFilter, &QCheckBox::toggled, this, &ProductsScreen::applyFilter);
    connect(m_weighedFilter, &QCheckBox::toggled, this, &ProductsScreen::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductsScreen::updateDetail);
    connect(m_view, &QTableView::doubleClicked, this, [this] { openEditor(); });
    connect(m_model, &ProductListModel::loadFailed, this, &ProductsScreen::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProductsScreen::updateResult);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openNewProduct(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_listingButton, &QPushButton::clicked, this, &ProductsScreen::toggleListing);

    loadCategories();
    if (auto locations = m_inventory.ledger().locations())
        m_locations = *locations;
    if (Status loaded = m_model->refreshReferenceData(); !loaded)
        showError(loaded.error().message);
    applyFilter();
}

ProductsScreen::~ProductsScreen() = default;

void ProductsScreen::loadCategories()
{
    const QVariant chosen = m_categoryFilter->currentData();
    const QSignalBlocker quiet(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QVariant::fromValue(qint64(0)));
    auto categories = m_inventory.catalog().categories();
    if (!categories) {
        showError(categories.error().message);
        return;
    }
    // As a tree: each category under its parent, indented; choosing one includes those below it.
    std::function<void(CategoryId, int)> addLevel = [&](CategoryId parent, int depth) {
        for (const Category &c : std::as_const(*categories)) {
            if (c.parentId == parent) {
                m_categoryFilter->addItem(QString(depth * 4, QLatin1Char(' ')) + c.name, QVariant::fromValue(c.id.value()));
                addLevel(c.id, depth + 1);
            }
        }
    };
    addLevel(CategoryId(), 0);
    const int at = chosen.isValid() ? m_categoryFilter->findData(chosen) : 0;
    m_categoryFilter->setCurrentIndex(at >= 0 ? at : 0);
}

void ProductsScreen::activated()
{
    // Prices and stock may have changed elsewhere: read again, keeping the chosen product.
    const int row = selectedRow();
    const ProductId chosen = row >= 0 ? m_model->rowAt(row).product.id : ProductId();
    loadCategories();
    if (auto locations = m_inventory.ledger().locations())
        m_locations = *locations;
    if (Status loaded = m_model->refreshReferenceData(); !loaded)
        showError(loaded.error().message);
    if (Status loaded = m_model->refreshLoaded(); !loaded)
        showError(loaded.error().message);
    updateResult();
    if (chosen.isValid())
        selectRow(m_model->rowOf(chosen));
    updateDetail();
    m_search->setFocus();
    m_search->selectAll();
}

void ProductsScreen::prepareScreenshot()
{
    // The catalog by item code with a drink chosen: list, filters and the detail panel all show something.
    search(QString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).product.name.contains(QStringLiteral("可乐"))) {
            selectRow(row);
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
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

int ProductsScreen::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_model->rowCount() ? -1 : rows.first().row();
}

void ProductsScreen::showError(const QString &message)
{
    m_context.showMessage(message, shell::ShellContext::Severity::Error);
}

void ProductsScreen::applyFilter()
{
    ProductListFilter filter;
    filter.category = CategoryId(m_categoryFilter->currentData().toLongLong());
    filter.status = ProductListFilter::Status(m_statusFilter->currentData().toInt());
    filter.lowStockOnly = m_lowStockFilter->isChecked();
    filter.soldByWeightOnly = m_weighedFilter->isChecked();
    filter.order = ProductListFilter::Order(m_sortOrder->currentData().toInt());
    if (Status done = m_model->setFilter(filter); !done)
        showError(done.error().message);
    if (!m_model->isSearching()) {
        ProductListFilter unfiltered;
        unfiltered.order = filter.order;
        if (filter == unfiltered)
            m_header->setSubtitle(tr("%Ln product(s) in the catalog", nullptr, int(m_model->matchCount())));
    }
    updateResult();
    updateDetail();
}

void ProductsScreen::runSearch()
{
    m_delay->stop();
    if (Status done = m_model->setSearchText(m_search->text()); !done)
        showError(done.error().message);
    updateResult();
    updateDetail();
}

void ProductsScreen::updateResult()
{
    const QString text = m_model->searchText();
    const int rows = m_model->rowCount();
    const ProductListFilter &filter = m_model->filter();
    const bool filtered = filter.category.isValid() || filter.status != ProductListFilter::Status::Any
        || filter.lowStockOnly || filter.soldByWeightOnly;
    if (!m_model->isSearching()) {
        if (m_model->matchCount() == 0)
            m_result->setText(filtered ? tr("No product matches these filters.") : tr("The catalog is empty: add a product."));
        else if (filtered)
            m_result->setText(tr("%Ln product(s) match the filters", nullptr, int(m_model->matchCount())));
        else
            m_result->setText(tr("%Ln product(s)", nullptr, int(m_model->matchCount())));
    } else if (rows == 0) {
        m_result->setText(filtered ? tr("Nothing matches \"%1\" with these filters.").arg(text)
                                   : tr("Nothing matches \"%1\".").arg(text));
    } else if (m_model->isSearchTruncated()) {
        m_result->setText(tr("The first %1 matches for \"%2\". Type more to narrow the search.").arg(rows).arg(text));
    } else {
        m_result->setText(tr("%Ln product(s) match \"%1\"", nullptr, rows).arg(text));
    }
}

QString ProductsScreen::resultText() const
{
    return m_result->text();
}

ProductEditorDialog *ProductsScreen::editor() const
{
    return m_editor;
}

ProductEditorDialog *ProductsScreen::openNewProduct()
{
    auto session = shell::actingSession(m_context, InventoryPermissions::kEdit, tr("Add a product"), this);
    if (!session)
        return nullptr;
    auto *dialog = new ProductEditorDialog(m_context.services(), *session, ProductId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { editorSaved(dialog); });
    m_editor = dialog;
    dialog->open();
    return dialog;
}

ProductEditorDialog *ProductsScreen::openEditor()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const Product &p = m_model->rowAt(row).product;
    auto session = shell::actingSession(m_context, InventoryPermissions::kEdit,
                                        tr("Edit %1 (%2)").arg(p.name, p.sku), this);
    if (!session)
        return nullptr;
    auto *dialog = new ProductEditorDialog(m_context.services(), *session, p.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { editorSaved(dialog); });
    m_editor = dialog;
    dialog->open();
    return dialog;
}

void ProductsScreen::editorSaved(ProductEditorDialog *dialog)
{
    const ProductId id = dialog->savedId();
    if (dialog->isNew()) {
        // Show the new product: search its item code.
        auto created = m_inventory.catalog().product(id);
        search(created ? created->sku : QString());
        selectRow(m_model->rowOf(id));
        m_context.showMessage(tr("%1 is added and can be sold.").arg(dialog->savedName()),
                              shell::ShellContext::Severity::Info);
        return;
    }
    if (Status refreshed = m_model->refreshProduct(id); !refreshed)
        showError(refreshed.error().message);
    updateDetail();
    m_context.showMessage(tr("Saved %1.").arg(dialog->savedName()), shell::ShellContext::Severity::Info);
}

void ProductsScreen::toggleListing()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Product p = m_model->rowAt(row).product;
    const QString why = p.isListed() ? tr("Delist %1 (%2)").arg(p.name, p.sku) : tr("List %1 (%2) again").arg(p.name, p.sku);
    auto session = shell::actingSession(m_context, InventoryPermissions::kEdit, why, this);
    if (!session)
        return;
    ProductService &products = m_inventory.products();
    const Status done = p.isListed() ? products.delist(*session, p.id, tr("Delisted on the Products screen"))
                                     : products.relist(*session, p.id);
    if (!done) {
        showError(done.error().message);
        return;
    }
    if (Status refreshed = m_model->refreshProduct(p.id); !refreshed)
        showError(refreshed.error().message);
    updateDetail();
    m_context.showMessage(p.isListed() ? tr("%1 is delisted: it can no longer be sold. List it again at any time.").arg(p.name)
                                       : tr("%1 is listed again and can be sold.").arg(p.name),
                          shell::ShellContext::Severity::Info);
}

void ProductsScreen::updateDetail()
{
    clearLayout(m_detailLayout);
    const int row = selectedRow();
    const bool shown = row >= 0;
    m_detailScroll->setVisible(shown);
    m_emptyDetail->setVisible(!shown);
    m_editButton->setEnabled(shown);
    m_listingButton->setEnabled(shown);
    if (!shown) {
        m_listingButton->setText(tr("Delist"));
        return;
    }
    const ProductListRow &line = m_model->rowAt(row);
    const Product &p = line.product;
    const QLocale locale;
    m_listingButton->setText(p.isListed() ? tr("Delist") : tr("List again"));
    shell::Theme::setKind(m_listingButton, p.isListed() ? QStringLiteral("danger") : QString());

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
    QString unit = p.soldByWeight ? tr("%1, sold by weight").arg(p.unit) : p.unit;
    if (p.serialTracked)
        unit += tr(", serial numbers");
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
    if (auto barcodes = m_inventory.catalog().productBarcodes(p.id)) {
        for (const ProductBarcode &code : *barcodes) {
            const bool isCase = code.packQuantity > Quantity::units(1);
            const QString kind = code.type == BarcodeType::kPlu ? tr("PLU")
                : isCase ? tr("Case of %1").arg(code.packQuantity.toString(locale))
                : code.type == BarcodeType::kInternal ? tr("Store code")
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
    for (const Location &location : std::as_const(m_locations)) {
        const Quantity onHand = line.onHandAt.value(location.id.value());
        stock << std::pair{location.name, onHand.toString(locale) + QLatin1Char(' ') + p.unit};
    }
    stock << std::pair{tr("Total"), line.onHand.toString(locale) + QLatin1Char(' ') + p.unit};
    stock << std::pair{tr("Safety stock"), p.safetyStock.toString(locale) + QLatin1Char(' ') + p.unit};
    if (!p.maxStock.isZero())
        stock << std::pair{tr("Maximum"), p.maxStock.toString(locale) + QLatin1Char(' ') + p.unit};
    addPairs(m_detailLayout, stock, m_detail);
    if (line.isLowOnStock()) {
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
