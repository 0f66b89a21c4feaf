#include "lowstockcard.h"

#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/quantity.h"
#include "core/services.h"
#include "shell/shellcontext.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::inventory {

LowStockCard::LowStockCard(shell::ShellContext &context, QWidget *parent)
    : shell::Card(parent), m_summary(new QLabel(this)), m_list(new QLabel(this)), m_open(new QPushButton(this))
{
    auto *title = new QLabel(tr("Stock alerts"), this);
    title->setProperty("heading", true);
    m_summary->setObjectName(QStringLiteral("lowStockSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("lowStockList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_open->setObjectName(QStringLiteral("lowStockOpen"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 22);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addSpacing(6);
    layout->addWidget(m_open);

    auto low = InventoryServices::of(context.services()).ledger().lowStock(kCountLimit + 1);
    if (!low) {
        m_summary->setText(low.error().message);
        m_summary->setProperty("chip", QStringLiteral("warning"));
        m_list->hide();
        m_open->hide();
        return;
    }
    m_count = int(std::min<qsizetype>(low->size(), kCountLimit));
    if (low->isEmpty()) {
        m_summary->setText(tr("Every product is above its safety stock."));
        m_summary->setProperty("chip", QStringLiteral("ok"));
        m_list->hide();
        m_open->hide();
        return;
    }
    const QString count = low->size() > kCountLimit ? QStringLiteral("%1+").arg(kCountLimit) : QString::number(low->size());
    m_summary->setText(tr("%1 product(s) below safety stock").arg(count));
    m_summary->setProperty("chip", QStringLiteral("warning"));
    const QLocale locale;
    QString rows;
    for (qsizetype i = 0; i < std::min<qsizetype>(kShown, low->size()); ++i) {
        const LowStockItem &item = low->at(i);
        rows += QStringLiteral("<tr><td style='padding:2px 12px 2px 0'>%1</td>"
                               "<td align='right' style='color:%4; white-space:nowrap'>%2 / %3</td></tr>")
                    .arg(item.name.toHtmlEscaped(), item.onHand.toString(locale), item.safetyStock.toString(locale),
                         item.onHand.milli() <= 0 ? QStringLiteral("#D92D20") : QStringLiteral("#B54708"));
    }
    m_list->setText(QStringLiteral("<table width='100%'>") + rows + QStringLiteral("</table>"));
    m_list->setToolTip(tr("On hand / safety stock, all locations"));

    // To the screen that orders them: the reorder suggestions when installed, else the products.
    QString target;
    for (const shell::ScreenDescriptor &screen : context.availableScreens()) {
        if (screen.id == QLatin1String("inventory.reorder") || (target.isEmpty() && screen.id == QLatin1String("inventory.products")))
            target = screen.id;
    }
    m_open->setText(target == QLatin1String("inventory.reorder") ? tr("Reorder…") : tr("Show products"));
    m_open->setVisible(!target.isEmpty());
    connect(m_open, &QPushButton::clicked, this, [&context, target] { context.openScreen(target); });
}

QString LowStockCard::text() const
{
    return m_summary->text() + QLatin1Char('\n') + m_list->text();
}

} // namespace qtill::inventory
