// How long the hardware layer makes people wait, measured here instead of asserted in the suite
// (tests/hal checks the behaviour: detection finds what is attached, close stops the I/O thread):
//   - device detection on this machine, as the device settings' Detect button runs it;
//   - closing a receipt printer that is unplugged and being retried (the sale screen closing);
//   - closing an NFC reader on a till without pcscd.
//
//   bench_hal [--benchmark_...]
// Target: detection well under the 15 s the settings dialog waits; a close under 1 s.
#include "hal/backends/pcsc/pcscnfcreader.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposprinter.h"
#include "hal/inputdevicefactory.h"
#include "hal/printerfactory.h"
#include "hal/sim/simtransport.h"

#include "receipts.h"
#include "waituntil.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace qtill::hal;

namespace {

void BM_DetectInputDevices(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(InputDeviceFactory::detect());
}

void BM_DetectPrinters(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(PrinterFactory::detectPrinters());
}

void BM_CloseUnpluggedPrinter(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        DeviceManager manager;
        auto sim = std::make_shared<SimPrinterState>();
        PrinterSettings fast;
        fast.retryIntervalMs = 40;
        fast.statusIntervalMs = 40;
        fast.statusTimeoutMs = 100;
        auto owned = std::make_unique<EscPosPrinter>(
            DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, {}, QStringLiteral("sim"), {}},
            PaperProfile::mm58(), [sim] { return std::make_unique<SimTransport>(sim); }, fast);
        EscPosPrinter *printer = owned.get();
        manager.add(std::move(owned));
        manager.setReconnectInterval(40);
        manager.start(printer, QStringLiteral("checkout"));
        sim->setConnected(false);
        printer->print(qtill::hal::test::englishReceipt());
        if (!qtill::hal::test::waitUntil([&] { return printer->hasError(); }))
            state.SkipWithError("the printer never noticed it was unplugged");
        state.ResumeTiming();
        manager.close(printer);
    }
}

void BM_ClosePcscReaderWithoutService(benchmark::State &state)
{
    QTemporaryDir dir;
    qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(dir.filePath(QStringLiteral("no-pcscd.comm"))));
    for (auto _ : state) {
        state.PauseTiming();
        DeviceManager manager;
        manager.setReconnectInterval(50);
        auto owned = std::make_unique<PcscNfcReader>(
            DeviceInfo{QStringLiteral("nfc"), DeviceCategory::NfcReader, {}, QStringLiteral("pcsc"), {}});
        PcscNfcReader *reader = owned.get();
        manager.add(std::move(owned));
        manager.start(reader, QStringLiteral("checkout"));
        if (!qtill::hal::test::waitUntil([&] { return reader->hasError(); }))
            state.SkipWithError("the reader never reported the missing service");
        state.ResumeTiming();
        manager.close(reader);
    }
    qunsetenv("PCSCLITE_CSOCK_NAME");
}

} // namespace

BENCHMARK(BM_DetectInputDevices)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_DetectPrinters)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_CloseUnpluggedPrinter)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK(BM_ClosePcscReaderWithoutService)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
