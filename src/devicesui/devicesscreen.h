#pragma once

#include "core/deviceconfigservice.h"
#include "hal/devicedetector.h"
#include "shell/uimodule.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class DeviceAccess;
class FormDialog;
class ShellContext;
} // namespace qtill::shell

namespace qtill::hal {
class Device;
struct DetectedDevice;
} // namespace qtill::hal

namespace qtill::devicesui {

/// Settings → Devices: what is connected to this register.
///
/// The table lists the register's configured devices (DeviceConfigService) with their live status;
/// Add / Edit / Remove change the configuration (audited, devices.configure) and restart the devices
/// (DeviceAccess::reload). Detect lists attached printers (CUPS queues, /dev/usb/lp*, USB printers),
/// keyboard-mode scanners, serial ports, cameras and PC/SC readers, and turns one into a new device.
/// The test panel works on the devices running now: print a test page, open the drawer, scan a test
/// code (shows the next scan), read the scale; a simulated printer's picture of the page is shown.
/// Widgets are named for tests (see the constructor).
class DevicesScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    DevicesScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void activated() override;
    void prepareScreenshot() override;

    /// Reads the configuration and the live status again.
    void reload();
    /// Opens the add form (prefilled from `detected` when given). Returns the dialog (shown, non-modal
    /// for tests), or null when the operator may not configure devices.
    shell::FormDialog *addDevice(const hal::DetectedDevice *detected = nullptr);
    shell::FormDialog *editSelected();
    /// Asks to remove the selected device (a confirmation form).
    shell::FormDialog *removeSelected();
    /// Selects the row of `deviceId`; false when it is not listed.
    bool selectDevice(const QString &deviceId);
    /// Lists what is attached (on a worker thread: the list fills in when done) and offers to add one.
    shell::FormDialog *detect();
    /// Where detection looks (the Detect list and the form's pick lists); tests use a fake /dev.
    void setDetectionOptions(const hal::DeviceDetector::Options &options) { m_detection = options; }
    /// The configured devices as listed.
    const QList<DeviceConfig> &configured() const { return m_configs; }

    // Tests (each reports in the "testResult" label).
    void printTestPage();
    void openDrawer();
    void scanTestCode();
    void readScale();

    QString testResult() const;
    /// The picture of the last page the simulated printer printed (empty when none).
    QString previewPath() const { return m_previewPath; }

private:
    void refreshStatus();
    void updateButtons();
    void connectDevices();
    void showResult(const QString &text, bool ok = true);
    void showPreview(const QString &pngPath);
    void onReceiptRendered(int jobId, const QString &pngPath);
    Status saveDevice(const DeviceConfig &config, bool adding);
    QString registerId() const;
    hal::Device *firstRunning(int category) const;

    shell::ShellContext &m_context;
    QPointer<shell::DeviceAccess> m_devices;
    QList<DeviceConfig> m_configs;
    QTableWidget *m_table;
    QLabel *m_note;
    QLabel *m_live;
    QLabel *m_result;
    QLabel *m_preview;
    QPushButton *m_detect;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_print;
    QPushButton *m_drawer;
    QPushButton *m_scan;
    QPushButton *m_scale;
    QString m_previewPath;
    hal::DeviceDetector::Options m_detection;
    bool m_waitingForScan = false;
};

} // namespace qtill::devicesui
