#include "purchasingsupport.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/supplierservice.h"

#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/authorizer.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace qtill::inventory::purchasingui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::PurchasingScreen", text);
}

} // namespace

void setupTable(QTableWidget *table, const QStringList &headers, int rowHeight)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    shell::setupTable(table, rowHeight);
    // The purchasing tables size their columns themselves and allow narrower ones.
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setMinimumSectionSize(64);
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    return item;
}

Result<ScanMatch> resolveProduct(const Catalog &catalog, const QString &text, QList<Product> *candidates)
{
    const QString code = text.trimmed();
    if (candidates)
        candidates->clear();
    if (code.isEmpty())
        return Error::invalidInput(tr("Scan a barcode or type an item code or name."));
    auto scanned = catalog.lookup(code);
    if (scanned)
        return scanned;
    if (scanned.error().code != Error::Code::NotFound && scanned.error().code != Error::Code::InvalidInput)
        return scanned.error();
    if (auto bySku = catalog.productBySku(code))
        return ScanMatch {*bySku, code, Quantity::units(1), std::nullopt, std::nullopt};
    bool digitsOnly = true;
    for (QChar c : code)
        digitsOnly = digitsOnly && c.isDigit();
    if (!digitsOnly) {
        auto found = catalog.search(code, 8);
        if (!found)
            return found.error();
        if (found->size() == 1)
            return ScanMatch {found->first(), found->first().sku, Quantity::units(1), std::nullopt, std::nullopt};
        if (found->size() > 1) {
            if (candidates)
                *candidates = *found;
            return Error::notFound(
                tr("Several products match \"%1\": choose one below or scan its barcode.").arg(code));
        }
    }
    // The catalog's own message says what was wrong with a barcode (check digit, unknown code).
    if (digitsOnly && code.size() >= 8)
        return scanned.error();
    return Error::notFound(tr("No product has the barcode or item code \"%1\".").arg(code));
}

void fillSuppliers(shell::ShellContext &context, QComboBox *combo, bool all)
{
    const QVariant chosen = combo->currentData();
    auto list = InventoryServices::of(context.services()).suppliers().list(!all);
    if (!list) {
        context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    combo->clear();
    for (const Supplier &s : std::as_const(*list))
        combo->addItem(s.code + QStringLiteral("  ") + s.name, QVariant::fromValue(qlonglong(s.id.value())));
    const int again = combo->findData(chosen);
    if (again >= 0)
        combo->setCurrentIndex(again);
}

void fillLocations(shell::ShellContext &context, QComboBox *combo)
{
    const QVariant chosen = combo->currentData();
    auto list = InventoryServices::of(context.services()).ledger().stockLocations();
    if (!list) {
        context.showMessage(list.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    combo->clear();
    for (const StockLocation &l : std::as_const(*list)) {
        if (l.active)
            combo->addItem(l.location.name, QVariant::fromValue(qlonglong(l.location.id.value())));
    }
    const int again = combo->findData(chosen);
    if (again >= 0)
        combo->setCurrentIndex(again);
}

QString totalText(shell::ShellContext &context, const Result<Money> &total, const QLocale &locale)
{
    if (total)
        return total->format(locale);
    context.showMessage(total.error().message, shell::ShellContext::Severity::Error);
    return QStringLiteral("—");
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

QHBoxLayout *saveCancelButtons(QDialog *dialog, QPushButton **ok)
{
    auto *save = new QPushButton(QCoreApplication::translate("qtill::inventory::SupplierDialog", "Save"), dialog);
    save->setObjectName(QStringLiteral("dialogOk"));
    shell::Theme::setKind(save, QStringLiteral("primary"));
    save->setMinimumWidth(150);
    save->setAutoDefault(false);
    auto *cancel = new QPushButton(QCoreApplication::translate("qtill::inventory::SupplierDialog", "Cancel"), dialog);
    cancel->setObjectName(QStringLiteral("dialogCancel"));
    cancel->setMinimumWidth(130);
    cancel->setAutoDefault(false);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    *ok = save;
    return buttons;
}

} // namespace qtill::inventory::purchasingui
