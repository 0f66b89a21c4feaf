#include "workspace.h"

#include "devicehub.h"
#include "navigationrail.h"
#include "settingshub.h"
#include "topbar.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/permission.h"
#include "devicesui/devicesscreen.h"
#include "devicesui/devicesuimodule.h"
#include "hal/deviceinfo.h"
#include "shell/icons.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "shell/messagebar.h"
#include "shell/shellcontext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::app {

Workspace::Workspace(shell::ShellContext &context, QList<shell::ScreenDescriptor> screens, QWidget *parent)
    : QWidget(parent), m_context(context), m_screens(std::move(screens)), m_topBar(new TopBar(this)),
      m_rail(new NavigationRail(this)), m_stack(new QStackedWidget(this)), m_messageBar(new shell::MessageBar(this)),
      m_back(new QPushButton(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("workspace"));
    std::stable_sort(m_screens.begin(), m_screens.end(), [](const auto &a, const auto &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });

    m_stack->setObjectName(QStringLiteral("screenStack"));
    m_back->setObjectName(QStringLiteral("backToGroupButton"));
    m_back->setText(tr("Back to settings"));
    m_back->setIcon(shell::Icons::icon(QStringLiteral("settings"), QColor(0x16, 0x77, 0xFF)));
    m_back->setIconSize(QSize(20, 20));
    m_back->setMinimumHeight(44);
    m_back->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_back->setStyleSheet(QStringLiteral("QPushButton { border: none; background: transparent; color: #1677FF;"
                                         " font-size: 16px; font-weight: 600; padding: 0 8px; text-align: left; }"
                                         "QPushButton:hover { text-decoration: underline; }"));
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, [this] {
        const QString group = m_back->property("group").toString();
        openScreen(group.isEmpty() ? QLatin1String(SettingsHub::kScreenId) : group);
    });

    auto *area = new QVBoxLayout;
    area->setContentsMargins(24, 16, 24, 16);
    area->setSpacing(12);
    area->addWidget(m_messageBar);
    area->addWidget(m_back, 0, Qt::AlignLeft);
    area->addWidget(m_stack, 1);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_rail);
    body->addLayout(area, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topBar);
    layout->addLayout(body, 1);

    connect(m_rail, &NavigationRail::screenRequested, this, &Workspace::openScreen);
    connect(m_topBar, &TopBar::lockRequested, this, &Workspace::lockRequested);
    connect(m_topBar, &TopBar::signOutRequested, this, &Workspace::signOutRequested);
    connect(m_topBar, &TopBar::devicesClicked, this, &Workspace::devicesClicked);

    auto *lockShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockShortcut, &QShortcut::activated, this, &Workspace::lockRequested);

    // The clock shows minutes; a tick every second keeps it within a second of the turn.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        const QDateTime now = m_context.clock().now();
        const qint64 minute = now.toSecsSinceEpoch() / 60;
        if (minute == m_shownMinute)
            return;
        m_shownMinute = minute;
        m_topBar->setTime(now);
        m_topBar->setBusinessDate(m_context.services().storeProfile().businessDate(now));
    });
}

QList<shell::ScreenDescriptor> Workspace::allScreens() const
{
    QList<shell::ScreenDescriptor> result;
    for (const shell::ScreenDescriptor &screen : m_screens)
        if (m_context.can(screen.permission))
            result.append(screen);
    return result;
}

QList<shell::ScreenDescriptor> Workspace::groupScreens(const QString &group) const
{
    QList<shell::ScreenDescriptor> result;
    for (const shell::ScreenDescriptor &screen : allScreens())
        if (screen.group == group)
            result.append(screen);
    return result;
}

shell::ScreenDescriptor Workspace::groupEntry(const QString &group) const
{
    shell::ScreenDescriptor entry;
    entry.id = group;
    entry.group = QString(); // the entry itself is in the rail
    if (group == QLatin1String(shell::kSettingsGroup)) {
        entry.title = tr("Settings");
        entry.icon = shell::Icons::navIcon(QStringLiteral("settings"));
        entry.order = 900;
        entry.description = tr("Store, staff, devices and data");
    } else {
        entry.title = group;
        entry.order = 800;
    }
    entry.create = [this, group](shell::ShellContext &context, QWidget *parent) -> QWidget * {
        return new SettingsHub(context, groupScreens(group), parent);
    };
    return entry;
}

QList<shell::ScreenDescriptor> Workspace::availableScreens() const
{
    QList<shell::ScreenDescriptor> result;
    QStringList groups;
    for (const shell::ScreenDescriptor &screen : allScreens()) {
        if (screen.group.isEmpty())
            result.append(screen);
        else if (!groups.contains(screen.group))
            groups << screen.group;
    }
    for (const QString &group : std::as_const(groups))
        result.append(groupEntry(group));
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return result;
}

void Workspace::beginSession()
{
    endSession();
    const QList<shell::ScreenDescriptor> screens = availableScreens();
    m_rail->setScreens(screens);
    m_topBar->setSession(m_context.session());
    refreshStatus();
    m_tick->start();
    connectDevices();
    if (screens.isEmpty())
        return;
    // A cashier's work is the till: they land on it when a module offers one; everyone else, home.
    const auto till = std::find_if(screens.cbegin(), screens.cend(), [](const auto &s) { return s.till; });
    const bool cashier = m_context.session().role == Role::Cashier;
    openScreen(cashier && till != screens.cend() ? till->id : screens.constFirst().id);
}

void Workspace::endSession()
{
    m_tick->stop();
    m_messageBar->dismiss();
    for (const QPointer<QWidget> &widget : std::as_const(m_created)) {
        if (widget) {
            m_stack->removeWidget(widget);
            delete widget.data();
        }
    }
    m_created.clear();
    m_current.clear();
    m_back->hide();
    m_rail->setScreens({});
}

bool Workspace::openScreen(const QString &id)
{
    const QList<shell::ScreenDescriptor> screens = availableScreens() + allScreens();
    auto it = std::find_if(screens.cbegin(), screens.cend(), [&](const auto &s) { return s.id == id; });
    if (it == screens.cend() || !it->create)
        return false;

    QWidget *widget = m_created.value(id);
    if (!widget) {
        widget = it->create(m_context, m_stack);
        if (!widget)
            return false;
        if (widget->objectName().isEmpty())
            widget->setObjectName(QStringLiteral("screen_") + id);
        m_stack->addWidget(widget);
        m_created.insert(id, widget);
    }
    m_stack->setCurrentWidget(widget);
    // Keyboard focus goes into the screen (its focus proxy, if it set one), not the status bar.
    if (!widget->isAncestorOf(QApplication::focusWidget()))
        widget->setFocus(Qt::OtherFocusReason);
    m_current = id;
    m_rail->setCurrent(it->group.isEmpty() ? id : it->group);
    m_back->setProperty("group", it->group);
    m_back->setVisible(!it->group.isEmpty());
    if (auto *aware = dynamic_cast<shell::ShellScreen *>(widget))
        aware->activated();
    Q_EMIT currentScreenChanged(id);
    return true;
}

void Workspace::refreshStatus()
{
    const StoreProfile profile = m_context.services().storeProfile().profile();
    const QString name = profile.name.isEmpty() ? QStringLiteral("Qtill") : profile.name;
    m_topBar->setStore(name, profile.registerId);
    const DatabaseAddress &database = m_context.services().store().address();
    if (database.isServer()) {
        // Short on the chip (host:port/database: which server and which shop), the whole address in its tooltip.
        QString shown = database.host().startsWith(QLatin1Char('/')) ? QString() : database.host();
        if (database.port() > 0)
            shown += QLatin1Char(':') + QString::number(database.port());
        m_topBar->setDatabase(shown + QLatin1Char('/') + database.databaseName(), database.displayText());
    } else {
        m_topBar->setDatabase({}, {});
    }
    const QDateTime now = m_context.clock().now();
    m_shownMinute = now.toSecsSinceEpoch() / 60;
    m_topBar->setTime(now);
    m_topBar->setBusinessDate(m_context.services().storeProfile().businessDate(now));
}

void Workspace::setDeviceStatus(const QString &text, const QString &details, bool ok)
{
    m_topBar->setDeviceStatus(text, details, ok);
}

void Workspace::setDeviceStatus(const QString &text, const QString &details, DeviceIndicator indicator)
{
    m_topBar->setDeviceStatus(text, details, indicator);
}

void Workspace::connectDevices()
{
    disconnect(m_deviceFound);
    if (auto *hub = qobject_cast<DeviceHub *>(m_context.devices()))
        m_deviceFound = connect(hub, &DeviceHub::deviceFound, this, &Workspace::offerDevice);
}

bool Workspace::offerDevice(const hal::DetectedDevice &device)
{
    if (!m_context.can(Permissions::kDevicesConfigure))
        return false;
    QString text;
    switch (device.category) {
    case hal::DeviceCategory::Scanner:
        text = device.backend == QLatin1String("serial") ? tr("New serial scanner found: %1").arg(device.name)
                                                           : tr("New barcode scanner found: %1").arg(device.name);
        break;
    case hal::DeviceCategory::ReceiptPrinter: text = tr("New receipt printer found: %1").arg(device.name); break;
    default: text = tr("New serial device found: %1").arg(device.name); break;
    }
    const hal::DetectedDevice found = device;
    m_messageBar->showMessage(text, shell::MessageBar::Severity::Info,
                              {{QStringLiteral("useDevice"), tr("Use it"), [this, found] { useDevice(found); }}});
    return true;
}

bool Workspace::useDevice(const hal::DetectedDevice &device)
{
    const QString id = QLatin1String(devicesui::DevicesUiModule::kDevicesId);
    if (!openScreen(id))
        return false;
    auto *devices = qobject_cast<devicesui::DevicesScreen *>(screen(id));
    return devices && devices->addDevice(&device);
}

} // namespace qtill::app
