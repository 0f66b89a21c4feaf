#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace qtill {
class Services;
} // namespace qtill

namespace qtill::shell {

/// What a background job is given besides its Services: a way to say how far it got and to learn
/// that it should stop. Used on the worker thread only.
class TaskProgress
{
public:
    /// `done` of `total` steps (total 0: unknown). Cheap to call often: the screen hears of it at most
    /// every kUpdateMs. Returns false once the task was cancelled: the job should stop and return.
    bool report(qint64 done, qint64 total);
    /// True once the task was cancelled (its owner is going away, or cancel() was called).
    bool isCancelled() const;
    /// report() as a ProgressCallback, for domain functions that take one (StockLedger::verify …).
    ProgressCallback callback();

    static constexpr int kUpdateMs = 100;

private:
    friend class BackgroundTask;
    struct Private;
    explicit TaskProgress(Private &d) : d(d) {}
    Private &d;
};

/// Runs long store work — a whole-ledger check, the audit chain, a backup, the start-up integrity
/// check — on a worker thread, so the screen keeps answering while it runs.
///
/// A Store and its SQLite connection belong to the thread that opened it, so the task opens its own
/// Services on the same database file (same clock, same modules, no app lock, no quick_check: the
/// GUI thread's connection opened the file) on its worker thread the first time it runs a job, keeps
/// them for the next job, and closes them there when the task is destroyed. SQLite in WAL mode lets
/// the GUI thread read and write meanwhile. One job at a time.
///
/// Results come back on the task's own (GUI) thread through a queued call: `done(result)`, then
/// finished(). Progress comes as queued progressChanged() signals. A task destroyed while its job runs
/// cancels the job (TaskProgress::report returns false), waits for it to return and drops its result.
/// Threading: create, start and destroy on one thread (the GUI thread); the job runs on the worker.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    /// `services` are the GUI thread's: the task copies their file path, clock, modules and PIN
    /// parameters, nothing else; they need not outlive the task.
    explicit BackgroundTask(Services &services, QObject *parent = nullptr);
    ~BackgroundTask() override;

    /// A job: runs on the worker thread with the worker's own Services.
    template <typename T>
    using Job = std::function<Result<T>(Services &services, TaskProgress &progress)>;

    /// Runs `job` on the worker; then `done` here with its result — or with the error that kept the
    /// worker from opening its Services. False (and nothing runs) while another job is running.
    template <typename T>
    bool start(Job<T> job, std::function<void(const Result<T> &)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        return startErased(
            [job = std::move(job), result](Services *services, const Error *openError, TaskProgress &progress) {
                if (services)
                    result->emplace(job(*services, progress));
                else
                    result->emplace(*openError);
            },
            [done = std::move(done), result] {
                if (done)
                    done(**result);
            });
    }

    /// Runs `teardown` on the worker when the task is destroyed — after the last job, before the
    /// worker's Services close — for what jobs made there and kept for the next job (an importer that
    /// holds statements on the worker's connection). Call on the task's thread; the last one set runs.
    void setTeardown(std::function<void()> teardown);

    bool isRunning() const { return m_running; }
    /// Asks the running job to stop (it sees TaskProgress::report return false). Its `done` still runs.
    void cancel();

Q_SIGNALS:
    /// Queued from the worker while a job runs (at most every TaskProgress::kUpdateMs).
    void progressChanged(qint64 done, qint64 total);
    /// true when a job starts, false after its `done` ran.
    void runningChanged(bool running);
    /// After a job's `done` ran.
    void finished();

private:
    using ErasedJob = std::function<void(Services *services, const Error *openError, TaskProgress &progress)>;
    bool startErased(ErasedJob job, std::function<void()> deliver);

    struct Private;
    std::unique_ptr<Private> d;
    bool m_running = false;
};

} // namespace qtill::shell
