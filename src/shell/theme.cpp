#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace qtill::shell {

QString Theme::styleSheet()
{
    QFile file(QStringLiteral(":/qtill/theme/qtill.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void Theme::apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(kBaseFontPx);
    font.setHintingPreference(QFont::PreferNoHinting);
    app.setFont(font);

    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, kBackground);
    palette.setColor(QPalette::WindowText, kText);
    palette.setColor(QPalette::Base, kCard);
    palette.setColor(QPalette::AlternateBase, QColor(0xF8, 0xF9, 0xFB));
    palette.setColor(QPalette::Text, kText);
    palette.setColor(QPalette::Button, kCard);
    palette.setColor(QPalette::ButtonText, kText);
    palette.setColor(QPalette::Highlight, kAccent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x98, 0xA2, 0xB3));
    palette.setColor(QPalette::ToolTipBase, kText);
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::Link, kAccent);
    app.setPalette(palette);

    app.setStyleSheet(styleSheet());
}

void Theme::setProperty(QWidget *widget, const char *name, const QVariant &value)
{
    widget->setProperty(name, value);
    repolish(widget);
}

void Theme::setKind(QWidget *widget, const QString &kind)
{
    setProperty(widget, "kind", kind);
}

void Theme::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace qtill::shell
