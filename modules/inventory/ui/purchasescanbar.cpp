#include "purchasescanbar.h"

#include "purchasingsupport.h"

#include "inventory/catalog.h"

#include "shell/icons.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::inventory {

PurchaseScanBar::PurchaseScanBar(shell::ShellContext &context, const Catalog &catalog, bool withCost, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_catalog(catalog),
      m_scan(new QLineEdit(this)),
      m_quantity(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)),
      m_hint(new QLabel(this)),
      m_matches(new QListWidget(this))
{
    setObjectName(QStringLiteral("scanBar"));
    m_scan->setObjectName(QStringLiteral("scanBox"));
    m_scan->setProperty("big", true);
    m_scan->setPlaceholderText(tr("Scan, or type a code or name"));
    m_scan->setClearButtonEnabled(true);
    m_scan->addAction(
        shell::Icons::icon(QStringLiteral("products"), shell::Theme::kTextSecondary), QLineEdit::LeadingPosition);
    m_scan->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setText(QStringLiteral("1"));
    m_quantity->setMaximumWidth(110);
    m_quantity->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_quantity->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_add->setObjectName(QStringLiteral("scanAddButton"));
    m_add->setAutoDefault(false);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->addWidget(purchasingui::fieldLabel(tr("Product"), this), 0, 0);
    grid->addWidget(purchasingui::fieldLabel(tr("Quantity"), this), 0, 1);
    grid->addWidget(m_scan, 1, 0);
    grid->addWidget(m_quantity, 1, 1);
    int column = 2;
    if (withCost) {
        m_cost = new QLineEdit(this);
        m_cost->setObjectName(QStringLiteral("costEdit"));
        m_cost->setPlaceholderText(tr("as ordered"));
        m_cost->setMaximumWidth(150);
        m_cost->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cost->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        grid->addWidget(purchasingui::fieldLabel(tr("Cost per unit (¥)"), this), 0, column);
        grid->addWidget(m_cost, 1, column++);
    }
    grid->addWidget(m_add, 1, column);
    grid->setColumnStretch(0, 1);

    m_hint->setObjectName(QStringLiteral("scanHint"));
    m_hint->setProperty("secondary", true);
    m_hint->setWordWrap(true);
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setMaximumHeight(180);
    m_matches->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_hint);
    layout->addWidget(m_matches);
    setHint(tr("Scan each item, or type its code and press Enter. A case barcode counts the whole case."));

    connect(m_scan, &QLineEdit::returnPressed, this, &PurchaseScanBar::submit);
    connect(m_quantity, &QLineEdit::returnPressed, this, &PurchaseScanBar::submit);
    if (m_cost)
        connect(m_cost, &QLineEdit::returnPressed, this, &PurchaseScanBar::submit);
    connect(m_add, &QPushButton::clicked, this, &PurchaseScanBar::submit);
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        auto product = m_catalog.product(ProductId(item->data(Qt::UserRole).toLongLong()));
        m_matches->setVisible(false);
        if (!product) {
            fail(product.error().message);
            return;
        }
        add(ScanMatch {*product, product->sku, Quantity::units(1), std::nullopt, std::nullopt});
    });
}

void PurchaseScanBar::enter(const QString &text)
{
    m_scan->setText(text);
    submit();
}

void PurchaseScanBar::askSerial(const QString &prompt)
{
    m_serialPrompt = prompt;
    m_quantity->setEnabled(prompt.isEmpty());
    if (m_cost)
        m_cost->setEnabled(prompt.isEmpty());
    m_scan->setPlaceholderText(
        prompt.isEmpty() ? tr("Scan, or type a code or name") : tr("Scan or type the serial number"));
    if (!prompt.isEmpty())
        setHint(prompt);
    m_scan->setFocus();
}

QString PurchaseScanBar::hintText() const
{
    return m_hint->text();
}

void PurchaseScanBar::setHint(const QString &text, bool error)
{
    m_hint->setText(text);
    m_hint->setStyleSheet(error ? QStringLiteral("color: #D92D20; font-weight: 600;") : QString());
}

void PurchaseScanBar::fail(const QString &message)
{
    setHint(message, true);
    m_context.showMessage(message, shell::ShellContext::Severity::Error);
    m_scan->setFocus();
    m_scan->selectAll();
}

void PurchaseScanBar::submit()
{
    const QString text = m_scan->text().trimmed();
    if (isAskingSerial()) {
        if (text.isEmpty()) {
            fail(tr("Scan or type the serial number."));
            return;
        }
        m_scan->clear();
        if (m_onSerial)
            m_onSerial(text);
        return;
    }
    QList<Product> candidates;
    auto match = purchasingui::resolveProduct(m_catalog, text, &candidates);
    m_matches->clear();
    m_matches->setVisible(!candidates.isEmpty());
    for (const Product &p : std::as_const(candidates)) {
        auto *item = new QListWidgetItem(p.sku + QStringLiteral("   ") + p.name, m_matches);
        item->setData(Qt::UserRole, QVariant::fromValue(qlonglong(p.id.value())));
    }
    if (!match) {
        fail(match.error().message);
        return;
    }
    add(*match);
}

void PurchaseScanBar::add(const ScanMatch &match)
{
    const QLocale locale;
    auto quantity = Quantity::parse(m_quantity->text().trimmed(), locale);
    if (!quantity) {
        fail(tr("The quantity \"%1\" is not a number.").arg(m_quantity->text().trimmed()));
        return;
    }
    if (quantity->milli() <= 0) {
        fail(tr("Enter a quantity of more than zero."));
        return;
    }
    if (!match.product.soldByWeight && !quantity->isWhole()) {
        fail(tr("%1 is counted in whole %2: enter a whole number.").arg(match.product.name, match.product.unit));
        return;
    }
    std::optional<Money> cost;
    if (m_cost && !m_cost->text().trimmed().isEmpty()) {
        auto parsed = Money::parse(m_cost->text().trimmed(), locale, m_context.services().storeProfile().currency());
        if (!parsed) {
            fail(parsed.error().message);
            return;
        }
        if (parsed->isNegative()) {
            fail(tr("A cost cannot be negative."));
            return;
        }
        cost = *parsed;
    }
    // A case barcode brings its pack: 2 scans of a case of 24 are 48 units.
    auto packed = quantity->times(match.packQuantity);
    if (!packed) {
        fail(packed.error().message);
        return;
    }
    const Quantity units = *packed;
    m_matches->setVisible(false);
    if (m_onProduct && !m_onProduct(match, units, cost))
        return;
    m_scan->clear();
    m_quantity->setText(QStringLiteral("1"));
    if (m_cost)
        m_cost->clear();
    if (!isAskingSerial()) {
        setHint(tr("Added %1 %2 %3.").arg(units.toString(locale), match.product.unit, match.product.name));
    }
    m_scan->setFocus();
}

} // namespace qtill::inventory
