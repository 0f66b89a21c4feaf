#pragma once

// A store with the inventory and members modules for the coupon, campaign and voucher tests: the first-run
// operators signed in (owner 00, cashier 01, supervisor 99), the demo products when asked for.
#include "members/campaign.h"
#include "members/campaignservice.h"
#include "members/couponservice.h"
#include "members/memberservice.h"
#include "members/membersmodule.h"
#include "members/membersservices.h"
#include "members/voucherservice.h"

#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"

#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace qtill::members::test {

inline Money yuan(qint64 fen)
{
    return Money::fromMinor(fen, Currency::cny());
}

inline std::string text(const Error &error)
{
    return error.toString().toStdString();
}

struct CouponFixture
{
    QTemporaryDir dir;
    qtill::test::TestDatabase database {dir.path()};
    ManualClock clock {QDateTime(QDate(2026, 12, 7), QTime(10, 0))};
    inventory::InventoryModule inventoryModule;
    MembersModule membersModule;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;
    Session supervisor;

    explicit CouponFixture(bool demoProducts = false)
    {
        auto opened = Services::open(Services::Options {.clock = clock,
            .path = database.address(),
            .modules = {&inventoryModule, &membersModule},
            .pinParams = PinHasher::Params::fastest()});
        if (!opened.ok()) {
            ADD_FAILURE() << text(opened.error());
            return;
        }
        services = std::move(opened.value());
        EXPECT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        supervisor = services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
        if (demoProducts) {
            auto filled = inventory::DemoStore::populate(*services, owner);
            if (!filled.ok())
                ADD_FAILURE() << text(filled.error());
        }
        // Members 1 … kMembers (a fresh store numbers them from 1 on both engines): the ids tests issue to.
        for (int i = 1; i <= kMembers; ++i) {
            MemberDraft draft;
            draft.mobile = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
            auto registered = members().members().registerMember(owner, draft);
            if (!registered.ok() || registered->id.value() != i)
                ADD_FAILURE() << "member " << i << ": " << (registered.ok() ? "another id" : text(registered.error()));
        }
    }

    static constexpr int kMembers = 20;

    MembersServices &members() { return MembersServices::of(*services); }
    CampaignService &campaigns() { return members().campaigns(); }
    CouponService &coupons() { return members().coupons(); }
    VoucherService &vouchers() { return members().vouchers(); }

    /// ¥10 off, valid for 30 days from issue.
    static Campaign tenOff(const QString &name = QStringLiteral("新客立减10元"))
    {
        Campaign c;
        c.name = name;
        c.kind = Coupon::Kind::AmountOff;
        c.amount = yuan(1000);
        c.validDays = 30;
        return c;
    }

    qint64 create(const Campaign &campaign)
    {
        auto id = campaigns().create(owner, campaign);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : text(id.error()));
        return id.valueOr(0);
    }

    QString issueOne(qint64 campaignId)
    {
        auto issued = campaigns().issueCodes(owner, campaignId, 1);
        EXPECT_TRUE(issued.ok()) << (issued.ok() ? std::string() : text(issued.error()));
        return issued.ok() && !issued->isEmpty() ? issued->first().code : QString();
    }

    /// The newest audit entries with this action.
    QList<AuditEntry> audited(const QString &action)
    {
        AuditQuery query;
        query.actionPrefix = action;
        return services->auditLog().entries(query).valueOr({});
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto q = services->store().exec(sql, values);
        EXPECT_TRUE(q.ok());
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace qtill::members::test
