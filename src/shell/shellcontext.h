#pragma once

#include "uimodule.h"

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace qtill {
class Clock;
class Services;
struct Session;
struct Authorization;
} // namespace qtill

namespace qtill::shell {

class DeviceAccess;

/// What the shell gives every screen: the services, the signed-in operator, the clock, and a few
/// shell functions. Screens never include the main window.
/// A module's services come from its owner object, never built by a screen:
/// `inventory::InventoryServices::of(context.services())` (the shell itself knows no module).
///
/// Lifetime: the context outlives every screen. Screens are created for one operator: when a different
/// operator signs in (or the operator signs out) the shell destroys all screens, so a screen may read
/// session() once when it is created. Unlocking the idle lock as the same operator keeps them.
class ShellContext
{
public:
    enum class Severity { Info, Warning, Error };

    virtual ~ShellContext() = default;
    virtual Services &services() = 0;
    virtual const Clock &clock() const = 0;
    /// The signed-in operator; the shell only shows screens while someone is signed in.
    virtual const Session &session() const = 0;
    /// A short message in the shell's message bar (not a modal box): errors stay until dismissed.
    virtual void showMessage(const QString &text, Severity severity = Severity::Info) = 0;
    /// Asks for authority to do `permission`: ok at once when the operator holds it, else a supervisor
    /// override dialog (number + PIN on the keypad). nullopt when refused or cancelled; the outcome
    /// is audited by the Authorizer either way.
    virtual std::optional<Authorization> authorize(const QString &permission, const QString &why,
                                                   QWidget *parent) = 0;

    /// Whether the signed-in operator may do `permission` now, without asking anyone and without an
    /// audit row: for enabling buttons. The domain still checks when the action runs.
    virtual bool can(const QString &permission) const = 0;
    /// The screens the signed-in operator may open, sorted by order (what the rail shows).
    virtual QList<ScreenDescriptor> availableScreens() const = 0;
    /// Brings the screen `id` to the front, creating it on first use. False when there is no such
    /// screen or the operator may not open it.
    virtual bool openScreen(const QString &id) = 0;
    /// The home cards the signed-in operator may see, sorted by order.
    virtual QList<HomeCard> availableHomeCards() const { return {}; }
    /// The register's scanners, printers, drawers, scales, displays and terminals (see DeviceAccess);
    /// nullptr where the shell runs without devices (tests, tools).
    virtual DeviceAccess *devices() { return nullptr; }
};

} // namespace qtill::shell
