#include "screenshotter.h"

#include "application.h"
#include "customerwindow.h"
#include "devicehub.h"
#include "mainwindow.h"
#include "signinscreen.h"
#include "workspace.h"

#include "checkout/ui/checkoutuimodule.h"
#include "checkout/ui/customerdisplayfeed.h"
#include "checkout/ui/salescreen.h"
#include "checkout/ui/tillscreen.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/clock.h"
#include "core/storeprofileservice.h"
#include "hal/customerdisplay.h"
#include "hal/devicemanager.h"
#include "shell/numerickeypad.h"
#include "shell/overridedialog.h"
#include "shell/shellcontext.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPushButton>

namespace qtill::app {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

/// Presses keypad keys for `digits` (as a person would).
void typeOnKeypad(shell::NumericKeypad *keypad, const QString &digits)
{
    for (const QChar c : digits)
        if (QPushButton *key = keypad->button(QString(c)))
            key->click();
}

std::optional<Session> sessionFor(Services &services, Role role)
{
    auto operators = services.operators().list(true);
    if (!operators)
        return std::nullopt;
    for (const Operator &op : operators.value())
        if (op.role == role && !op.locked)
            return Session{op.id, op.number, op.name, op.role, services.clock().now()};
    return std::nullopt;
}

} // namespace

Result<QString> Screenshotter::save(const QPixmap &pixmap, const QString &id)
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(++m_counter, 2, 10, QLatin1Char('0')).arg(id));
    if (!pixmap.save(path, "PNG"))
        return Error::storage(tr("The screenshot %1 could not be written.").arg(path));
    return path;
}

QPixmap Screenshotter::grabWindow()
{
    settle();
    return m_app.mainWindow()->grab();
}

QPixmap Screenshotter::grabWithDialog(QWidget *dialog)
{
    QPixmap shot = grabWindow();
    // As big as the dialog asked for (a refund dialog sizes itself for its table), never below its hint,
    // never beyond the window.
    dialog->resize(dialog->size().expandedTo(dialog->sizeHint()).boundedTo(shot.deviceIndependentSize().toSize()));
    settle();
    QPixmap box(dialog->size() * dialog->devicePixelRatioF());
    box.setDevicePixelRatio(dialog->devicePixelRatioF());
    box.fill(Qt::transparent);
    {
        // A dialog on the terminal has rounded corners; clip the plain window grab to match.
        QPainter clip(&box);
        clip.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(dialog->size())), 16, 16);
        clip.setClipPath(path);
        clip.drawPixmap(0, 0, dialog->grab());
    }
    QPainter p(&shot);
    p.fillRect(shot.rect(), QColor(16, 24, 40, 110));
    const QPoint at((shot.width() - box.width()) / 2, (shot.height() - box.height()) / 2);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    for (int i = 12; i > 0; i -= 3) {
        p.setBrush(QColor(0, 0, 0, 10));
        p.drawRoundedRect(QRect(at, box.size()).adjusted(-i, -i + 6, i, i + 6), 16 + i, 16 + i);
    }
    p.drawPixmap(at, box);
    return shot;
}

Result<QStringList> Screenshotter::run(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error::storage(tr("The folder %1 cannot be created.").arg(dir));
    m_dir = dir;
    m_counter = 0;
    QStringList written;
    std::optional<Error> failure;
    auto keep = [&](Result<QString> path) -> bool {
        if (!path) {
            if (!failure)
                failure = path.error();
            return false;
        }
        written << path.value();
        return true;
    };

    MainWindow *window = m_app.mainWindow();
    window->resize(kWidth, kHeight);
    window->show();
    settle();

    Services &services = m_app.services();
    const std::optional<Session> owner = sessionFor(services, Role::Owner);
    if (!owner)
        return Error::notFound(tr("The store has no owner to take screenshots as."));

    // Sign-in, empty and after a wrong PIN (a real attempt, by a cashier, on the throw-away store).
    SignInScreen *signIn = m_app.signInScreen();
    signIn->showSignIn();
    if (!keep(save(grabWindow(), QStringLiteral("signin"))))
        return *failure;
    typeOnKeypad(signIn->keypad(), sessionFor(services, Role::Cashier).value_or(*owner).number);
    signIn->keypad()->button(QStringLiteral("ok"))->click();
    typeOnKeypad(signIn->keypad(), QStringLiteral("9999"));
    signIn->keypad()->button(QStringLiteral("ok"))->click();
    keep(save(grabWindow(), QStringLiteral("signin-error")));

    // Every screen the owner may open, Home first.
    m_app.beginSession(*owner);
    Workspace *workspace = m_app.workspace();
    // A group's entry (Settings) is its page of tiles, followed by each screen of the group.
    auto shoot = [&](const shell::ScreenDescriptor &screen) {
        if (!workspace->openScreen(screen.id))
            return;
        auto *aware = dynamic_cast<shell::ShellScreen *>(workspace->screen(screen.id));
        if (aware)
            aware->prepareScreenshot();
        keep(save(grabWindow(), screen.id));
        for (const QString &state : aware ? aware->screenshotStates() : QStringList()) {
            QWidget *dialog = aware->prepareScreenshotState(state);
            settle();
            const QString name = screen.id + QLatin1Char('.') + state;
            keep(save(dialog ? grabWithDialog(dialog) : grabWindow(), name));
            if (dialog)
                dialog->close();
        }
    };
    for (const shell::ScreenDescriptor &entry : workspace->availableScreens()) {
        shoot(entry);
        const QList<shell::ScreenDescriptor> grouped = workspace->groupScreens(entry.id);
        for (const shell::ScreenDescriptor &screen : grouped)
            shoot(screen);
    }
    workspace->openScreen(workspace->availableScreens().value(0).id);

    // The customer's second screen: between sales, then a sale as checkout will show it.
    CustomerWindow *customer = m_app.customerWindow();
    DeviceHub *devices = m_app.devices();
    if (customer && customer->model() && devices) {
        customer->resize(kWidth, kHeight);
        devices->showIdle(services.storeProfile().profile().name);   // the till's feed showed its ticket
        settle();
        keep(save(customer->grab(), QStringLiteral("customer-display")));
        // The till's ticket as its CustomerDisplayFeed shows it to the customer.
        auto *till = qobject_cast<checkout::TillScreen *>(workspace->screen(QLatin1String(checkout::CheckoutUiModule::kSaleId)));
        if (till && !till->saleScreen()->cart().isEmpty()) {
            till->customerDisplayFeed()->setCart(till->saleScreen()->cart());
            settle();
            keep(save(customer->grab(), QStringLiteral("customer-display.cart")));
        }
        auto *display = qobject_cast<hal::CustomerDisplay *>(devices->manager().first(hal::DeviceCategory::CustomerDisplay));
        if (display) {
            display->showPaymentQr(QStringLiteral("https://qr.alipay.com/bax00000example"),
                                   tr("Scan to pay %1").arg(QStringLiteral("¥13.55")));
            settle();
            keep(save(customer->grab(), QStringLiteral("customer-display.qr")));
        }
        devices->showIdle(services.storeProfile().profile().name);
    }

    // The lock screen.
    m_app.lock();
    keep(save(grabWindow(), QStringLiteral("lock")));

    // A cashier asks for something only a supervisor may approve.
    const Session actor = sessionFor(services, Role::Cashier).value_or(*owner);
    m_app.beginSession(actor);
    const std::optional<Session> supervisor = sessionFor(services, Role::Supervisor);
    const QString permission = Permissions::kSettingsEdit;
    shell::OverrideDialog dialog(services.authorizer(),
                                 shell::OverrideRequest{actor, permission, services.permissions().title(permission),
                                                        tr("Change the receipt footer."), QString()},
                                 window);
    dialog.setSupervisorNumber(supervisor ? supervisor->number : owner->number);
    dialog.show();
    settle();
    for (const QString &key : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        dialog.findChild<shell::NumericKeypad *>()->button(key)->click();
    keep(save(grabWithDialog(&dialog), QStringLiteral("override")));
    dialog.reject();

    if (failure)
        return *failure;
    return written;
}

} // namespace qtill::app
