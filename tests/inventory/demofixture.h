#pragma once

#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"

#include "core/operatorservice.h"
#include "core/services.h"

#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace qtill::inventory::test {

/// A temporary store (a file, or a fresh database on the test server: TestDatabase) opened through Services with the inventory module, the first-run operators
/// signed in (owner 00, cashier 01), optionally filled with the demo supermarket.
struct DemoFixture
{
    QTemporaryDir dir;
    qtill::test::TestDatabase database{dir.path()}; // a file in dir, or a fresh PostgreSQL database
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(8, 0))};
    InventoryModule module;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    DemoStore::Summary summary;

    explicit DemoFixture(bool populate = true)
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .modules = {&module},
                                                       .pinParams = PinHasher::Params::fastest(),
                                                       .backupDir = dir.filePath(QStringLiteral("backups"))});
        if (!opened.ok()) {
            ADD_FAILURE() << opened.error().toString().toStdString();
            return;
        }
        services = std::move(opened.value());
        EXPECT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        if (populate) {
            auto filled = DemoStore::populate(*services, owner);
            if (filled.ok())
                summary = *filled;
            else
                ADD_FAILURE() << filled.error().toString().toStdString();
        }
    }

    Store &store() { return services->store(); }
};

} // namespace qtill::inventory::test
