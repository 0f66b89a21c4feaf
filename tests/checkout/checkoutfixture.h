#pragma once

#include "checkout/cart.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/sale.h"
#include "checkout/saleservice.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "testdatabase.h"

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
    CheckoutModule checkoutModule;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    Session supervisor;

    CheckoutFixture()
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .modules = {&inventoryModule, &checkoutModule},
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

    Tender card(const Money &amount, const QString &reference = QStringLiteral("TXN-1"))
    {
        Tender t;
        t.uuid = newId();
        t.type = TenderType::kCard;
        t.amount = amount;
        t.reference = reference;
        t.maskedCard = QStringLiteral("6222 **** **** 1234");
        return t;
    }
};

} // namespace qtill::checkout::test
