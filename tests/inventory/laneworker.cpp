// One lane for test_twolanes: opens an existing store (a file or a postgresql:// address) as the app
// would, signs in the owner, prints "ready", waits for one line on standard input (so both lanes
// start together), then runs COUNT stock operations on the same few products as the other lane —
// adjustments, deliveries received without an order and transfers between the floor and the back
// room, chosen by a generator seeded with SEED — and prints one line per committed operation:
//   A product location delta_milli
//   R number product location qty_milli
//   T number product from to qty_milli
// A transfer or a removal refused for lack of stock (negative stock is blocked in the test) prints "N". Another
// writer holding the SQLite file is waited out (a cashier presses again); PostgreSQL's deadlocks and
// serialization failures are retried by Store::transaction itself.
//
// Usage: laneworker DATABASE SEED COUNT
#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/receivingservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierservice.h"
#include "inventory/transferservice.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace qtill;
using namespace qtill::inventory;

namespace {

bool isBusy(const Error &error)
{
    return error.code == Error::Code::Storage
           && (error.detail.contains(QLatin1String("locked")) || error.detail.contains(QLatin1String("busy")));
}

constexpr int kMaxTries = 1000;

/// The products both lanes work on: the demo's first three SKUs.
const QStringList kSkus{QStringLiteral("140006"), QStringLiteral("140001"), QStringLiteral("140002")};

struct Lane
{
    InventoryServices &inventory;
    Session session;
    QList<ProductId> products;
    LocationId floor;
    LocationId back;
    SupplierId supplier;
    QRandomGenerator random;
    QTextStream &out;

    /// One operation; false with an error that is not "busy, try again".
    Result<bool> step()
    {
        const ProductId product = products.at(int(random.bounded(products.size())));
        const bool toFloor = random.bounded(2) == 0;
        const LocationId here = toFloor ? floor : back;
        switch (random.bounded(5)) { // deliveries 1 in 5, adjustments 1 in 5, transfers 3 in 5
        case 0: {
            const qint64 delta = random.bounded(2) == 0 ? qint64(random.bounded(1, 6)) : -qint64(random.bounded(1, 4));
            auto done = inventory.ledger().adjust(session, product, here, Quantity::units(delta),
                                                  StockReason::kAdjustment, QStringLiteral("lane test"));
            if (!done) {
                if (done.error().code == Error::Code::Conflict && !isBusy(done.error())) {
                    out << "N\n"; // would go below zero: refused, nothing changed
                    return true;
                }
                return done.error();
            }
            out << "A " << product.value() << ' ' << here.value() << ' ' << delta * 1000 << '\n';
            return true;
        }
        case 1: {
            const qint64 qty = random.bounded(1, 10);
            ReceiveRequest request;
            request.supplier = supplier;
            request.location = here;
            request.lines = {ReceiptLine{product, Quantity::units(qty), std::nullopt}};
            auto done = inventory.receiving().receive(session, request);
            if (!done)
                return done.error();
            out << "R " << done->number << ' ' << product.value() << ' ' << here.value() << ' ' << qty * 1000 << '\n';
            return true;
        }
        default: {
            const qint64 qty = random.bounded(1, 13);
            const LocationId there = toFloor ? back : floor;
            TransferLine line;
            line.product = product;
            line.quantity = Quantity::units(qty);
            auto done = inventory.transfers().transfer(session, here, there, {line});
            if (!done) {
                if (done.error().code == Error::Code::Conflict && !isBusy(done.error())) {
                    out << "N\n"; // not enough stock: refused, nothing changed
                    return true;
                }
                return done.error();
            }
            out << "T " << done->number << ' ' << product.value() << ' ' << here.value() << ' ' << there.value() << ' '
                << qty * 1000 << '\n';
            return true;
        }
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: laneworker DATABASE SEED COUNT\n";
        return 1;
    }
    SystemClock clock;
    InventoryModule module;
    auto opened = Services::open(Services::Options{.clock = clock,
                                                   .path = args.at(1),
                                                   .modules = {&module},
                                                   .pinParams = PinHasher::Params::fastest(),
                                                   .createIfMissing = false,
                                                   .checkIntegrity = false});
    if (!opened) {
        err << opened.error().toString() << '\n';
        return 1;
    }
    Services &services = **opened;
    InventoryServices &inventory = InventoryServices::of(services);
    auto session = services.operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
    auto floor = inventory.ledger().location(QLatin1String(DemoStore::kFloorCode));
    auto back = inventory.ledger().location(QLatin1String(DemoStore::kBackRoomCode));
    auto suppliers = inventory.suppliers().list();
    if (!session || !floor || !back || !suppliers || suppliers->isEmpty()) {
        err << "the store is not the demo store\n";
        return 1;
    }
    QTextStream out(stdout);
    Lane lane{inventory, *session, {}, floor->id, back->id, suppliers->constFirst().id,
              QRandomGenerator(args.at(2).toUInt()), out};
    for (const QString &sku : kSkus) {
        auto product = inventory.catalog().productBySku(sku);
        if (!product) {
            err << product.error().toString() << '\n';
            return 1;
        }
        lane.products << product->id;
    }
    out << "ready\n";
    out.flush();
    QTextStream(stdin).readLine(); // the go signal

    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        for (int attempt = 1;; ++attempt) {
            auto done = lane.step();
            if (done)
                break;
            if (!isBusy(done.error()) || attempt == kMaxTries) {
                err << "operation " << i << ": " << done.error().toString() << '\n';
                return 1;
            }
        }
        out.flush();
    }
    return 0;
}
