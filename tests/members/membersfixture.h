#pragma once

#include "members/memberservice.h"
#include "members/membersmodule.h"
#include "members/membersservices.h"
#include "members/pointsledger.h"
#include "members/storedvalueservice.h"
#include "members/tierservice.h"

#include "inventory/inventorymodule.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "testdatabase.h"

#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

namespace qtill::members::test {

/// A fresh store (a file, or a database on the test server) opened with the inventory and members modules,
/// the first-run operators signed in (owner 00, cashier 01, supervisor 99). Every test ends by checking
/// that both ledgers equal their balances.
struct MembersFixture
{
    QTemporaryDir dir;
    qtill::test::TestDatabase database{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    inventory::InventoryModule inventoryModule;
    MembersModule membersModule;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    Session supervisor;

    MembersFixture()
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .modules = {&inventoryModule, &membersModule},
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
    }

    MembersServices &module() { return MembersServices::of(*services); }
    MemberService &members() { return module().members(); }
    PointsLedger &points() { return module().points(); }
    TierService &tiers() { return module().tiers(); }
    StoredValueService &storedValue() { return module().storedValue(); }

    Money fen(qint64 minor) { return Money::fromMinor(minor, services->storeProfile().currency()); }
    Money yuan(qint64 whole) { return fen(whole * 100); }
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    /// Registers a member with `mobile` (asserting it worked).
    Member registered(const QString &mobile, const QString &name = QStringLiteral("张三"))
    {
        MemberDraft draft;
        draft.mobile = mobile;
        draft.name = name;
        auto member = members().registerMember(cashier, draft);
        EXPECT_TRUE(member.ok()) << (member.ok() ? std::string() : member.error().toString().toStdString());
        return member.valueOr({});
    }

    qint64 pointsOf(MemberId id) { return points().balance(id).valueOr(-1); }
    qint64 storedOf(MemberId id) { return storedValue().balance(id).valueOr(fen(-1)).minor(); }

    /// Both ledgers add up to their balances (every test checks this at the end).
    void expectLedgersBalance()
    {
        auto p = points().verify();
        ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
        EXPECT_TRUE(p->ok) << p->problems.join(QLatin1Char('\n')).toStdString();
        auto s = storedValue().verify();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        EXPECT_TRUE(s->ok) << s->problems.join(QLatin1Char('\n')).toStdString();
    }
};

inline std::string text(const Error &error)
{
    return error.toString().toStdString();
}

} // namespace qtill::members::test
