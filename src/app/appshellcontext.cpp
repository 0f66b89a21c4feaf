#include "appshellcontext.h"

#include "workspace.h"

#include "core/authorizer.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "shell/messagebar.h"
#include "shell/overridedialog.h"

#include <QApplication>

#include <algorithm>

namespace qtill::app {

AppShellContext::AppShellContext(Services &services, const Clock &clock) : m_services(services), m_clock(clock) {}

void AppShellContext::showMessage(const QString &text, Severity severity)
{
    if (m_workspace)
        m_workspace->messageBar()->showMessage(text, severity);
}

std::optional<Authorization> AppShellContext::authorize(const QString &permission, const QString &why, QWidget *parent)
{
    if (!m_session.isValid())
        return std::nullopt;

    if (m_services.permissions().has(m_session, permission)) {
        auto granted = m_services.authorizer().authorize(m_session, permission, std::nullopt, why);
        if (granted)
            return granted.value();
        showMessage(granted.error().message, Severity::Error);
        return std::nullopt;
    }

    QWidget *owner = parent ? parent->window() : QApplication::activeWindow();
    shell::OverrideDialog dialog(m_services.authorizer(),
                                 shell::OverrideRequest{m_session, permission, m_services.permissions().title(permission),
                                                        why, why},
                                 owner);
    if (dialog.exec() == QDialog::Accepted && dialog.authorization())
        return dialog.authorization();

    // Cancelled: the Authorizer records the refusal, as it does for a wrong supervisor PIN.
    auto refused = m_services.authorizer().authorize(m_session, permission, std::nullopt, why);
    if (refused)
        return refused.value();   // the role was granted the permission meanwhile
    return std::nullopt;
}

bool AppShellContext::can(const QString &permission) const
{
    if (!m_session.isValid())
        return false;
    return permission.isEmpty() || m_services.permissions().has(m_session, permission);
}

QList<shell::ScreenDescriptor> AppShellContext::availableScreens() const
{
    return m_workspace ? m_workspace->availableScreens() : QList<shell::ScreenDescriptor>{};
}

QList<shell::HomeCard> AppShellContext::availableHomeCards() const
{
    QList<shell::HomeCard> cards;
    for (const shell::HomeCard &card : m_homeCards) {
        if (card.permission.isEmpty() || can(card.permission))
            cards << card;
    }
    std::stable_sort(cards.begin(), cards.end(),
                     [](const shell::HomeCard &a, const shell::HomeCard &b) { return a.order < b.order; });
    return cards;
}

bool AppShellContext::openScreen(const QString &id)
{
    return m_workspace && m_workspace->openScreen(id);
}

} // namespace qtill::app
