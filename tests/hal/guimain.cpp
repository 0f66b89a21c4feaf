// main() for hal tests that paint: fonts and QPainter on QImage/PDF need a QGuiApplication. Runs on
// the offscreen platform unless one is set (also during test discovery).
#include <QDir>
#include <QGuiApplication>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // a private runtime dir, as a desktop session has
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/qtill-runtime-" + QByteArray::number(getuid());
        mkdir(runtime.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
