#pragma once

#include "topbar.h"

#include "core/deviceconfigservice.h"
#include "hal/devicemanager.h"
#include "hal/hotplugwatcher.h"
#include "shell/deviceaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace qtill {
class Services;
}

namespace qtill::hal {
class CustomerDisplayModel;
}

namespace qtill::app {

/// The register's devices in the running application (the shell::DeviceAccess screens see).
///
/// start() builds the devices from the register's configuration (DeviceConfigService, register id
/// from the store profile) — or, with --simulate-hardware, a simulated scanner, printer, drawer,
/// card reader, scale, second-screen customer display and payment terminal — and opens, claims and
/// enables each under claimant(). A keyboard-wedge scanner ("wedge", WedgeFilter::application()) is
/// always added unless one is configured, so a plain USB scanner in keyboard mode works with no setup;
/// its scans are recognised only while setInputActive(true) (someone is signed in), so PINs typed on
/// the sign-in and lock screens are never taken for scans.
///
/// A device that cannot be built or started is left out or left closed, with the reason in
/// problem(); nothing here ever blocks or throws. The summary() for the status bar changes with
/// every state, status and error (summaryChanged()). Lives on the GUI thread.
class DeviceHub final : public shell::DeviceAccess
{
    Q_OBJECT

public:
    struct Options
    {
        bool simulate = false;
        /// Where the simulated printer puts its receipt pictures; empty: <app data>/simulated-receipts.
        QString simulatorFolder;
        int reconnectIntervalMs = 2000;
        /// Where new devices show up (HotplugWatcher::defaultFolders()); empty: no hot-plug.
        QStringList hotplugFolders = hal::HotplugWatcher::defaultFolders();
    };

    /// What the status bar shows: a short text that always fits — "Devices OK 6/6", or the worst
    /// problem ("Printer: out of paper"), with "+N" when more devices need attention — and the full
    /// list, one line per device, for the tooltip.
    struct Summary
    {
        QString text;    ///< "Devices OK 6/6", "Printer: out of paper +1"
        QString details; ///< one line per device, for the tooltip
        DeviceIndicator indicator = DeviceIndicator::Muted;
        int ready = 0;      ///< configured devices working now
        int configured = 0; ///< configured devices (the implicit keyboard-wedge scanner not counted)
    };

    static constexpr const char *kWedgeId = "wedge";

    DeviceHub(Services &services, Options options, QObject *parent = nullptr);
    ~DeviceHub() override;

    /// Builds and starts the devices (see the class comment). Calling it again rebuilds them.
    void start();

    hal::DeviceManager &manager() override { return m_manager; }
    QString claimant() const override { return QStringLiteral("qtill"); }
    bool isSimulated() const override { return m_options.simulate; }
    void reload() override { start(); }
    QString statusLine(const QString &deviceId) const override;

    /// Keyboard-wedge scans on (signed in) or off (sign-in and lock screens).
    void setInputActive(bool active);
    bool isInputActive() const { return m_inputActive; }

    /// Why a configured device is missing or not ready ("" when it is fine).
    QString problem(const QString &deviceId) const { return m_problems.value(deviceId); }
    /// The devices the configuration lists (or the simulated set), including ones that failed to build.
    const QList<hal::DeviceInfo> &configured() const { return m_configured; }
    Summary summary() const;
    /// A short line for one device: "Ready", "Out of paper", "Error: ..." (the Devices screen's status).
    QString statusLine(const hal::Device *device) const;

    /// The second-screen customer display's model, when one is configured (or simulated); else null.
    hal::CustomerDisplayModel *customerDisplayModel() const;
    /// Puts every customer display in its idle state (between sales): promotion images, or the
    /// welcome with the store's name.
    void showIdle(const QString &storeName);
    QString simulatorFolder() const;

    /// A stored configuration as the HAL's DeviceInfo; nullopt for an unknown category key.
    static std::optional<hal::DeviceInfo> toDeviceInfo(const DeviceConfig &config);
    static DeviceConfig toConfig(const hal::DeviceInfo &info);
    /// The category for a key ("receipt-printer"); nullopt when unknown.
    static std::optional<hal::DeviceCategory> categoryFromKey(const QString &key);
    /// Every category, in the order settings show them.
    static QList<hal::DeviceCategory> categories();
    /// A short translated name for the status bar ("Printer", "Scanner").
    static QString shortName(hal::DeviceCategory category);
    /// The simulated set used by --simulate-hardware.
    static QList<hal::DeviceInfo> simulatedDevices(const QString &folder);

    QString storeName() const { return m_storeName; }

    /// Hot-plug: watches `folders` instead (tests point it at a temporary folder).
    void watchFolders(const QStringList &folders);
    hal::HotplugWatcher &hotplug() { return m_hotplug; }
    /// True when a configured device uses `path` (its path or port, a by-id link or what it points to).
    bool isConfiguredPath(const QString &path) const;

Q_SIGNALS:
    /// A device nobody configured was plugged in (a scanner, a serial device, a USB printer port):
    /// the shell offers to set it up.
    void deviceFound(const qtill::hal::DetectedDevice &device);
    void summaryChanged();
    /// A device reports a condition the staff should act on ("Receipt printer: out of paper. Load a
    /// new roll.") — a status, not an error event (those come from manager().deviceError).
    void attentionNeeded(qtill::hal::Device *device, const QString &message);

private:
    void buildAll(const QList<hal::DeviceInfo> &infos);
    std::unique_ptr<hal::Device> create(const hal::DeviceInfo &info, hal::Outcome *error);
    void wire(hal::Device *device);
    void onStatus(hal::Device *device, hal::DeviceStatus status);
    QList<hal::DeviceInfo> loadConfiguration();
    void onPlugged(const QStringList &paths);

    Services &m_services;
    Options m_options;
    hal::DeviceManager m_manager;
    hal::HotplugWatcher m_hotplug;
    QList<hal::DeviceInfo> m_configured;
    QHash<QString, QString> m_problems;
    QHash<QString, QList<hal::DeviceStatus>> m_conditions; ///< statuses that need attention, by device id
    bool m_inputActive = false;
    QString m_storeName;
};

} // namespace qtill::app
