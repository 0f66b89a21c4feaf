#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace qtill::shell {

/// The shell's line icons (resources/icons/<name>.svg, 24×24 strokes), tinted at load time.
///
/// Names: home, sale, products, stock, members, reports, settings, lock, signout, backspace, devices,
/// user, store, shield, info, warning, error, check, close, clock, calendar (chevron-up/-down are grey
/// arrows the style sheet uses). Modules use them for their
/// ScreenDescriptor icons so the rail looks of a piece. An unknown name, or a system without Qt's SVG
/// image plugin (libqt6svg6), gives an empty icon: buttons then show their text only.
class Icons
{
public:
    /// The icon in one colour.
    static QIcon icon(const QString &name, const QColor &color);
    /// For navigation: grey when off, accent when on (checked), white-ish when disabled.
    static QIcon navIcon(const QString &name);
    /// The icon rendered at `px` × `px` device-independent pixels in `color`.
    static QPixmap pixmap(const QString &name, const QColor &color, int px);
};

} // namespace qtill::shell
