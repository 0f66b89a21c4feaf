#include "customerdisplayfeed.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include "hal/devicemanager.h"

#include "shell/deviceaccess.h"
#include "shell/shellcontext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace qtill::checkout {

const Setting<QString> CustomerDisplayFeed::kPromotionImages{"display/promotionImages", QString()};
const Setting<int> CustomerDisplayFeed::kThankYouSeconds{"display/thankYouSeconds", 8};

namespace {

QString money(const Money &amount)
{
    return amount.format(QLocale());
}

/// The pictures in `folder` (*.png, *.jpg), by name.
QStringList imagesIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList images;
    const QStringList names = dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")},
                                            QDir::Files, QDir::Name);
    for (const QString &name : names)
        images << dir.filePath(name);
    return images;
}

} // namespace

CustomerDisplayFeed::CustomerDisplayFeed(shell::ShellContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_cart(context.services().storeProfile().currency())
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);   // once per event-loop turn: a burst of scans is one update
    connect(&m_flush, &QTimer::timeout, this, &CustomerDisplayFeed::flush);
    m_thanks.setSingleShot(true);
    connect(&m_thanks, &QTimer::timeout, this, &CustomerDisplayFeed::showIdle);
}

QList<hal::CustomerDisplay *> CustomerDisplayFeed::displays() const
{
    QList<hal::CustomerDisplay *> found;
    shell::DeviceAccess *devices = m_context.devices();
    if (!devices)
        return found;
    // A display that is closed, not enabled or in error is skipped: the customer misses an update,
    // the sale goes on.
    for (hal::Device *device : devices->manager().devices(hal::DeviceCategory::CustomerDisplay)) {
        auto *display = qobject_cast<hal::CustomerDisplay *>(device);
        if (display && display->isEnabled() && !display->hasError())
            found << display;
    }
    return found;
}

hal::DisplayCart CustomerDisplayFeed::toDisplay(const Cart &cart)
{
    const QLocale locale;
    hal::DisplayCart shown;
    auto totals = cart.totals();
    if (!totals)
        return shown;
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine &line = cart.lines().at(i);
        const PricedLine &priced = totals->lines.at(i);
        const QString quantity = line.soldByWeight ? tr("%1 kg").arg(line.quantity.toString(locale))
                                                   : QStringLiteral("×") + line.quantity.toString(locale);
        shown.lines << hal::DisplayLine{line.name, quantity, money(priced.amount - priced.lineDiscount)};
    }
    shown.total = money(totals->total);
    const Money off = totals->lineDiscounts + totals->orderDiscount;
    if (!off.isZero())
        shown.discount = QStringLiteral("-") + money(off);
    return shown;
}

void CustomerDisplayFeed::setCart(const Cart &cart)
{
    m_cart = cart;
    m_flush.start();
}

void CustomerDisplayFeed::flush()
{
    if (m_cart.isEmpty()) {
        if (!m_thanks.isActive())   // the ticket after a sale starts empty: "Thank you" stays its time
            showIdle();
        return;
    }
    m_thanks.stop();
    const hal::DisplayCart shown = toDisplay(m_cart);
    for (hal::CustomerDisplay *display : displays())
        display->showCart(shown);
}

void CustomerDisplayFeed::showPaying(const Money &total, const Money &paid, const Money &change)
{
    m_flush.stop();
    m_thanks.stop();
    for (hal::CustomerDisplay *display : displays())
        display->showPayment(money(total), money(paid), change.isPositive() ? money(change) : QString());
}

void CustomerDisplayFeed::showPrompt(const QString &prompt, const Money &amount)
{
    m_flush.stop();
    m_thanks.stop();
    for (hal::CustomerDisplay *display : displays())
        display->showMessage(prompt, tr("To pay %1").arg(money(amount)));
}

void CustomerDisplayFeed::askForPaymentCode(const Money &amount)
{
    showPrompt(tr("Show your payment code"), amount);
}

void CustomerDisplayFeed::saleBooked(const CommittedSale &sale)
{
    m_flush.stop();
    m_cart.clear();
    const QString change = sale.change.isPositive() ? tr("Change %1").arg(money(sale.change)) : QString();
    for (hal::CustomerDisplay *display : displays())
        display->showMessage(tr("Thank you"), change);
    m_thanks.start(std::max(0, kThankYouSeconds.get(m_context.services().settings())) * 1000);
}

QStringList CustomerDisplayFeed::promotionImages() const
{
    const QString setting = kPromotionImages.get(m_context.services().settings()).trimmed();
    if (setting.isEmpty())
        return {};
    if (QFileInfo(setting).isDir())
        return imagesIn(setting);
    QStringList images;
    for (const QString &path : setting.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (QFileInfo::exists(path.trimmed()))
            images << path.trimmed();
    return images;
}

void CustomerDisplayFeed::showIdle()
{
    m_thanks.stop();
    const QStringList images = promotionImages();
    for (hal::CustomerDisplay *display : displays()) {
        if (!images.isEmpty()) {
            display->showPromotions(images);
            continue;
        }
        // No store-wide images: the display's own folder (DeviceHub's idle), else its welcome.
        const QString folder = display->info().params.value(QStringLiteral("promotions")).toString();
        display->showPromotions(folder.isEmpty() ? QStringList() : imagesIn(folder));
    }
}

} // namespace qtill::checkout
