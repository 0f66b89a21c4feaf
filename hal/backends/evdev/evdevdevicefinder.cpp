#include "hal/backends/evdev/evdevdevicefinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <linux/input-event-codes.h>

namespace qtill::hal {

namespace {

QString readLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine(4096)).trimmed();
}

/// Bit `bit` of a sysfs capability mask ("120013", or "fe 0 0 ... 3ff" for the key map: words of
/// the platform's long, most significant first).
bool hasBit(const QString &mask, int bit)
{
    const QStringList words = mask.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int bitsPerWord = int(sizeof(long) * 8);
    const int wordIndex = int(words.size()) - 1 - bit / bitsPerWord;
    if (wordIndex < 0 || wordIndex >= words.size())
        return false;
    bool ok = false;
    const quint64 word = words.at(wordIndex).toULongLong(&ok, 16);
    return ok && ((word >> (bit % bitsPerWord)) & 1U);
}

} // namespace

EvdevDeviceFinder::EvdevDeviceFinder(QString sysRoot, QString devRoot)
    : m_sysRoot(std::move(sysRoot)), m_devRoot(std::move(devRoot))
{
}

quint16 EvdevDeviceFinder::parseId(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::UInt
        || value.typeId() == QMetaType::LongLong) {
        const qlonglong v = value.toLongLong();
        return (v > 0 && v <= 0xFFFF) ? quint16(v) : 0;
    }
    QString s = value.toString().trimmed().toLower();
    if (s.startsWith(u"0x"))
        s.remove(0, 2);
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    return (ok && v > 0 && v <= 0xFFFF) ? quint16(v) : 0;
}

QList<EvdevDeviceFinder::Node> EvdevDeviceFinder::keyboards() const
{
    // by-id links first, to name each node by its stable path.
    QHash<QString, QString> byId;
    const QDir byIdDir(m_devRoot + u"/input/by-id"_qs);
    for (const QFileInfo &link : byIdDir.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(link.symLinkTarget()).fileName();
        if (target.startsWith(u"event") && !byId.contains(target))
            byId.insert(target, link.absoluteFilePath());
    }

    QList<Node> nodes;
    const QDir inputDir(m_sysRoot + u"/class/input"_qs);
    QStringList events = inputDir.entryList({u"event*"_qs}, QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
    std::sort(events.begin(), events.end(), [](const QString &a, const QString &b) {
        return a.mid(5).toInt() < b.mid(5).toInt();
    });
    for (const QString &event : std::as_const(events)) {
        const QString dev = inputDir.filePath(event) + u"/device"_qs;
        if (!hasBit(readLine(dev + u"/capabilities/ev"_qs), EV_KEY))
            continue;
        const QString keys = readLine(dev + u"/capabilities/key"_qs);
        if (!hasBit(keys, KEY_ENTER) || !hasBit(keys, KEY_1))
            continue;
        Node n;
        n.path = m_devRoot + u"/input/"_qs + event;
        n.name = readLine(dev + u"/name"_qs);
        n.vendor = parseId(readLine(dev + u"/id/vendor"_qs));
        n.product = parseId(readLine(dev + u"/id/product"_qs));
        n.byId = byId.value(event);
        nodes.append(n);
    }
    return nodes;
}

QString EvdevDeviceFinder::resolve(const QVariantMap &params, QString *error) const
{
    const QString path = params.value(u"path"_qs).toString();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (error)
                *error = QStringLiteral("%1 does not exist").arg(path);
            return {};
        }
        return info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    }
    const quint16 vid = parseId(params.value(u"vid"_qs));
    const quint16 pid = parseId(params.value(u"pid"_qs));
    if (!vid || !pid) {
        if (error)
            *error = QStringLiteral("neither path nor vid/pid configured");
        return {};
    }
    int index = params.value(u"index"_qs, 0).toInt();
    for (const Node &n : keyboards()) {
        if (n.vendor == vid && n.product == pid && index-- == 0)
            return n.path;
    }
    if (error) {
        *error = QStringLiteral("no keyboard device %1:%2")
                     .arg(vid, 4, 16, QLatin1Char('0'))
                     .arg(pid, 4, 16, QLatin1Char('0'));
    }
    return {};
}

QList<DetectedDevice> EvdevDeviceFinder::detect() const
{
    QList<DetectedDevice> out;
    for (const Node &n : keyboards()) {
        DetectedDevice d;
        d.category = DeviceCategory::Scanner;
        d.backend = u"evdev"_qs;
        d.name = QStringLiteral("%1 (USB %2:%3)")
                     .arg(n.name.isEmpty() ? n.path : n.name)
                     .arg(n.vendor, 4, 16, QLatin1Char('0'))
                     .arg(n.product, 4, 16, QLatin1Char('0'));
        if (!n.byId.isEmpty())
            d.params.insert(u"path"_qs, n.byId);
        d.params.insert(u"vid"_qs, QStringLiteral("%1").arg(n.vendor, 4, 16, QLatin1Char('0')));
        d.params.insert(u"pid"_qs, QStringLiteral("%1").arg(n.product, 4, 16, QLatin1Char('0')));
        out.append(d);
    }
    return out;
}

} // namespace qtill::hal
