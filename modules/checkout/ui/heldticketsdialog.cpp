#include "heldticketsdialog.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::checkout {

HeldTicketsDialog::HeldTicketsDialog(const QList<SavedCart> &held, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_held(held), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("heldTicketsDialog"));
    setWindowTitle(tr("Recall a ticket"));
    setModal(true);
    resize(620, 460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    auto *heading = new QLabel(tr("Held tickets: pick one to continue it"), this);
    heading->setProperty("heading", true);
    layout->addWidget(heading);

    m_list->setObjectName(QStringLiteral("heldTickets"));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 64px; font-size: 19px; }"));
    for (const SavedCart &ticket : m_held)
        m_list->addItem(rowText(ticket, now));
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel  Esc"), this);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *recall = new QPushButton(tr("Recall  Enter"), this);
    recall->setObjectName(QStringLiteral("heldRecall"));
    recall->setProperty("kind", QStringLiteral("primary"));
    recall->setAutoDefault(false);
    connect(recall, &QPushButton::clicked, this, [this] { choose(m_list->currentRow()); });
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(recall);
    layout->addLayout(buttons);
    m_list->setFocus();
}

std::optional<QString> HeldTicketsDialog::pick(QWidget *parent, const QList<SavedCart> &held, const QDateTime &now)
{
    HeldTicketsDialog dialog(held, now, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenUuid();
}

void HeldTicketsDialog::choose(int row)
{
    if (row < 0 || row >= m_held.size())
        return;
    m_chosen = m_held.at(row).uuid;
    accept();
}

QString HeldTicketsDialog::rowText(const SavedCart &ticket, const QDateTime &now)
{
    const QLocale locale;
    auto totals = ticket.cart.totals();
    const QString total = totals ? totals->total.format(locale) : QStringLiteral("?");
    const qint64 minutes = std::max<qint64>(0, ticket.updatedAt.secsTo(now) / 60);
    const QString label = ticket.label.isEmpty() ? tr("(no name)") : ticket.label;
    const QString age = minutes < 1 ? tr("just now") : tr("%n min ago", nullptr, int(minutes));
    return tr("%1 · %n line(s) · %2 · %3", nullptr, int(ticket.cart.lines().size())).arg(label, total, age);
}

} // namespace qtill::checkout
