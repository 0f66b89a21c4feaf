// Scan to painted ticket line in the sale screen, offscreen, on the 1,000,000-product bench store
// (issue 10 "Numbers": p99 < 16 ms), beside its raw baseline in the same run:
//   ScanToPaint/SaleScreen   the scanner's scanned() signal → SaleScreen looks the code up, prices the
//                            line, saves the open ticket when its turn comes → until the ticket view's
//                            viewport has painted after the new line
//   ScanToPaint/raw-QTableView  the same: a QTableView over a QStandardItemModel that appends a row
//   TicketSave/CartStore     what the screen's save of the open ticket costs (CartStore::save of a
//                            15-line ticket, WAL + synchronous = FULL): it runs on the GUI thread once per
//                            event-loop turn, and when it comes before the paint it is part of the scan's time
// Each iteration is one scan; the ticket starts again after 30 lines (not timed: the open ticket is
// discarded through CartStore, as a void of the ticket does, so the next one may be saved). Times are wall
// time (p50/p99 counters), from the signal to the end of the first Paint event of the viewport after it;
// a scan counts only when the ticket's quantity grew by it (a repeated product adds to its line).
//
//   bench_scanpaint [--benchmark_...]  env QTILL_BENCH_CHECKOUT_DB (default /tmp/qtill-bench-checkout.db:
//                                      bench_checkout's store — run bench_checkout once first),
//                                      QTILL_BENCH_PRODUCTS (default 1000000). QT_QPA_PLATFORM defaults
//                                      to offscreen.
#include "benchtiming.h"
#include "catalogbenchstore.h"

#include "../checkoutui/salecontext.h"

#include "checkout/cartstore.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/ui/salescreen.h"
#include "checkout/ui/ticketmodel.h"

#include "inventory/catalog.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>
#include <vector>

using namespace qtill;
using namespace qtill::bench;

namespace {

constexpr int kTicketLines = 30;
constexpr int kPool = 1000;   // bench_checkout's stocked products
constexpr int kStride = 997;

/// Counts the Paint events a widget (the ticket view's viewport) receives.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/// Runs the event loop until `counter` saw a paint after `before` (false after 2 s: nothing painted).
bool waitForPaint(const PaintCounter &counter, int before)
{
    const auto start = std::chrono::steady_clock::now();
    while (counter.paints == before) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (elapsedUs(start) > 2e6)
            return false;
    }
    return true;
}

struct Till
{
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    inventory::InventoryModule inventoryModule;
    members::MembersModule membersModule;
    checkout::CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    int count = 0;
};

/// Drops this register's open ticket, if any, so a fresh one can be saved (not timed).
bool discardOpenTicket(Till &till, const Session &session)
{
    checkout::CartStore &carts = checkout::CheckoutServices::of(*till.services).carts();
    auto open = carts.open();
    if (!open)
        return false;
    return !*open || carts.discard(session, (*open)->uuid).ok();
}

/// Every unit on the ticket: a scan adds one, to a new line or to its product's line.
qint64 unitsOnTicket(const checkout::SaleScreen &screen)
{
    qint64 milli = 0;
    for (const checkout::CartLine &line : screen.cart().lines())
        milli += line.quantity.milli();
    return milli;
}

std::vector<QString> scanCodes(int count)
{
    std::mt19937 random(42);
    std::uniform_int_distribution<int> pick(0, kPool - 1);
    std::vector<QString> out;
    for (int i = 0; i < 20000; ++i)
        out.push_back(CatalogBenchStore::barcode(int((qint64(pick(random)) * kStride) % count)));
    return out;
}

void scanToPaintScreen(benchmark::State &state, Till *till)
{
    checkout::test::SaleContext context(*till->services);
    context.session_ = till->services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
    if (!discardOpenTicket(*till, context.session_)) { // a ticket an earlier run left open
        state.SkipWithError("the open ticket could not be discarded");
        return;
    }
    checkout::SaleScreen screen(context);
    screen.resize(1280, 800);
    PaintCounter counter;
    screen.ticketView()->viewport()->installEventFilter(&counter);
    screen.show();
    screen.activated();
    if (!waitForPaint(counter, 0)) {
        state.SkipWithError("the screen does not paint");
        return;
    }
    const auto codes = scanCodes(till->count);
    std::vector<double> us;
    size_t i = 0;
    for (auto _ : state) {
        if (screen.ticketModel()->rowCount() >= kTicketLines) {
            state.PauseTiming();
            screen.saveNow();
            if (!discardOpenTicket(*till, context.session_)) {
                state.SkipWithError("the open ticket could not be discarded");
                break;
            }
            screen.saleCompleted(checkout::CommittedSale{});
            QCoreApplication::processEvents();
            state.ResumeTiming();
        }
        const qint64 units = unitsOnTicket(screen);
        const int paints = counter.paints;
        const auto start = std::chrono::steady_clock::now();
        Q_EMIT context.testDevices.scanned(codes[i++ % codes.size()], QStringLiteral("bench"));
        const bool painted = waitForPaint(counter, paints);
        const double took = elapsedUs(start);
        if (!painted || unitsOnTicket(screen) != units + 1000) {
            std::fprintf(stderr, "bench_scanpaint: %s\n", qPrintable(screen.statusText()));
            state.SkipWithError(painted ? "the scan added nothing to the ticket" : "no paint after the scan");
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    screen.saveNow();
    if (!discardOpenTicket(*till, context.session_))
        std::fprintf(stderr, "bench_scanpaint: the bench ticket stays open in the store\n");
    reportPercentiles(state, us);
}

void scanToPaintRaw(benchmark::State &state, Till *till)
{
    QStandardItemModel model(0, 5);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setDefaultSectionSize(56);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view.setStyleSheet(QStringLiteral("QTableView { font-size: 18px; }"));
    view.resize(760, 640);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    view.show();
    if (!waitForPaint(counter, 0)) {
        state.SkipWithError("the view does not paint");
        return;
    }
    const auto codes = scanCodes(till->count);
    std::vector<double> us;
    size_t i = 0;
    for (auto _ : state) {
        if (model.rowCount() >= kTicketLines) {
            model.removeRows(0, model.rowCount());
            QCoreApplication::processEvents();
        }
        const int paints = counter.paints;
        const auto start = std::chrono::steady_clock::now();
        const QString &code = codes[i++ % codes.size()];
        model.appendRow({new QStandardItem(code), new QStandardItem(QStringLiteral("1")),
                         new QStandardItem(QStringLiteral("¥3.50")), new QStandardItem(QString()),
                         new QStandardItem(QStringLiteral("¥3.50"))});
        view.selectRow(model.rowCount() - 1);
        view.scrollTo(model.index(model.rowCount() - 1, 0));
        const bool painted = waitForPaint(counter, paints);
        const double took = elapsedUs(start);
        if (!painted) {
            state.SkipWithError("no paint after the row");
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    reportPercentiles(state, us);
}

void ticketSave(benchmark::State &state, Till *till)
{
    const Session cashier = till->services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
    if (!discardOpenTicket(*till, cashier)) {
        state.SkipWithError("the open ticket could not be discarded");
        return;
    }
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*till->services).catalog();
    checkout::Cart cart(till->services->storeProfile().currency());
    const auto codes = scanCodes(till->count);
    for (size_t i = 0; cart.lines().size() < 15 && i < codes.size(); ++i) {
        auto match = catalog.lookupForSale(codes[i]);
        if (!match || !cart.add(*match)) {
            state.SkipWithError("the ticket could not be filled");
            return;
        }
    }
    checkout::CartStore &carts = checkout::CheckoutServices::of(*till->services).carts();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<double> us;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const bool saved = carts.save(uuid, cart, cashier.operatorId).ok();
        const double took = elapsedUs(start);
        if (!saved) {
            state.SkipWithError("the ticket could not be saved");
            break;
        }
        us.push_back(took);
        state.SetIterationTime(took / 1e6);
    }
    discardOpenTicket(*till, cashier);
    reportPercentiles(state, us);
}

/// Opens bench_checkout's store; a store without operators or a shop floor gets them.
bool openTill(Till &till, const QString &path, int count)
{
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "bench_scanpaint: %s is missing: run bench_checkout once first\n", qPrintable(path));
        return false;
    }
    auto opened = Services::open(Services::Options{.clock = till.clock, .path = path,
                                                   .modules = {&till.inventoryModule, &till.membersModule, &till.checkoutModule},
                                                   .pinParams = PinHasher::Params::fastest()});
    if (!opened) {
        std::fprintf(stderr, "bench_scanpaint: %s\n", qPrintable(opened.error().toString()));
        return false;
    }
    till.services = std::move(*opened);
    till.count = count;
    Services &s = *till.services;
    if (s.operators().count().valueOr(0) == 0) {
        if (!s.operators().bootstrap(Services::firstRunOperators()))
            return false;
        if (!inventory::InventoryServices::of(s).ledger().addLocation(QStringLiteral("FLOOR"), QStringLiteral("卖场")))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = qEnvironmentVariableIsSet("QTILL_BENCH_CHECKOUT_DB") ? qEnvironmentVariable("QTILL_BENCH_CHECKOUT_DB")
                                                                              : QStringLiteral("/tmp/qtill-bench-checkout.db");
    const int count = qEnvironmentVariableIsSet("QTILL_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("QTILL_BENCH_PRODUCTS")
                                                                        : 1'000'000;
    Till till;
    if (!openTill(till, path, count))
        return 1;
    benchmark::AddCustomContext("products", std::to_string(count));
    benchmark::RegisterBenchmark("ScanToPaint/SaleScreen", scanToPaintScreen, &till)
        ->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(600);
    benchmark::RegisterBenchmark("ScanToPaint/raw-QTableView", scanToPaintRaw, &till)
        ->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(600);
    benchmark::RegisterBenchmark("TicketSave/CartStore", ticketSave, &till)
        ->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(300);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
