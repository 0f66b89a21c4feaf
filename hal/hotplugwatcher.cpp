#include "hal/hotplugwatcher.h"

#include "hal/devicedetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace qtill::hal {

HotplugWatcher::HotplugWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &HotplugWatcher::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

QStringList HotplugWatcher::defaultFolders(const QString &devRoot)
{
    return {devRoot + QStringLiteral("/input/by-id"), devRoot + QStringLiteral("/serial/by-id"),
            devRoot + QStringLiteral("/usb")};
}

void HotplugWatcher::watch(const QStringList &folders)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folders.clear();
    for (const QString &folder : folders)
        m_folders << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    updateWatches();
    m_known = scan();
}

void HotplugWatcher::updateWatches()
{
    QStringList wanted;
    for (const QString &folder : std::as_const(m_folders)) {
        // The folder itself when it exists, else its nearest existing parent (to see it appear).
        QString at = folder;
        while (!QFileInfo(at).isDir()) {
            const QString up = QFileInfo(at).absolutePath();
            if (up == at)
                break;
            at = up;
        }
        if (QFileInfo(at).isDir() && !wanted.contains(at))
            wanted << at;
        // The parent too, so a folder that is removed and made again (udev does) is seen.
        const QString parent = QFileInfo(folder).absolutePath();
        if (at == folder && QFileInfo(parent).isDir() && !wanted.contains(parent))
            wanted << parent;
    }
    const QStringList watched = m_watcher.directories();
    for (const QString &dir : watched)
        if (!wanted.contains(dir))
            m_watcher.removePath(dir);
    for (const QString &dir : std::as_const(wanted))
        if (!watched.contains(dir))
            m_watcher.addPath(dir);
}

QSet<QString> HotplugWatcher::scan() const
{
    QSet<QString> found;
    for (const QString &folder : m_folders) {
        const QDir dir(folder);
        const QStringList names = dir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : names)
            found.insert(dir.filePath(name));
    }
    return found;
}

QStringList HotplugWatcher::entries() const
{
    QStringList list(m_known.cbegin(), m_known.cend());
    list.sort();
    return list;
}

void HotplugWatcher::rescan()
{
    updateWatches();
    const QSet<QString> now = scan();
    QStringList added;
    QStringList removed;
    for (const QString &path : now)
        if (!m_known.contains(path))
            added << path;
    for (const QString &path : std::as_const(m_known))
        if (!now.contains(path))
            removed << path;
    m_known = now;
    added.sort();
    removed.sort();
    if (!removed.isEmpty())
        Q_EMIT disappeared(removed);
    if (!added.isEmpty())
        Q_EMIT appeared(added);
}

std::optional<DetectedDevice> HotplugWatcher::describe(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.fileName();
    const QString folder = QFileInfo(info.absolutePath()).fileName();
    const QString area = QFileInfo(QFileInfo(info.absolutePath()).absolutePath()).fileName();
    DetectedDevice d;
    if (folder == QLatin1String("by-id") && area == QLatin1String("input")) {
        if (!file.endsWith(QLatin1String("-event-kbd")))
            return std::nullopt;
        d.name = DeviceDetector::nameFromById(file);
        if (DeviceDetector::looksLikeKeyboard(d.name))
            return std::nullopt;
        d.category = DeviceCategory::Scanner;
        d.backend = QStringLiteral("evdev");
        d.params.insert(QStringLiteral("path"), info.absoluteFilePath());
        return d;
    }
    if (folder == QLatin1String("by-id") && area == QLatin1String("serial")) {
        const QString target = info.isSymLink() ? QFileInfo(info.symLinkTarget()).fileName() : QString();
        d.name = DeviceDetector::nameFromById(file);
        d.category = target.startsWith(QLatin1String("ttyACM")) ? DeviceCategory::Scanner : DeviceCategory::Scale;
        d.backend = QStringLiteral("serial");
        d.params.insert(QStringLiteral("port"), info.absoluteFilePath());
        return d;
    }
    if (folder == QLatin1String("usb") && file.startsWith(QLatin1String("lp"))) {
        d.name = QCoreApplication::translate("qtill::hal::HotplugWatcher", "USB printer (%1)").arg(info.absoluteFilePath());
        d.category = DeviceCategory::ReceiptPrinter;
        d.backend = QStringLiteral("usblp");
        d.params.insert(QStringLiteral("path"), info.absoluteFilePath());
        return d;
    }
    return std::nullopt;
}

} // namespace qtill::hal
