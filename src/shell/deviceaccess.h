#pragma once

#include "hal/cardreader.h"
#include "hal/scale.h"

#include <QObject>
#include <QString>

namespace qtill::hal {
class DeviceManager;
}

namespace qtill::shell {

/// The register's devices as screens reach them (ShellContext::devices()). The application owns the
/// devices and keeps them open, claimed and enabled under claimant(); screens use them, they never
/// open, claim or close them.
///
/// What a screen may do:
/// - listen to the narrow input signals below (a checkout adds the scanned code to the sale, takes
///   the weight for a loose item, pays with the swiped card) — they come from any configured device
///   of the kind and from the keyboard-wedge fallback, one event at a time, on the GUI thread;
/// - find an output device in manager() by category (`manager().first(DeviceCategory::ReceiptPrinter)`)
///   and call its category interface (print, openDrawer, showCart, start a payment). A device can be
///   missing, or in Error: check, and never wait for it — a device fault must not block a sale.
/// Device pointers are valid until devicesChanged() (the configuration was applied again).
class DeviceAccess : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// The manager owning every device of this register (states, statuses, the devices).
    virtual hal::DeviceManager &manager() = 0;
    /// The claimant the application holds its devices under.
    virtual QString claimant() const = 0;
    /// True with --simulate-hardware: the devices are simulators, whatever is configured.
    virtual bool isSimulated() const = 0;
    /// Closes every device and builds them again from the register's configuration (after a change in
    /// the Devices screen). Emits devicesChanged().
    virtual void reload() = 0;
    /// A short, translated status of one device for settings screens ("Ready", "Out of paper", the
    /// reason it could not be started, ...); empty for an id the application does not run.
    virtual QString statusLine(const QString &deviceId) const = 0;

Q_SIGNALS:
    /// A barcode from any scanner (or a keyboard-mode scanner caught by the wedge fallback).
    /// `source` is the device id ("wedge" for the fallback).
    void scanned(const QString &code, const QString &source);
    /// A magnetic-stripe card was swiped: brand, masked number and expiry only.
    void cardSwiped(const qtill::hal::CardData &card);
    /// A new reading of the scale (integer milligrams; check `stable` before selling by weight).
    void weighed(const qtill::hal::WeightReading &reading);
    /// The devices were rebuilt: pointers taken from manager() before are gone.
    void devicesChanged();
};

} // namespace qtill::shell
