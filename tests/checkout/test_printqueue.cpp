// The persisted print queue and its spooler against a simulated ESC/POS printer: receipts print off the
// GUI thread, wait (with the printer's message) while it is out of paper without holding up the next
// sale, print when it is back, and survive a restart.
#include "receiptfixture.h"

#include "checkout/printspooler.h"

#include "core/store.h"

#include "hal/devicemanager.h"
#include "hal/escpos/escposprinter.h"
#include "hal/sim/simtransport.h"

#include "escposdecoder.h"
#include "waituntil.h"

#include <QSignalSpy>

using namespace qtill;
using namespace qtill::checkout;
using qtill::hal::test::waitUntil;

namespace {

const QString kCheckout = QStringLiteral("checkout");

class PrintQueueTest : public ::testing::Test, public checkout::test::ReceiptFixture
{
protected:
    hal::DeviceManager manager;
    std::shared_ptr<hal::SimPrinterState> sim = std::make_shared<hal::SimPrinterState>();
    hal::EscPosPrinter *printer = nullptr;
    std::unique_ptr<PrintSpooler> spooler;
    QList<qint64> printedJobs;
    QList<QString> waitingErrors;
    int pendingCount = -1;
    QString warning;

    void SetUp() override
    {
        ASSERT_TRUE(services);
        hal::PrinterSettings fast;
        fast.retryIntervalMs = 40;
        fast.statusIntervalMs = 40;
        fast.statusTimeoutMs = 100;
        auto owned = std::make_unique<hal::EscPosPrinter>(
            hal::DeviceInfo{QStringLiteral("printer"), hal::DeviceCategory::ReceiptPrinter, QStringLiteral("Receipt printer"),
                            QStringLiteral("sim"), {}},
            hal::PaperProfile::mm80(), [state = sim] { return std::make_unique<hal::SimTransport>(state); }, fast);
        printer = owned.get();
        ASSERT_TRUE(manager.add(std::move(owned)));
        manager.setReconnectInterval(40);
    }

    void TearDown() override { spooler.reset(); }

    /// A spooler on the current services' queue, its signals recorded.
    void makeSpooler()
    {
        spooler = std::make_unique<PrintSpooler>(queue(), printer);
        spooler->setRetryInterval(50);
        QObject::connect(spooler.get(), &PrintSpooler::jobPrinted, [this](qint64 id, const QString &) { printedJobs << id; });
        QObject::connect(spooler.get(), &PrintSpooler::jobWaiting, [this](qint64, const QString &e) { waitingErrors << e; });
        QObject::connect(spooler.get(), &PrintSpooler::pendingChanged, [this](int count, const QString &text) {
            pendingCount = count;
            warning = text;
        });
    }

    PrintJob enqueue(const CommittedSale &sale)
    {
        auto job = queue().enqueueSale(sale.receiptNumber);
        EXPECT_TRUE(job.ok()) << (job.ok() ? std::string() : job.error().toString().toStdString());
        return job.valueOr({});
    }

    PrintJob reread(qint64 id) { return queue().job(id).valueOr({}); }
};

} // namespace

TEST_F(PrintQueueTest, AQueuedReceiptPrintsAndIsMarkedDone)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    const PrintJob job = enqueue(cashSale());
    EXPECT_EQ(job.state, PrintJobState::kQueued);
    EXPECT_EQ(queue().pending().value(), 1);
    makeSpooler();
    ASSERT_TRUE(spooler->start().ok());
    ASSERT_TRUE(waitUntil([&] { return printedJobs.contains(job.id); }));
    EXPECT_EQ(sim->jobs(), QList<QByteArray>{job.bytes}) << "the queued bytes, once";
    const PrintJob done = reread(job.id);
    EXPECT_EQ(done.state, PrintJobState::kDone);
    EXPECT_EQ(done.attempts, 1);
    EXPECT_EQ(queue().pending().value(), 0);
    EXPECT_EQ(pendingCount, 0);
    EXPECT_TRUE(warning.isEmpty());
}

TEST_F(PrintQueueTest, OutOfPaperKeepsTheJobWithItsErrorTheNextSaleIsBookedAndBothPrintWhenPaperIsBack)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    makeSpooler();
    ASSERT_TRUE(spooler->start().ok());
    const PrintJob first = enqueue(smallSale());
    spooler->wake();
    ASSERT_TRUE(waitUntil([&] { return printedJobs.contains(first.id); }));

    sim->setPaperOut(true);
    ASSERT_TRUE(waitUntil([&] { return printer->currentStatus().paperOut; })) << "the printer noticed";
    const PrintJob second = enqueue(cashSale());
    spooler->wake();
    ASSERT_TRUE(waitUntil([&] { return !waitingErrors.isEmpty(); }));
    const PrintJob waiting = reread(second.id);
    EXPECT_EQ(waiting.state, PrintJobState::kQueued);
    EXPECT_FALSE(waiting.lastError.isEmpty());
    EXPECT_TRUE(waiting.lastError.contains(QStringLiteral("paper"))) << waiting.lastError.toStdString();

    // The printer holds up nothing: the next sale is booked and its receipt joins the queue.
    const CommittedSale third = smallSale();
    ASSERT_FALSE(third.receiptNumber.isEmpty());
    const PrintJob thirdJob = enqueue(third);
    spooler->wake();
    EXPECT_EQ(queue().pending().value(), 2);
    EXPECT_EQ(pendingCount, 2);
    EXPECT_TRUE(warning.startsWith(QStringLiteral("2 receipt"))) << warning.toStdString();
    EXPECT_EQ(sim->jobs().size(), 1) << "nothing reached the paper";

    sim->setPaperOut(false);
    ASSERT_TRUE(waitUntil([&] { return printedJobs.contains(thirdJob.id); }));
    EXPECT_EQ(sim->jobs(), (QList<QByteArray>{first.bytes, second.bytes, thirdJob.bytes})) << "in order, each once";
    EXPECT_EQ(reread(second.id).state, PrintJobState::kDone);
    EXPECT_EQ(queue().pending().value(), 0);
    EXPECT_EQ(pendingCount, 0);
    EXPECT_TRUE(warning.isEmpty());
}

TEST_F(PrintQueueTest, AReceiptThePrinterRefusedWaitsAndPrintsOnceThePrinterIsEnabled)
{
    ASSERT_TRUE(manager.open(printer));
    makeSpooler();
    const PrintJob job = enqueue(smallSale());
    ASSERT_TRUE(spooler->start().ok());
    ASSERT_FALSE(waitingErrors.isEmpty()) << "the printer is not enabled: refused at once";
    EXPECT_EQ(reread(job.id).state, PrintJobState::kQueued);
    EXPECT_EQ(reread(job.id).lastError, waitingErrors.first());

    ASSERT_TRUE(manager.claim(printer, kCheckout));
    ASSERT_TRUE(manager.enable(printer, kCheckout));
    ASSERT_TRUE(waitUntil([&] { return printedJobs.contains(job.id); }));
    EXPECT_EQ(sim->jobs(), QList<QByteArray>{job.bytes});
}

TEST_F(PrintQueueTest, ARestartPrintsWhatTheLastRunLeft)
{
    const PrintJob queued = enqueue(cashSale());
    const PrintJob interrupted = enqueue(smallSale());
    const Status marked = queue().markPrinting(interrupted.id);
    ASSERT_TRUE(marked.ok()) << marked.error().toString().toStdString();

    // A new run: new Services on the same store.
    services.reset();
    auto reopened = Services::open(Services::Options{.clock = clock,
                                                     .path = database.address(),
                                                     .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                     .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    services = std::move(reopened.value());
    EXPECT_EQ(queue().pending().value(), 2);

    ASSERT_TRUE(manager.start(printer, kCheckout));
    makeSpooler();
    ASSERT_TRUE(spooler->start().ok());
    ASSERT_TRUE(waitUntil([&] { return printedJobs.size() == 2; }));
    EXPECT_EQ(sim->jobs(), (QList<QByteArray>{queued.bytes, interrupted.bytes}));
    EXPECT_EQ(reread(interrupted.id).state, PrintJobState::kDone);
    EXPECT_EQ(reread(interrupted.id).attempts, 2);
    EXPECT_EQ(queue().pending().value(), 0);

    // Printed jobs are cleaned up after a while; one still waiting never is.
    spooler.reset();
    const PrintJob later = enqueue(smallSale());
    clock.set(clock.now().addDays(8));
    EXPECT_EQ(queue().purgePrinted(clock.now().addDays(-7)).value(), 2);
    EXPECT_EQ(queue().job(queued.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(reread(later.id).state, PrintJobState::kQueued);
}

TEST_F(PrintQueueTest, AReceiptIsQueuedInTheCallersTransactionAndRolledBackWithIt)
{
    const CommittedSale sale = smallSale();
    const Status failed = services->store().transaction([&]() -> Status {
        auto job = queue().enqueueSale(sale.receiptNumber);
        if (!job)
            return job.error();
        return Error::internal(QStringLiteral("the caller's next step failed"));
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(queue().pending().value(), 0) << "no receipt for what did not happen";
    auto unknown = queue().enqueueSale(QStringLiteral("R01-00009999"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    EXPECT_EQ(queue().pending().value(), 0);
}

TEST_F(PrintQueueTest, AJobLaidOutForAnotherPaperIsBuiltAgainForThePrinterItGoesTo)
{
    const PrintJob job = enqueue(cashSale());
    ASSERT_EQ(job.paper, QStringLiteral("80mm")) << "the default setting";
    auto narrowSim = std::make_shared<hal::SimPrinterState>();
    auto owned = std::make_unique<hal::EscPosPrinter>(
        hal::DeviceInfo{QStringLiteral("narrow"), hal::DeviceCategory::ReceiptPrinter, QStringLiteral("58 mm printer"),
                        QStringLiteral("sim"), {}},
        hal::PaperProfile::mm58(), [state = narrowSim] { return std::make_unique<hal::SimTransport>(state); });
    hal::EscPosPrinter *narrow = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    ASSERT_TRUE(manager.start(narrow, kCheckout));
    printer = narrow;
    makeSpooler();
    ASSERT_TRUE(spooler->start().ok());
    ASSERT_TRUE(waitUntil([&] { return printedJobs.contains(job.id); }));
    ASSERT_EQ(narrowSim->jobs().size(), 1);
    const auto lines = qtill::hal::test::EscPosDecoder::decode(narrowSim->jobs().first()).printedLines();
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        EXPECT_LE(line.size(), 32) << line.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("TOTAL                    ¥79.00"))) << lines.join(u'\n').toStdString();
}
