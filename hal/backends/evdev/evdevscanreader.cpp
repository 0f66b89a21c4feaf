#include "hal/backends/evdev/evdevscanreader.h"

namespace qtill::hal {

namespace {

KeyMap layoutOf(const QVariantMap &params)
{
    return KeyMap::forLayout(params.value(u"layout"_qs, u"us"_qs).toString())
        .value_or(*KeyMap::forLayout(u"us"_qs));
}

ScanFraming framingOf(QVariantMap params)
{
    if (!params.contains(u"maxGapMs"_qs))
        params.insert(u"maxGapMs"_qs, 500);
    return ScanFraming::fromParams(params);
}

} // namespace

EvdevScanReader::EvdevScanReader(QVariantMap params, QString sysRoot, QString devRoot)
    : EvdevReader(params, std::move(sysRoot), std::move(devRoot))
    , m_keys(layoutOf(params))
    , m_framer(framingOf(params))
{
}

void EvdevScanReader::handleKey(const RawKeyEvent &event)
{
    const KeyStream::Output out = m_keys.feed(event);
    if (out.kind == KeyStream::Output::Kind::Unmapped) {
        m_framer.feedInvalid(out.timeMs);
        return;
    }
    if (out.kind != KeyStream::Output::Kind::Char)
        return;
    const ScanFrame frame = m_framer.feed(out.ch, out.timeMs);
    if (frame.isScan())
        Q_EMIT scanned(frame.text, frame.text.toUtf8());
    else if (frame.isRejected())
        Q_EMIT rejected(frame.message, frame.detail);
}

void EvdevScanReader::handleReset()
{
    m_keys.reset();
    m_framer.reset();
}

} // namespace qtill::hal
