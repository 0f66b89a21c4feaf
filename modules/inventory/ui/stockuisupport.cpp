#include "stockuisupport.h"

#include "inventory/catalog.h"

#include "shell/tablesetup.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace qtill::inventory {

Result<ScanMatch> StockUiSupport::findProduct(const Catalog &catalog, const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return Error::invalidInput(tr("Scan a barcode or type an item code or name."));
    auto match = catalog.lookup(code);
    if (match)
        return match;
    // Not a code: a name or item-code prefix that names one product is fine too.
    auto found = catalog.search(code, 2);
    if (found && found->size() == 1) {
        ScanMatch m;
        m.product = found->constFirst();
        m.code = m.product.sku;
        return m;
    }
    if (found && found->size() > 1)
        return Error::notFound(tr("More than one product matches \"%1\". Scan its barcode or type its item code.")
                                   .arg(code));
    return match.error();
}

Result<Quantity> StockUiSupport::positiveQuantity(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::invalidInput(tr("Enter a quantity."));
    auto q = Quantity::parse(text.trimmed(), QLocale());
    if (!q)
        q = Quantity::parse(text.trimmed(), QLocale::c());
    if (!q)
        return Error::invalidInput(tr("\"%1\" is not a quantity.").arg(text.trimmed()));
    if (q->milli() <= 0)
        return Error::invalidInput(tr("Enter a quantity greater than zero."));
    return *q;
}

QString StockUiSupport::signedQuantity(Quantity q)
{
    const QLocale locale;
    if (q.isNegative())
        return QStringLiteral("\u2212") + Quantity::fromMilli(-q.milli()).toString(locale);
    return QLatin1Char('+') + q.toString(locale);
}

QTableWidgetItem *StockUiSupport::cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    return item;
}

void StockUiSupport::setupTable(QTableWidget *table, int rowHeight)
{
    shell::setupTable(table, rowHeight);
}

void StockUiSupport::makeCompact(QTableWidget *table)
{
    table->setStyleSheet(QStringLiteral("QTableWidget { font-size: 15px; }"
                                        " QTableWidget::item { padding: 0 6px; }"
                                        " QHeaderView::section { font-size: 15px; padding: 8px 6px; }"));
}

QLabel *StockUiSupport::sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setStyleSheet(QStringLiteral("font-weight: 700;"));
    return label;
}

} // namespace qtill::inventory
