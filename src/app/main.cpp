// qtill: parses the command line, checks for a display, creates QApplication and hands over to
// qtill::app::runApplication (src/app/application.h), which wires the modules (appmodules.cpp).
#include "appoptions.h"
#include "application.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const auto parsed = qtill::app::AppOptions::parse(arguments);
    if (parsed.exit) {
        std::FILE *out = parsed.exitCode == 0 ? stdout : stderr;
        std::fprintf(out, "%s\n", parsed.output.toUtf8().constData());
        return parsed.exitCode;
    }
    const qtill::app::AppOptions &options = parsed.options;
    // Before QApplication: without a display Qt would abort with a long, unhelpful message.
    if (options.lacksDisplay()) {
        std::fprintf(stderr, "%s\n", qtill::app::AppOptions::noDisplayMessage().toUtf8().constData());
        return 2;
    }
    if (options.offscreen || !options.screenshotDir.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qtill"));
    QApplication::setOrganizationName(QStringLiteral("Qtill"));
    QApplication::setApplicationVersion(QStringLiteral(QTILL_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Qtill"));
    return qtill::app::runApplication(options);
}
