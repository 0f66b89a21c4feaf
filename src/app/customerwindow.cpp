#include "customerwindow.h"

#include "hal/backends/camera/zxingencoder.h"
#include "hal/display/customerdisplaymodel.h"
#include "shell/theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTimer>

namespace qtill::app {

using Mode = hal::CustomerDisplayModel::Mode;

namespace {

QFont displayFont(int pixelSize, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

} // namespace

CustomerWindow::CustomerWindow(QWidget *parent) : QWidget(parent), m_promotionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("customerWindow"));
    setWindowTitle(tr("Qtill customer display"));
    setWindowFlag(Qt::FramelessWindowHint, true);
    setAttribute(Qt::WA_ShowWithoutActivating, true);
    setFocusPolicy(Qt::NoFocus);
    resize(1024, 600);
    connect(m_promotionTimer, &QTimer::timeout, this, &CustomerWindow::nextPromotion);
}

void CustomerWindow::setModel(hal::CustomerDisplayModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &hal::CustomerDisplayModel::changed, this, &CustomerWindow::onChanged);
    onChanged();
}

void CustomerWindow::setStoreName(const QString &name)
{
    m_storeName = name;
    update();
}

bool CustomerWindow::showOnSecondScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *primary = QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen == primary)
            continue;
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
        return true;
    }
    return false;
}

void CustomerWindow::onChanged()
{
    m_promotionTimer->stop();
    m_promotionImage = QImage();
    if (m_model && m_model->mode() == Mode::PaymentQr) {
        if (m_qrFor != m_model->qrPayload()) {
            m_qrFor = m_model->qrPayload();
            m_qr = hal::ZxingEncoder::encode(m_qrFor, hal::Symbology::Qr, 10);
        }
    } else {
        m_qr = QImage();
        m_qrFor.clear();
    }
    if (m_model && m_model->mode() == Mode::Idle && !m_model->promotions().isEmpty()) {
        m_promotion = -1;
        nextPromotion();
        if (m_model->promotions().size() > 1)
            m_promotionTimer->start(qMax(1000, m_model->promotionIntervalMs()));
    }
    update();
}

void CustomerWindow::nextPromotion()
{
    if (!m_model || m_model->promotions().isEmpty())
        return;
    const QStringList images = m_model->promotions();
    m_promotion = (m_promotion + 1) % int(images.size());
    m_promotionImage = QImage(images.at(m_promotion));
    update();
}

QStringList CustomerWindow::shownText() const
{
    const QString welcome = tr("Welcome");
    const QString name = m_storeName.isEmpty() ? QStringLiteral("Qtill") : m_storeName;
    if (!m_model)
        return {name, welcome};
    switch (m_model->mode()) {
    case Mode::Idle:
        return m_promotionImage.isNull() ? QStringList{name, welcome} : QStringList{name};
    case Mode::Cart: {
        QStringList out{name};
        for (const hal::DisplayLine &line : m_model->cart().lines)
            out << line.name + QLatin1Char(' ') + line.quantity + QLatin1Char(' ') + line.amount;
        if (!m_model->cart().discount.isEmpty())
            out << tr("Discount %1").arg(m_model->cart().discount);
        out << tr("Total %1").arg(m_model->cart().total);
        return out;
    }
    case Mode::Payment:
        return {name, tr("Total %1").arg(m_model->total()), tr("Paid %1").arg(m_model->paid()),
                tr("Change %1").arg(m_model->change())};
    case Mode::PaymentQr: return {name, m_model->qrCaption()};
    case Mode::Message: return {name, m_model->line1(), m_model->line2()};
    }
    return {name};
}

void CustomerWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect all = rect();
    p.fillRect(all, shell::Theme::kBackground);

    // Header: the store's name on the accent colour.
    const int header = qMax(64, height() / 9);
    p.fillRect(QRect(0, 0, width(), header), shell::Theme::kAccent);
    p.setPen(Qt::white);
    p.setFont(displayFont(header * 45 / 100, true));
    const QStringList text = shownText();
    p.drawText(QRect(32, 0, width() - 64, header), Qt::AlignVCenter | Qt::AlignLeft, text.value(0));

    const QRect body = all.adjusted(40, header + 28, -40, -28);
    const Mode mode = m_model ? m_model->mode() : Mode::Idle;
    switch (mode) {
    case Mode::Idle:
        if (!m_promotionImage.isNull()) {
            const QImage scaled = m_promotionImage.scaled(body.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            p.drawImage(body.center() - QPoint(scaled.width() / 2, scaled.height() / 2), scaled);
        } else {
            p.setPen(shell::Theme::kText);
            p.setFont(displayFont(body.height() / 5, true));
            p.drawText(body.adjusted(0, 0, 0, -body.height() / 4), Qt::AlignCenter, text.value(1));
            p.setPen(shell::Theme::kTextSecondary);
            p.setFont(displayFont(body.height() / 12));
            p.drawText(body.adjusted(0, body.height() / 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                       tr("Thank you for shopping with us"));
        }
        break;
    case Mode::Cart: {
        const hal::DisplayCart &cart = m_model->cart();
        const int rowHeight = qMax(44, body.height() / 10);
        p.setFont(displayFont(rowHeight * 45 / 100));
        const int rowsFit = qMax(1, (body.height() - 2 * rowHeight) / rowHeight);
        const int first = qMax(0, int(cart.lines.size()) - rowsFit); // the newest lines stay in view
        int y = body.top();
        for (int i = first; i < cart.lines.size(); ++i) {
            const hal::DisplayLine &line = cart.lines.at(i);
            const QRect row(body.left(), y, body.width(), rowHeight);
            p.setPen(shell::Theme::kText);
            p.drawText(row.adjusted(0, 0, -body.width() * 45 / 100, 0), Qt::AlignVCenter | Qt::AlignLeft, line.name);
            p.setPen(shell::Theme::kTextSecondary);
            p.drawText(row.adjusted(body.width() * 55 / 100, 0, -body.width() * 25 / 100, 0),
                       Qt::AlignVCenter | Qt::AlignRight, line.quantity);
            p.setPen(shell::Theme::kText);
            p.drawText(row, Qt::AlignVCenter | Qt::AlignRight, line.amount);
            p.setPen(shell::Theme::kBorder);
            p.drawLine(row.bottomLeft(), row.bottomRight());
            y += rowHeight;
        }
        const QRect totals(body.left(), body.bottom() - 2 * rowHeight, body.width(), 2 * rowHeight);
        if (!cart.discount.isEmpty()) {
            p.setPen(shell::Theme::kSuccess);
            p.setFont(displayFont(rowHeight * 40 / 100));
            p.drawText(totals, Qt::AlignTop | Qt::AlignLeft, tr("Discount %1").arg(cart.discount));
        }
        p.setPen(shell::Theme::kDanger);
        p.setFont(displayFont(rowHeight * 90 / 100, true));
        p.drawText(totals, Qt::AlignBottom | Qt::AlignRight, tr("Total %1").arg(cart.total));
        break;
    }
    case Mode::Payment: {
        const int rowHeight = body.height() / 3;
        for (int i = 1; i < 4; ++i) {
            p.setPen(i == 3 ? shell::Theme::kDanger : shell::Theme::kText);
            p.setFont(displayFont(rowHeight * (i == 3 ? 50 : 38) / 100, i == 3));
            p.drawText(QRect(body.left(), body.top() + (i - 1) * rowHeight, body.width(), rowHeight),
                       Qt::AlignVCenter | Qt::AlignHCenter, text.value(i));
        }
        break;
    }
    case Mode::PaymentQr: {
        const int side = qMin(body.width(), body.height() * 75 / 100);
        if (!m_qr.isNull()) {
            const QImage scaled = m_qr.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation);
            p.drawImage(QPoint(body.center().x() - scaled.width() / 2, body.top()), scaled);
        }
        p.setPen(shell::Theme::kText);
        p.setFont(displayFont(qMax(24, body.height() / 14), true));
        p.drawText(QRect(body.left(), body.top() + side, body.width(), body.height() - side), Qt::AlignCenter,
                   text.value(1));
        break;
    }
    case Mode::Message:
        p.setPen(shell::Theme::kText);
        p.setFont(displayFont(body.height() / 6, true));
        p.drawText(body.adjusted(0, 0, 0, -body.height() / 3), Qt::AlignCenter, text.value(1));
        p.setPen(shell::Theme::kTextSecondary);
        p.setFont(displayFont(body.height() / 10));
        p.drawText(body.adjusted(0, body.height() * 2 / 3, 0, 0), Qt::AlignHCenter | Qt::AlignTop, text.value(2));
        break;
    }
}

} // namespace qtill::app
