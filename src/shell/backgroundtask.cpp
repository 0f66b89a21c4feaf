#include "backgroundtask.h"

#include "core/services.h"
#include "core/store.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace qtill::shell {

struct TaskProgress::Private
{
    BackgroundTask *task = nullptr;
    std::atomic<bool> cancelled{false};
    QElapsedTimer sinceUpdate;      ///< worker thread only
};

bool TaskProgress::report(qint64 done, qint64 total)
{
    if (d.cancelled.load())
        return false;
    if (!d.sinceUpdate.isValid() || d.sinceUpdate.elapsed() >= kUpdateMs || (total > 0 && done >= total)) {
        d.sinceUpdate.restart();
        // Emitted on the worker: receivers on the GUI thread get it queued.
        Q_EMIT d.task->progressChanged(done, total);
    }
    return true;
}

bool TaskProgress::isCancelled() const
{
    return d.cancelled.load();
}

ProgressCallback TaskProgress::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

struct BackgroundTask::Private
{
    QThread thread;
    QObject *home = nullptr;                ///< lives on `thread`: the context jobs run in
    TaskProgress::Private progress;
    // Set on the GUI thread before the thread starts; read on the worker only afterwards.
    const Clock *clock = nullptr;
    QString path;
    QList<const DomainModule *> modules;
    PinHasher::Params pinParams = PinHasher::Params::interactive();
    // Worker thread only:
    std::unique_ptr<Services> services;
    std::optional<Error> openError;
    // Set on the GUI thread; run on the worker by the destructor's blocking call, which is queued after.
    std::function<void()> teardown;

    void ensureOpen()
    {
        if (services || openError)
            return;
        auto opened = Services::open(Services::Options{.clock = *clock,
                                                       .path = path,
                                                       .modules = modules,
                                                       .pinParams = pinParams,
                                                       .createIfMissing = false,
                                                       // The GUI thread's connection checked this file.
                                                       .checkIntegrity = false});
        if (opened)
            services = std::move(opened.value());
        else
            openError = opened.error();
    }
};

BackgroundTask::BackgroundTask(Services &services, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->progress.task = this;
    d->clock = &services.clock();
    d->path = services.store().path();
    d->modules = services.modules();
    d->pinParams = services.pinHasher().params();
    d->thread.setObjectName(QStringLiteral("qtill-background"));
    d->home = new QObject;
    d->home->moveToThread(&d->thread);
    d->thread.start();
}

BackgroundTask::~BackgroundTask()
{
    Private *p = d.get();
    p->progress.cancelled.store(true);
    // Runs after the running job (jobs run one after another on the worker), so this waits for it.
    QMetaObject::invokeMethod(
        p->home,
        [p] {
            if (p->teardown)
                p->teardown();
            p->services.reset();
        },
        Qt::BlockingQueuedConnection);
    p->thread.quit();
    p->thread.wait();
    delete p->home;
}

void BackgroundTask::setTeardown(std::function<void()> teardown)
{
    d->teardown = std::move(teardown);
}

void BackgroundTask::cancel()
{
    if (m_running)
        d->progress.cancelled.store(true);
}

bool BackgroundTask::startErased(ErasedJob job, std::function<void()> deliver)
{
    if (m_running)
        return false;
    m_running = true;
    d->progress.cancelled.store(false);
    d->progress.sinceUpdate.invalidate();
    Q_EMIT runningChanged(true);
    Private *p = d.get();
    QMetaObject::invokeMethod(
        p->home,
        [this, p, job = std::move(job), deliver = std::move(deliver)] {
            p->ensureOpen();
            TaskProgress progress(p->progress);
            job(p->services.get(), p->openError ? &*p->openError : nullptr, progress);
            // Back on the task's thread; dropped by Qt when the task is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, deliver] {
                    m_running = false;
                    deliver();
                    Q_EMIT runningChanged(false);
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace qtill::shell
