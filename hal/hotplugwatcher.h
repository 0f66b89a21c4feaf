#pragma once

#include "hal/deviceinfo.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace qtill::hal {

/// Notices devices plugged in or out while the application runs, by watching the folders udev fills
/// (/dev/input/by-id for keyboard-mode scanners and card readers, /dev/serial/by-id for serial and
/// CDC-ACM devices, /dev/usb for lp printer ports). A folder that does not exist yet (no serial device
/// was ever plugged in) is waited for from its nearest existing parent. Entries present when watch()
/// is called are known, not reported. udev makes its links in steps, so changes are reported after a
/// short quiet time (settleMs). Lives on the GUI thread; never blocks.
class HotplugWatcher : public QObject
{
    Q_OBJECT
public:
    explicit HotplugWatcher(QObject *parent = nullptr);

    /// The folders a till watches: <devRoot>/input/by-id, <devRoot>/serial/by-id, <devRoot>/usb.
    static QStringList defaultFolders(const QString &devRoot = QStringLiteral("/dev"));

    /// Replaces the watched folders (empty: stop watching).
    void watch(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    /// Every entry seen in the watched folders now (absolute paths).
    QStringList entries() const;

    void setSettleMs(int ms) { m_settle.setInterval(ms); }

    /// What a new entry is, for the "New … found" message: an "-event-kbd" link in input/by-id is a
    /// scanner (evdev, its path), a serial/by-id link a serial device (a scanner on ttyACM, else a
    /// scale: staff may change the kind), an lp* node in usb a receipt printer (usblp). nullopt for
    /// anything else (mice, the second interface of a keyboard, plain keyboards).
    static std::optional<DetectedDevice> describe(const QString &path);

Q_SIGNALS:
    /// Entries that appeared / went since the last report (absolute paths, sorted).
    void appeared(const QStringList &paths);
    void disappeared(const QStringList &paths);

private:
    void rescan();
    QSet<QString> scan() const;
    void updateWatches();

    QFileSystemWatcher m_watcher;
    QStringList m_folders;
    QSet<QString> m_known;
    QTimer m_settle;
};

} // namespace qtill::hal
