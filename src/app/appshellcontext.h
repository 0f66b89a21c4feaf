#pragma once

#include "core/operator.h"
#include "shell/shellcontext.h"

namespace qtill::app {

class Workspace;

/// The application's ShellContext: the services, the clock, the signed-in session, and the shell
/// functions backed by the Workspace (message bar, navigation). authorize() asks the Authorizer and,
/// when the operator lacks the permission, shows the supervisor OverrideDialog.
class AppShellContext final : public shell::ShellContext
{
public:
    AppShellContext(Services &services, const Clock &clock);

    /// The workspace that shows messages and screens; set once the main window exists.
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    /// The register's devices; set once they are built.
    void setDevices(shell::DeviceAccess *devices) { m_devices = devices; }
    void setSession(const Session &session) { m_session = session; }
    /// Every module's home cards (availableHomeCards() filters them for the operator).
    void setHomeCards(QList<shell::HomeCard> cards) { m_homeCards = std::move(cards); }
    void clearSession() { m_session = Session{}; }
    bool hasSession() const { return m_session.isValid(); }

    Services &services() override { return m_services; }
    const Clock &clock() const override { return m_clock; }
    const Session &session() const override { return m_session; }
    void showMessage(const QString &text, Severity severity = Severity::Info) override;
    std::optional<Authorization> authorize(const QString &permission, const QString &why, QWidget *parent) override;
    bool can(const QString &permission) const override;
    QList<shell::ScreenDescriptor> availableScreens() const override;
    bool openScreen(const QString &id) override;
    QList<shell::HomeCard> availableHomeCards() const override;
    shell::DeviceAccess *devices() override { return m_devices; }

private:
    Services &m_services;
    const Clock &m_clock;
    Session m_session;
    Workspace *m_workspace = nullptr;
    shell::DeviceAccess *m_devices = nullptr;
    QList<shell::HomeCard> m_homeCards;
};

} // namespace qtill::app
