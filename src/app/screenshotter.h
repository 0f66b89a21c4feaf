#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QPixmap;
class QWidget;

namespace qtill::app {

class Application;

/// `qtill --screenshot DIR`: renders the sign-in screen (empty and with a wrong-PIN message), every
/// screen the owner can open in the rail's order (Home first; a group's page of tiles — Settings —
/// followed by each screen of the group; the Devices screen with the simulated hardware printing its
/// test page), the customer display window (idle, a cart, a payment QR), the lock screen and the
/// supervisor override dialog, each
/// at 1280×800, to DIR/<nn>-<screen id>.png. Signs in as the store's owner internally (no PIN), so it
/// must only ever run on a throw-away store (runApplication gives it a temporary demo store).
class Screenshotter
{
    Q_DECLARE_TR_FUNCTIONS(qtill::app::Screenshotter)
public:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 800;

    explicit Screenshotter(Application &app) : m_app(app) {}

    /// Writes the PNGs and returns their paths in order.
    Result<QStringList> run(const QString &dir);

private:
    Result<QString> save(const QPixmap &pixmap, const QString &id);
    QPixmap grabWindow();
    QPixmap grabWithDialog(QWidget *dialog);

    Application &m_app;
    QString m_dir;
    int m_counter = 0;
};

} // namespace qtill::app
