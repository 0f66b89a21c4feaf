#include "workspace.h"

#include "navigationrail.h"
#include "topbar.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "shell/messagebar.h"
#include "shell/shellcontext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace qtill::app {

Workspace::Workspace(shell::ShellContext &context, QList<shell::ScreenDescriptor> screens, QWidget *parent)
    : QWidget(parent), m_context(context), m_screens(std::move(screens)), m_topBar(new TopBar(this)),
      m_rail(new NavigationRail(this)), m_stack(new QStackedWidget(this)), m_messageBar(new shell::MessageBar(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("workspace"));
    std::stable_sort(m_screens.begin(), m_screens.end(), [](const auto &a, const auto &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });

    m_stack->setObjectName(QStringLiteral("screenStack"));

    auto *area = new QVBoxLayout;
    area->setContentsMargins(24, 16, 24, 16);
    area->setSpacing(12);
    area->addWidget(m_messageBar);
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

QList<shell::ScreenDescriptor> Workspace::availableScreens() const
{
    QList<shell::ScreenDescriptor> result;
    for (const shell::ScreenDescriptor &screen : m_screens)
        if (m_context.can(screen.permission))
            result.append(screen);
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
    if (!screens.isEmpty())
        openScreen(screens.constFirst().id);
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
    m_rail->setScreens({});
}

bool Workspace::openScreen(const QString &id)
{
    const QList<shell::ScreenDescriptor> screens = availableScreens();
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
    m_rail->setCurrent(id);
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

} // namespace qtill::app
