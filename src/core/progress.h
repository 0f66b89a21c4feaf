#pragma once

#include <QtGlobal>

#include <functional>

namespace qtill {

/// Told how far a long job (a whole-ledger or whole-chain check, a backup …) has got: `done` of
/// `total` steps, total 0 when unknown. Called on the thread that runs the job. Returns false to ask
/// the job to stop early; a job that stops returns an Error saying it was stopped. An empty callback
/// is allowed everywhere one is taken: the job then runs to its end without telling anyone.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace qtill
