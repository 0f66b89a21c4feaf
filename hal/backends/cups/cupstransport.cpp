#include "hal/backends/cups/cupstransport.h"

#include <QCoreApplication>

#include <cups/cups.h>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::CupsTransport", text);
}

QString lastError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

http_t *connectTo(const QString &server, int timeoutMs)
{
    const QByteArray host = server.isEmpty() ? QByteArray(cupsServer()) : server.section(QLatin1Char(':'), 0, 0).toUtf8();
    int port = ippPort();
    if (!server.isEmpty() && !server.startsWith(QLatin1Char('/')) && server.contains(QLatin1Char(':'))) {
        port = server.section(QLatin1Char(':'), 1).toInt();
    }
    return httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1, timeoutMs, nullptr);
}

} // namespace

CupsTransport::CupsTransport(Options options)
    : m_options(std::move(options))
{
}

CupsTransport::~CupsTransport()
{
    disconnect();
}

QString CupsTransport::address() const
{
    return QStringLiteral("cups:") + m_options.queue;
}

Outcome CupsTransport::connect()
{
    if (m_http) {
        return Outcome::success();
    }
    if (m_options.queue.isEmpty()) {
        return Outcome::failure(ErrorKind::NotFound, tr("No print queue is chosen for the receipt printer."));
    }
    m_http = connectTo(m_options.server, m_options.timeoutMs);
    if (!m_http) {
        return Outcome::failure(ErrorKind::Offline,
                                tr("The printing service (CUPS) is not running. Restart the computer or ask your IT support."),
                                QStringLiteral("httpConnect2 %1: %2")
                                    .arg(m_options.server.isEmpty() ? QString::fromUtf8(cupsServer()) : m_options.server,
                                         lastError()));
    }
    httpSetTimeout(m_http, m_options.timeoutMs / 1000.0, nullptr, nullptr);
    Outcome queue = checkQueue();
    if (!queue) {
        disconnect();
    }
    return queue;
}

Outcome CupsTransport::checkQueue()
{
    char uri[HTTP_MAX_URI];
    const QByteArray queue = m_options.queue.toUtf8();
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", 0, "/printers/%s",
                     queue.constData());
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    static const char *const attributes[] = {"printer-state", "printer-is-accepting-jobs", "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, attributes);
    ipp_t *response = cupsDoRequest(m_http, request, "/");
    const ipp_status_t status = cupsLastError();
    if (status == IPP_STATUS_ERROR_NOT_FOUND) {
        ippDelete(response);
        return Outcome::failure(ErrorKind::NotFound,
                                tr("There is no print queue called \"%1\". Choose the receipt printer again in the "
                                   "device settings.")
                                    .arg(m_options.queue),
                                address() + QStringLiteral(": ") + lastError());
    }
    if (status > IPP_STATUS_OK_CONFLICTING || !response) {
        ippDelete(response);
        return Outcome::failure(ErrorKind::Offline, tr("The printing service (CUPS) did not answer."),
                                address() + QStringLiteral(": ") + lastError());
    }
    ipp_attribute_t *state = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM);
    ipp_attribute_t *accepting = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    ipp_attribute_t *message = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT);
    const bool stopped = state && ippGetInteger(state, 0) == IPP_PSTATE_STOPPED;
    const bool refusing = accepting && !ippGetBoolean(accepting, 0);
    const QString detail = address() + QStringLiteral(": ")
                           + (message ? QString::fromUtf8(ippGetString(message, 0, nullptr)) : QString());
    ippDelete(response);
    if (stopped || refusing) {
        return Outcome::failure(ErrorKind::Offline,
                                tr("The print queue \"%1\" is paused. Resume it in the printer settings.").arg(m_options.queue),
                                detail);
    }
    return Outcome::success();
}

void CupsTransport::disconnect()
{
    if (m_http) {
        httpClose(m_http);
        m_http = nullptr;
    }
}

Outcome CupsTransport::send(const QByteArray &bytes)
{
    if (!m_http) {
        if (Outcome link = connect(); !link) {
            return link;
        }
    }
    const QByteArray queue = m_options.queue.toUtf8();
    const QByteArray title = m_options.jobTitle.toUtf8();
    const auto failed = [&](const char *step) {
        const QString detail = address() + QStringLiteral(": %1: ").arg(QLatin1String(step)) + lastError();
        disconnect();
        return Outcome::failure(ErrorKind::Offline,
                                tr("The receipt could not be handed to the print queue \"%1\".").arg(m_options.queue),
                                detail);
    };
    const int job = cupsCreateJob(m_http, queue.constData(), title.constData(), 0, nullptr);
    if (job == 0) {
        return failed("cupsCreateJob");
    }
    if (cupsStartDocument(m_http, queue.constData(), job, "receipt", CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE) {
        return failed("cupsStartDocument");
    }
    if (cupsWriteRequestData(m_http, bytes.constData(), size_t(bytes.size())) != HTTP_STATUS_CONTINUE) {
        cupsFinishDocument(m_http, queue.constData());
        return failed("cupsWriteRequestData");
    }
    if (cupsFinishDocument(m_http, queue.constData()) > IPP_STATUS_OK_CONFLICTING) {
        return failed("cupsFinishDocument");
    }
    m_lastJobId = job;
    return Outcome::success();
}

QList<DetectedDevice> CupsTransport::detect(const QString &server)
{
    QList<DetectedDevice> found;
    http_t *http = connectTo(server, 5000);
    if (!http) {
        return found;
    }
    cups_dest_t *dests = nullptr;
    const int count = cupsGetDests2(http, &dests);
    for (int i = 0; i < count; ++i) {
        const cups_dest_t &dest = dests[i];
        if (dest.instance) {
            continue;
        }
        const QString queue = QString::fromUtf8(dest.name);
        const char *info = cupsGetOption("printer-info", dest.num_options, dest.options);
        const char *device = cupsGetOption("device-uri", dest.num_options, dest.options);
        DetectedDevice d;
        d.category = DeviceCategory::ReceiptPrinter;
        d.backend = QStringLiteral("cups");
        d.name = (info && *info ? QString::fromUtf8(info) : queue) + QStringLiteral(" (CUPS)");
        d.params = {{QStringLiteral("queue"), queue}};
        if (device) {
            d.params.insert(QStringLiteral("deviceUri"), QString::fromUtf8(device));
        }
        if (!server.isEmpty()) {
            d.params.insert(QStringLiteral("server"), server);
        }
        found.append(d);
    }
    cupsFreeDests(count, dests);
    httpClose(http);
    return found;
}

} // namespace qtill::hal
