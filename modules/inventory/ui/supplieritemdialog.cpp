#include "supplieritemdialog.h"

#include "purchasingsupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/supplierservice.h"

#include "shell/actingsession.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::inventory {

SupplierItemDialog::SupplierItemDialog(shell::ShellContext &context, const Supplier &supplier,
                                       const std::optional<SupplierItem> &existing, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_supplier(supplier),
      m_existing(existing),
      m_inventory(InventoryServices::of(context.services())),
      m_product(new QLineEdit(this)),
      m_productName(new QLabel(this)),
      m_code(new QLineEdit(this)),
      m_cost(new QLineEdit(this)),
      m_pack(new QLineEdit(this)),
      m_preferred(new QCheckBox(tr("Preferred: reorder suggestions buy it from this supplier"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("supplierItemDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    setMinimumWidth(680);
    const QString title = existing ? tr("Edit item of %1").arg(supplier.name) : tr("New item from %1").arg(supplier.name);
    setWindowTitle(title);
    auto *heading = new QLabel(title, this);
    heading->setProperty("heading", true);
    heading->setWordWrap(true);

    const QLocale locale;
    m_product->setObjectName(QStringLiteral("supplierItemProductEdit"));
    m_product->setPlaceholderText(tr("Scan a barcode, or type the item code or name, then Enter"));
    m_productName->setObjectName(QStringLiteral("supplierItemProductName"));
    m_productName->setProperty("secondary", true);
    m_productName->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("supplierItemCodeEdit"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("Their code on the delivery note"));
    m_cost->setObjectName(QStringLiteral("supplierItemCostEdit"));
    m_cost->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_cost->setPlaceholderText(tr("per selling unit, e.g. 2.50"));
    m_pack->setObjectName(QStringLiteral("supplierItemPackEdit"));
    m_pack->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_pack->setText(QStringLiteral("1"));
    m_preferred->setObjectName(QStringLiteral("supplierItemPreferredCheck"));
    if (existing) {
        const Product p = m_inventory.catalog().product(existing->product).valueOr(Product {});
        m_chosen = existing->product;
        m_product->setText(p.sku);
        m_product->setEnabled(false);
        m_productName->setText(p.name);
        m_code->setText(existing->supplierCode);
        m_cost->setText(existing->lastCost.toPlainString());
        m_pack->setText(existing->packSize.toString(locale));
        m_preferred->setChecked(existing->preferred);
    } else {
        m_productName->setText(tr("No product chosen yet."));
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->addRow(purchasingui::fieldLabel(tr("Product"), this), m_product);
    form->addRow(QString(), m_productName);
    form->addRow(purchasingui::fieldLabel(tr("Their code"), this), m_code);
    form->addRow(purchasingui::fieldLabel(tr("Last cost (¥)"), this), m_cost);
    form->addRow(purchasingui::fieldLabel(tr("Units per pack"), this), m_pack);
    form->addRow(QString(), m_preferred);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    QPushButton *ok = nullptr;
    QHBoxLayout *buttons = purchasingui::saveCancelButtons(this, &ok);
    connect(ok, &QPushButton::clicked, this, &SupplierItemDialog::save);
    connect(m_product, &QLineEdit::returnPressed, this, [this] {
        if (findProduct())
            m_code->setFocus();
    });
    connect(m_product, &QLineEdit::textEdited, this, [this] { m_chosen = ProductId(); });
    for (QLineEdit *edit : {m_code, m_cost, m_pack})
        connect(edit, &QLineEdit::textEdited, this, [this] { showError({}); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

SupplierItemDialog::~SupplierItemDialog() = default;

QString SupplierItemDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SupplierItemDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SupplierItemDialog::findProduct()
{
    if (m_chosen.isValid())
        return true;
    const QString typed = m_product->text().trimmed();
    if (typed.isEmpty()) {
        showError(tr("Scan or type the product first."));
        return false;
    }
    QList<Product> candidates;
    auto match = purchasingui::resolveProduct(m_inventory.catalog(), typed, &candidates);
    if (!match) {
        QString message = match.error().message;
        if (!candidates.isEmpty()) {
            QStringList names;
            for (const Product &p : std::as_const(candidates))
                names << p.sku + QLatin1Char(' ') + p.name;
            message += QLatin1Char('\n') + names.join(QStringLiteral(" · "));
        }
        m_productName->setText(tr("No product chosen yet."));
        showError(message);
        return false;
    }
    m_chosen = match->product.id;
    m_product->setText(match->product.sku);
    m_productName->setText(match->product.name + QStringLiteral(" · ") + match->product.unit);
    showError({});
    // A case barcode suggests the pack it counts.
    if (!m_existing && match->packQuantity > Quantity::units(1))
        m_pack->setText(match->packQuantity.toString(QLocale()));
    return true;
}

void SupplierItemDialog::save()
{
    showError({});
    if (!findProduct())
        return;
    const QLocale locale;
    SupplierItem item;
    item.supplier = m_supplier.id;
    item.product = m_chosen;
    item.supplierCode = m_code->text().trimmed();
    const QString costText = m_cost->text().trimmed();
    if (costText.isEmpty()) {
        auto product = m_inventory.catalog().product(m_chosen);
        if (!product) {
            showError(product.error().message);
            return;
        }
        item.lastCost = product->cost;
    } else {
        const Currency currency = m_context.services().storeProfile().currency();
        auto cost = Money::parse(costText, locale, currency);
        if (!cost)
            cost = Money::parse(costText, QLocale::c(), currency);
        if (!cost || cost->isNegative()) {
            showError(tr("\"%1\" is not a cost. Write it like 2.50 (yuan per selling unit).").arg(costText));
            return;
        }
        item.lastCost = *cost;
    }
    auto pack = Quantity::parse(m_pack->text().trimmed(), locale);
    if (!pack)
        pack = Quantity::parse(m_pack->text().trimmed(), QLocale::c());
    if (!pack || pack->milli() <= 0) {
        showError(tr("Units per pack must be a number above zero, e.g. 24 for a case of 24."));
        return;
    }
    item.packSize = *pack;
    item.preferred = m_preferred->isChecked();
    if (!m_existing) {
        for (const SupplierItem &known : m_inventory.suppliers().items(m_supplier.id).valueOr({})) {
            if (known.product == item.product) {
                showError(tr("%1 supplies this product already: edit that line instead.").arg(m_supplier.name));
                return;
            }
        }
    }
    const std::optional<Session> actor = shell::actingSession(
        m_context, PurchasingPermissions::kOrder, tr("Change what %1 supplies").arg(m_supplier.name), this);
    if (!actor) {
        showError(tr("Not saved: the change was not authorised."));
        return;
    }
    if (Status done = m_inventory.suppliers().setItem(*actor, item); !done) {
        showError(done.error().message);
        return;
    }
    m_context.showMessage(tr("%1 saved for %2.").arg(m_productName->text().section(QStringLiteral(" · "), 0, 0), m_supplier.name));
    Q_EMIT saved(item.product);
    accept();
}

} // namespace qtill::inventory
