#include "hal/backends/serial/serialpoledisplay.h"

#include "hal/backends/serial/serialstreamworker.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

/// The display's worker: a serial port that is only written to.
class PoleDisplayWorker : public SerialStreamWorker
{
public:
    using SerialStreamWorker::SerialStreamWorker;

protected:
    QString deviceNoun() const override
    {
        return QCoreApplication::translate("qtill::hal::SerialPoleDisplay", "customer display");
    }
};

PoleDisplayLayout::Options layoutOptions(const QVariantMap &p)
{
    PoleDisplayLayout::Options o;
    const QString set = p.value(u"commandSet"_qs, u"cd5220"_qs).toString();
    o.encoder.commands = set == u"escpos" ? PoleDisplayEncoder::CommandSet::EscPos
                                          : PoleDisplayEncoder::CommandSet::Cd5220;
    o.priceOnly = set == u"price";
    o.encoder.columns = p.value(u"columns"_qs, 20).toInt();
    o.encoder.chinese = p.value(u"chinese"_qs, false).toBool();
    o.idleLine1 = p.value(u"idleLine1"_qs).toString();
    o.idleLine2 = p.value(u"idleLine2"_qs).toString();
    return o;
}

} // namespace

SerialPoleDisplay::SerialPoleDisplay(DeviceInfo info, QObject *parent)
    : CustomerDisplay(std::move(info), parent), m_layout(layoutOptions(this->info().params))
{
    m_priceOnly = this->info().params.value(u"commandSet"_qs).toString() == u"price";
}

SerialPoleDisplay::~SerialPoleDisplay()
{
    stopWorker();
}

int SerialPoleDisplay::send(const QByteArray &bytes)
{
    if (!isEnabled() || !m_worker)
        return 0;
    const int id = m_nextOutputId++;
    SerialStreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, bytes, id] { worker->write(bytes, id); }, Qt::QueuedConnection);
    return id;
}

void SerialPoleDisplay::showCart(const DisplayCart &cart)
{
    send(m_layout.cart(cart));
}

void SerialPoleDisplay::showPayment(const QString &total, const QString &paid, const QString &change)
{
    send(m_layout.payment(total, paid, change));
}

void SerialPoleDisplay::showPaymentQr(const QString &payload, const QString &caption)
{
    Q_UNUSED(payload); // a pole display cannot draw a QR code
    send(m_layout.paymentQr(caption));
}

void SerialPoleDisplay::showMessage(const QString &line1, const QString &line2)
{
    send(m_layout.message(line1, line2));
}

void SerialPoleDisplay::showPromotions(const QStringList &imagePaths)
{
    Q_UNUSED(imagePaths); // no images on a pole display: the idle lines instead
    send(m_layout.idle());
}

void SerialPoleDisplay::clear()
{
    send(m_layout.encoder().clear());
}

Outcome SerialPoleDisplay::doOpen()
{
    if (info().params.value(u"port"_qs).toString().isEmpty())
        return Outcome::failure(ErrorKind::NotFound, tr("Choose the customer display's serial port."),
                                u"serial: no port"_qs);
    return Outcome::success();
}

Outcome SerialPoleDisplay::doClaim()
{
    startWorker();
    return Outcome::success();
}

Outcome SerialPoleDisplay::doEnable()
{
    // The state becomes Enabled only after this returns: queue the greeting behind it.
    QMetaObject::invokeMethod(this, [this] {
        send(m_layout.encoder().initialize() + m_layout.idle());
    }, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialPoleDisplay::doDisable()
{
    send(m_layout.encoder().clear());
}

void SerialPoleDisplay::doRelease()
{
    stopWorker();
}

void SerialPoleDisplay::doClose()
{
    stopWorker();
}

Outcome SerialPoleDisplay::doRetry()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialPoleDisplay::doReconnect()
{
    doRetry();
}

void SerialPoleDisplay::startWorker()
{
    stopWorker();
    auto *worker = new PoleDisplayWorker(info().params);
    connect(worker, &SerialStreamWorker::opened, this, [this] { recover(); });
    connect(worker, &SerialStreamWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &SerialStreamWorker::written, this, [this](int id) {
        if (id > 0)
            completeOutput(id);
    });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialPoleDisplay::stopWorker()
{
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
