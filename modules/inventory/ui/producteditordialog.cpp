#include "producteditordialog.h"

#include "inventory/barcode.h"
#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/productservice.h"
#include "inventory/supplierservice.h"

#include "shell/theme.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace qtill::inventory {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    return form;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, field->parentWidget());
    text->setProperty("secondary", true);
    text->setBuddy(field);
    form->addRow(text, field);
}

/// Selects the item whose data is `value` (the first when none has it).
void selectData(QComboBox *box, const QVariant &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

void markInvalid(QWidget *field, bool invalid)
{
    shell::Theme::setProperty(field, "invalid", invalid);
}

} // namespace

ProductEditorDialog::ProductEditorDialog(Services &services, const Session &actor, ProductId existing, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_existing(existing),
      m_inventory(InventoryServices::of(services)),
      m_heading(new QLabel(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_ok(new QPushButton(tr("Save"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("productEditor"));
    setWindowTitle(isNew() ? tr("New product") : tr("Edit product"));
    setModal(true);
    setMinimumSize(1120, 740);

    m_heading->setProperty("heading", true);
    m_hint->setProperty("secondary", true);
    m_hint->setWordWrap(true);

    auto *columns = new QWidget(this);
    auto *columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 0, 8, 0);
    columnsLayout->setSpacing(32);
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(buildProductSection());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(buildPricesSection());
    right->addWidget(buildCodesSection());
    right->addStretch(1);
    columnsLayout->addLayout(left, 1);
    columnsLayout->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columns);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_ok->setObjectName(QStringLiteral("dialogOk"));
    m_cancel->setObjectName(QStringLiteral("dialogCancel"));
    shell::Theme::setKind(m_ok, QStringLiteral("primary"));
    m_ok->setMinimumWidth(150);
    m_cancel->setMinimumWidth(130);
    m_ok->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &ProductEditorDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    Status loaded = loadChoices();
    if (loaded)
        loaded = loadProduct();
    m_loaded = loaded.ok();
    if (!loaded) {
        showError(loaded.error().message);
        m_ok->setEnabled(false);
    }
}

ProductEditorDialog::~ProductEditorDialog() = default;

QWidget *ProductEditorDialog::buildProductSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionHeading(tr("Product"), box));
    auto *form = newForm();

    m_sku = new QLineEdit(box);
    m_sku->setObjectName(QStringLiteral("skuEdit"));
    m_sku->setPlaceholderText(tr("The shop's own item code, e.g. 140031"));
    m_sku->setMaxLength(int(Barcode::kMaxInternalLength));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As printed on the receipt, e.g. 可乐 330ml"));
    m_name->setMaxLength(int(ProductService::kMaxNameLength));
    m_nameEn = new QLineEdit(box);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_nameEn->setPlaceholderText(tr("Optional"));
    m_nameEn->setMaxLength(int(ProductService::kMaxNameLength));
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("categoryBox"));
    m_department = new QComboBox(box);
    m_department->setObjectName(QStringLiteral("departmentBox"));
    m_brand = new QComboBox(box);
    m_brand->setObjectName(QStringLiteral("brandBox"));
    m_unit = new QComboBox(box);
    m_unit->setObjectName(QStringLiteral("unitBox"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    for (const char *unit : {"件", "个", "瓶", "罐", "袋", "盒", "包", "支", "条", "箱", "kg"})
        m_unit->addItem(QString::fromUtf8(unit));
    m_weighed = new QCheckBox(tr("Sold by weight (price per kg, weight from the scale)"), box);
    m_weighed->setObjectName(QStringLiteral("weighedCheck"));
    connect(m_weighed, &QCheckBox::toggled, this, [this](bool weighed) {
        if (weighed && m_unit->currentText().trimmed().isEmpty())
            m_unit->setCurrentText(QStringLiteral("kg"));
        if (weighed)
            m_serial->setChecked(false);
    });
    m_serial = new QCheckBox(tr("Serial numbers (taken at receipt and sale)"), box);
    m_serial->setObjectName(QStringLiteral("serialCheck"));
    m_listed = new QCheckBox(tr("Listed: can be sold (上架)"), box);
    m_listed->setObjectName(QStringLiteral("listedCheck"));
    m_listed->setChecked(true);

    for (QComboBox *choice : {m_category, m_department, m_brand, m_unit})
        choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addRow(form, tr("Item code"), m_sku);
    addRow(form, tr("Name"), m_name);
    addRow(form, tr("English name"), m_nameEn);
    addRow(form, tr("Category"), m_category);
    addRow(form, tr("Department"), m_department);
    addRow(form, tr("Brand"), m_brand);
    addRow(form, tr("Unit"), m_unit);
    layout->addLayout(form);
    layout->addWidget(m_weighed);
    layout->addWidget(m_serial);
    return box;
}

QWidget *ProductEditorDialog::buildPricesSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionHeading(tr("Price and stock"), box));
    auto *form = newForm();
    auto moneyEdit = [box](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        return edit;
    };
    m_price = moneyEdit("priceEdit", tr("Yuan, e.g. 3.50"));
    m_memberPrice = moneyEdit("memberPriceEdit", tr("None"));
    m_safety = moneyEdit("safetyEdit", tr("No alert"));
    m_max = moneyEdit("maxEdit", tr("Not set"));
    m_tax = new QComboBox(box);
    m_tax->setObjectName(QStringLiteral("taxBox"));
    m_tax->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    // Price and member price side by side, the two stock levels side by side.
    auto pair = [box](QWidget *a, QWidget *b) {
        auto *row = new QWidget(box);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(10);
        h->addWidget(a, 1);
        auto *label = new QLabel(b->property("pairLabel").toString(), row);
        label->setProperty("secondary", true);
        h->addWidget(label);
        h->addWidget(b, 1);
        return row;
    };
    m_memberPrice->setProperty("pairLabel", tr("Member"));
    m_max->setProperty("pairLabel", tr("Max"));
    addRow(form, tr("Retail price ¥"), pair(m_price, m_memberPrice));
    addRow(form, tr("Tax class"), m_tax);
    addRow(form, tr("Safety stock"), pair(m_safety, m_max));
    layout->addLayout(form);
    layout->addWidget(m_listed); // built with the product section
    return box;
}

QWidget *ProductEditorDialog::buildCodesSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionHeading(tr("Barcodes and PLUs"), box));

    m_codes = new QTableWidget(0, 2, box);
    m_codes->setObjectName(QStringLiteral("codesTable"));
    m_codes->setHorizontalHeaderLabels({tr("Code"), tr("What one scan is")});
    m_codes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_codes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_codes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_codes->setShowGrid(false);
    m_codes->verticalHeader()->setVisible(false);
    m_codes->verticalHeader()->setDefaultSectionSize(44);
    m_codes->horizontalHeader()->setStretchLastSection(true);
    m_codes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_codes->horizontalHeader()->setHighlightSections(false);
    m_codes->setMinimumHeight(130);
    m_codes->setMaximumHeight(170);
    layout->addWidget(m_codes);

    m_codeEdit = new QLineEdit(box);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setPlaceholderText(tr("Barcode or PLU"));
    m_codeEdit->setMinimumWidth(190);
    m_codeEdit->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_packEdit = new QLineEdit(QStringLiteral("1"), box);
    m_packEdit->setObjectName(QStringLiteral("packEdit"));
    m_packEdit->setToolTip(tr("Units one scan of this code means: 1 for the item, 24 for a case of 24"));
    m_packEdit->setMaximumWidth(64);
    m_packEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_addCode = new QPushButton(tr("Add"), box);
    m_addCode->setObjectName(QStringLiteral("addCodeButton"));
    m_addCode->setAutoDefault(false);
    m_removeCode = new QPushButton(tr("Remove"), box);
    m_removeCode->setObjectName(QStringLiteral("removeCodeButton"));
    m_removeCode->setAutoDefault(false);
    shell::Theme::setKind(m_removeCode, QStringLiteral("danger"));
    auto *packLabel = new QLabel(tr("×"), box);
    packLabel->setToolTip(m_packEdit->toolTip());
    packLabel->setProperty("secondary", true);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->setSpacing(8);
    addRowLayout->addWidget(m_codeEdit, 1);
    addRowLayout->addWidget(packLabel);
    addRowLayout->addWidget(m_packEdit);
    addRowLayout->addWidget(m_addCode);
    addRowLayout->addWidget(m_removeCode);
    layout->addLayout(addRowLayout);
    connect(m_addCode, &QPushButton::clicked, this, [this] { (void)addCode(); }); // a refusal is shown in the error line
    connect(m_codeEdit, &QLineEdit::returnPressed, this, [this] { (void)addCode(); }); // a scanner ends with Enter
    connect(m_codeEdit, &QLineEdit::textEdited, this, [this] { markInvalid(m_codeEdit, false); });
    connect(m_removeCode, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_codes->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeCode(rows.first().row());
    });

    layout->addSpacing(6);
    layout->addWidget(sectionHeading(tr("Suppliers"), box));
    m_suppliers = new QLabel(box);
    m_suppliers->setObjectName(QStringLiteral("suppliersText"));
    m_suppliers->setWordWrap(true);
    m_suppliers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_suppliers);
    return box;
}

Status ProductEditorDialog::loadChoices()
{
    auto categories = m_inventory.catalog().categories();
    if (!categories)
        return categories.error();
    // Categories as a tree: each one under its parent, indented.
    std::function<void(CategoryId, int)> addLevel = [&](CategoryId parent, int depth) {
        for (const Category &c : std::as_const(*categories)) {
            if (c.parentId != parent)
                continue;
            m_category->addItem(QString(depth * 4, QLatin1Char(' ')) + c.name, QVariant::fromValue(c.id.value()));
            addLevel(c.id, depth + 1);
        }
    };
    m_category->addItem(tr("Choose a category"), QVariant::fromValue(qint64(0)));
    addLevel(CategoryId(), 0);

    auto departments = m_inventory.catalog().departments();
    if (!departments)
        return departments.error();
    m_department->addItem(tr("None"), QVariant::fromValue(qint64(0)));
    for (const Department &d : std::as_const(*departments))
        m_department->addItem(d.name, QVariant::fromValue(d.id.value()));
    auto brands = m_inventory.catalog().brands();
    if (!brands)
        return brands.error();
    m_brand->addItem(tr("None"), QVariant::fromValue(qint64(0)));
    for (const Brand &b : std::as_const(*brands))
        m_brand->addItem(b.name, QVariant::fromValue(b.id.value()));

    auto taxes = m_services.taxClasses().list();
    if (!taxes)
        return taxes.error();
    for (const TaxClass &t : std::as_const(*taxes))
        m_tax->addItem(t.name.contains(t.rateText()) ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.rateText()), t.code);
    if (auto standard = m_services.taxClasses().defaultClass())
        selectData(m_tax, standard->code);
    return {};
}

Status ProductEditorDialog::loadProduct()
{
    const QLocale locale;
    if (isNew()) {
        m_heading->setText(tr("New product"));
        m_hint->setText(tr("Fill in the item code, name, category and price; add its barcode by scanning it into the "
                           "code field. A new product is listed at once."));
        m_listed->setVisible(false);
        m_unit->setCurrentIndex(0);
        m_suppliers->setText(tr("Suppliers are linked on the Purchasing screen once the product exists."));
        m_original.taxClass = m_tax->currentData().toString();
        showCodes();
        return {};
    }
    auto product = m_inventory.catalog().product(m_existing);
    if (!product)
        return product.error();
    auto codes = m_inventory.catalog().productBarcodes(m_existing);
    if (!codes)
        return codes.error();
    m_original = *product;
    const Product &p = *product;
    m_heading->setText(tr("Edit %1").arg(p.name));
    m_hint->setText(tr("Item code %1. Changes are saved together when you press Save; the cost is kept by purchasing.")
                        .arg(p.sku));
    m_sku->setText(p.sku);
    m_name->setText(p.name);
    m_nameEn->setText(p.nameEn);
    selectData(m_category, QVariant::fromValue(p.categoryId.value()));
    selectData(m_department, QVariant::fromValue(p.departmentId.value()));
    selectData(m_brand, QVariant::fromValue(p.brandId.value()));
    m_unit->setCurrentText(p.unit);
    m_weighed->setChecked(p.soldByWeight);
    m_serial->setChecked(p.serialTracked);
    m_price->setText(p.price.format(locale, Money::Symbol::Without));
    m_memberPrice->setText(p.memberPrice ? p.memberPrice->format(locale, Money::Symbol::Without) : QString());
    if (m_tax->findData(p.taxClass) < 0)
        m_tax->addItem(p.taxClass, p.taxClass); // a class no longer in the list: keep it visible
    selectData(m_tax, p.taxClass);
    m_safety->setText(p.safetyStock.isZero() ? QString() : p.safetyStock.toString(locale));
    m_max->setText(p.maxStock.isZero() ? QString() : p.maxStock.toString(locale));
    m_listed->setChecked(p.isListed());
    m_shownCodes = *codes;
    showCodes();

    QStringList lines;
    auto items = m_inventory.suppliers().suppliersOf(m_existing);
    if (items) {
        for (const SupplierItem &item : std::as_const(*items)) {
            auto supplier = m_inventory.suppliers().supplier(item.supplier);
            const QString name = supplier ? supplier->name : QString::number(item.supplier.value());
            QString line = item.supplierCode.isEmpty() ? name : tr("%1 — their item code %2").arg(name, item.supplierCode);
            line += tr(", last cost %1").arg(item.lastCost.format(locale));
            if (item.preferred)
                line += tr(" (preferred)");
            lines << line;
        }
    }
    m_suppliers->setText(lines.isEmpty() ? tr("No supplier yet. Link suppliers on the Purchasing screen.")
                                         : lines.join(QLatin1Char('\n')));
    return {};
}

QString ProductEditorDialog::kindText(const ProductBarcode &code) const
{
    const QLocale locale;
    if (code.packQuantity > Quantity::units(1))
        return tr("Case of %1").arg(code.packQuantity.toString(locale));
    if (code.type == BarcodeType::kPlu)
        return tr("PLU (weighed or loose goods)");
    if (code.type == BarcodeType::kInternal)
        return tr("Store code");
    return tr("One item");
}

void ProductEditorDialog::showCodes()
{
    m_codes->setRowCount(int(m_shownCodes.size()));
    for (int row = 0; row < m_shownCodes.size(); ++row) {
        const ProductBarcode &code = m_shownCodes.at(row);
        m_codes->setItem(row, 0, new QTableWidgetItem(code.code));
        m_codes->setItem(row, 1, new QTableWidgetItem(kindText(code)));
    }
    m_removeCode->setEnabled(!m_shownCodes.isEmpty());
}

QStringList ProductEditorDialog::codes() const
{
    QStringList list;
    for (const ProductBarcode &code : m_shownCodes)
        list << code.code;
    return list;
}

Status ProductEditorDialog::addCode()
{
    const QString text = m_codeEdit->text().trimmed();
    auto fail = [this](const QString &message) -> Status {
        markInvalid(m_codeEdit, true);
        showError(message);
        m_codeEdit->setFocus();
        m_codeEdit->selectAll();
        return Error::invalidInput(message);
    };
    if (text.isEmpty())
        return fail(tr("Scan or type the code to add."));
    // A maker's barcode with a wrong last digit: say which digit would be right, a typo is likely.
    const qsizetype length = text.size();
    if (Barcode::isAllDigits(text) && (length == 12 || length == 13 || length == 14 || length == 8)
        && !Barcode::hasValidCheckDigit(text) && !(length == 8 && Barcode::isValidUpcE(text))) {
        const int right = Barcode::checkDigit(QStringView(text).left(length - 1));
        return fail(tr("%1 is not a valid barcode: its check digit (the last digit) should be %2. Check the number "
                       "under the bars and type it again.")
                        .arg(text)
                        .arg(right));
    }
    auto pack = Quantity::parse(m_packEdit->text().trimmed().isEmpty() ? QStringLiteral("1") : m_packEdit->text().trimmed(),
                                QLocale());
    if (!pack || pack->milli() <= 0 || pack->milli() % Quantity::kScale != 0) {
        markInvalid(m_packEdit, true);
        return fail(tr("The pack quantity is how many units one scan means: a whole number, 1 or more."));
    }
    markInvalid(m_packEdit, false);
    for (const ProductBarcode &shown : std::as_const(m_shownCodes)) {
        if (shown.code == text)
            return fail(tr("The code %1 is in the list already.").arg(text));
    }
    if (m_removedCodes.contains(text)) {
        // Taken away and added again: keep the stored one.
        m_removedCodes.removeAll(text);
        auto stored = m_inventory.catalog().productBarcodes(m_existing);
        for (const ProductBarcode &code : stored.valueOr({})) {
            if (code.code == text)
                m_shownCodes << code;
        }
    } else {
        auto checked = m_inventory.products().validateBarcode(ProductBarcode{text, {}, *pack}, m_existing);
        if (!checked)
            return fail(checked.error().message);
        m_addedCodes << *checked;
        m_shownCodes << *checked;
    }
    showCodes();
    markInvalid(m_codeEdit, false);
    showError({});
    m_codeEdit->clear();
    m_packEdit->setText(QStringLiteral("1"));
    return {};
}

void ProductEditorDialog::removeCode(int row)
{
    if (row < 0 || row >= m_shownCodes.size())
        return;
    const ProductBarcode code = m_shownCodes.takeAt(row);
    bool pending = false;
    for (qsizetype i = 0; i < m_addedCodes.size(); ++i) {
        if (m_addedCodes.at(i).code == code.code) {
            m_addedCodes.removeAt(i);
            pending = true;
            break;
        }
    }
    if (!pending)
        m_removedCodes << code.code;
    showCodes();
}

Result<Product> ProductEditorDialog::readFields() const
{
    const QLocale locale;
    const Currency currency = m_services.storeProfile().currency();
    Product p = m_original;
    p.id = m_existing;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.categoryId = CategoryId(m_category->currentData().toLongLong());
    p.departmentId = DepartmentId(m_department->currentData().toLongLong());
    p.brandId = BrandId(m_brand->currentData().toLongLong());
    p.unit = m_unit->currentText().trimmed();
    p.soldByWeight = m_weighed->isChecked();
    p.serialTracked = m_serial->isChecked();
    p.taxClass = m_tax->currentData().toString();
    if (!p.categoryId.isValid())
        return Error::invalidInput(tr("Choose a category for the product."));
    if (m_price->text().trimmed().isEmpty())
        return Error::invalidInput(tr("Type the retail price in yuan, e.g. 3.50."));
    auto price = Money::parse(m_price->text(), locale, currency);
    if (!price)
        return Error::invalidInput(tr("Retail price: %1").arg(price.error().message));
    p.price = *price;
    p.memberPrice.reset();
    if (!m_memberPrice->text().trimmed().isEmpty()) {
        auto member = Money::parse(m_memberPrice->text(), locale, currency);
        if (!member)
            return Error::invalidInput(tr("Member price: %1").arg(member.error().message));
        p.memberPrice = *member;
    }
    auto quantity = [&](QLineEdit *edit, const QString &what) -> Result<Quantity> {
        if (edit->text().trimmed().isEmpty())
            return Quantity();
        auto q = Quantity::parse(edit->text().trimmed(), locale);
        if (!q)
            return Error::invalidInput(tr("%1: %2").arg(what, q.error().message));
        return *q;
    };
    auto safety = quantity(m_safety, tr("Safety stock"));
    if (!safety)
        return safety.error();
    auto max = quantity(m_max, tr("Maximum stock"));
    if (!max)
        return max.error();
    p.safetyStock = *safety;
    p.maxStock = *max;
    return p;
}

Status ProductEditorDialog::save()
{
    auto fields = readFields();
    if (!fields)
        return fields.error();
    if (!m_codeEdit->text().trimmed().isEmpty()) {
        // A code typed but not added yet: add it rather than lose it.
        if (Status added = addCode(); !added)
            return added;
    }
    if (isNew()) {
        auto created = m_inventory.products().create(m_actor, *fields, m_addedCodes);
        if (!created)
            return created.error();
        m_savedId = *created;
    } else {
        ProductEdit edit;
        edit.product = *fields;
        edit.removedCodes = m_removedCodes;
        edit.addedCodes = m_addedCodes;
        edit.status = m_listed->isChecked() ? ProductStatus::Listed : ProductStatus::Delisted;
        if (Status saved = m_inventory.products().saveEdit(m_actor, edit); !saved)
            return saved;
        m_savedId = m_existing;
    }
    m_savedName = fields->name;
    return {};
}

void ProductEditorDialog::submit()
{
    if (!m_loaded)
        return;
    if (Status saved = save(); !saved) {
        showError(saved.error().message);
        return;
    }
    showError({});
    accept();
}

void ProductEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ProductEditorDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString ProductEditorDialog::suppliersText() const
{
    return m_suppliers->text();
}

} // namespace qtill::inventory
