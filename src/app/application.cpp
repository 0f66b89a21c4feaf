#include "application.h"

#include "appmodules.h"
#include "appoptions.h"
#include "appshellcontext.h"
#include "customerwindow.h"
#include "devicehub.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "signinscreen.h"
#include "tilldevices.h"
#include "topbar.h"
#include "translations.h"
#include "workspace.h"

#include "checkout/checkoutservices.h"
#include "checkout/ui/selfcheckoutscreen.h"
#include "core/auditlog.h"
#include "core/clock.h"
#include "core/module.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"
#include "devicesui/devicesuimodule.h"
#include "hal/devicemanager.h"
#include "shell/messagebar.h"
#include "shell/theme.h"
#include "shell/uimodule.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
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
    if (m_storeCheckThread) {
        // quick_check cannot be stopped half-way; it only reads, so waiting for it is all there is to do.
        m_storeCheckThread->disconnect(this);
        m_storeCheckThread->wait();
        delete m_storeCheckThread;
    }
    if (m_devices) {
        // The devices close after the window is gone: nothing may report to it any more.
        m_devices->manager().disconnect(this);
        m_devices->disconnect(this);
    }
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
                                                   .lockForApp = m_config.lockDatabase,
                                                   .checkIntegrity = false});   // on a worker, below
    if (!opened)
        return opened.error();
    m_services = std::move(opened.value());

    if (m_config.demo) {
        if (Status filled = populateDemo(); !filled)
            return filled.error();
    }

    m_context = std::make_unique<AppShellContext>(*m_services, *m_clock);
    QList<shell::ScreenDescriptor> screens;
    QList<shell::HomeCard> cards;
    for (const auto &module : m_uiModules) {
        screens += module->screens();
        cards += module->homeCards();
    }
    m_context->setHomeCards(cards);

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

    startDevices();
    startTill();
    if (m_services->store().integrityChecked())
        finishStoreCheck({});   // a new file, or migrate() checked it before upgrading
    else
        startStoreCheck();
    return {};
}

void Application::startStoreCheck()
{
    m_storeCheck = StoreCheck::Running;
    signInScreen()->holdForStoreCheck();
    std::function<Status(const Store::Options &, const Clock &)> check = m_config.integrityCheck;
    if (!check)
        check = &Store::checkIntegrity;
    auto checked = std::make_shared<std::optional<Status>>();
    m_storeCheckThread = QThread::create([check, options = m_services->store().workerOptions(), clock = m_clock, checked] {
        checked->emplace(check(options, *clock));
    });
    m_storeCheckThread->setObjectName(QStringLiteral("store check"));
    connect(m_storeCheckThread, &QThread::finished, this, [this, checked] {
        m_storeCheckThread->deleteLater();
        m_storeCheckThread = nullptr;
        finishStoreCheck(*checked ? **checked
                                  : Status(Error::internal(tr("The database check stopped unexpectedly."))));
    });
    m_storeCheckThread->start();
}

void Application::finishStoreCheck(const Status &checked)
{
    if (checked) {
        m_storeCheck = StoreCheck::Passed;
        signInScreen()->releaseStoreCheck();
        Q_EMIT storeChecked();
        return;
    }
    m_storeCheck = StoreCheck::Failed;
    m_storeCheckMessage = checked.error().message;
    std::fprintf(stderr, "qtill: %s\n", qPrintable(checked.error().toString()));
    signInScreen()->blockForDamage(m_storeCheckMessage);
    Q_EMIT storeCheckFailed(m_storeCheckMessage);
}

void Application::startDevices()
{
    DeviceHub::Options options;
    options.simulate = m_config.simulateHardware;
    options.simulatorFolder = m_config.simulatorFolder;
    options.reconnectIntervalMs = m_config.deviceReconnectMs;
    m_devices = std::make_unique<DeviceHub>(*m_services, options);
    m_context->setDevices(m_devices.get());
    m_customerWindow = std::make_unique<CustomerWindow>();

    connect(m_devices.get(), &DeviceHub::summaryChanged, this, &Application::updateDeviceStatus);
    connect(&m_devices->manager(), &hal::DeviceManager::deviceError, this, &Application::showDeviceError);
    connect(&m_devices->manager(), &hal::DeviceManager::deviceStateChanged, this,
            [this](hal::Device *device) { onDeviceStateChanged(device); });
    connect(m_devices.get(), &DeviceHub::attentionNeeded, this, [this](hal::Device *, const QString &message) {
        if (Workspace *w = workspace())
            w->messageBar()->showMessage(message, shell::MessageBar::Severity::Warning);
    });
    connect(m_devices.get(), &DeviceHub::devicesChanged, this, [this] {
        m_customerWindow->setModel(m_devices->customerDisplayModel());
    });
    connect(workspace(), &Workspace::devicesClicked, this, [this] {
        if (!workspace()->openScreen(QLatin1String(devicesui::DevicesUiModule::kDevicesId))) {
            // Not everyone may change the devices; everyone may read what is wrong with them.
            workspace()->messageBar()->showMessage(m_devices->summary().details, shell::MessageBar::Severity::Info);
        }
    });

    const QString storeName = m_services->storeProfile().profile().name;
    m_customerWindow->setStoreName(storeName);
    m_devices->showIdle(storeName);
    m_devices->start();
    m_devices->setInputActive(isSignedIn() && !m_locked);
}

void Application::startTill()
{
    if (!m_services->moduleServices<checkout::CheckoutServices>())
        return;   // a build without the till
    m_till = std::make_unique<TillDevices>(*m_services, *m_devices);
    // Receipts waiting for the printer stay in view until they printed (the sale itself is booked).
    auto shown = std::make_shared<QString>();   // the warning the message bar shows, if it still does
    connect(m_till.get(), &TillDevices::pendingWarningChanged, this, [this, shown](const QString &warning) {
        Workspace *w = workspace();
        if (!w)
            return;
        const bool stillShown = !shown->isEmpty() && w->messageBar()->text() == *shown;
        *shown = warning;
        if (!warning.isEmpty())
            w->messageBar()->showMessage(warning, shell::MessageBar::Severity::Warning);
        else if (stillShown)
            w->messageBar()->showSuccess(tr("Every receipt has printed."));
    });
    connect(m_till.get(), &TillDevices::problem, this, [this](const QString &message) {
        if (Workspace *w = workspace())
            w->messageBar()->showMessage(message, shell::MessageBar::Severity::Error);
    });
    m_till->start();
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
    if (!workspace() || !m_devices)
        return;
    const DeviceHub::Summary summary = m_devices->summary();
    workspace()->setDeviceStatus(summary.text, summary.details, summary.indicator);
}

void Application::showDeviceError(hal::Device *device, const hal::DeviceError &error)
{
    Workspace *w = workspace();
    if (!w || !device)
        return;
    QList<shell::MessageBar::Action> actions;
    if (error.retryable) {
        QPointer<hal::Device> target = device;
        auto answer = [this, target](hal::ErrorResponse response) {
            if (target && m_devices && target->hasError())
                m_devices->manager().respond(target, response);
        };
        actions << shell::MessageBar::Action{QStringLiteral("retry"), tr("Retry"),
                                             [answer] { answer(hal::ErrorResponse::Retry); }};
        actions << shell::MessageBar::Action{QStringLiteral("clear"), tr("Clear"),
                                             [answer] { answer(hal::ErrorResponse::Clear); }};
    }
    m_deviceErrorShown = device->id();
    w->messageBar()->showMessage(error.message, shell::MessageBar::Severity::Error, actions);
}

void Application::onDeviceStateChanged(hal::Device *device)
{
    Workspace *w = workspace();
    if (!w || !device || device->hasError() || device->id() != m_deviceErrorShown)
        return;
    // The fault the message bar shows has cleared (plugged back, paper loaded): say so.
    m_deviceErrorShown.clear();
    if (!w->messageBar()->text().isEmpty() && w->messageBar()->severityName() == QLatin1String("error"))
        w->messageBar()->showSuccess(tr("%1 works again.").arg(device->name()));
}

void Application::onSignedIn(const Session &session)
{
    if (m_storeCheck != StoreCheck::Passed)
        return;   // the sign-in screen holds signing in until then; nothing may start on an unchecked file
    if (m_locked && m_context->hasSession() && session.operatorId == m_context->session().operatorId) {
        // The same operator unlocked: carry on where they were.
        m_locked = false;
        m_context->setSession(session);
        workspace()->topBar()->setSession(session);
        if (m_devices)
            m_devices->setInputActive(true);
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
    updateDeviceStatus();
    m_customerWindow->setStoreName(m_services->storeProfile().profile().name);
    if (m_devices)
        m_devices->setInputActive(true);
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
    if (m_devices)
        m_devices->setInputActive(false);
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
    if (m_devices)
        m_devices->setInputActive(false);
    m_locked = false;
    workspace()->endSession();
    m_context->clearSession();
    signInScreen()->refreshStore();
    signInScreen()->showSignIn();
    m_window->showSignInPage();
    Q_EMIT signedOut();
}

bool Application::startSelfCheckout(bool force)
{
    if (!m_services->moduleServices<checkout::CheckoutServices>())
        return false;   // a build without the till
    if (!force && !checkout::SelfCheckoutScreen::kEnabled.get(m_services->settings()))
        return false;
    const QString number = checkout::SelfCheckoutScreen::kOperator.get(m_services->settings());
    auto operators = m_services->operators().list(true);   // active ones
    std::optional<Operator> kiosk;
    for (const Operator &op : operators ? operators.value() : QList<Operator>())
        if (op.number == number && !op.locked)
            kiosk = op;
    if (!kiosk) {
        std::fprintf(stderr, "qtill: %s\n",
                     qPrintable(tr("The self-checkout operator %1 does not exist or is locked: starting on sign-in.").arg(number)));
        return false;
    }
    auto begin = [this, op = *kiosk] {
        const Session session{op.id, op.number, op.name, op.role, m_clock->now()};
        m_context->setSession(session);   // no workspace, no idle lock: the kiosk's screen is all there is
        const auto audited = m_services->auditLog().append(AuditRecord{
            op.id, {}, QStringLiteral("session.selfCheckout"), QStringLiteral("operator:") + op.number, AuditOutcome::kOk,
            m_services->storeProfile().registerId()});
        if (!audited)
            std::fprintf(stderr, "qtill: %s\n", qPrintable(audited.error().toString()));
        if (m_devices)
            m_devices->setInputActive(true);
        m_selfCheckout = std::make_unique<checkout::SelfCheckoutScreen>(*m_context);
        m_selfCheckout->showFullScreen();
    };
    if (m_storeCheck == StoreCheck::Passed)
        begin();
    else
        connect(this, &Application::storeChecked, this, begin, Qt::SingleShotConnection);
    return true;
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
    config.simulateHardware = options.simulateHardware || screenshots;   // screenshots show devices at work
    if (screenshots) {
        config.pinParams = PinHasher::Params::fastest();   // a throw-away store: cost does not matter
        config.simulatorFolder = scratch->filePath(QStringLiteral("simulated-receipts"));
    }

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

    // A damaged file stops everyone, with the same message as when the check ran before the window.
    QObject::connect(&app, &Application::storeCheckFailed, &app, [&app, &options](const QString &message) {
        if (!options.offscreen)
            QMessageBox::critical(app.mainWindow(), QStringLiteral("Qtill"), message);
        QApplication::exit(1);
    });
    if (app.startSelfCheckout(options.selfCheckout))
        return QApplication::exec();   // a kiosk: its own full-screen window, no sign-in
    app.mainWindow()->resize(1280, 800);
    app.mainWindow()->show();
    if (app.customerWindow()->model())
        app.customerWindow()->showOnSecondScreen();   // only where the machine has a second screen
    return QApplication::exec();
}

} // namespace qtill::app
