#pragma once

#include "checkout/cart.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/sale.h"
#include "checkout/saleservice.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "inventory/inventoryservices.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include "testdatabase.h"

#include <QCoreApplication>

#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

namespace qtill::checkout::test {

/// A temporary demo supermarket (a file, or a fresh database on the test server) opened with the
/// inventory and checkout modules, the first-run operators signed in (owner 00, cashier 01,
/// supervisor 99).
struct CheckoutFixture
{
    QTemporaryDir dir;
    qtill::test::TestDatabase database{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    inventory::InventoryModule inventoryModule;
    members::MembersModule membersModule;
    CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    Session supervisor;
    // The simulated payment terminal (delays 0; answers arrive when the scheduler runs).
    hal::ManualScheduler scheduler;
    hal::DeviceManager devices;
    hal::SimPaymentTerminal *terminal = nullptr;
    int terminals = 0;

    CheckoutFixture()
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                       .pinParams = PinHasher::Params::fastest()});
        if (!opened.ok()) {
            ADD_FAILURE() << opened.error().toString().toStdString();
            return;
        }
        services = std::move(opened.value());
        EXPECT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        supervisor = services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
        auto filled = inventory::DemoStore::populate(*services, owner);
        if (!filled.ok())
            ADD_FAILURE() << filled.error().toString().toStdString();
    }

    CheckoutServices &checkout() { return CheckoutServices::of(*services); }
    PaymentService &payments() { return checkout().payments(); }

    /// Plugs a simulated terminal into the payment service; `ledger` keeps the provider's side in a file
    /// (a second terminal on the same file answers for the first, as the provider does after a restart).
    hal::SimPaymentTerminal *attachTerminal(const QString &ledger = {}, QVariantMap params = {})
    {
        params.insert(QStringLiteral("delayMs"), 0);
        if (!ledger.isEmpty())
            params.insert(QStringLiteral("ledger"), ledger);
        auto owned = std::make_unique<hal::SimPaymentTerminal>(
            hal::DeviceInfo{QStringLiteral("pay%1").arg(++terminals), hal::DeviceCategory::PaymentTerminal, {},
                            QStringLiteral("sim"), params},
            &scheduler);
        terminal = owned.get();
        EXPECT_TRUE(devices.add(std::move(owned)));
        EXPECT_TRUE(devices.start(terminal, QStringLiteral("checkout")));
        payments().setTiming(PaymentService::Timing{0, 30000, 10 * 60 * 1000, 60000});
        payments().setTerminal(terminal);
        return terminal;
    }

    /// Lets the terminal and the payment service run until `intent` is decided (or `rounds` pass).
    PaymentIntent settle(const QString &intentUuid, int rounds = 20)
    {
        for (int i = 0; i < rounds; ++i) {
            auto now = payments().intent(intentUuid);
            if (now.ok() && now->isDecided())
                return *now;
            scheduler.advance(60000);
            QCoreApplication::processEvents();
        }
        return payments().intent(intentUuid).valueOr({});
    }

    /// A card payment of `amount` for sale `saleUuid`, approved by the simulated terminal.
    Tender card(const QString &saleUuid, const Money &amount)
    {
        if (!terminal)
            attachTerminal();
        auto started = payments().start(cashier, saleUuid, TenderType::kCard, amount);
        EXPECT_TRUE(started.ok()) << (started.ok() ? std::string() : started.error().toString().toStdString());
        const PaymentIntent done = settle(started.valueOr({}).uuid);
        EXPECT_EQ(done.state, IntentState::kApproved) << done.message.toStdString();
        return done.toTender();
    }
    inventory::InventoryServices &inventory() { return inventory::InventoryServices::of(*services); }
    Currency currency() { return services->storeProfile().currency(); }
    Money yuan(double amount) { return Money::fromMinor(qRound64(amount * 100), currency()); }

    inventory::ScanMatch scan(const QString &code)
    {
        auto found = inventory().catalog().lookupForSale(code);
        EXPECT_TRUE(found.ok()) << code.toStdString() << ": "
                                << (found.ok() ? std::string() : found.error().toString().toStdString());
        return found.valueOr({});
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    Tender cash(const Money &given)
    {
        Tender t;
        t.uuid = newId();
        t.type = TenderType::kCash;
        t.tendered = given;
        return t;
    }

};

} // namespace qtill::checkout::test
