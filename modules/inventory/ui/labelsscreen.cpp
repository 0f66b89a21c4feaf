#include "labelsscreen.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/reorderservice.h"

#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

constexpr int kProductRole = Qt::UserRole + 1;
constexpr int kMaxCopies = 999;

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

} // namespace

LabelsScreen::LabelsScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_header(new shell::PageHeader(tr("Labels"), this)), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_category(new QComboBox(this)), m_picked(new QTableWidget(0, 2, this)),
      m_pickedCount(new QLabel(this)), m_kind(new QComboBox(this)), m_preset(new QComboBox(this)),
      m_cutLines(new QCheckBox(tr("Cut lines"), this)), m_preview(new QLabel(this)), m_pageLabel(new QLabel(this)),
      m_prev(new QPushButton(this)), m_next(new QPushButton(this)), m_pdf(new QPushButton(tr("Save as PDF…"), this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    setObjectName(QStringLiteral("labelsScreen"));
    m_header->setSubtitle(tr("Shelf labels and barcode labels on A4 label sheets or label rolls."));

    // ---- left: choosing products --------------------------------------------------------------------
    auto *pickCard = new shell::Card(this);
    pickCard->setMinimumWidth(430);
    pickCard->setMaximumWidth(500);
    m_search->setObjectName(QStringLiteral("labelSearch"));
    m_search->setPlaceholderText(tr("Name, item code or scan a barcode"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                        QLineEdit::LeadingPosition);
    m_results->setObjectName(QStringLiteral("labelSearchResults"));
    m_results->setMaximumHeight(180);
    m_results->setVisible(false);
    auto *lowStock = new QPushButton(tr("All low-stock"), pickCard);
    lowStock->setObjectName(QStringLiteral("labelAddLowStock"));
    m_category->setObjectName(QStringLiteral("labelCategory"));
    m_category->setMinimumWidth(150);
    auto *addCategoryButton = new QPushButton(tr("Add"), pickCard);
    addCategoryButton->setObjectName(QStringLiteral("labelAddCategory"));
    auto *quick = new QHBoxLayout;
    quick->setSpacing(8);
    quick->addWidget(lowStock);
    quick->addWidget(m_category, 1);
    quick->addWidget(addCategoryButton);

    m_picked->setObjectName(QStringLiteral("labelPicked"));
    m_picked->setHorizontalHeaderLabels({tr("Product and code"), tr("Copies")});
    shell::setupTable(m_picked, 64);
    m_picked->horizontalHeader()->setStretchLastSection(false);
    m_picked->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_picked->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_picked->horizontalHeader()->resizeSection(1, 150);
    m_pickedCount->setObjectName(QStringLiteral("labelPickedCount"));
    m_pickedCount->setProperty("secondary", true);
    auto *remove = new QPushButton(tr("Remove"), pickCard);
    remove->setObjectName(QStringLiteral("labelRemove"));
    auto *clear = new QPushButton(tr("Clear"), pickCard);
    clear->setObjectName(QStringLiteral("labelClear"));
    shell::Theme::setKind(clear, QStringLiteral("flat"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_pickedCount, 1);
    listButtons->addWidget(remove);
    listButtons->addWidget(clear);

    auto *pickLayout = new QVBoxLayout(pickCard);
    pickLayout->setContentsMargins(20, 18, 20, 18);
    pickLayout->setSpacing(10);
    pickLayout->addWidget(fieldLabel(tr("Products"), pickCard));
    pickLayout->addWidget(m_search);
    pickLayout->addWidget(m_results);
    pickLayout->addLayout(quick);
    pickLayout->addWidget(m_picked, 1);
    pickLayout->addLayout(listButtons);

    // ---- right: kind, stock, preview, output ----------------------------------------------------------
    m_kind->setObjectName(QStringLiteral("labelKind"));
    m_kind->addItem(tr("Shelf label"), int(LabelKind::Shelf));
    m_kind->addItem(tr("Barcode label"), int(LabelKind::Barcode));
    m_preset->setObjectName(QStringLiteral("labelStock"));
    for (const LabelPreset &preset : LabelPreset::all())
        m_preset->addItem(preset.name, preset.id);
    m_cutLines->setObjectName(QStringLiteral("labelCutLines"));
    auto *options = new QHBoxLayout;
    options->setSpacing(10);
    options->addWidget(m_kind);
    options->addWidget(m_preset, 1);
    options->addWidget(m_cutLines);

    auto *previewCard = new shell::Card(this);
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(300, 300);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setProperty("secondary", true);
    m_preview->setWordWrap(true);
    m_prev->setObjectName(QStringLiteral("labelPrevPage"));
    m_next->setObjectName(QStringLiteral("labelNextPage"));
    m_prev->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    m_prev->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_pageLabel->setObjectName(QStringLiteral("labelPageText"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setMinimumWidth(180);
    auto *nav = new QHBoxLayout;
    nav->addStretch(1);
    nav->addWidget(m_prev);
    nav->addWidget(m_pageLabel);
    nav->addWidget(m_next);
    nav->addStretch(1);
    auto *previewLayout = new QVBoxLayout(previewCard);
    previewLayout->setContentsMargins(16, 16, 16, 12);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addLayout(nav);

    m_pdf->setObjectName(QStringLiteral("labelSavePdf"));
    m_print->setObjectName(QStringLiteral("labelPrint"));
    shell::Theme::setKind(m_print, QStringLiteral("primary"));
    auto *output = new QHBoxLayout;
    output->addStretch(1);
    output->addWidget(m_pdf);
    output->addWidget(m_print);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addLayout(options);
    right->addWidget(previewCard, 1);
    right->addLayout(output);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(pickCard);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    // ---- behaviour ------------------------------------------------------------------------------------
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(delay, &QTimer::timeout, this, &LabelsScreen::runSearch);
    connect(m_search, &QLineEdit::textEdited, delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this, delay] {
        delay->stop();
        const QString text = m_search->text().trimmed();
        if (text.isEmpty())
            return;
        // A scanner types the code and Enter: add the product it names. Otherwise the first match.
        auto match = m_inventory.catalog().lookup(text);
        if (match) {
            if (addProduct(match->product.id)) {
                m_search->clear();
                m_results->clear();
                m_results->setVisible(false);
            }
            return;
        }
        runSearch();
        const bool one = m_results->count() == 1 && m_results->item(0)->data(kProductRole).isValid();
        if (one) {
            addProduct(ProductId(m_results->item(0)->data(kProductRole).toLongLong()));
        } else if (m_results->count() <= 1) {
            // Nothing matches: for a scanned code, say what is wrong with it.
            bool digits = text.size() >= 8;
            for (QChar c : text)
                digits = digits && c.isDigit();
            if (digits)
                m_context.showMessage(match.error().message, shell::ShellContext::Severity::Error);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        addProduct(ProductId(item->data(kProductRole).toLongLong()));
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        addProduct(ProductId(item->data(kProductRole).toLongLong()));
    });
    connect(lowStock, &QPushButton::clicked, this, [this] {
        const int added = addLowStock();
        m_context.showMessage(added > 0 ? tr("%n product(s) below safety stock added.", nullptr, added)
                                        : tr("No product is below its safety stock."),
                              shell::ShellContext::Severity::Info);
    });
    connect(addCategoryButton, &QPushButton::clicked, this, [this] {
        if (m_category->currentIndex() < 0)
            return;
        const int added = addCategory(CategoryId(m_category->currentData().toLongLong()));
        m_context.showMessage(tr("%n product(s) of %1 added.", nullptr, added).arg(m_category->currentText()),
                              shell::ShellContext::Severity::Info);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_picked->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_picks.size())
            return;
        m_picks.removeAt(rows.first().row());
        fillPicked();
        updatePreview();
    });
    connect(clear, &QPushButton::clicked, this, &LabelsScreen::clearProducts);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LabelsScreen::updatePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_page = 0;
        updatePreview();
    });
    connect(m_cutLines, &QCheckBox::toggled, this, &LabelsScreen::updatePreview);
    connect(m_prev, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_pdf, &QPushButton::clicked, this, &LabelsScreen::saveAsPdf);
    connect(m_print, &QPushButton::clicked, this, &LabelsScreen::print);

    activated();
    fillPicked();
    updatePreview();
}

LabelsScreen::~LabelsScreen() = default;

void LabelsScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The preview follows the room it has, once the layout has settled.
    QTimer::singleShot(0, this, &LabelsScreen::updatePreview);
}

void LabelsScreen::activated()
{
    const qint64 chosen = m_category->currentData().toLongLong();
    m_category->clear();
    if (auto categories = m_inventory.catalog().categories()) {
        for (const Category &c : std::as_const(*categories)) {
            if (!c.parentId.isValid())
                m_category->addItem(c.name, qint64(c.id.value()));
        }
    }
    const int again = m_category->findData(chosen);
    if (again >= 0)
        m_category->setCurrentIndex(again);
    m_category->setToolTip(tr("Add every product of a category"));
}

void LabelsScreen::prepareScreenshot()
{
    m_search->clear();
    m_results->clear();
    m_results->setVisible(false);
    if (m_picks.isEmpty()) {
        // A few real products: the first ones of a category, one of them twice.
        if (auto categories = m_inventory.catalog().categories(); categories && !categories->isEmpty()) {
            for (const Category &c : std::as_const(*categories)) {
                auto products = m_inventory.catalog().productsIn(c.id, 9);
                if (products && products->size() >= 5) {
                    for (const Product &p : std::as_const(*products))
                        addLoaded(p, 1);
                    break;
                }
            }
        }
        if (!m_picks.isEmpty())
            setCopies(0, 3);
    }
    showPage(0);
}

// ---- choosing products --------------------------------------------------------------------------------

void LabelsScreen::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_results->clear();
    if (text.isEmpty()) {
        m_results->setVisible(false);
        return;
    }
    auto found = m_inventory.catalog().search(text, 20);
    if (!found) {
        m_context.showMessage(found.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    const QLocale locale;
    for (const Product &p : std::as_const(*found)) {
        auto *item = new QListWidgetItem(tr("%1   %2   %3").arg(p.name, p.sku, p.price.format(locale)), m_results);
        item->setData(kProductRole, qint64(p.id.value()));
        item->setSizeHint(QSize(0, 44));
    }
    if (found->isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing matches \"%1\".").arg(text), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
    m_results->setVisible(true);
}

bool LabelsScreen::addLoaded(const Product &product, int copies)
{
    for (Pick &pick : m_picks) {
        if (pick.product == product.id) {
            pick.copies = std::min(kMaxCopies, pick.copies + copies);
            return true;
        }
    }
    // The item's own barcode (pack of one), else its first code, else the item code.
    QString code;
    if (auto codes = m_inventory.catalog().barcodes(product.id)) {
        for (const ScanMatch &m : std::as_const(*codes)) {
            if (m.packQuantity == Quantity::units(1)) {
                code = m.code;
                break;
            }
        }
        if (code.isEmpty() && !codes->isEmpty())
            code = codes->constFirst().code;
    }
    m_picks << Pick{product.id, LabelData::fromProduct(product, code), std::clamp(copies, 1, kMaxCopies)};
    return true;
}

bool LabelsScreen::addProduct(ProductId product, int copies)
{
    auto loaded = m_inventory.catalog().product(product);
    if (!loaded) {
        m_context.showMessage(loaded.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    addLoaded(*loaded, copies);
    fillPicked();
    updatePreview();
    return true;
}

bool LabelsScreen::addByCode(const QString &code)
{
    auto match = m_inventory.catalog().lookup(code.trimmed());
    if (!match) {
        m_context.showMessage(match.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    return addProduct(match->product.id);
}

int LabelsScreen::addLowStock()
{
    ReorderService &reorder = m_inventory.reorder();
    auto alerts = reorder.alerts(m_context.session(), 1000);
    if (!alerts) {
        m_context.showMessage(alerts.error().message, shell::ShellContext::Severity::Error);
        return 0;
    }
    int added = 0;
    for (const StockAlert &a : std::as_const(*alerts)) {
        if (auto p = m_inventory.catalog().product(a.product)) {
            addLoaded(*p, 1);
            ++added;
        }
    }
    fillPicked();
    updatePreview();
    return added;
}

int LabelsScreen::addCategory(CategoryId category)
{
    auto products = m_inventory.catalog().productsIn(category, 1000);
    if (!products) {
        m_context.showMessage(products.error().message, shell::ShellContext::Severity::Error);
        return 0;
    }
    for (const Product &p : std::as_const(*products))
        addLoaded(p, 1);
    fillPicked();
    updatePreview();
    return int(products->size());
}

void LabelsScreen::clearProducts()
{
    m_picks.clear();
    m_page = 0;
    fillPicked();
    updatePreview();
}

void LabelsScreen::setCopies(int row, int copies)
{
    if (row < 0 || row >= m_picks.size())
        return;
    m_picks[row].copies = std::clamp(copies, 1, kMaxCopies);
    fillPicked();
    updatePreview();
}

void LabelsScreen::fillPicked()
{
    m_filling = true;
    m_picked->setRowCount(int(m_picks.size()));
    for (int row = 0; row < m_picks.size(); ++row) {
        const Pick &pick = m_picks.at(row);
        auto *name = new QTableWidgetItem(pick.label.name + QLatin1Char('\n') + pick.label.code);
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        name->setToolTip(pick.label.sku + QLatin1Char(' ') + pick.label.name);
        m_picked->setItem(row, 0, name);
        auto *copies = qobject_cast<QSpinBox *>(m_picked->cellWidget(row, 1));
        if (!copies) {
            copies = new QSpinBox(m_picked);
            copies->setRange(1, kMaxCopies);
            copies->setObjectName(QStringLiteral("labelCopies"));
            copies->setStyleSheet(QStringLiteral("QSpinBox { padding-left: 10px; min-height: 44px; }"));
            connect(copies, &QSpinBox::valueChanged, this, [this, copies](int value) {
                if (m_filling)
                    return;
                for (int r = 0; r < m_picked->rowCount(); ++r) {
                    if (m_picked->cellWidget(r, 1) == copies && r < m_picks.size()) {
                        m_picks[r].copies = value;
                        break;
                    }
                }
                updatePreview();
            });
            m_picked->setCellWidget(row, 1, copies);
        }
        copies->setValue(pick.copies);
    }
    m_pickedCount->setText(m_picks.isEmpty() ? tr("No products yet")
                                             : tr("%n product(s), ", nullptr, productCount())
                                                   + tr("%n label(s)", nullptr, labelCount()));
    m_filling = false;
}

// ---- layout and output --------------------------------------------------------------------------------

bool LabelsScreen::setPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    return true;
}

QString LabelsScreen::presetId() const
{
    return m_preset->currentData().toString();
}

void LabelsScreen::setKind(LabelKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

int LabelsScreen::productCount() const
{
    return int(m_picks.size());
}

int LabelsScreen::labelCount() const
{
    int count = 0;
    for (const Pick &pick : m_picks)
        count += pick.copies;
    return count;
}

int LabelsScreen::pageCount() const
{
    return LabelPreset::find(presetId()).layout.pageCount(labelCount());
}

QList<LabelData> LabelsScreen::labels() const
{
    QList<LabelData> list;
    for (const Pick &pick : m_picks) {
        for (int i = 0; i < pick.copies; ++i)
            list << pick.label;
    }
    return list;
}

LabelRenderer LabelsScreen::renderer() const
{
    LabelOptions options;
    options.kind = LabelKind(m_kind->currentData().toInt());
    options.cutLines = m_cutLines->isChecked();
    return LabelRenderer(LabelPreset::find(presetId()).layout, options);
}

QString LabelsScreen::pageText() const
{
    const int pages = pageCount();
    return pages == 0 ? QString() : tr("Page %1 of %2").arg(m_page + 1).arg(pages);
}

void LabelsScreen::showPage(int page)
{
    const int pages = pageCount();
    m_page = std::clamp(page, 0, std::max(0, pages - 1));
    updatePreview();
}

void LabelsScreen::updatePreview()
{
    const int pages = pageCount();
    m_page = std::clamp(m_page, 0, std::max(0, pages - 1));
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_pdf->setEnabled(pages > 0);
    m_print->setEnabled(pages > 0);
    m_pageLabel->setText(pages == 0 ? QString() : pageText());
    if (pages == 0) {
        m_previewImage = QImage();
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("Search or scan products on the left, or add all low-stock products or a category. "
                              "The labels appear here as they will print."));
        return;
    }
    const LabelRenderer r = renderer();
    const QSizeF pageMm = r.layout().pageMm;
    // Fit the page into the preview area, at twice the screen's pixels for sharp small text.
    const QSize area = m_preview->size().isValid() && m_preview->width() > 50 ? m_preview->size() : QSize(600, 560);
    const double dpi = std::clamp(std::min(area.width() / (pageMm.width() / 25.4), area.height() / (pageMm.height() / 25.4)),
                                  30.0, 600.0);
    m_previewImage = r.renderPage(labels(), m_page, int(dpi * 2));
    if (m_previewImage.isNull()) {
        m_preview->setText(tr("The labels cannot be shown."));
        return;
    }
    QImage framed = m_previewImage;
    {
        QPainter painter(&framed);
        painter.setPen(QPen(QColor(0xC9, 0xCE, 0xD6), 2));
        painter.drawRect(QRectF(1, 1, framed.width() - 2, framed.height() - 2));
    }
    m_preview->setPixmap(QPixmap::fromImage(framed.scaled(QSize(framed.width() / 2, framed.height() / 2),
                                                          Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

Result<int> LabelsScreen::savePdf(const QString &path)
{
    if (m_picks.isEmpty())
        return Error::invalidInput(tr("Choose the products to print labels for first."));
    return renderer().writePdf(path, labels(), tr("Labels"));
}

Result<int> LabelsScreen::printTo(QPrinter &printer)
{
    if (m_picks.isEmpty())
        return Error::invalidInput(tr("Choose the products to print labels for first."));
    return renderer().print(printer, labels());
}

void LabelsScreen::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("labels-%1.pdf").arg(m_context.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the labels as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    auto written = savePdf(path);
    if (!written) {
        m_context.showMessage(written.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_context.showMessage(tr("%n label(s) saved", nullptr, labelCount())
                              + tr(" on %n page(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)),
                          shell::ShellContext::Severity::Info);
}

void LabelsScreen::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Labels"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print labels"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = printTo(printer);
    if (!printed) {
        m_context.showMessage(printed.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_context.showMessage(tr("%n label(s) sent to the printer", nullptr, labelCount())
                              + tr(" (%n page(s)).", nullptr, *printed),
                          shell::ShellContext::Severity::Info);
}

} // namespace qtill::inventory
