#pragma once
// The shell as the sale screen sees it, without a main window: a signed-in operator, authorize() through
// the real Authorizer with the supervisor a test plays, and the register's devices as a DeviceAccess
// whose input signals a test emits (a scanner burst, a scale reading).

#include "core/authorizer.h"
#include "core/permissionservice.h"
#include "core/services.h"

#include "hal/devicemanager.h"

#include "shell/deviceaccess.h"
#include "shell/shellcontext.h"

#include <QStringList>

#include <optional>

namespace qtill::checkout::test {

/// Devices whose scanned()/weighed() the test emits.
class TestDevices final : public shell::DeviceAccess
{
public:
    hal::DeviceManager &manager() override { return m_manager; }
    QString claimant() const override { return QStringLiteral("test"); }
    bool isSimulated() const override { return true; }
    void reload() override {}
    QString statusLine(const QString &) const override { return {}; }

private:
    hal::DeviceManager m_manager;
};

class SaleContext final : public shell::ShellContext
{
public:
    explicit SaleContext(Services &services) : m_services(services) {}

    Session session_;
    /// What the supervisor types in the override dialog; unset: the dialog is cancelled.
    std::optional<SupervisorCredentials> supervisor;
    QStringList authorizeRequests;
    TestDevices testDevices;

    Services &services() override { return m_services; }
    const Clock &clock() const override { return m_services.clock(); }
    const Session &session() const override { return session_; }
    void showMessage(const QString &, Severity) override {}
    std::optional<Authorization> authorize(const QString &permission, const QString &why, QWidget *) override
    {
        authorizeRequests << permission + QStringLiteral(": ") + why;
        auto granted = m_services.authorizer().authorize(session_, permission, std::nullopt);
        if (granted)
            return *granted;
        if (!supervisor)
            return std::nullopt;
        auto approved = m_services.authorizer().authorize(session_, permission, supervisor);
        return approved ? std::optional<Authorization>(*approved) : std::nullopt;
    }
    bool can(const QString &permission) const override { return m_services.permissions().has(session_, permission); }
    QList<shell::ScreenDescriptor> availableScreens() const override { return {}; }
    bool openScreen(const QString &) override { return false; }
    shell::DeviceAccess *devices() override { return &testDevices; }

private:
    Services &m_services;
};

} // namespace qtill::checkout::test
