#include "appoptions.h"

#include <QCommandLineParser>

namespace qtill::app {

// Parsing runs before QApplication exists (so that a missing display can be reported first): the
// help text is therefore English, like Qt's own --help.
AppOptions::Parsed AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qtill - smart retail point of sale"));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version and exit."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The shop database (default: $QTILL_DB, else the app data folder)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption offscreen(QStringLiteral("offscreen"),
                                       QStringLiteral("Run without a display (for automation)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every screen of a temporary demo store to DIR/<nn>-<screen>.png (1280x800) and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: zh_CN or en (default: from the system)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill a new database with the demo store on first start."));
    const QCommandLineOption simulate(QStringLiteral("simulate-hardware"),
                                      QStringLiteral("Use simulated devices instead of real ones."));
    const QCommandLineOption selfCheckout(
        QStringLiteral("self-checkout"),
        QStringLiteral("Run this register as a self-checkout kiosk (as the setting checkout/selfCheckout does)."));
    parser.addOptions({help, version, db, offscreen, screenshot, lang, demo, simulate, selfCheckout});

    Parsed parsed;
    if (!parser.parse(arguments)) {
        parsed.exit = true;
        parsed.exitCode = 2;
        parsed.output = QStringLiteral("qtill: ") + parser.errorText() + QStringLiteral(" (see qtill --help)");
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.exit = true;
        // Without a QCoreApplication the parser cannot know the program's name.
        parsed.output = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("qtill"));
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.exit = true;
        parsed.output = QStringLiteral("qtill ") + QStringLiteral(QTILL_VERSION);
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.exit = true;
        parsed.exitCode = 2;
        parsed.output = QStringLiteral("qtill: unexpected argument \"") + parser.positionalArguments().constFirst()
            + QStringLiteral("\" (see qtill --help)");
        return parsed;
    }

    AppOptions &o = parsed.options;
    o.dbPath = parser.value(db);
    o.offscreen = parser.isSet(offscreen);
    o.screenshotDir = parser.value(screenshot);
    o.demo = parser.isSet(demo);
    o.simulateHardware = parser.isSet(simulate);
    o.selfCheckout = parser.isSet(selfCheckout);
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
            || value.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0) {
            o.language = QStringLiteral("zh_CN");
        } else if (value.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
            o.language = QStringLiteral("en");
        } else {
            parsed.exit = true;
            parsed.exitCode = 2;
            parsed.output = QStringLiteral("qtill: --lang takes zh_CN or en, not \"") + value + QStringLiteral("\"");
            return parsed;
        }
    }
    if (parser.isSet(screenshot) && o.screenshotDir.isEmpty()) {
        parsed.exit = true;
        parsed.exitCode = 2;
        parsed.output = QStringLiteral("qtill: --screenshot needs a folder");
    }
    return parsed;
}

bool AppOptions::lacksDisplay() const
{
    if (offscreen || !screenshotDir.isEmpty())
        return false;
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString AppOptions::noDisplayMessage()
{
    return QStringLiteral("qtill: no display found — run it in a desktop session, or use --offscreen / --screenshot DIR");
}

} // namespace qtill::app
