#include "reasondialog.h"

#include "shell/theme.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::checkout {

namespace {
constexpr int kMaxReasons = 9;
constexpr int kColumns = 2;
} // namespace

ReasonDialog::ReasonDialog(const QString &question, const QStringList &reasons, QWidget *parent)
    : QDialog(parent), m_reasons(reasons.mid(0, kMaxReasons)), m_other(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(tr("Reason"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    auto *heading = new QLabel(question, this);
    heading->setProperty("heading", true);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    for (int i = 0; i < m_reasons.size(); ++i) {
        auto *button = new QPushButton(QStringLiteral("%1  %2").arg(i + 1).arg(m_reasons.at(i)), this);
        button->setObjectName(QStringLiteral("reason_%1").arg(i));
        button->setProperty("size", QStringLiteral("large"));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumWidth(220);
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        grid->addWidget(button, i / kColumns, i % kColumns);
        m_buttons << button;
    }
    layout->addLayout(grid);

    m_other->setObjectName(QStringLiteral("reasonOther"));
    m_other->setPlaceholderText(tr("Other reason: type it and press Enter"));
    m_other->setMaxLength(80);
    m_other->installEventFilter(this);
    connect(m_other, &QLineEdit::returnPressed, this, &ReasonDialog::acceptTyped);
    layout->addWidget(m_other);

    auto *cancel = new QPushButton(tr("Cancel  Esc"), this);
    cancel->setObjectName(QStringLiteral("reasonCancel"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    m_other->setFocus();
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &question, const QStringList &reasons)
{
    ReasonDialog dialog(question, reasons, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void ReasonDialog::choose(int index)
{
    if (index < 0 || index >= m_reasons.size())
        return;
    m_reason = m_reasons.at(index);
    accept();
}

void ReasonDialog::acceptTyped()
{
    const QString typed = m_other->text().simplified();
    if (typed.isEmpty()) {
        shell::Theme::setProperty(m_other, "invalid", true);
        return;
    }
    m_reason = typed;
    accept();
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Digits pick a reason while nothing is typed (a typed reason may contain digits).
    if (watched == m_other && event->type() == QEvent::KeyPress && m_other->text().isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key >= Qt::Key_1 && key < Qt::Key_1 + m_reasons.size()) {
            choose(key - Qt::Key_1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace qtill::checkout
