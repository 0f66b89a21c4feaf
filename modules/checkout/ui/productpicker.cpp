#include "productpicker.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "checkout/checkoutservices.h"
#include "checkout/saleservice.h"

#include "shell/icons.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/settings.h"
#include "core/storesettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace qtill::checkout {

namespace {
constexpr int kFavouriteDays = 30;
constexpr int kButtonHeight = 72;
const char *const kButtonStyle =
    "QPushButton { text-align: left; padding: 6px 12px; font-size: 17px; }"
    "QPushButton:focus { border: 1px solid #D0D5DD; }";
} // namespace

ProductPicker::ProductPicker(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_search(new QLineEdit(this)), m_tabs(new QTabBar(this)),
      m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid)), m_empty(new QLabel(this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("productPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_search->setObjectName(QStringLiteral("saleSearch"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials, item code"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary),
                        QLineEdit::LeadingPosition);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    layout->addWidget(m_search);

    m_tabs->setObjectName(QStringLiteral("saleCategories"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->setDrawBase(false);
    layout->addWidget(m_tabs);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(8);
    m_gridLayout->setAlignment(Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_empty->setObjectName(QStringLiteral("pickerEmpty"));
    m_empty->setProperty("secondary", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ProductPicker::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())   // the clear button
            runSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ProductPicker::submitSearch);
    loadCategories();
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_search->text().isEmpty())
            m_search->clear();   // runs the empty search: the category
        else
            showCategory(index);
    });
    showCategory(0);
}

void ProductPicker::loadCategories()
{
    m_tabs->addTab(tr("★ Favourites"));
    auto categories = inventory::InventoryServices::of(m_context.services()).catalog().categories();
    if (!categories) {
        Q_EMIT failed(categories.error().message);
        return;
    }
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const inventory::Category &category : *categories) {
        m_tabs->addTab(chinese || category.nameEn.isEmpty() ? category.name : category.nameEn);
        m_categoryIds << category.id;
    }
}

const Setting<QString> ProductPicker::kFavourites{"checkout/favourites", QString()};

QList<inventory::Product> ProductPicker::favourites()
{
    if (m_favourites)
        return *m_favourites;
    // The manager's own list (setting checkout/favourites: SKUs, in order), else what sold most lately,
    // else the first shelf.
    auto &inventory = inventory::InventoryServices::of(m_context.services());
    QList<inventory::Product> products;
    const QStringList skus = kFavourites.get(m_context.services().settings()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &sku : skus) {
        auto product = inventory.catalog().productBySku(sku.trimmed());
        if (product && product->isListed())
            products << *product;
    }
    if (products.isEmpty()) {
        const QDateTime now = m_context.clock().now();
        auto best = CheckoutServices::of(m_context.services()).sales().mostSold(now.addDays(-kFavouriteDays), kSearchLimit);
        for (const inventory::ProductId id : best.valueOr({})) {
            auto product = inventory.catalog().product(id);
            if (product && product->isListed())
                products << *product;
        }
    }
    if (products.isEmpty() && !m_categoryIds.isEmpty())
        products = inventory.catalog().productsIn(m_categoryIds.constFirst(), kSearchLimit).valueOr({});
    m_favourites = products;
    return products;
}

void ProductPicker::showCategory(int index)
{
    if (index != m_tabs->currentIndex()) {
        m_tabs->setCurrentIndex(index);   // comes back here through currentChanged
        return;
    }
    if (index <= 0) {
        showProducts(favourites(), tr("No favourites yet."));
        return;
    }
    if (index - 1 >= m_categoryIds.size())
        return;
    auto products = inventory::InventoryServices::of(m_context.services()).catalog().productsIn(
        m_categoryIds.at(index - 1), kCategoryLimit);
    if (!products) {
        Q_EMIT failed(products.error().message);
        return;
    }
    showProducts(*products, tr("No products in this category."));
}

void ProductPicker::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    runSearch();
}

void ProductPicker::runSearch()
{
    m_delay->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        showCategory(m_tabs->currentIndex());
        return;
    }
    auto found = inventory::InventoryServices::of(m_context.services()).catalog().search(text, kSearchLimit);
    if (!found) {
        Q_EMIT failed(found.error().message);
        return;
    }
    showProducts(*found, tr("Nothing matches \"%1\".").arg(text));
}

void ProductPicker::submitSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    static const QRegularExpression code(QStringLiteral("^[0-9]+$"));
    if (code.match(text).hasMatch()) {   // a typed barcode or PLU: ring it up like a scan
        Q_EMIT codeEntered(text);
        m_search->clear();
        return;
    }
    runSearch();
    if (m_products.size() == 1) {
        Q_EMIT productChosen(m_products.constFirst());
        m_search->clear();
    }
}

void ProductPicker::showProducts(const QList<inventory::Product> &products, const QString &emptyText)
{
    // Reuse the buttons: a keystroke in the search box only relabels them.
    const QLocale locale;
    m_products = products;
    while (m_buttons.size() < products.size()) {
        const int i = int(m_buttons.size());
        auto *button = new QPushButton(m_grid);
        button->setObjectName(QStringLiteral("product_%1").arg(i));
        button->setFocusPolicy(Qt::NoFocus);
        button->setFixedHeight(kButtonHeight);
        button->setMinimumWidth(0);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setStyleSheet(QLatin1String(kButtonStyle));
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_products.size())
                Q_EMIT productChosen(m_products.at(i));
        });
        m_gridLayout->addWidget(button, i / kColumns, i % kColumns);
        m_buttons << button;
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton *button = m_buttons.at(i);
        if (i >= products.size()) {
            button->hide();
            continue;
        }
        const inventory::Product &p = products.at(i);
        const QString price = p.soldByWeight ? tr("%1/kg").arg(p.price.format(locale))
                                             : p.price.format(locale);
        button->setText(button->fontMetrics().elidedText(p.name, Qt::ElideRight, 150) + QLatin1Char('\n') + price);
        button->setToolTip(p.name + QStringLiteral(" · ") + p.sku);
        button->show();
    }
    m_empty->setText(emptyText);
    m_empty->setVisible(products.isEmpty());
}

} // namespace qtill::checkout
