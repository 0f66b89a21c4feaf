#include "saleshistorybatchesdialog.h"

#include "inventory/inventoryservices.h"
#include "inventory/productimporter.h"

#include "core/services.h"
#include "shell/actingsession.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

SalesHistoryBatchesDialog::SalesHistoryBatchesDialog(shell::ShellContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_inventory(InventoryServices::of(context.services())),
      m_table(new QTableWidget(this)), m_status(new QLabel(this)), m_takeBack(new QPushButton(tr("Take back"), this))
{
    setObjectName(QStringLiteral("salesHistoryBatchesDialog"));
    setWindowTitle(tr("Imported sales history"));
    resize(880, 520);
    auto *title = new QLabel(tr("Imported sales history"), this);
    title->setProperty("heading", true);
    auto *hint = new QLabel(tr("Each import is one batch. A batch imported by mistake (the wrong file, another shop's "
                               "export) is taken back whole; then the right file can be imported."),
                            this);
    hint->setWordWrap(true);
    hint->setProperty("secondary", true);

    m_table->setObjectName(QStringLiteral("batchesTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("Imported"), tr("Days"), tr("Rows"), tr("File")});
    shell::setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("batchesStatus"));
    m_status->setProperty("secondary", true);

    m_takeBack->setObjectName(QStringLiteral("takeBackButton"));
    m_takeBack->setProperty("kind", QStringLiteral("danger"));
    m_takeBack->setMinimumHeight(48);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setMinimumHeight(48);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeBack);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_takeBack->setEnabled(m_table->currentRow() >= 0 && !m_rows.isEmpty()); });
    connect(m_takeBack, &QPushButton::clicked, this, [this] { takeBackSelected(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

SalesHistoryBatchesDialog::~SalesHistoryBatchesDialog() = default;

void SalesHistoryBatchesDialog::reload()
{
    auto batches = m_inventory.salesHistory().batches(m_context.session());
    if (!batches) {
        m_status->setText(batches.error().message);
        m_rows.clear();
    } else {
        m_rows = *batches;
        m_status->setText(m_rows.isEmpty() ? tr("No sales history has been imported.")
                                           : tr("%n batch(es)", nullptr, int(m_rows.size())));
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const SalesHistoryBatch &b = m_rows.at(r);
        const QStringList cells{b.number, b.importedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                tr("%1 – %2").arg(b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate)),
                                QString::number(b.rows), b.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    m_takeBack->setEnabled(!m_rows.isEmpty());
}

bool SalesHistoryBatchesDialog::takeBackSelected(bool confirmed)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const SalesHistoryBatch batch = m_rows.at(row);
    if (!confirmed
        && QMessageBox::question(this, tr("Take back %1").arg(batch.number),
                                 tr("Remove the %1 rows of batch %2 (%3 to %4, from %5)? Best sellers and reorder "
                                    "suggestions no longer count them. Stock is not changed.")
                                     .arg(batch.rows)
                                     .arg(batch.number, batch.from.toString(Qt::ISODate), batch.to.toString(Qt::ISODate),
                                          batch.source))
               != QMessageBox::Yes)
        return false;
    const std::optional<Session> actor =
        shell::actingSession(m_context, ImportPermissions::kImport, tr("Take back sales history %1").arg(batch.number), this);
    if (!actor)
        return false;
    auto removed = m_inventory.salesHistory().removeBatch(*actor, batch.number);
    if (!removed) {
        m_context.showMessage(removed.error().message, shell::ShellContext::Severity::Error);
        m_status->setText(removed.error().message);
        return false;
    }
    reload();
    const QString done = tr("Batch %1 taken back: %2 rows removed.").arg(batch.number).arg(*removed);
    m_status->setText(done);
    m_context.showMessage(done, shell::ShellContext::Severity::Info);
    return true;
}

QString SalesHistoryBatchesDialog::statusText() const
{
    return m_status->text();
}

} // namespace qtill::inventory
