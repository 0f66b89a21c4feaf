#pragma once

#include "topbar.h"

#include "shell/uimodule.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTimer;

namespace qtill::hal {
struct DetectedDevice;
}

namespace qtill::shell {
class MessageBar;
class ShellContext;
} // namespace qtill::shell

namespace qtill::app {

class NavigationRail;
class TopBar;

/// What a signed-in operator works in: the top status bar, the navigation rail, the screen area and
/// the message bar. Screens are created lazily from their descriptors the first time they are opened
/// and owned here; endSession() destroys them all (screens are made for one operator).
///
/// Grouped screens (ScreenDescriptor::group, e.g. the settings) share one rail entry: "Settings"
/// opens a page of tiles (SettingsHub, id "settings"), and a grouped screen shows a "Back to
/// settings" button above it ("backToGroupButton"); the rail marks the group's entry meanwhile.
///
/// Hot-plug: when the devices report a new device nobody configured, an operator who may configure
/// devices sees "New barcode scanner found: <name>" with "Use it" (message action "useDevice"),
/// which opens the Devices screen's form filled in for it.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    /// `screens`: every registered descriptor, in any order (sorted here by order, then id).
    Workspace(shell::ShellContext &context, QList<shell::ScreenDescriptor> screens, QWidget *parent = nullptr);

    /// For the context's (new) operator: rebuilds the rail and the status bar, drops screens made for
    /// someone else, and opens the first screen (Home).
    void beginSession();
    /// Destroys every screen and empties the rail.
    void endSession();

    /// What the rail shows for the signed-in operator, sorted: the screens without a group, and one
    /// entry per group with a screen the operator may open ("settings").
    QList<shell::ScreenDescriptor> availableScreens() const;
    /// Every screen the signed-in operator may open, grouped ones included, sorted (no group pages).
    QList<shell::ScreenDescriptor> allScreens() const;
    /// The screens of `group` the operator may open, sorted.
    QList<shell::ScreenDescriptor> groupScreens(const QString &group) const;
    /// Brings `id` to the front (creating it first). False when unknown or not allowed.
    bool openScreen(const QString &id);
    QString currentScreenId() const { return m_current; }
    /// The screen widget, if it was created.
    QWidget *screen(const QString &id) const { return m_created.value(id); }

    /// Reads store name, register and business date again and updates the status bar and clock.
    void refreshStatus();
    /// The device indicator ("Printer ready · Scanner ready"); a click on it emits devicesClicked().
    void setDeviceStatus(const QString &text, const QString &details, bool ok);
    void setDeviceStatus(const QString &text, const QString &details, DeviceIndicator indicator);

    TopBar *topBar() const { return m_topBar; }
    NavigationRail *rail() const { return m_rail; }
    shell::MessageBar *messageBar() const { return m_messageBar; }

    /// Shows the "New … found — Use it" message for a device plugged in (only to operators who may
    /// configure devices; false otherwise).
    bool offerDevice(const hal::DetectedDevice &device);
    /// Opens the Devices screen with the add form filled in for `device`. False when not allowed.
    bool useDevice(const hal::DetectedDevice &device);

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    void currentScreenChanged(const QString &id);
    /// The device indicator in the status bar was clicked.
    void devicesClicked();

private:
    shell::ScreenDescriptor groupEntry(const QString &group) const;
    void connectDevices();

    shell::ShellContext &m_context;
    QList<shell::ScreenDescriptor> m_screens;
    TopBar *m_topBar;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    shell::MessageBar *m_messageBar;
    QPushButton *m_back;
    QTimer *m_tick;
    QMetaObject::Connection m_deviceFound;
    QHash<QString, QPointer<QWidget>> m_created;
    QString m_current;
    qint64 m_shownMinute = -1;
};

} // namespace qtill::app
