#pragma once

#include "core/deviceconfigservice.h"
#include "hal/devicedetector.h"
#include "hal/deviceinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace qtill::shell {
class FormDialog;
}

namespace qtill::devicesui {

/// The add/edit form of one device: id, name, kind, connection (backend) and the connection's
/// settings — only the rows the chosen connection uses are shown (host and port for a network
/// printer, queue for CUPS, VID:PID for USB, serial port and baud, paper width for every printer,
/// the kick bytes for a serial drawer, ...). Settings the form does not know are kept as they were.
///
/// Pick lists: while the form is open, what is attached is looked for on a worker thread
/// (DeviceDetector: serial ports, CUPS queues of the server in the form, USB printers, printer ports,
/// keyboard-mode input devices, cameras, PC/SC readers). The "Found here" list
/// ("detectedCombo", "Look again": "rescanButton") offers those of the chosen connection; picking one
/// fills the connection's settings. Typing them by hand stays possible.
class DeviceDialog
{
    Q_DECLARE_TR_FUNCTIONS(qtill::devicesui::DeviceDialog)
public:
    /// Builds the form into a FormDialog (not shown). `start` prefills it: an existing device
    /// (`editing` true: its id cannot change) or a detected one. `save` is called on OK with the
    /// device as entered; its failure keeps the dialog open with the message.
    /// `detection` says where the pick lists look (tests point it at a fake /dev and their cupsd).
    /// `takenIds`: the register's other device ids; a new device's suggested id then follows a change
    /// of kind ("printer" → "scale") until someone types their own.
    static shell::FormDialog *create(const DeviceConfig &start, bool editing,
                                     std::function<Status(const DeviceConfig &)> save, QWidget *parent,
                                     const hal::DeviceDetector::Options &detection = {},
                                     const QStringList &takenIds = {});
    /// The detection sources that serve a connection key (none for tcp, wedge, sim, ...).
    static hal::DeviceDetector::Sources sourcesFor(const QString &backend);
    /// A detected device's name without the "(where)" part, for the Name field:
    /// "EPSON TM-T20III (USB 04b8:0e28)" → "EPSON TM-T20III".
    static QString plainName(const QString &detectedName);
    /// The pick list's text for a detected device: its name and where it is.
    static QString pickText(const hal::DetectedDevice &device);

    /// Connection keys offered for a category, in order.
    static QStringList backends(hal::DeviceCategory category);
    /// A translated name for a connection key ("Network (TCP port 9100)").
    static QString backendName(const QString &backend);
    /// A translated one-line description of a device's connection ("192.168.1.50:9100", "queue receipt").
    static QString connectionText(const DeviceConfig &config);
    /// A free id for a new device of `category` ("printer", "printer2", ...), given the ids in use.
    static QString suggestId(hal::DeviceCategory category, const QStringList &taken);
};

} // namespace qtill::devicesui
