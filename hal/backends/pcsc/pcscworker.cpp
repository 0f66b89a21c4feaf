#include "hal/backends/pcsc/pcscworker.h"

#include "hal/backends/pcsc/nfcuid.h"

#include <QCoreApplication>
#include <QThread>
#include <winscard.h>

namespace qtill::hal {

namespace {

QString describe(const char *call, LONG rv)
{
    return QStringLiteral("%1: %2 (0x%3)")
        .arg(QLatin1String(call), QString::fromLocal8Bit(pcsc_stringify_error(rv)))
        .arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

} // namespace

PcscWorker::PcscWorker(QVariantMap params) : m_params(std::move(params)) {}

PcscWorker::~PcscWorker() = default;

QStringList PcscWorker::listReaders()
{
    QStringList out;
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS)
        return out;
    char *names = nullptr;
    DWORD length = SCARD_AUTOALLOCATE;
    if (SCardListReaders(context, nullptr, reinterpret_cast<LPSTR>(&names), &length) == SCARD_S_SUCCESS && names) {
        for (const char *p = names; *p; p += qstrlen(p) + 1)
            out << QString::fromLocal8Bit(p);
        SCardFreeMemory(context, names);
    }
    SCardReleaseContext(context);
    return out;
}

void PcscWorker::cancel()
{
    m_cancelled = true;
    const long context = m_context.load();
    if (context)
        SCardCancel(SCARDCONTEXT(context));
}

bool PcscWorker::stopRequested() const
{
    return m_cancelled || QThread::currentThread()->isInterruptionRequested();
}

void PcscWorker::run()
{
    m_cancelled = false;
    SCARDCONTEXT context = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS) {
        if (rv == SCARD_E_NO_SERVICE) {
            Q_EMIT failed(DeviceError{ErrorKind::Offline,
                                      tr("The smart-card service (pcscd) is not running, so the NFC reader cannot "
                                         "be used. Ask your IT contact to install and start pcscd."),
                                      describe("SCardEstablishContext", rv), true});
        } else {
            Q_EMIT failed(DeviceError{ErrorKind::Failure, tr("The NFC reader service could not be reached."),
                                      describe("SCardEstablishContext", rv), true});
        }
        return;
    }
    m_context = long(context);
    const int pollMs = qMax(50, m_params.value(u"pollMs"_qs, 250).toInt());
    const QString wanted = m_params.value(u"reader"_qs).toString();

    QString reader;
    {
        char *names = nullptr;
        DWORD length = SCARD_AUTOALLOCATE;
        rv = SCardListReaders(context, nullptr, reinterpret_cast<LPSTR>(&names), &length);
        if (rv == SCARD_S_SUCCESS && names) {
            for (const char *p = names; *p; p += qstrlen(p) + 1) {
                const QString name = QString::fromLocal8Bit(p);
                if (wanted.isEmpty() || name.contains(wanted, Qt::CaseInsensitive)) {
                    reader = name;
                    break;
                }
            }
            SCardFreeMemory(context, names);
        }
    }
    if (reader.isEmpty()) {
        m_context = 0;
        SCardReleaseContext(context);
        Q_EMIT failed(DeviceError{ErrorKind::Offline, tr("No NFC reader is connected. Plug it in."),
                                  rv == SCARD_S_SUCCESS ? QStringLiteral("no reader matches \"%1\"").arg(wanted)
                                                        : describe("SCardListReaders", rv),
                                  true});
        return;
    }
    Q_EMIT ready(reader);

    const QByteArray readerName = reader.toLocal8Bit();
    SCARD_READERSTATE state{};
    state.szReader = readerName.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    bool present = false;
    while (!stopRequested()) {
        rv = SCardGetStatusChange(context, DWORD(pollMs), &state, 1);
        if (rv == SCARD_E_TIMEOUT)
            continue;
        if (rv == SCARD_E_CANCELLED)
            break;
        if (rv != SCARD_S_SUCCESS || (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE))) {
            Q_EMIT failed(DeviceError{ErrorKind::Offline, tr("The NFC reader was disconnected. Plug it in again."),
                                      describe("SCardGetStatusChange", rv), true});
            break;
        }
        state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
        const bool nowPresent = state.dwEventState & SCARD_STATE_PRESENT;
        if (nowPresent && !present)
            readCard(reader);
        else if (!nowPresent && present)
            Q_EMIT cardRemoved();
        present = nowPresent;
    }
    m_context = 0;
    SCardReleaseContext(context);
}

void PcscWorker::readCard(const QString &reader)
{
    const SCARDCONTEXT context = SCARDCONTEXT(m_context.load());
    const QByteArray readerName = reader.toLocal8Bit();
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    LONG rv = SCardConnect(context, readerName.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                           &card, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        Q_EMIT failed(DeviceError{ErrorKind::Protocol, tr("Could not read the card. Hold it on the reader again."),
                                  describe("SCardConnect", rv), true});
        return;
    }
    const QByteArray command = NfcUid::getUidCommand();
    BYTE response[64];
    DWORD responseLength = sizeof response;
    const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    rv = SCardTransmit(card, pci, reinterpret_cast<const BYTE *>(command.constData()), DWORD(command.size()), nullptr,
                       response, &responseLength);
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    if (rv != SCARD_S_SUCCESS) {
        Q_EMIT failed(DeviceError{ErrorKind::Protocol, tr("Could not read the card. Hold it on the reader again."),
                                  describe("SCardTransmit", rv), true});
        return;
    }
    const NfcUid::Parsed parsed
        = NfcUid::parseResponse(QByteArrayView(reinterpret_cast<const char *>(response), qsizetype(responseLength)));
    if (!parsed.ok) {
        Q_EMIT failed(DeviceError{ErrorKind::Protocol, tr("This card cannot be read by the NFC reader."),
                                  parsed.error, true});
        return;
    }
    Q_EMIT cardPresent(NfcUid::tag(parsed.uid, reader));
}

} // namespace qtill::hal
