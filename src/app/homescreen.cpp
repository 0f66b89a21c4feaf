#include "homescreen.h"

#include "homemodule.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace qtill::app {

using shell::Icons;
using shell::Theme;

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("secondary", true);
    return label;
}

QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("value", true);
    label->setWordWrap(true);
    return label;
}

} // namespace

HomeScreen::HomeScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_greeting(new QLabel(this)), m_date(new QLabel(this)),
      m_tiles(new QGridLayout), m_noTiles(new QLabel(this))
{
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_date->setObjectName(QStringLiteral("homeDate"));

    // ---- tiles: the counter's, then the back office's (rebuildTiles) ----
    m_tiles->setSpacing(16);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_noTiles->setWordWrap(true);
    m_noTiles->setProperty("secondary", true);
    m_noTiles->setText(tr("No other screens are installed yet. Sales, products and reports appear here as "
                          "their modules are added."));

    auto *tilesBox = new QWidget;
    auto *tilesLayout = new QVBoxLayout(tilesBox);
    tilesLayout->setContentsMargins(0, 0, 4, 0);
    tilesLayout->setSpacing(14);
    tilesLayout->addLayout(m_tiles);
    tilesLayout->addWidget(m_noTiles);
    tilesLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(tilesBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // ---- session card ----
    auto *card = new shell::Card(this);
    card->setObjectName(QStringLiteral("sessionCard"));
    card->setFixedWidth(320);
    auto *cardTitle = new QLabel(tr("Your session"), card);
    cardTitle->setProperty("heading", true);
    m_operator = value(card);
    m_role = value(card);
    m_since = value(card);
    m_idle = value(card);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 22, 24, 22);
    cardLayout->setSpacing(4);
    cardLayout->addWidget(cardTitle);
    cardLayout->addSpacing(10);
    cardLayout->addWidget(caption(tr("Operator"), card));
    cardLayout->addWidget(m_operator);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(caption(tr("Role"), card));
    cardLayout->addWidget(m_role);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(caption(tr("Signed in at"), card));
    cardLayout->addWidget(m_since);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(caption(tr("Screen lock"), card));
    cardLayout->addWidget(m_idle);
    cardLayout->addStretch(1);

    // The right column: the modules' cards (stock alerts, …), then the session.
    auto *side = new QWidget;
    side->setFixedWidth(336);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 16, 0);
    sideLayout->setSpacing(16);
    m_cards = new QVBoxLayout;
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(16);
    sideLayout->addLayout(m_cards);   // what needs attention first
    sideLayout->addWidget(card);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("homeSide"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFixedWidth(352);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(scroll, 1);
    body->addWidget(sideScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(20);
    layout->addLayout(body, 1);

    rebuildTiles();
    rebuildCards();
    refreshTexts();
}

void HomeScreen::activated()
{
    rebuildTiles();
    rebuildCards();
    refreshTexts();
}

void HomeScreen::rebuildCards()
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const shell::HomeCard &card : m_context.availableHomeCards()) {
        if (QWidget *widget = card.create(m_context, nullptr)) {
            widget->setObjectName(card.id);
            m_cards->addWidget(widget);
        }
    }
}

void HomeScreen::refreshTexts()
{
    const Session &session = m_context.session();
    const QDateTime now = m_context.clock().now();
    const int hour = now.time().hour();
    const QString greeting = hour < 5 ? tr("Good evening, %1") : hour < 12 ? tr("Good morning, %1")
                           : hour < 18 ? tr("Good afternoon, %1") : tr("Good evening, %1");
    m_greeting->setText(greeting.arg(session.name));

    StoreProfileService &profile = m_context.services().storeProfile();
    const QLocale locale;
    m_date->setText(tr("Business day %1  ·  Register %2")
                        .arg(locale.toString(profile.businessDate(now), tr("dddd, d MMMM yyyy")), profile.registerId()));

    m_operator->setText(session.displayName());
    m_role->setText(roleDisplayName(session.role));
    m_since->setText(locale.toString(session.signedInAt, tr("yyyy-MM-dd HH:mm")));
    const int minutes = kIdleLockMinutes.get(m_context.services().settings());
    m_idle->setText(minutes > 0 ? tr("Locks after %n minute(s) without use", nullptr, minutes)
                                : tr("Off"));
}

void HomeScreen::rebuildTiles()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<shell::ScreenDescriptor> counter;
    QList<shell::ScreenDescriptor> backOffice;
    bool hasTill = false;
    for (const shell::ScreenDescriptor &screen : m_context.availableScreens()) {
        if (screen.id == HomeModule::kScreenId)
            continue;
        hasTill = hasTill || screen.till;
        (screen.area == shell::ScreenArea::Counter ? counter : backOffice) << screen;
    }
    int row = 0;
    // The counter first, and honest about selling: until a module offers the till, this version of
    // Qtill takes no sales, and the home screen says so rather than leaving a cashier to look for it.
    if (!counter.isEmpty() || !hasTill) {
        addSectionHeading(tr("At the counter"), QStringLiteral("counterHeading"), row++);
        if (!hasTill) {
            auto *notice = new QLabel(tr("Selling is not part of this version yet: the till arrives with the "
                                         "checkout module. Here you can look up products and prices and "
                                         "check a serial number's sale and warranty."));
            notice->setObjectName(QStringLiteral("noTillNotice"));
            notice->setWordWrap(true);
            notice->setProperty("secondary", true);
            m_tiles->addWidget(notice, row++, 0, 1, kColumns);
        }
        row = addTiles(counter, row);
    }
    if (!backOffice.isEmpty()) {
        addSectionHeading(tr("Back office"), QStringLiteral("backOfficeHeading"), row++);
        row = addTiles(backOffice, row);
    }
    for (int c = 0; c < kColumns; ++c)
        m_tiles->setColumnStretch(c, 1);
    m_noTiles->setVisible(counter.isEmpty() && backOffice.isEmpty());
}

void HomeScreen::addSectionHeading(const QString &text, const QString &name, int row)
{
    auto *heading = new QLabel(text);
    heading->setObjectName(name);
    heading->setProperty("heading", true);
    m_tiles->addWidget(heading, row, 0, 1, kColumns);
}

int HomeScreen::addTiles(const QList<shell::ScreenDescriptor> &screens, int row)
{
    int index = 0;
    for (const shell::ScreenDescriptor &screen : screens) {
        auto *tile = new QToolButton;
        tile->setObjectName(QStringLiteral("tile_") + screen.id);
        tile->setProperty("tile", true);
        tile->setText(screen.title);
        // Tiles show the accent ("on") variant of navigation icons.
        QIcon icon;
        icon.addPixmap(screen.icon.pixmap(QSize(48, 48), devicePixelRatioF(), QIcon::Normal, QIcon::On));
        tile->setIcon(screen.icon.isNull() ? screen.icon : icon);
        tile->setIconSize(QSize(48, 48));
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tile->setFixedHeight(150);
        tile->setFocusPolicy(Qt::TabFocus);
        const QString id = screen.id;
        connect(tile, &QToolButton::clicked, this, [this, id] { m_context.openScreen(id); });
        m_tiles->addWidget(tile, row + index / kColumns, index % kColumns);
        ++index;
    }
    return row + (index + kColumns - 1) / kColumns;
}

} // namespace qtill::app
