#include "topbar.h"

#include "core/operator.h"
#include "shell/icons.h"
#include "shell/theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace qtill::app {

using shell::Icons;
using shell::Theme;

namespace {

QLabel *iconLabel(const QString &name, QWidget *parent, const QColor &color = QColor(0x66, 0x70, 0x85))
{
    auto *label = new QLabel(parent);
    label->setPixmap(Icons::pixmap(name, color, 22));
    label->setFixedSize(24, 24);
    return label;
}

QWidget *separator(QWidget *parent)
{
    auto *line = new QWidget(parent);
    line->setFixedSize(1, 28);
    line->setStyleSheet(QStringLiteral("background: #E3E5E8;"));
    return line;
}

} // namespace

TopBar::TopBar(QWidget *parent)
    : QWidget(parent), m_store(new QLabel(this)), m_register(new QLabel(this)), m_database(new StatusChip(this)),
      m_date(new QLabel(this)),
      m_devices(new StatusChip(this)), m_operator(new QLabel(this)), m_role(new QLabel(this)), m_clock(new QLabel(this)),
      m_lock(new QPushButton(this)), m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("topBar"));
    setAttribute(Qt::WA_StyledBackground, true);
    setFixedHeight(68);

    m_store->setObjectName(QStringLiteral("storeName"));
    m_register->setObjectName(QStringLiteral("registerId"));
    m_register->setProperty("chip", QStringLiteral("muted"));
    m_database->setObjectName(QStringLiteral("databaseAddress"));
    m_database->setProperty("chip", QStringLiteral("muted"));
    m_database->setVisible(false);
    m_date->setObjectName(QStringLiteral("businessDate"));
    m_devices->setObjectName(QStringLiteral("deviceStatus"));
    m_devices->setProperty("chip", QStringLiteral("muted"));
    m_devices->setCursor(Qt::PointingHandCursor);
    m_devices->installEventFilter(this);
    m_operator->setObjectName(QStringLiteral("operatorLabel"));
    m_operator->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_role->setObjectName(QStringLiteral("roleLabel"));
    m_role->setProperty("chip", QStringLiteral("role"));
    m_clock->setObjectName(QStringLiteral("clockLabel"));

    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_lock->setText(tr("Lock"));
    m_lock->setToolTip(tr("Lock the screen (Ctrl+L). Sign in again with your PIN."));
    m_lock->setIcon(Icons::icon(QStringLiteral("lock"), Theme::kText));
    m_lock->setIconSize(QSize(22, 22));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setToolTip(tr("End your session so another operator can sign in."));
    m_signOut->setIcon(Icons::icon(QStringLiteral("signout"), Theme::kText));
    m_signOut->setIconSize(QSize(22, 22));
    m_lock->setFocusPolicy(Qt::TabFocus);
    m_signOut->setFocusPolicy(Qt::TabFocus);
    Theme::setKind(m_lock, QStringLiteral("flat"));
    Theme::setKind(m_signOut, QStringLiteral("flat"));
    connect(m_lock, &QPushButton::clicked, this, &TopBar::lockRequested);
    connect(m_signOut, &QPushButton::clicked, this, &TopBar::signOutRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(20, 0, 12, 0);
    row->setSpacing(12);
    const auto center = Qt::AlignVCenter;
    row->addWidget(iconLabel(QStringLiteral("store"), this, Theme::kAccent), 0, center);
    row->addWidget(m_store, 0, center);
    row->addWidget(m_register, 0, center);
    row->addWidget(m_database, 0, center);
    row->addWidget(separator(this), 0, center);
    row->addWidget(iconLabel(QStringLiteral("calendar"), this), 0, center);
    row->addWidget(m_date, 0, center);
    row->addStretch(1);
    row->addWidget(m_devices, 0, center);
    row->addWidget(separator(this), 0, center);
    row->addWidget(iconLabel(QStringLiteral("user"), this), 0, center);
    row->addWidget(m_operator, 0, center);
    row->addWidget(m_role, 0, center);
    row->addWidget(separator(this), 0, center);
    row->addWidget(m_clock, 0, center);
    row->addWidget(m_lock, 0, center);
    row->addWidget(m_signOut, 0, center);
}

void TopBar::setStore(const QString &name, const QString &registerId)
{
    m_store->setText(name);
    m_register->setText(registerId);
    m_register->setToolTip(tr("Register %1").arg(registerId));
    m_register->setVisible(!registerId.isEmpty());
}

void TopBar::setDatabase(const QString &shown, const QString &address)
{
    m_database->setFullText(shown);
    m_database->setToolTip(tr("Database: %1 (shared with the other lanes)").arg(address));
    m_database->setVisible(!shown.isEmpty());
}

void TopBar::setBusinessDate(QDate date)
{
    const QLocale locale;
    m_date->setText(tr("Business day %1").arg(locale.toString(date, tr("yyyy-MM-dd ddd"))));
    m_date->setToolTip(tr("Sales count toward this business day until the store's day start."));
}

void TopBar::setSession(const Session &session)
{
    m_operator->setText(session.displayName());
    m_role->setText(roleDisplayName(session.role));
}

void TopBar::setTime(const QDateTime &now)
{
    m_clock->setText(QLocale().toString(now.time(), QStringLiteral("HH:mm")));
}

void TopBar::setDeviceStatus(const QString &text, const QString &details, bool ok)
{
    setDeviceStatus(text, details, ok ? DeviceIndicator::Ok : DeviceIndicator::Muted);
}

void TopBar::setDeviceStatus(const QString &text, const QString &details, DeviceIndicator indicator)
{
    m_deviceText = text;
    m_devices->setToolTip(details.startsWith(text) ? details : text + QLatin1Char('\n') + details);
    const QString look = indicator == DeviceIndicator::Warning ? QStringLiteral("warning")
                         : indicator == DeviceIndicator::Ok    ? QStringLiteral("ok")
                                                               : QStringLiteral("muted");
    Theme::setProperty(m_devices, "chip", look);
    m_devices->setFullText(text); // after the look: its font and padding decide what fits
}

bool TopBar::deviceTextFits() const
{
    return m_devices->text() == m_deviceText
           && m_devices->fontMetrics().horizontalAdvance(m_deviceText) <= m_devices->contentsRect().width();
}

StatusChip::StatusChip(QWidget *parent) : QLabel(parent)
{
    setMaximumWidth(kMaxWidth);
}

void StatusChip::setFullText(const QString &text)
{
    m_full = text;
    QLabel::setText(text);
    updateGeometry();
    elide();
}

QSize StatusChip::sizeHint() const
{
    // As wide as the whole text needs, whatever part of it is shown now.
    const QSize shown = QLabel::sizeHint();
    const int extra = fontMetrics().horizontalAdvance(m_full) - fontMetrics().horizontalAdvance(text());
    return {std::min(shown.width() + extra, maximumWidth()), shown.height()};
}

QSize StatusChip::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {std::min(hint.width(), kMinWidth), hint.height()};
}

void StatusChip::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void StatusChip::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, contentsRect().width()));
    if (shown != text())
        QLabel::setText(shown); // the size hint stays that of the whole text: no relayout loop
}

QString TopBar::deviceIndicator() const
{
    return m_devices->property("chip").toString();
}

bool TopBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_devices && event->type() == QEvent::MouseButtonRelease) {
        Q_EMIT devicesClicked();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString TopBar::operatorText() const
{
    return m_operator->text();
}

} // namespace qtill::app
