#pragma once

#include "hal/deviceinfo.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace qtill::hal {

/// Finds keyboard-like evdev nodes (USB scanners and card readers in keyboard mode) through sysfs.
/// Roots are injectable so tests build a fake /sys and /dev in a temporary folder.
class EvdevDeviceFinder
{
public:
    explicit EvdevDeviceFinder(QString sysRoot = u"/sys"_qs, QString devRoot = u"/dev"_qs);

    struct Node
    {
        QString path;    ///< /dev/input/eventN
        QString name;    ///< the kernel's device name ("Honeywell Imaging & Mobility 1900")
        quint16 vendor = 0;
        quint16 product = 0;
        QString byId;    ///< the stable /dev/input/by-id link pointing at it, if any
    };

    /// Every event node that can type text (EV_KEY with digit and Enter keys).
    QList<Node> keyboards() const;

    /// The event node for a device configuration: params "path" (a /dev/input/by-id link or an
    /// event node) or "vid" and "pid" (hex, "0c2e") with an optional "index" when several identical
    /// devices are attached. Empty with `error` set (technical text) when nothing matches.
    QString resolve(const QVariantMap &params, QString *error = nullptr) const;

    /// The keyboards as DetectedDevice entries for the settings screen (category Scanner, backend
    /// "evdev", params vid/pid/path).
    QList<DetectedDevice> detect() const;

    /// "0c2e", "0x0C2E" or an integer → 0x0c2e; 0 when not a 16-bit number.
    static quint16 parseId(const QVariant &value);

private:
    QString m_sysRoot;
    QString m_devRoot;
};

} // namespace qtill::hal
