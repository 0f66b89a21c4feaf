#include "tilldevices.h"

#include "devicehub.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/printqueue.h"
#include "checkout/printspooler.h"

#include "core/services.h"

#include "hal/devicemanager.h"
#include "hal/paymentterminal.h"
#include "hal/receiptprinter.h"

#include <cstdio>

namespace qtill::app {

TillDevices::TillDevices(Services &services, DeviceHub &devices, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_devices(devices)
{
    connect(&m_devices, &DeviceHub::devicesChanged, this, [this] {
        if (!m_started)
            return;
        attach();
        reconcile();   // the terminal's pending requests went with the old device: ask again
    });
    checkout::CheckoutServices::of(m_services).printQueue().setQueuedListener([this] {
        if (m_spooler)
            m_spooler->wake();
    });
}

TillDevices::~TillDevices()
{
    auto &checkout = checkout::CheckoutServices::of(m_services);
    checkout.printQueue().setQueuedListener({});
    checkout.payments().setTerminal(nullptr);
}

void TillDevices::start()
{
    m_started = true;
    attach();
    reconcile();
}

void TillDevices::attach()
{
    auto &checkout = checkout::CheckoutServices::of(m_services);
    hal::DeviceManager &manager = m_devices.manager();
    checkout.payments().setTerminal(
        qobject_cast<hal::PaymentTerminal *>(manager.first(hal::DeviceCategory::PaymentTerminal)));

    auto *printer = qobject_cast<hal::ReceiptPrinter *>(manager.first(hal::DeviceCategory::ReceiptPrinter));
    m_spooler = std::make_unique<checkout::PrintSpooler>(checkout.printQueue(), printer);
    connect(m_spooler.get(), &checkout::PrintSpooler::pendingChanged, this, [this](int, const QString &warning) {
        if (warning == m_warning)
            return;
        m_warning = warning;
        Q_EMIT pendingWarningChanged(warning);
    });
    connect(m_spooler.get(), &checkout::PrintSpooler::queueError, this, &TillDevices::problem);
    if (const Status started = m_spooler->start(); !started) {
        std::fprintf(stderr, "qtill: print queue: %s\n", qPrintable(started.error().toString()));
        Q_EMIT problem(started.error().message);
    }
}

void TillDevices::reconcile()
{
    // The terminal answers later (queued signals): this only sends the queries; nothing here waits.
    auto asked = checkout::CheckoutServices::of(m_services).payments().reconcile();
    if (!asked) {
        std::fprintf(stderr, "qtill: payment reconcile: %s\n", qPrintable(asked.error().toString()));
        Q_EMIT problem(asked.error().message);
        return;
    }
    if (*asked > 0)
        std::fprintf(stderr, "qtill: payment reconcile: asking the terminal about %d undecided payment(s)\n", *asked);
}

} // namespace qtill::app
