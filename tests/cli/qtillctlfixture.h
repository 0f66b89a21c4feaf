#pragma once
// The fixture shared by the qtillctl end-to-end tests: the real binary (QTILLCTL_PATH, set by the test's
// target) run on a store in a temporary directory — or, with QTILL_TEST_ENGINE=postgresql, on a fresh
// database on the test server (TestDatabase).
#include "testdatabase.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace qtill::test {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class QtillctlFixture : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    TestDatabase database{dir.path(), QStringLiteral("store.db")};

    /// The store's address: a file in dir, or a postgresql:// address (see TestDatabase).
    QString db() const { return database.address(); }

    /// Runs qtillctl with `--db <temp store>` and the acting PIN in $QTILL_PIN (when given).
    Outcome run(QStringList args, const QString &pin = {}, const QString &newPin = {}) const
    {
        return runOn(db(), std::move(args), pin, newPin);
    }

    /// run() on the store at `path` (a second store: moving a catalog from one store to another).
    Outcome runOn(const QString &path, QStringList args, const QString &pin = {}, const QString &newPin = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QTILL_DB"));
        env.remove(QStringLiteral("QTILL_PIN"));
        env.remove(QStringLiteral("QTILL_NEW_PIN"));
        env.insert(QStringLiteral("HOME"), dir.path());
        if (!pin.isEmpty())
            env.insert(QStringLiteral("QTILL_PIN"), pin);
        if (!newPin.isEmpty())
            env.insert(QStringLiteral("QTILL_NEW_PIN"), newPin);
        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        process.start(QStringLiteral(QTILLCTL_PATH), args);
        Outcome result;
        if (!process.waitForFinished(60000)) {
            ADD_FAILURE() << "qtillctl did not finish: " << args.join(QLatin1Char(' ')).toStdString();
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    void initDemo()
    {
        const Outcome init = run({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }
};

} // namespace qtill::test
