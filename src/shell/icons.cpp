#include "icons.h"

#include "theme.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace qtill::shell {

namespace {

/// The colour the SVG files are drawn in; replaced by the requested one.
constexpr char kPlaceholderColor[] = "#1F2937";
const QColor kNavIdle(0x47, 0x54, 0x67);
const QColor kDisabled(0xA0, 0xA6, 0xB1);

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/qtill/icons/") + name + QStringLiteral(".svg"));
    QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, data);
    return data;
}

QImage render(const QString &name, const QColor &color, QSize size)
{
    QByteArray svg = svgSource(name);
    if (svg.isEmpty() || size.isEmpty())
        return {};
    svg.replace(kPlaceholderColor, color.name(QColor::HexRgb).toLatin1());
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    const int side = qMin(size.width(), size.height());
    reader.setScaledSize(QSize(side, side));
    return reader.read();
}

/// Renders a tinted SVG on demand, in the colour chosen for each mode and state, and caches the result.
class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(QString name, QColor off, QColor on)
        : m_name(std::move(name)), m_off(std::move(off)), m_on(std::move(on))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = scaledPixmap(rect.size(), mode, state, dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = size * scale;
        const QColor color = colorFor(mode, state);
        const QString key = QStringLiteral("%1/%2/%3x%4").arg(m_name, color.name()).arg(device.width()).arg(device.height());
        auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
        QPixmap pm = QPixmap::fromImage(render(m_name, color, device));
        pm.setDevicePixelRatio(scale);
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QIconEngine *clone() const override { return new TintedIconEngine(m_name, m_off, m_on); }
    QString key() const override { return QStringLiteral("qtill-tinted"); }
    bool isNull() override { return svgSource(m_name).isEmpty(); }

private:
    QColor colorFor(QIcon::Mode mode, QIcon::State state) const
    {
        if (mode == QIcon::Disabled)
            return kDisabled;
        return state == QIcon::On ? m_on : m_off;
    }

    QString m_name;
    QColor m_off;
    QColor m_on;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QPixmap Icons::pixmap(const QString &name, const QColor &color, int px)
{
    return QPixmap::fromImage(render(name, color, QSize(px, px)));
}

QIcon Icons::icon(const QString &name, const QColor &color)
{
    if (svgSource(name).isEmpty())
        return {};
    return QIcon(new TintedIconEngine(name, color, color));
}

QIcon Icons::navIcon(const QString &name)
{
    if (svgSource(name).isEmpty())
        return {};
    return QIcon(new TintedIconEngine(name, kNavIdle, Theme::kAccent));
}

} // namespace qtill::shell
