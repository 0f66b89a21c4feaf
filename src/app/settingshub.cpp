#include "settingshub.h"

#include "shell/pageheader.h"
#include "shell/shellcontext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qtill::app {

namespace {

/// A large button with an icon, a bold title and a grey line under it.
QPushButton *tile(const shell::ScreenDescriptor &screen, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QStringLiteral("settingsTile_") + screen.id);
    button->setProperty("settingsTile", true);
    button->setFixedHeight(108);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAccessibleName(screen.title);
    button->setAccessibleDescription(screen.description);
    button->setToolTip(screen.description);

    auto *icon = new QLabel(button);
    icon->setPixmap(screen.icon.pixmap(QSize(40, 40), button->devicePixelRatioF(), QIcon::Normal, QIcon::On));
    icon->setFixedSize(48, 48);
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(screen.title, button);
    title->setObjectName(QStringLiteral("settingsTileTitle"));
    auto *line = new QLabel(screen.description, button);
    line->setObjectName(QStringLiteral("settingsTileDescription"));
    line->setWordWrap(false); // one line: the tile's height never changes with the width
    line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the page
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QLabel *label : {icon, title, line})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addStretch(1);
    text->addWidget(title);
    text->addWidget(line);
    text->addStretch(1);
    auto *row = new QHBoxLayout(button);
    row->setContentsMargins(20, 14, 20, 14);
    row->setSpacing(16);
    row->addWidget(icon, 0, Qt::AlignVCenter);
    row->addLayout(text, 1);
    return button;
}

} // namespace

SettingsHub::SettingsHub(shell::ShellContext &context, QList<shell::ScreenDescriptor> screens, QWidget *parent)
    : QWidget(parent), m_context(context), m_screens(std::move(screens))
{
    setObjectName(QStringLiteral("settingsHub"));
    setStyleSheet(QStringLiteral(
        "QPushButton[settingsTile=\"true\"] { background: #FFFFFF; border: 1px solid #E3E5E8; border-radius: 16px;"
        " text-align: left; padding: 0; min-height: 106px; max-height: 106px; }"
        "QPushButton[settingsTile=\"true\"]:hover { border-color: #A9CBFF; }"
        "QPushButton[settingsTile=\"true\"]:pressed { background: #E8F1FF; border-color: #1677FF; }"
        "QPushButton[settingsTile=\"true\"]:focus { border: 2px solid #1677FF; }"
        "QLabel#settingsTileTitle { font-size: 19px; font-weight: 700; color: #101828; background: transparent; }"
        "QLabel#settingsTileDescription { font-size: 15px; color: #667085; background: transparent; }"));

    auto *header = new shell::PageHeader(tr("Settings"), this);
    header->setSubtitle(tr("The store, its staff, this register's devices and the data. Choose what to set up."));

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    constexpr int kColumns = 2;
    int index = 0;
    for (const shell::ScreenDescriptor &screen : std::as_const(m_screens)) {
        QPushButton *button = tile(screen, content);
        const QString id = screen.id;
        connect(button, &QPushButton::clicked, this, [this, id] { m_context.openScreen(id); });
        grid->addWidget(button, index / kColumns, index % kColumns);
        ++index;
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(index / kColumns + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);
}

QStringList SettingsHub::tileIds() const
{
    QStringList ids;
    for (const shell::ScreenDescriptor &screen : m_screens)
        ids << screen.id;
    return ids;
}

} // namespace qtill::app
