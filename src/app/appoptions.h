#pragma once

#include <QString>
#include <QStringList>

namespace qtill::app {

/// What `qtill` was asked to do on its command line.
struct AppOptions
{
    QString dbPath;               ///< --db PATH; empty: Store::defaultPath()
    bool offscreen = false;       ///< --offscreen: run without a display (QT_QPA_PLATFORM=offscreen)
    QString screenshotDir;        ///< --screenshot DIR: render every screen to DIR and exit
    QString language;             ///< --lang zh_CN|en; empty: from the system locale
    bool demo = false;            ///< --demo: fill a new database with the demo store
    bool simulateHardware = false;///< --simulate-hardware: simulated devices instead of the configured ones
    bool selfCheckout = false;    ///< --self-checkout: run as a self-checkout kiosk (as checkout/selfCheckout does)

    /// The outcome of parse(): run, or stop at once printing `output` with `exitCode`
    /// (--help, --version, a bad argument).
    struct Parsed;
    static Parsed parse(const QStringList &arguments);

    /// True when Qt will have no display to open: no DISPLAY / WAYLAND_DISPLAY, no QT_QPA_PLATFORM,
    /// and neither --offscreen nor --screenshot.
    bool lacksDisplay() const;
    /// The line printed (to stderr) when lacksDisplay().
    static QString noDisplayMessage();
};

struct AppOptions::Parsed
{
    AppOptions options;
    bool exit = false;            ///< true: print `output` and exit with `exitCode`
    int exitCode = 0;
    QString output;
};

} // namespace qtill::app
