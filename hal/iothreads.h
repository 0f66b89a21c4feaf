#pragma once

namespace qtill::hal {

/// How many I/O threads, of all devices in this process, Device::stopIoThread() (a close) had to
/// leave running because a blocking call outlived its bounded wait; they finish and clean up alone,
/// with a warning in the log. A backend whose close is prompt never adds to it: tests check this
/// instead of timing close().
int abandonedIoThreads();

} // namespace qtill::hal
