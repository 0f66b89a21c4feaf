#pragma once

#include "core/operator.h"
#include "core/pinhasher.h"
#include "core/result.h"
#include "core/store.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QThread;
class QTranslator;

#include <functional>
#include <memory>
#include <vector>

namespace qtill {
class Clock;
class DomainModule;
class Services;
} // namespace qtill

namespace qtill::shell {
class UiModule;
}

namespace qtill::hal {
class Device;
struct DeviceError;
} // namespace qtill::hal

namespace qtill::app {

class AppShellContext;
class CustomerWindow;
class DeviceHub;
class IdleWatcher;
class MainWindow;
class SignInScreen;
class TillDevices;
class Workspace;
struct AppOptions;

/// The wiring of the `qtill` program: opens the services with the registered domain modules, builds
/// the main window from the registered UI modules, and runs the session: sign-in, idle lock, unlock,
/// switching operator, sign-out. The shell part (src/shell) knows no module by name; registerModules()
/// (appmodules.h) lists them.
///
/// Start-up: start() opens the store without quick_check (it reads the whole file: 2 s on a
/// 1,000,000-product store), builds the window on the sign-in screen and runs the check on a worker
/// with its own connection (Store::checkIntegrity). Until it passes, the sign-in screen says it is
/// checking the store and holds signing in (a sign-in typed meanwhile completes when it passes); on a
/// damaged file it stays blocked with the message Store::open gives for it, and storeCheckFailed()
/// lets runApplication show that message and end, as it did when the check ran before the window.
///
/// Lifetime: one per process, created after QApplication; modules added before start().
class Application : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString dbPath;                       ///< empty: Store::defaultPath()
        const Clock *clock = nullptr;         ///< null: the system clock; tests pass a ManualClock
        PinHasher::Params pinParams = PinHasher::Params::interactive();   ///< fastest() in tests only
        QString language;                     ///< "zh_CN" / "en"; empty: from the system locale
        bool installTranslations = true;
        bool demo = false;                    ///< fill a new store with the demo data
        bool simulateHardware = false;        ///< simulated devices instead of the configured ones
        QString simulatorFolder;              ///< where the simulated printer's pages go; empty: app data
        int deviceReconnectMs = 2000;         ///< how often an unplugged device is looked for again
        bool lockDatabase = true;             ///< hold the app lock on the database file
        int idlePollMs = 1000;                ///< how often the idle lock checks
        /// The start-up integrity check, run on a worker thread; null: Store::checkIntegrity. Tests
        /// pass one that waits for them, to see the window while the check is still running.
        std::function<Status(const Store::Options &options, const Clock &clock)> integrityCheck = {};
    };

    /// Where the start-up integrity check is.
    enum class StoreCheck { Running, Passed, Failed };

    /// Fills a store that has no operators with the demo data (operators, profile, products …).
    using DemoPopulator = std::function<Status(Services &services)>;

    explicit Application(Config config, QObject *parent = nullptr);
    ~Application() override;

    void addDomainModule(std::unique_ptr<DomainModule> module);
    void addUiModule(std::unique_ptr<shell::UiModule> module);
    void setDemoPopulator(DemoPopulator populator) { m_demoPopulator = std::move(populator); }

    /// Installs language and theme, opens (and migrates) the store, fills the demo store when asked
    /// and the store is new, builds the main window on the sign-in screen (not shown yet) and starts
    /// the integrity check on a worker (see the class notes).
    Status start();

    StoreCheck storeCheck() const { return m_storeCheck; }
    /// Why the check failed (the blocking message); empty unless storeCheck() is Failed.
    const QString &storeCheckMessage() const { return m_storeCheckMessage; }

    // ---- the session ----
    bool isSignedIn() const;
    bool isLocked() const { return m_locked; }
    const Session &session() const;
    /// Begins `session` as the signed-in operator (what a successful sign-in does). The sign-in
    /// screen only signs in once the store check passed; callers of this do their own waiting.
    void beginSession(const Session &session);
    /// Locks the screen (idle or the Lock button): the workspace is hidden behind the unlock screen.
    void lock(const QString &reason = QStringLiteral("manual"));
    /// Ends the session (audited by OperatorService) and shows the sign-in screen.
    void signOut();
    /// A self-checkout register (setting checkout/selfCheckout, or `force`): once the store check
    /// passed, the register's kiosk operator (checkout/selfCheckoutOperator, "80" in the demo) is
    /// signed in without a PIN (audited "session.selfCheckout"), and the self-checkout screen is shown
    /// full screen in place of the main window; no idle lock. False when this is not a kiosk register
    /// or its operator is missing or locked (the reason on stderr): the app starts on sign-in as usual.
    bool startSelfCheckout(bool force = false);
    /// The self-checkout screen of a kiosk register; null otherwise.
    QWidget *selfCheckoutScreen() const { return m_selfCheckout.get(); }

    Services &services();
    const Clock &clock() const { return *m_clock; }
    AppShellContext &context() { return *m_context; }
    MainWindow *mainWindow() const;
    SignInScreen *signInScreen() const;
    Workspace *workspace() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    /// The register's devices (built by start()).
    DeviceHub *devices() const { return m_devices.get(); }
    /// The till's wiring of the payment terminal and the receipt printer (built by start()).
    TillDevices *till() const { return m_till.get(); }
    /// The customer-facing second-screen window (exists once start() ran; shown by runApplication
    /// on a second screen when a screen customer display is configured or simulated).
    CustomerWindow *customerWindow() const { return m_customerWindow.get(); }
    const QString &language() const { return m_language; }
    const Config &config() const { return m_config; }

Q_SIGNALS:
    /// The start-up integrity check passed: signing in is open.
    void storeChecked();
    /// The start-up integrity check failed: `message` says the file is damaged and how to restore.
    void storeCheckFailed(const QString &message);
    void sessionStarted();
    void locked();
    void signedOut();

private:
    void onSignedIn(const Session &session);
    void restartIdleWatch();
    void startDevices();
    void startTill();
    void updateDeviceStatus();
    void showDeviceError(hal::Device *device, const hal::DeviceError &error);
    void onDeviceStateChanged(hal::Device *device);
    Status populateDemo();
    void startStoreCheck();
    void finishStoreCheck(const Status &checked);

    Config m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QString m_language;
    QList<QTranslator *> m_translators;
    std::vector<std::unique_ptr<DomainModule>> m_domainModules;
    std::vector<std::unique_ptr<shell::UiModule>> m_uiModules;
    DemoPopulator m_demoPopulator;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<AppShellContext> m_context;
    std::unique_ptr<DeviceHub> m_devices;            // after the services it reads, before the window
    std::unique_ptr<CustomerWindow> m_customerWindow;
    std::unique_ptr<TillDevices> m_till;             // after the devices and services it uses: dies first
    std::unique_ptr<QWidget> m_selfCheckout;         // the kiosk's screen; before the till's devices go
    QString m_deviceErrorShown;                      ///< the device whose error the message bar shows
    QPointer<MainWindow> m_window;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    StoreCheck m_storeCheck = StoreCheck::Running;
    QString m_storeCheckMessage;
    QThread *m_storeCheckThread = nullptr;            ///< runs the check; null when none runs
};

/// What `qtill` does after parsing its arguments (QApplication exists): builds the Application with
/// registerModules(), then shows the window (or renders the screenshots) and runs the event loop.
/// Returns the process exit code.
int runApplication(const AppOptions &options);

} // namespace qtill::app
