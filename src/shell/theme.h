#pragma once

#include <QColor>
#include <QString>
#include <QVariant>

class QApplication;
class QWidget;

namespace qtill::shell {

/// The one Qtill look: a light, touch-first theme (white cards on light grey, one blue accent,
/// 17 px base font with Noto Sans CJK SC, every control at least 48 px high). The style sheet lives
/// in resources/theme/qtill.qss (compiled into qtill_shell); widgets choose variants through dynamic
/// properties (see setKind() and the notes at the top of the .qss).
class Theme
{
public:
    static inline const QColor kBackground{0xF2, 0xF3, 0xF5};
    static inline const QColor kCard{0xFF, 0xFF, 0xFF};
    static inline const QColor kBorder{0xE3, 0xE5, 0xE8};
    static inline const QColor kText{0x1F, 0x29, 0x37};
    static inline const QColor kTextSecondary{0x6B, 0x72, 0x80};
    static inline const QColor kAccent{0x16, 0x77, 0xFF};
    static inline const QColor kAccentPressed{0x0B, 0x5E, 0xD7};
    static inline const QColor kAccentTint{0xE8, 0xF1, 0xFF};
    static inline const QColor kDanger{0xD9, 0x2D, 0x20};
    static inline const QColor kWarning{0xB5, 0x47, 0x08};
    static inline const QColor kSuccess{0x06, 0x76, 0x47};

    static constexpr int kBaseFontPx = 17;
    static constexpr int kMinTouchPx = 48;

    /// Sets the Fusion style, the font (Noto Sans CJK SC), the palette and the style sheet on `app`.
    /// Call once, after QApplication is constructed and before any window is shown.
    static void apply(QApplication &app);

    /// The style sheet text from the resources (empty if the resource is missing, which is a build bug).
    static QString styleSheet();

    /// Sets a style variant property (e.g. kind=primary on a QPushButton, card=true on a QFrame) and
    /// re-polishes the widget so the change shows at once.
    static void setProperty(QWidget *widget, const char *name, const QVariant &value);
    /// Shorthand: QPushButton variants "primary", "danger", "flat" (empty: the default button).
    static void setKind(QWidget *widget, const QString &kind);
    /// Re-applies the style after a dynamic property changed.
    static void repolish(QWidget *widget);
};

} // namespace qtill::shell
