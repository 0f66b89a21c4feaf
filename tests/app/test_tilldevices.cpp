// The till's devices in the running application (--simulate-hardware): the payment service pays through
// the simulated terminal, a sale the till prints reaches the simulated printer (the spooler is woken by
// the sale), and a payment left undecided by a previous run is decided by the reconciler at start-up (the
// simulated provider's books survive the restart).
#include "app/application.h"
#include "app/appmodules.h"
#include "app/devicehub.h"
#include "app/tilldevices.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/printqueue.h"
#include "checkout/saleservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"
#include "hal/paymentterminal.h"
#include "hal/sim/simtransport.h"
#include "hal/sim/simulatedprinter.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;

namespace {

template<class Predicate>
bool waitUntil(Predicate done, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class TillDevicesTest : public ::testing::Test
{
protected:
    void TearDown() override { m_app.reset(); }

    void startApp()
    {
        Application::Config config;
        config.dbPath = m_dir.filePath(QStringLiteral("qtill.db"));
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        config.demo = true;
        config.simulateHardware = true;
        config.simulatorFolder = folder();
        config.deviceReconnectMs = 50;
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        const Status started = m_app->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        auto cashier = m_app->services().operators().signIn(QStringLiteral("01"), QStringLiteral("0000"));
        ASSERT_TRUE(cashier.ok());
        m_cashier = *cashier;
    }

    QString folder() const { return m_dir.filePath(QStringLiteral("simulated")); }
    checkout::CheckoutServices &checkout() { return checkout::CheckoutServices::of(m_app->services()); }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTime()};   // the simulated terminal runs on real timers
    std::unique_ptr<Application> m_app;
    Session m_cashier;
};

} // namespace

TEST_F(TillDevicesTest, TheSimulatedTerminalPaysAndAPrintedSaleReachesTheSimulatedPrinter)
{
    startApp();
    ASSERT_NE(m_app->till(), nullptr);
    auto *terminal = checkout().payments().terminal();
    ASSERT_NE(terminal, nullptr) << "the register's payment terminal is the payment service's";
    EXPECT_EQ(terminal, m_app->devices()->manager().first(hal::DeviceCategory::PaymentTerminal));
    ASSERT_TRUE(waitUntil([&] { return terminal->isEnabled(); }));

    checkout::SaleRequest request;
    request.uuid = newId();
    request.cart = checkout::Cart(m_app->services().storeProfile().currency());
    auto cola = inventory::InventoryServices::of(m_app->services()).catalog().lookupForSale(QStringLiteral("6924808758854"));
    ASSERT_TRUE(cola.ok());
    ASSERT_TRUE(request.cart.add(*cola).ok());   // ¥3.50
    auto card = checkout().payments().start(m_cashier, request.uuid, checkout::TenderType::kCard,
                                            Money::fromMinor(350, request.cart.currency()));
    ASSERT_TRUE(card.ok()) << card.error().toString().toStdString();
    ASSERT_TRUE(waitUntil([&] { return checkout().payments().intent(card->uuid).value().isDecided(); }));
    const checkout::PaymentIntent paidByCard = checkout().payments().intent(card->uuid).value();
    ASSERT_EQ(paidByCard.state, checkout::IntentState::kApproved) << paidByCard.message.toStdString();
    request.tenders = {paidByCard.toTender()};
    request.printReceipt = true;

    auto *printer = m_app->devices()->manager().device<hal::SimulatedPrinter>(QStringLiteral("printer"));
    ASSERT_NE(printer, nullptr);
    const qsizetype before = printer->simState().jobs().size();
    auto sale = checkout().sales().commit(m_cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    // The simulated printer pictures only documents (print()); the queue sends ESC/POS bytes (printRaw).
    ASSERT_TRUE(waitUntil([&] { return printer->simState().jobs().size() == before + 1; })) << "the receipt was printed";
    const QByteArray bytes = printer->simState().jobs().last();
    EXPECT_TRUE(bytes.contains(sale->receiptNumber.toLatin1())) << "the sale's own receipt";
    ASSERT_TRUE(waitUntil([&] { return checkout().printQueue().pending().value() == 0; }));
    EXPECT_TRUE(m_app->till()->pendingWarning().isEmpty());
}

TEST_F(TillDevicesTest, APaymentLeftUndecidedByThePreviousRunIsDecidedAtStartUp)
{
    startApp();
    const QString saleUuid = newId();
    QString intentUuid;
    {
        auto *terminal = checkout().payments().terminal();
        ASSERT_NE(terminal, nullptr);
        ASSERT_TRUE(waitUntil([&] { return terminal->isEnabled(); }));
        // Amounts ending in 04: approved by the provider, but the reply is lost.
        auto started = checkout().payments().start(m_cashier, saleUuid, checkout::TenderType::kCard,
                                                   Money::fromMinor(1204, m_app->services().storeProfile().currency()));
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        intentUuid = started->uuid;
        ASSERT_FALSE(checkout().payments().intent(intentUuid).value().isDecided());
    }
    m_app.reset();   // the till goes down before the terminal answered

    startApp();      // start-up runs the reconciler
    ASSERT_TRUE(waitUntil([&] { return checkout().payments().intent(intentUuid).value().isDecided(); }))
        << checkout().payments().intent(intentUuid).value().state.toStdString();
    EXPECT_TRUE(checkout().payments().undecided().value().isEmpty());
}
