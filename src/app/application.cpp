#include "application.h"

#include "appmodules.h"
#include "appoptions.h"
#include "appshellcontext.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "signinscreen.h"
#include "topbar.h"
#include "translations.h"
#include "workspace.h"

#include "core/clock.h"
#include "core/module.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storesettings.h"
#include "shell/messagebar.h"
#include "shell/theme.h"
#include "shell/uimodule.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace qtill::app {

Application::Application(Config config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    if (m_config.clock) {
        m_clock = m_config.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

Application::~Application()
{
    if (m_idle)
        qApp->removeEventFilter(m_idle);
    delete m_window.data();
    Translations::remove(m_translators);
}

void Application::addDomainModule(std::unique_ptr<DomainModule> module)
{
    m_domainModules.push_back(std::move(module));
}

void Application::addUiModule(std::unique_ptr<shell::UiModule> module)
{
    m_uiModules.push_back(std::move(module));
}

Services &Application::services()
{
    return *m_services;
}

MainWindow *Application::mainWindow() const
{
    return m_window.data();
}

SignInScreen *Application::signInScreen() const
{
    return m_window ? m_window->signInScreen() : nullptr;
}

Workspace *Application::workspace() const
{
    return m_window ? m_window->workspace() : nullptr;
}

bool Application::isSignedIn() const
{
    return m_context && m_context->hasSession();
}

const Session &Application::session() const
{
    return m_context->session();
}

Status Application::start()
{
    m_language = Translations::choose(m_config.language, QLocale::system());
    if (m_config.installTranslations)
        m_translators = Translations::install(m_language);
    if (auto *gui = qobject_cast<QApplication *>(QCoreApplication::instance()))
        shell::Theme::apply(*gui);

    QList<const DomainModule *> modules;
    for (const auto &module : m_domainModules)
        modules.append(module.get());
    auto opened = Services::open(Services::Options{.clock = *m_clock,
                                                   .path = m_config.dbPath,
                                                   .modules = modules,
                                                   .pinParams = m_config.pinParams,
                                                   .createIfMissing = true,
                                                   .lockForApp = m_config.lockDatabase});
    if (!opened)
        return opened.error();
    m_services = std::move(opened.value());

    if (m_config.demo) {
        if (Status filled = populateDemo(); !filled)
            return filled.error();
    }

    m_context = std::make_unique<AppShellContext>(*m_services, *m_clock);
    QList<shell::ScreenDescriptor> screens;
    for (const auto &module : m_uiModules)
        screens += module->screens();

    auto *signIn = new SignInScreen(*m_services, *m_clock);
    auto *workspace = new Workspace(*m_context, screens);
    m_window = new MainWindow(signIn, workspace);
    m_context->setWorkspace(workspace);

    connect(signIn, &SignInScreen::signedIn, this, &Application::onSignedIn);
    connect(workspace, &Workspace::lockRequested, this, [this] { lock(QStringLiteral("manual")); });
    connect(workspace, &Workspace::signOutRequested, this, &Application::signOut);

    m_idle = new IdleWatcher(*m_clock, this);
    m_idle->setPollIntervalMs(m_config.idlePollMs);
    qApp->installEventFilter(m_idle);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(QStringLiteral("idle")); });

    updateDeviceStatus();
    return {};
}

Status Application::populateDemo()
{
    auto count = m_services->operators().count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return {};   // not a new store: the demo data is only ever added to an empty one
    if (!m_demoPopulator)
        return Error::internal(tr("This build of Qtill has no demo store."), QStringLiteral("no demo populator"));
    return m_demoPopulator(*m_services);
}

void Application::updateDeviceStatus()
{
    // Until the devices layer is wired into the app there is honestly nothing to show.
    const QString details = m_config.simulateHardware
        ? tr("Simulated devices were asked for (--simulate-hardware), but device support is not part of this "
             "version yet. Scanners, printers and card readers will show here.")
        : tr("Scanners, printers, cash drawers and card readers will show here once device support is added.");
    workspace()->setDeviceStatus(tr("No devices"), details, false);
}

void Application::onSignedIn(const Session &session)
{
    if (m_locked && m_context->hasSession() && session.operatorId == m_context->session().operatorId) {
        // The same operator unlocked: carry on where they were.
        m_locked = false;
        m_context->setSession(session);
        workspace()->topBar()->setSession(session);
        m_window->showWorkspacePage();
        restartIdleWatch();
        return;
    }
    if (m_context->hasSession()) {
        // Someone else took over the locked register: the previous session ends here.
        const Status ended = m_services->operators().signOut(m_context->session());
        if (!ended)
            std::fprintf(stderr, "qtill: %s\n", qPrintable(ended.error().toString()));
    }
    beginSession(session);
}

void Application::beginSession(const Session &session)
{
    m_locked = false;
    m_context->setSession(session);
    signInScreen()->showSignIn();
    workspace()->beginSession();
    m_window->showWorkspacePage();
    restartIdleWatch();
    Q_EMIT sessionStarted();
}

void Application::restartIdleWatch()
{
    const int minutes = kIdleLockMinutes.get(m_services->settings());
    m_idle->setTimeoutMs(qint64(qMax(0, minutes)) * 60 * 1000);
    m_idle->restart();
}

void Application::lock(const QString &reason)
{
    if (!isSignedIn() || m_locked)
        return;
    m_locked = true;
    if (const Status recorded = m_services->operators().recordScreenLock(m_context->session(), reason); !recorded)
        std::fprintf(stderr, "qtill: %s\n", qPrintable(recorded.error().toString()));
    m_idle->stop();
    // Nothing of the session may stay on top of the lock screen.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        if (!dialog)
            break;
        dialog->reject();
    }
    signInScreen()->showUnlock(m_context->session());
    m_window->showSignInPage();
    Q_EMIT locked();
}

void Application::signOut()
{
    if (!isSignedIn())
        return;
    const Status ended = m_services->operators().signOut(m_context->session());
    if (!ended)
        std::fprintf(stderr, "qtill: %s\n", qPrintable(ended.error().toString()));
    m_idle->stop();
    m_locked = false;
    workspace()->endSession();
    m_context->clearSession();
    signInScreen()->refreshStore();
    signInScreen()->showSignIn();
    m_window->showSignInPage();
    Q_EMIT signedOut();
}

int runApplication(const AppOptions &options)
{
    const bool screenshots = !options.screenshotDir.isEmpty();
    // Screenshots always use a fresh demo store in a temporary folder, never the shop's database.
    std::optional<QTemporaryDir> scratch;
    if (screenshots)
        scratch.emplace();

    Application::Config config;
    config.dbPath = screenshots ? scratch->filePath(QStringLiteral("screenshot-demo.db")) : options.dbPath;
    config.language = options.language;
    config.demo = options.demo || screenshots;
    config.simulateHardware = options.simulateHardware;
    if (screenshots)
        config.pinParams = PinHasher::Params::fastest();   // a throw-away store: cost does not matter

    Application app(config);
    registerModules(app);
    if (const Status started = app.start(); !started) {
        const QString text = started.error().message;
        std::fprintf(stderr, "qtill: %s\n", qPrintable(started.error().toString()));
        if (!screenshots && !options.offscreen)
            QMessageBox::critical(nullptr, QStringLiteral("Qtill"), text);
        return 1;
    }

    if (screenshots) {
        Screenshotter shooter(app);
        const auto written = shooter.run(options.screenshotDir);
        if (!written) {
            std::fprintf(stderr, "qtill: %s\n", qPrintable(written.error().toString()));
            return 1;
        }
        for (const QString &file : written.value())
            std::fprintf(stdout, "%s\n", qPrintable(file));
        return 0;
    }

    app.mainWindow()->resize(1280, 800);
    app.mainWindow()->show();
    return QApplication::exec();
}

} // namespace qtill::app
