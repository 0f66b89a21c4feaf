#include "importworker.h"

#include "core/services.h"
#include "core/store.h"

#include <QThread>

#include <optional>

namespace qtill::inventory {

struct ImportWorker::Private
{
    QThread thread;
    QObject *home = nullptr;                ///< lives on `thread`: the context jobs run in
    // Read on the worker thread only:
    const Clock *clock = nullptr;
    QString path;
    QList<const DomainModule *> modules;
    std::unique_ptr<Services> services;
    std::optional<Error> openError;

    void ensureOpen()
    {
        if (services || openError)
            return;
        auto opened = Services::open(Services::Options{.clock = *clock,
                                                       .path = path,
                                                       .modules = modules,
                                                       .pinParams = PinHasher::Params::fastest(),
                                                       .createIfMissing = false,
                                                       // The screen's own connection checked this file at start.
                                                       .checkIntegrity = false});
        if (opened)
            services = std::move(opened.value());
        else
            openError = opened.error();
    }
};

ImportWorker::ImportWorker(Services &services, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->clock = &services.clock();
    d->path = services.store().path();
    d->modules = services.modules();
    d->thread.setObjectName(QStringLiteral("qtill-import"));
    d->home = new QObject;
    d->home->moveToThread(&d->thread);
    d->thread.start();
}

ImportWorker::~ImportWorker()
{
    Private *p = d.get();
    QMetaObject::invokeMethod(p->home, [p] { p->services.reset(); }, Qt::BlockingQueuedConnection);
    p->thread.quit();
    p->thread.wait();
    delete p->home;
}

void ImportWorker::run(Job job, std::function<void()> done)
{
    if (++m_busy == 1)
        Q_EMIT busyChanged(true);
    Private *p = d.get();
    QMetaObject::invokeMethod(
        p->home,
        [this, p, job = std::move(job), done = std::move(done)] {
            p->ensureOpen();
            job(p->services.get(), p->openError ? &*p->openError : nullptr);
            // Back on the GUI thread; dropped by Qt when this object is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, done] {
                    if (done)
                        done();
                    if (--m_busy == 0)
                        Q_EMIT busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ImportWorker::runAndWait(Job job)
{
    Private *p = d.get();
    QMetaObject::invokeMethod(
        p->home,
        [p, job = std::move(job)] {
            p->ensureOpen();
            job(p->services.get(), p->openError ? &*p->openError : nullptr);
        },
        Qt::BlockingQueuedConnection);
}

} // namespace qtill::inventory
