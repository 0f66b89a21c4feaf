#include "hal/wedge/wedgefilter.h"

#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>

namespace qtill::hal {

namespace {

bool isEnter(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

bool isModifierKey(const QKeyEvent *key)
{
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

/// Text a scan may carry: printable characters without Ctrl/Alt/Meta, plus the GS1 separators that
/// scanners type as Ctrl+] (only inside a burst).
bool isScanText(const QKeyEvent *key, bool inBurst)
{
    const QString text = key->text();
    if (text.isEmpty())
        return false;
    const char16_t first = text.at(0).unicode();
    if (inBurst && text.size() == 1 && (first == 0x1D || first == 0x1E || first == 0x04))
        return true;
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    for (const QChar c : text) {
        if (!c.isPrint() && !c.isSurrogate())
            return false;
    }
    return true;
}

/// Overwrites a string's characters before clearing it (it may have held card data).
void wipeString(QString &s)
{
    if (!s.isEmpty())
        secureWipe(s.data(), size_t(s.size()) * sizeof(QChar));
    s.clear();
}

} // namespace

WedgeSettings WedgeSettings::fromParams(const QVariantMap &params)
{
    WedgeSettings s;
    s.maxGapMs = qBound(5, params.value(u"maxGapMs"_qs, s.maxGapMs).toInt(), 1000);
    s.minLength = qMax(1, params.value(u"minLength"_qs, s.minLength).toInt());
    s.maxLength = qMax(s.minLength, params.value(u"maxLength"_qs, s.maxLength).toInt());
    s.prefix = params.value(u"prefix"_qs).toString();
    s.suffix = params.value(u"suffix"_qs).toString();
    return s;
}

WedgeFilter::WedgeFilter(WedgeSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_time = [clock] { return clock->elapsed(); };
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, &WedgeFilter::flushStale);
}

WedgeFilter::~WedgeFilter()
{
    discard();
}

void WedgeFilter::setSettings(const WedgeSettings &settings)
{
    replay();
    m_settings = settings;
}

void WedgeFilter::setTimeSource(TimeSource source)
{
    m_time = std::move(source);
}

void WedgeFilter::setScansEnabled(bool enabled)
{
    if (!enabled)
        replay();
    m_scansEnabled = enabled;
}

void WedgeFilter::setSwipesEnabled(bool enabled)
{
    if (!enabled)
        replay();
    m_swipesEnabled = enabled;
}

WedgeFilter *WedgeFilter::application()
{
    static QPointer<WedgeFilter> instance;
    if (!instance && QCoreApplication::instance()) {
        instance = new WedgeFilter(WedgeSettings{}, QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(instance);
    }
    return instance;
}

qint64 WedgeFilter::timeOf(const QKeyEvent *key) const
{
    return key->timestamp() != 0 ? qint64(key->timestamp()) : m_time();
}

bool WedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying)
        return false;
    if (event->type() == QEvent::KeyPress)
        return handlePress(watched, static_cast<QKeyEvent *>(event));
    if (event->type() == QEvent::KeyRelease)
        return handleRelease(watched, static_cast<QKeyEvent *>(event));
    return false;
}

bool WedgeFilter::handlePress(QObject *watched, QKeyEvent *key)
{
    if (!(m_scansEnabled || m_swipesEnabled) || key->isAutoRepeat()) {
        replay();
        return false;
    }
    const qint64 t = timeOf(key);
    if (!m_held.empty() && t - m_lastKeyMs > m_settings.maxGapMs)
        replay(); // the burst went quiet: it was typing

    if (isEnter(key))
        return m_held.empty() ? false : finishBurst(watched, key);

    const bool inBurst = !m_text.isEmpty();
    if (isScanText(key, inBurst)) {
        if (m_text.size() + key->text().size() > m_settings.maxLength + m_settings.prefix.size()
                + m_settings.suffix.size()) {
            replay();
            return false;
        }
        if (m_text.isEmpty())
            m_text.reserve(512); // no reallocation (and no stale copy) for a swipe-sized burst
        hold(watched, key);
        m_text += key->text();
        m_lastKeyMs = t;
        return true;
    }
    if (isModifierKey(key) && !m_held.empty()) {
        hold(watched, key);
        m_lastKeyMs = t;
        return true;
    }
    replay();
    return false;
}

bool WedgeFilter::handleRelease(QObject *watched, QKeyEvent *key)
{
    if (key->isAutoRepeat())
        return false;
    if (!m_held.empty()) {
        hold(watched, key);
        return true;
    }
    if (m_swallowedPresses.removeOne(key->key()))
        return true;
    return false;
}

void WedgeFilter::hold(QObject *watched, QKeyEvent *key)
{
    m_held.push_back(Held{watched, std::unique_ptr<QKeyEvent>(key->clone())});
    m_lastArrivalMs = m_time();
    m_staleTimer.start(m_settings.maxGapMs + 1);
}

bool WedgeFilter::looksLikeSwipe() const
{
    return (m_text.startsWith(QLatin1Char('%')) || m_text.startsWith(QLatin1Char(';')))
        && m_text.contains(QLatin1Char('?'));
}

bool WedgeFilter::finishBurst(QObject *watched, QKeyEvent *enter)
{
    Q_UNUSED(watched);
    if (looksLikeSwipe()) {
        deliverSwipe();
        discard();
        m_swallowedPresses.append(enter->key());
        return true;
    }
    if (!m_scansEnabled) {
        replay(); // only a card reader listens: everything else is typing
        return false;
    }
    ScanFraming framing;
    framing.prefix = m_settings.prefix;
    framing.suffix = m_settings.suffix;
    framing.minLength = m_settings.minLength;
    framing.maxLength = m_settings.maxLength;
    const ScanFrame frame = ScanFramer(framing).check(m_text);
    if (!frame.isScan()) {
        replay(); // too short or not framed like our scanner: typing, and Enter goes on
        return false;
    }
    discard();
    m_swallowedPresses.append(enter->key());
    Q_EMIT scanned(frame.text);
    return true;
}

void WedgeFilter::deliverSwipe()
{
    SecureBuffer raw(m_text.size() + 1);
    for (const QChar c : std::as_const(m_text))
        raw.append(c.unicode() <= 0x7E ? char(c.unicode()) : '\x7f');
    wipeString(m_text);
    const ParsedSwipe swipe = TrackParser::parse(raw);
    if (!m_swipesEnabled) {
        Q_EMIT swipeFailed(tr("Card swipes are not accepted right now."), u"wedge: no card reader enabled"_qs);
        return;
    }
    if (swipe.ok())
        Q_EMIT swiped(swipe.card);
    else
        Q_EMIT swipeFailed(swipe.message, swipe.detail);
}

void WedgeFilter::flushStale()
{
    if (m_held.empty())
        return;
    if (m_time() - m_lastArrivalMs > m_settings.maxGapMs)
        replay();
    else
        m_staleTimer.start(m_settings.maxGapMs + 1);
}

void WedgeFilter::replay()
{
    m_staleTimer.stop();
    if (m_held.empty())
        return;
    std::vector<Held> held;
    held.swap(m_held);
    wipeString(m_text);
    m_replaying = true;
    for (Held &h : held) {
        if (h.receiver)
            QCoreApplication::sendEvent(h.receiver, h.event.get());
    }
    m_replaying = false;
}

void WedgeFilter::discard()
{
    m_staleTimer.stop();
    m_held.clear();
    wipeString(m_text);
}

} // namespace qtill::hal
