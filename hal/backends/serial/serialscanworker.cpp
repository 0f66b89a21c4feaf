#include "hal/backends/serial/serialscanworker.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

ScanFraming framingOf(QVariantMap params)
{
    if (!params.contains(u"maxGapMs"_qs))
        params.insert(u"maxGapMs"_qs, 1000);
    return ScanFraming::fromParams(params);
}

QStringDecoder decoderOf(const QVariantMap &params)
{
    const QString encoding = params.value(u"encoding"_qs, u"utf-8"_qs).toString().toLower();
    if (encoding == u"gb18030" || encoding == u"gbk" || encoding == u"gb2312")
        return QStringDecoder("GB18030");
    return QStringDecoder(QStringDecoder::Utf8);
}

} // namespace

SerialScanWorker::SerialScanWorker(QVariantMap params)
    : SerialStreamWorker(params), m_framer(framingOf(params)), m_decoder(decoderOf(params))
{
    if (!m_decoder.isValid()) // no GB18030 codec (ICU missing): UTF-8 is the safe default
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
}

QString SerialScanWorker::deviceNoun() const
{
    return QCoreApplication::translate("qtill::hal::SerialScanWorker", "scanner");
}

void SerialScanWorker::handleReset()
{
    m_framer.reset();
    m_raw.clear();
    m_charStart = 0;
    m_charPending = false;
    m_decoder.resetState();
}

void SerialScanWorker::handleBytes(QByteArrayView bytes)
{
    const qint64 now = nowMs();
    for (const char b : bytes)
        byte(b, now);
}

void SerialScanWorker::byte(char b, qint64 now)
{
    // Multi-byte characters are decoded as they complete; a byte that cannot be decoded poisons the
    // scan it belongs to (rejected at its terminator). m_raw keeps the bytes of the scan so far.
    if (!m_charPending)
        m_charStart = m_raw.size();
    m_raw.append(b);
    const QString text = m_decoder.decode(QByteArrayView(&b, 1));
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        m_charPending = false;
        m_framer.feedInvalid(now);
        return;
    }
    m_charPending = text.isEmpty();
    if (m_charPending)
        return;
    for (const char32_t ch : text.toUcs4()) {
        const int staleBefore = m_framer.staleDiscards();
        ScanFrame frame;
        if (ch == 0xFFFD)
            m_framer.feedInvalid(now);
        else
            frame = m_framer.feed(ch, now);
        if (m_framer.staleDiscards() != staleBefore) {
            m_raw.remove(0, m_charStart); // the old partial was dropped
            m_charStart = 0;
        }
        if (frame.isScan())
            Q_EMIT scanned(frame.text, m_raw.left(m_charStart)); // without the terminator
        else if (frame.isRejected())
            Q_EMIT rejected(frame.message, frame.detail);
    }
    if (!m_framer.hasPartial()) {
        m_raw.clear(); // a scan ended, or terminators and stray line ends
        m_charStart = 0;
    }
}

} // namespace qtill::hal
