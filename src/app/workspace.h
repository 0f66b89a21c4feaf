#pragma once

#include "topbar.h"

#include "shell/uimodule.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QStackedWidget;
class QTimer;

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

    /// The screens the signed-in operator may open, sorted.
    QList<shell::ScreenDescriptor> availableScreens() const;
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

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    void currentScreenChanged(const QString &id);
    /// The device indicator in the status bar was clicked.
    void devicesClicked();

private:
    shell::ShellContext &m_context;
    QList<shell::ScreenDescriptor> m_screens;
    TopBar *m_topBar;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    shell::MessageBar *m_messageBar;
    QTimer *m_tick;
    QHash<QString, QPointer<QWidget>> m_created;
    QString m_current;
    qint64 m_shownMinute = -1;
};

} // namespace qtill::app
