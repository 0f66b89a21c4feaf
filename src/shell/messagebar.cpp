#include "messagebar.h"

#include "icons.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace qtill::shell {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16, 8, 8, 8);
    row->setSpacing(12);
    m_icon->setFixedSize(26, 26);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(Icons::icon(QStringLiteral("close"), QColor(0x47, 0x54, 0x67)));
    m_close->setIconSize(QSize(22, 22));
    m_close->setFixedSize(48, 48);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setFocusPolicy(Qt::TabFocus);
    row->addWidget(m_icon, 0, Qt::AlignVCenter);
    row->addWidget(m_text, 1);
    row->addWidget(m_close, 0, Qt::AlignVCenter);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QPushButton::clicked, this, &MessageBar::dismiss);
    setVisible(false);
}

void MessageBar::showMessage(const QString &text, Severity severity)
{
    switch (severity) {
    case Severity::Info:
        present(text, QStringLiteral("info"), QStringLiteral("info"), Theme::kAccent, m_autoHideMs);
        break;
    case Severity::Warning:
        present(text, QStringLiteral("warning"), QStringLiteral("warning"), Theme::kWarning, 2 * m_autoHideMs);
        break;
    case Severity::Error:
        present(text, QStringLiteral("error"), QStringLiteral("error"), Theme::kDanger, 0);
        break;
    }
}

void MessageBar::showMessage(const QString &text, Severity severity, const QList<Action> &actions)
{
    showMessage(text, severity);
    if (actions.isEmpty())
        return;
    m_timer->stop(); // a question stays until it is answered
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.label, this);
        button->setObjectName(QStringLiteral("messageAction_") + action.id);
        button->setMinimumHeight(40);
        const std::function<void()> run = action.run;
        connect(button, &QPushButton::clicked, this, [this, run] {
            dismiss();
            if (run)
                run();
        });
        row->insertWidget(row->indexOf(m_close), button, 0, Qt::AlignVCenter);
        m_actions.append(button);
    }
}

void MessageBar::clearActions()
{
    for (QPushButton *button : std::as_const(m_actions)) {
        button->hide();
        button->deleteLater();
    }
    m_actions.clear();
}

void MessageBar::showSuccess(const QString &text)
{
    present(text, QStringLiteral("success"), QStringLiteral("check"), Theme::kSuccess, m_autoHideMs);
}

void MessageBar::present(const QString &text, const QString &severity, const QString &icon, const QColor &color,
                      int hideAfterMs)
{
    clearActions();
    m_text->setText(text);
    m_icon->setPixmap(Icons::pixmap(icon, color, 26));
    Theme::setProperty(this, "severity", severity);
    Theme::repolish(m_text);
    m_timer->stop();
    if (hideAfterMs > 0)
        m_timer->start(hideAfterMs);
    setVisible(true);
}

void MessageBar::dismiss()
{
    m_timer->stop();
    clearActions();
    const bool wasShown = isVisibleTo(parentWidget()) || !m_text->text().isEmpty();
    m_text->clear();
    setProperty("severity", QString());
    setVisible(false);
    if (wasShown)
        Q_EMIT dismissed();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::severityName() const
{
    return property("severity").toString();
}

} // namespace qtill::shell
