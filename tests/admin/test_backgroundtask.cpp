// shell::BackgroundTask: a job runs on a worker thread with its own Services on the same file, its
// progress and its result come back to the GUI thread, one job runs at a time, a task destroyed
// mid-job stops the job and drops its result, and its teardown ends on the worker what jobs kept there.
#include "adminfixture.h"

#include "shell/backgroundtask.h"

#include "core/store.h"

#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace qtill;
using qtill::shell::BackgroundTask;
using qtill::shell::TaskProgress;

namespace {

class BackgroundTaskTest : public test::AdminFixture
{
};

TEST_F(BackgroundTaskTest, RunsTheJobOnItsOwnConnectionAndBringsTheResultBack)
{
    BackgroundTask task(services());
    QSignalSpy progress(&task, &BackgroundTask::progressChanged);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QThread *const gui = QThread::currentThread();
    Services *const mine = &services();
    std::atomic<bool> ranElsewhere{false};
    std::optional<Result<qint64>> delivered;
    QThread *deliveredOn = nullptr;

    ASSERT_TRUE(task.start<qint64>(
        [&](Services &worker, TaskProgress &p) -> Result<qint64> {
            ranElsewhere = QThread::currentThread() != gui && &worker != mine && &worker.store() != &mine->store()
                && worker.store().path() == mine->store().path();
            EXPECT_TRUE(p.report(1, 2));
            return worker.auditLog().lastSeq();
        },
        [&](const Result<qint64> &result) {
            delivered = result;
            deliveredOn = QThread::currentThread();
        }));
    EXPECT_TRUE(task.isRunning());
    ASSERT_TRUE(finished.wait(10000));

    EXPECT_TRUE(ranElsewhere);
    ASSERT_TRUE(delivered.has_value());
    ASSERT_TRUE(delivered->ok());
    EXPECT_EQ(delivered->value(), services().auditLog().lastSeq().value()); // the same file
    EXPECT_EQ(deliveredOn, gui);
    ASSERT_GE(progress.size(), 1);
    EXPECT_EQ(progress.first().at(0).toLongLong(), 1);
    EXPECT_EQ(progress.first().at(1).toLongLong(), 2);
    EXPECT_FALSE(task.isRunning());
}

TEST_F(BackgroundTaskTest, OneJobAtATimeAndAnErrorComesBackAsTheResult)
{
    BackgroundTask task(services());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::optional<Status> first;
    ASSERT_TRUE(task.start<void>([](Services &, TaskProgress &) -> Status { return Error::conflict(QStringLiteral("no")); },
                                 [&](const Status &s) { first = s; }));
    EXPECT_FALSE(task.start<void>([](Services &, TaskProgress &) -> Status { return {}; }, {}));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->error().code, Error::Code::Conflict);

    // Done: the next job may run, on the same worker connection.
    bool second = false;
    ASSERT_TRUE(task.start<void>([](Services &, TaskProgress &) -> Status { return {}; },
                                 [&](const Status &s) { second = s.ok(); }));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(second);
}

TEST_F(BackgroundTaskTest, DestroyingTheTaskStopsItsJobAndDropsTheResult)
{
    std::atomic<bool> started{false};
    std::atomic<bool> stopped{false};
    bool delivered = false;
    {
        BackgroundTask task(services());
        ASSERT_TRUE(task.start<void>(
            [&](Services &, TaskProgress &p) -> Status {
                started = true;
                // Runs until told to stop: only the task's destruction ends it.
                while (p.report(0, 0))
                    QThread::yieldCurrentThread();
                stopped = p.isCancelled();
                return {};
            },
            [&](const Status &) { delivered = true; }));
        ASSERT_TRUE(waitUntil([&] { return started.load(); }, 10000));
    } // ~BackgroundTask cancels and waits
    EXPECT_TRUE(stopped);
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}

TEST_F(BackgroundTaskTest, TeardownRunsOnTheWorkerAfterTheLastJobWhileItsConnectionIsOpen)
{
    // What a job keeps for the next one (an importer with statements on the worker's connection) must
    // end there, before that connection closes.
    QThread *jobThread = nullptr;
    QThread *teardownThread = nullptr;
    Services *kept = nullptr;
    bool jobDone = false;
    std::optional<Result<qint64>> readInTeardown;
    {
        BackgroundTask task(services());
        task.setTeardown([&] {
            teardownThread = QThread::currentThread();
            if (kept)
                readInTeardown = kept->auditLog().lastSeq();
        });
        QSignalSpy finished(&task, &BackgroundTask::finished);
        ASSERT_TRUE(task.start<void>(
            [&](Services &worker, TaskProgress &) -> Status {
                jobThread = QThread::currentThread();
                kept = &worker;
                jobDone = true;
                return {};
            },
            {}));
        ASSERT_TRUE(finished.wait(10000));
        EXPECT_EQ(teardownThread, nullptr);   // not while the task lives
    }
    ASSERT_TRUE(jobDone);
    EXPECT_NE(jobThread, QThread::currentThread());
    EXPECT_EQ(teardownThread, jobThread);
    ASSERT_TRUE(readInTeardown.has_value());
    EXPECT_TRUE(readInTeardown->ok()) << readInTeardown->error().toString().toStdString();
    EXPECT_EQ(readInTeardown->value(), services().auditLog().lastSeq().value());
}

} // namespace
