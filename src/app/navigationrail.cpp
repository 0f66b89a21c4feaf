#include "navigationrail.h"

#include <QButtonGroup>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace qtill::app {

NavigationRail::NavigationRail(QWidget *parent) : QWidget(parent), m_list(new QVBoxLayout), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navRail"));
    setAttribute(Qt::WA_StyledBackground, true);
    setFixedWidth(120);
    m_group->setExclusive(true);

    auto *content = new QWidget;
    content->setLayout(m_list);
    m_list->setContentsMargins(12, 12, 12, 12);
    m_list->setSpacing(6);
    m_list->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_order.size() && isVisible())
                Q_EMIT screenRequested(m_order.at(i));
        });
    }
}

void NavigationRail::setScreens(const QList<shell::ScreenDescriptor> &screens)
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        m_group->removeButton(button);
        delete button;
    }
    m_buttons.clear();
    m_order.clear();

    int index = 0;
    for (const shell::ScreenDescriptor &screen : screens) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("nav_") + screen.id);
        button->setProperty("nav", true);
        button->setText(screen.title);
        button->setIcon(screen.icon);
        button->setIconSize(QSize(28, 28));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        button->setFixedSize(96, 76);
        if (index < 9)
            button->setToolTip(QStringLiteral("%1 (Ctrl+%2)").arg(screen.title).arg(index + 1));
        m_group->addButton(button);
        m_list->insertWidget(index++, button, 0, Qt::AlignHCenter);
        const QString id = screen.id;
        connect(button, &QToolButton::clicked, this, [this, id] { Q_EMIT screenRequested(id); });
        m_buttons.insert(id, button);
        m_order.append(id);
    }
}

void NavigationRail::setCurrent(const QString &id)
{
    if (QToolButton *button = m_buttons.value(id))
        button->setChecked(true);
}

} // namespace qtill::app
