// A second writer for test_documentnumbers: opens an existing store file as the app would
// (Services::open), prints "ready", waits for one line on standard input (so two workers start
// counting together), then takes COUNT numbers of KIND, each in its own transaction, and prints each
// sequence on its own line once its transaction has committed.
//
// Usage: documentnumberworker DATABASE KIND COUNT
// Exit code 0 when every number was taken; 1 with a message on standard error otherwise.
#include "core/clock.h"
#include "core/documentnumbers.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace qtill;

namespace {

/// A transaction that could not begin because the other writer holds the file. A cashier would press
/// again; the worker does the same, a bounded number of times.
bool isBusy(const Error &error)
{
    return error.code == Error::Code::Storage
           && (error.detail.contains(QLatin1String("locked")) || error.detail.contains(QLatin1String("busy")));
}

constexpr int kMaxTriesPerNumber = 1000;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: documentnumberworker DATABASE KIND COUNT\n";
        return 1;
    }
    const QString kind = args.at(2);
    const int count = args.at(3).toInt();

    SystemClock clock;
    auto opened = Services::open(Services::Options{.clock = clock,
                                                   .path = args.at(1),
                                                   .pinParams = PinHasher::Params::fastest(),
                                                   .createIfMissing = false,
                                                   .checkIntegrity = false});
    if (!opened) {
        err << opened.error().toString() << '\n';
        return 1;
    }
    Services &services = **opened;
    QTextStream out(stdout);
    out << "ready\n";
    out.flush();
    QTextStream(stdin).readLine(); // the go signal

    const QString lane = services.documentNumbers().registerId();
    int busyRetries = 0;
    for (int i = 0; i < count; ++i) {
        qint64 taken = 0;
        Status done;
        for (int attempt = 0; attempt < kMaxTriesPerNumber; ++attempt) {
            done = services.store().transaction([&]() -> Status {
                auto sequence = services.documentNumbers().nextSequence(kind, lane);
                if (!sequence)
                    return sequence.error();
                taken = *sequence;
                return {};
            });
            if (done || !isBusy(done.error()))
                break;
            ++busyRetries;
        }
        if (!done) {
            err << "number " << i + 1 << ": " << done.error().toString() << '\n';
            return 1;
        }
        out << taken << Qt::endl; // flushed: a watcher sees the numbers as they are taken
    }
    out.flush();
    err << "busy retries: " << busyRetries << '\n';
    return 0;
}
