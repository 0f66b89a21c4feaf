#pragma once

#include <QFile>
#include <QString>
#include <gtest/gtest.h>

namespace qtill::hal::test {

/// Compares `actual` with tests/data/<relativePath>. With QTILL_UPDATE_GOLDEN=1 in the environment the
/// file is (re)written instead — review the diff before committing it.
inline ::testing::AssertionResult matchesGolden(const QString &relativePath, const QString &actual)
{
    const QString path = QStringLiteral(QTILL_TEST_DATA_DIR "/") + relativePath;
    if (qEnvironmentVariableIntValue("QTILL_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return ::testing::AssertionFailure() << "cannot write " << path.toStdString();
        }
        out.write(actual.toUtf8());
        return ::testing::AssertionSuccess();
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return ::testing::AssertionFailure() << "missing golden file " << path.toStdString()
                                             << " (run with QTILL_UPDATE_GOLDEN=1 to create it)";
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "differs from " << path.toStdString() << "\n--- expected\n"
                                         << expected.toStdString() << "\n--- actual\n" << actual.toStdString();
}

} // namespace qtill::hal::test
