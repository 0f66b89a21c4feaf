#pragma once

#include "core/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace qtill {
class Services;
} // namespace qtill

namespace qtill::inventory {

/// Runs long store work (CSV import and export) off the GUI thread.
///
/// A Store and its SQLite connection belong to the thread that opened it, so the worker opens its own
/// Services on the same database file (same clock, same modules; no app lock) the first time it runs
/// something, on its own thread, and closes it there. Jobs run one after another in the order given.
/// SQLite in WAL mode lets the GUI keep reading while the worker writes.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    /// `services` are the GUI thread's: the worker copies their file path, clock and modules.
    explicit ImportWorker(Services &services, QObject *parent = nullptr);
    /// Waits for the running job, runs `cleanup` jobs queued with runAndWait, closes the store.
    ~ImportWorker() override;

    /// The worker's Services; nullptr with the error when they could not be opened.
    using Job = std::function<void(Services *services, const Error *openError)>;

    /// Runs `job` on the worker thread; then `done` on this object's (GUI) thread unless the worker
    /// was destroyed first. busy() is true in between.
    void run(Job job, std::function<void()> done);
    /// Runs `job` on the worker thread and waits for it (for tearing down what jobs created there).
    void runAndWait(Job job);

    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    struct Private;
    std::unique_ptr<Private> d;
    int m_busy = 0;
};

} // namespace qtill::inventory
