// The kill trials' child (test_killtrials.cpp starts it and SIGKILLs it at a random point): a lane that
// rings up sales on a real store file through the same services as the sale screen — tickets saved as
// they change, held and recalled, paid in cash, by card and by QR through the simulated terminal (its
// provider's books in a ledger file, so they outlive the kill), voided, partly refunded, cash paid in
// and out — until it is killed. Random, but seeded: the same seed rings up the same lane.
//
// It writes nothing but what the services write. On stdout, one line per step, flushed at once (the
// driver counts them to pick the kill point and reads them to know what must have survived):
//   q                          a SQL statement finished (SQLite): fine-grained kill points inside a commit
//   saving|saved UUID HASH     CartStore::save of the open ticket; HASH = cartHash(cart) (driver's too)
//   holding|held UUID          CartStore::hold
//   recalling|recalled UUID HASH
//   commit|committed UUID [RECEIPT]
//   void|voided UUID RECEIPT   (UUID: the void's)
//   refund|refunded UUID RECEIPT
//   cash|cashed UUID KIND
//   pay|paid INTENT STATE
// Usage: killchild STORE LEDGER SEED. Exit 0 never happens in a trial (it loops until killed); exit 2
// with a message on stderr when a service refuses something it should have taken.
#include "checkout/cart.h"
#include "checkout/cartstore.h"
#include "checkout/cashservice.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/refundservice.h"
#include "checkout/saleservice.h"
#include "checkout/voidservice.h"

#include "inventory/catalog.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "inventory/inventoryservices.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QUuid>

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace qtill;
using namespace qtill::checkout;

namespace {

/// Demo-store goods with plenty on the shop floor (resources/demo/products.csv), none weighed or serial-tracked.
const QStringList kCodes = {
    QStringLiteral("6905234787793"), QStringLiteral("6951681642635"), QStringLiteral("6948385493298"),
    QStringLiteral("6948385117538"), QStringLiteral("6951681922720"), QStringLiteral("6948385553411"),
    QStringLiteral("6905234557648"), QStringLiteral("6948385739259"), QStringLiteral("6951681878829"),
    QStringLiteral("6905234631928"), QStringLiteral("6948385936542"), QStringLiteral("6951681403229"),
};
const QString kWeChatCode = QStringLiteral("134567890123456789");

void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            std::_Exit(3); // the driver is gone
        done += n;
    }
}

void say(const char *what, const QString &a, const QString &b = {})
{
    say(QByteArray(what) + ' ' + a.toUtf8() + (b.isEmpty() ? QByteArray() : ' ' + b.toUtf8()));
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "killchild: %s: %s\n", qPrintable(what), qPrintable(error.toString()));
    std::_Exit(2);
}

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString cartHash(const Cart &cart)
{
    const QByteArray json = QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(16));
}

int onStatement(unsigned, void *, void *, void *)
{
    say(QByteArrayLiteral("q"));
    return 0;
}

/// A sale this lane booked, as far as voids and refunds care.
struct Booked
{
    QString receipt;
    bool cashOnly = true;
    bool voided = false;
    bool refunded = false;
};

class Lane
{
public:
    Lane(Services &services, ManualClock &clock, hal::ManualScheduler &scheduler, quint32 seed)
        : m_services(services), m_clock(clock), m_scheduler(scheduler), m_rng(seed),
          m_checkout(CheckoutServices::of(services))
    {
        m_cashier = services.operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        m_supervisor = services.operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
        m_approved = m_supervisor;
        m_approved.requestedBy = m_cashier.operatorId;
        if (!m_cashier.operatorId.isValid() || !m_supervisor.operatorId.isValid())
            fail(QStringLiteral("sign in"), Error{});
    }

    void run()
    {
        cash(CashKind::kShiftOpen, 20000, m_cashier);
        for (int round = 0; round < 100000; ++round) {
            m_clock.advanceMs(1000);
            const int dice = pick(0, 99);
            if (dice < 8 && !m_booked.isEmpty())
                voidOne();
            else if (dice < 16 && !m_booked.isEmpty())
                refundOne();
            else if (dice < 22)
                cash(dice < 19 ? CashKind::kPaidIn : CashKind::kPaidOut, pick(1, 50) * 100, m_approved);
            else
                ringUp();
        }
    }

private:
    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_rng); }
    Money fen(qint64 amount) const { return Money::fromMinor(amount, m_services.storeProfile().currency()); }

    void save(const QString &uuid, const Cart &cart)
    {
        const QString hash = cartHash(cart);
        say("saving", uuid, hash);
        if (Status saved = m_checkout.carts().save(uuid, cart, m_cashier.operatorId); !saved)
            fail(QStringLiteral("save"), saved.error());
        say("saved", uuid, hash);
    }

    /// A ticket: recalled from hold now and then, else new; scanned line by line, saved after every change;
    /// sometimes held, else paid and booked.
    void ringUp()
    {
        QString uuid = newId();
        Cart cart(m_services.storeProfile().currency());
        if (!m_held.isEmpty() && pick(0, 2) == 0) {
            uuid = m_held.takeFirst();
            auto held = m_checkout.carts().held();
            if (!held)
                fail(QStringLiteral("held"), held.error());
            for (const SavedCart &s : std::as_const(*held))
                if (s.uuid == uuid)
                    cart = s.cart;
            say("recalling", uuid, cartHash(cart));
            auto recalled = m_checkout.carts().recall(uuid);
            if (!recalled)
                fail(QStringLiteral("recall"), recalled.error());
            say("recalled", uuid, cartHash(recalled->cart));
        }
        const int lines = pick(1, 5);
        for (int i = 0; i < lines; ++i) {
            auto match = inventory::InventoryServices::of(m_services).catalog().lookupForSale(kCodes.at(pick(0, int(kCodes.size()) - 1)));
            if (!match)
                fail(QStringLiteral("lookup"), match.error());
            auto added = cart.add(*match, Quantity::units(pick(1, 3)));
            if (!added)
                fail(QStringLiteral("add"), added.error());
            if (pick(0, 5) == 0 && !cart.setLineDiscount(*added, fen(50), QStringLiteral("dented"), m_supervisor.operatorId))
                fail(QStringLiteral("discount"), Error{});
            save(uuid, cart);
        }
        if (pick(0, 9) == 0) {
            say("holding", uuid);
            if (Status held = m_checkout.carts().hold(uuid, QStringLiteral("table %1").arg(pick(1, 9))); !held)
                fail(QStringLiteral("hold"), held.error());
            say("held", uuid);
            m_held << uuid;
            return;
        }
        pay(uuid, cart);
    }

    /// Pays in cash, or part by card or QR (the rest in cash), and books the sale.
    void pay(const QString &uuid, const Cart &cart)
    {
        auto totals = cart.totals();
        if (!totals)
            fail(QStringLiteral("totals"), totals.error());
        SaleRequest request{uuid, cart, {}, CashRounding::None};
        Money due = totals->total;
        const int how = pick(0, 9);
        if (how >= 5 && due.minor() >= 400) {
            // The last two digits choose the simulator's answer: approved; reply lost (found by a query);
            // pending then approved; declined (the rest is then paid in cash).
            static const int kEndings[] = {0, 0, 0, 4, 7, 1};
            const qint64 amount = (due.minor() / 200) * 100 + kEndings[pick(0, 5)];
            if (auto tender = terminalPayment(uuid, how >= 8 ? TenderType::kQr : TenderType::kCard, fen(amount))) {
                request.tenders << *tender;
                due = due - tender->amount;
            }
        }
        if (due.minor() > 0 || request.tenders.isEmpty()) {
            Tender cash;
            cash.uuid = newId();
            cash.type = TenderType::kCash;
            cash.tendered = fen((due.minor() / 100 + pick(0, 2) * 5 + 1) * 100);
            request.tenders << cash;
        }
        say("commit", uuid);
        auto sale = m_checkout.sales().commit(m_cashier, request);
        if (!sale)
            fail(QStringLiteral("commit"), sale.error());
        say("committed", uuid, sale->receiptNumber);
        m_booked << Booked{sale->receiptNumber, request.tenders.size() == 1 && request.tenders.first().type == TenderType::kCash};
    }

    /// An approved tender, or nothing when the terminal declined.
    std::optional<Tender> terminalPayment(const QString &saleUuid, const QString &method, const Money &amount)
    {
        auto started = m_checkout.payments().start(m_cashier, saleUuid, method, amount,
                                                   method == TenderType::kQr ? kWeChatCode : QString());
        if (!started)
            fail(QStringLiteral("payment"), started.error());
        say("pay", started->uuid, started->state);
        const PaymentIntent done = settle(started->uuid);
        say("paid", done.uuid, done.state);
        if (done.state == IntentState::kApproved)
            return done.toTender();
        if (done.state != IntentState::kDeclined)
            fail(QStringLiteral("payment ") + done.state, Error{});
        return std::nullopt;
    }

    PaymentIntent settle(const QString &intentUuid)
    {
        for (int i = 0; i < 50; ++i) {
            auto now = m_checkout.payments().intent(intentUuid);
            if (!now)
                fail(QStringLiteral("intent"), now.error());
            if (now->isDecided())
                return *now;
            m_scheduler.advance(60000);
            QCoreApplication::processEvents();
        }
        fail(QStringLiteral("payment never decided"), Error{});
    }

    void voidOne()
    {
        Booked &sale = m_booked[pick(0, int(m_booked.size()) - 1)];
        if (sale.voided || sale.refunded)
            return;
        if (!sale.cashOnly) {
            auto byReceipt = m_checkout.sales().byReceipt(sale.receipt);
            if (!byReceipt)
                fail(QStringLiteral("byReceipt"), byReceipt.error());
            if (Status returned = m_checkout.payments().returnForVoid(byReceipt->uuid); !returned)
                fail(QStringLiteral("returnForVoid"), returned.error());
            auto intents = m_checkout.payments().ofSale(byReceipt->uuid);
            for (const PaymentIntent &i : std::as_const(*intents))
                settle(i.uuid);
        }
        const QString uuid = newId();
        say("void", uuid, sale.receipt);
        auto voided = m_checkout.voids().voidSale(m_approved, VoidRequest{uuid, sale.receipt, QStringLiteral("rang up twice")});
        if (!voided)
            fail(QStringLiteral("void"), voided.error());
        say("voided", uuid, sale.receipt);
        sale.voided = true;
    }

    void refundOne()
    {
        Booked &sale = m_booked[pick(0, int(m_booked.size()) - 1)];
        if (sale.voided || sale.refunded || !sale.cashOnly)
            return;
        const QString uuid = newId();
        say("refund", uuid, sale.receipt);
        auto refunded = m_checkout.refunds().refund(
            m_approved, RefundRequest{uuid, sale.receipt, {{1, Quantity::units(1), pick(0, 3) != 0}}, QStringLiteral("does not want it")});
        if (!refunded)
            fail(QStringLiteral("refund"), refunded.error());
        say("refunded", uuid, sale.receipt);
        sale.refunded = true;
    }

    void cash(const QString &kind, qint64 amount, const Session &session)
    {
        const QString uuid = newId();
        say("cash", uuid, kind);
        auto booked = m_checkout.cash().record(session, CashRequest{uuid, kind, fen(amount), QStringLiteral("change from the safe")});
        if (!booked)
            fail(QStringLiteral("cash"), booked.error());
        say("cashed", uuid, kind);
    }

    Services &m_services;
    ManualClock &m_clock;
    hal::ManualScheduler &m_scheduler;
    std::mt19937 m_rng;
    CheckoutServices &m_checkout;
    Session m_cashier;
    Session m_supervisor;
    Session m_approved;
    QList<Booked> m_booked;
    QStringList m_held;
};

/// Every statement SQLite finishes prints "q": kill points inside a transaction, not only between them.
void traceStatements(Services &services)
{
    const QVariant handle = services.store().database().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, onStatement, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: killchild STORE LEDGER SEED\n");
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0)));
    inventory::InventoryModule inventoryModule;
    members::MembersModule membersModule;
    CheckoutModule checkoutModule;
    auto opened = Services::open(Services::Options{.clock = clock,
                                                   .path = QString::fromLocal8Bit(argv[1]),
                                                   .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                   .pinParams = PinHasher::Params::fastest(),
                                                   .createIfMissing = false,
                                                   .checkIntegrity = false});
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Services &services = **opened;

    hal::ManualScheduler scheduler;
    hal::DeviceManager devices;
    auto owned = std::make_unique<hal::SimPaymentTerminal>(
        hal::DeviceInfo{QStringLiteral("pay"), hal::DeviceCategory::PaymentTerminal, {}, QStringLiteral("sim"),
                        {{QStringLiteral("delayMs"), 0}, {QStringLiteral("ledger"), QString::fromLocal8Bit(argv[2])}}},
        &scheduler);
    hal::SimPaymentTerminal *terminal = owned.get();
    if (!devices.add(std::move(owned)) || !devices.start(terminal, QStringLiteral("checkout")))
        fail(QStringLiteral("terminal"), Error{});
    PaymentService &payments = CheckoutServices::of(services).payments();
    payments.setTiming(PaymentService::Timing{0, 30000, 10 * 60 * 1000, 60000});
    payments.setTerminal(terminal);

    Lane lane(services, clock, scheduler, quint32(QByteArray(argv[3]).toUInt()));
    say(QByteArrayLiteral("ready"));
    traceStatements(services);
    lane.run();
    payments.setTerminal(nullptr);
    return 0;
}
