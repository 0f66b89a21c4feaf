// The real qtillctl binary on a temporary store, as an administrator would use it.
#include "qtillctlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;

class QtillctlTest : public qtill::test::QtillctlFixture
{
protected:
    QStringList taxCodes() const
    {
        QStringList codes;
        const Outcome r = run({QStringLiteral("tax"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : r.json().array())
            codes << v.toObject().value(QStringLiteral("code")).toString();
        return codes;
    }
};

} // namespace

TEST_F(QtillctlTest, InitDemoCreatesTheStoreOperatorsAndProducts)
{
    const Outcome init = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QJsonObject out = init.json().object();
    EXPECT_TRUE(out.value(QStringLiteral("created")).toBool());
    const QJsonArray operators = out.value(QStringLiteral("operators")).toArray();
    ASSERT_EQ(operators.size(), 3);
    EXPECT_EQ(operators.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("00"));
    EXPECT_EQ(operators.at(0).toObject().value(QStringLiteral("pin")).toString(), QStringLiteral("888888"));
    EXPECT_GE(out.value(QStringLiteral("demo")).toObject().value(QStringLiteral("products")).toInt(), 280);

    // Without --json the defaults are printed for the person setting the shop up.
    const Outcome status = run({QStringLiteral("db"), QStringLiteral("status")});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("Quick check:  ok")));
    EXPECT_TRUE(status.out.contains(QStringLiteral("inventory")));

    // A second init changes nothing and refuses to fill the catalog again.
    const Outcome again = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--as"), QStringLiteral("00")},
                          QStringLiteral("888888"));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("has products already"))) << again.err.toStdString();
}

TEST_F(QtillctlTest, UsersListAsJson)
{
    initDemo();
    const Outcome list = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray users = list.json().array();
    ASSERT_EQ(users.size(), 3);
    QStringList seen;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        seen << u.value(QStringLiteral("number")).toString() + QLatin1Char(':') + u.value(QStringLiteral("role")).toString();
        EXPECT_TRUE(u.value(QStringLiteral("active")).toBool());
        EXPECT_FALSE(u.contains(QStringLiteral("pin")));
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("00:owner"), QStringLiteral("01:cashier"), QStringLiteral("99:supervisor")}));
    EXPECT_EQ(users.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("收银员01"));
}

TEST_F(QtillctlTest, OwnerAddsAnOperatorWhoCanThenActWithTheNewPin)
{
    initDemo();
    const Outcome add = run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("05"), QStringLiteral("王芳"),
                         QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--as"), QStringLiteral("00")},
                        QStringLiteral("888888"), QStringLiteral("5555"));
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const Outcome profile = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("phone"),
                             QStringLiteral("021-6000 1234"), QStringLiteral("--as"), QStringLiteral("05")},
                            QStringLiteral("5555"));
    ASSERT_EQ(profile.exitCode, 0) << profile.err.toStdString();
    const Outcome show = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--json")});
    EXPECT_EQ(show.json().object().value(QStringLiteral("phone")).toString(), QStringLiteral("021-6000 1234"));
}

TEST_F(QtillctlTest, TheStoresTimeZoneIsSetByItsIanaName)
{
    initDemo();
    const Outcome set = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("time-zone"),
                             QStringLiteral("Asia/Shanghai"), QStringLiteral("--as"), QStringLiteral("00")},
                            QStringLiteral("888888"));
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const Outcome refused = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("time-zone"),
                                 QStringLiteral("Mars/Olympus"), QStringLiteral("--as"), QStringLiteral("00")},
                                QStringLiteral("888888"));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Unknown time zone \"Mars/Olympus\""))) << refused.err.toStdString();
    const Outcome show = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--json")});
    EXPECT_EQ(show.json().object().value(QStringLiteral("time-zone")).toString(), QStringLiteral("Asia/Shanghai"));
}

TEST_F(QtillctlTest, BackupAndRestoreRoundTrip)
{
    initDemo();
    const QString backup = dir.filePath(QStringLiteral("before.db"));
    const Outcome saved = run({QStringLiteral("backup"), backup, QStringLiteral("--as"), QStringLiteral("00")},
                          QStringLiteral("888888"));
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    ASSERT_TRUE(QFile::exists(backup));

    const Outcome added = run({QStringLiteral("tax"), QStringLiteral("add"), QStringLiteral("books"), QStringLiteral("图书"),
                           QStringLiteral("9%"), QStringLiteral("--as"), QStringLiteral("00")},
                          QStringLiteral("888888"));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(taxCodes().contains(QStringLiteral("books")));

    const Outcome restored = run({QStringLiteral("restore"), backup, QStringLiteral("--as"), QStringLiteral("00")},
                             QStringLiteral("888888"));
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_FALSE(taxCodes().contains(QStringLiteral("books")));
    EXPECT_TRUE(taxCodes().contains(QStringLiteral("standard")));

    const Outcome verify = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
                            QStringLiteral("--as"), QStringLiteral("00")},
                           QStringLiteral("888888"));
    ASSERT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.json().object().value(QStringLiteral("ok")).toBool());
    const Outcome restoreEntries = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                    QStringLiteral("backup.restore"), QStringLiteral("--json"), QStringLiteral("--as"),
                                    QStringLiteral("00")},
                                   QStringLiteral("888888"));
    ASSERT_EQ(restoreEntries.json().array().size(), 1);
}

TEST_F(QtillctlTest, BackupsAreAuditedOnceAndACashiersIsRefused)
{
    initDemo();
    const QString backup = dir.filePath(QStringLiteral("audited.db"));
    const Outcome saved = run({QStringLiteral("backup"), backup, QStringLiteral("--as"), QStringLiteral("00")},
                              QStringLiteral("888888"));
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const Outcome refused = run({QStringLiteral("backup"), dir.filePath(QStringLiteral("cashier.db")), QStringLiteral("--as"),
                                 QStringLiteral("01")},
                                QStringLiteral("0000"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("cashier.db"))));

    const Outcome entries = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                 QStringLiteral("backup.create"), QStringLiteral("--json"), QStringLiteral("--as"),
                                 QStringLiteral("00")},
                                QStringLiteral("888888"));
    ASSERT_EQ(entries.exitCode, 0) << entries.err.toStdString();
    const QJsonArray rows = entries.json().array();
    ASSERT_EQ(rows.size(), 2);   // the owner's backup and the cashier's refusal, nothing twice
    QStringList outcomes;
    for (const QJsonValue &row : rows)
        outcomes << row.toObject().value(QStringLiteral("outcome")).toString();
    outcomes.sort();
    EXPECT_EQ(outcomes, (QStringList{QStringLiteral("denied"), QStringLiteral("ok")}));
}

TEST_F(QtillctlTest, AuditVerifyReportsAnIntactLog)
{
    initDemo();
    const Outcome verify = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("00")},
                           QStringLiteral("888888"));
    ASSERT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(QStringLiteral("The audit log is intact")));
}

TEST_F(QtillctlTest, ACashierIsRefusedWithAClearMessage)
{
    initDemo();
    const Outcome refused = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("name"),
                             QStringLiteral("收银员的店"), QStringLiteral("--as"), QStringLiteral("01")},
                            QStringLiteral("0000"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Change store settings"))) << refused.err.toStdString();
    const Outcome show = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--json")});
    EXPECT_EQ(show.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Qtill 演示超市"));

    const Outcome audit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("01")},
                          QStringLiteral("0000"));
    EXPECT_EQ(audit.exitCode, 1);
    EXPECT_TRUE(audit.err.contains(QStringLiteral("may not"))) << audit.err.toStdString();
}

TEST_F(QtillctlTest, AWrongPinIsRefused)
{
    initDemo();
    const Outcome wrong = run({QStringLiteral("backup"), QStringLiteral("--as"), QStringLiteral("00")}, QStringLiteral("111111"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_FALSE(wrong.err.isEmpty());
    const Outcome noPin = run({QStringLiteral("backup"), QStringLiteral("--as"), QStringLiteral("00")});
    EXPECT_EQ(noPin.exitCode, 1);
    EXPECT_TRUE(noPin.err.contains(QStringLiteral("QTILL_PIN"))) << noPin.err.toStdString();
}

TEST_F(QtillctlTest, RestoringAGarbageFileIsRefused)
{
    initDemo();
    const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    const Outcome restored = run({QStringLiteral("restore"), garbage, QStringLiteral("--as"), QStringLiteral("00")},
                             QStringLiteral("888888"));
    EXPECT_EQ(restored.exitCode, 1);
    EXPECT_TRUE(restored.err.contains(QStringLiteral("not a usable backup"))) << restored.err.toStdString();
    // The store is untouched.
    const Outcome list = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().array().size(), 3);
}

TEST_F(QtillctlTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("users"), QStringLiteral("add")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--bogus")}).exitCode, 2);
    const Outcome help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("restore BACKUP")));
}

TEST_F(QtillctlTest, CommandsOnAMissingStoreSayToRunInit)
{
    const Outcome status = run({QStringLiteral("db"), QStringLiteral("status")});
    EXPECT_EQ(status.exitCode, 1);
    EXPECT_TRUE(status.err.contains(QStringLiteral("qtillctl init"))) << status.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(QtillctlTest, APriceListAStockCountAndSuppliersImportFromCsv)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };

    // A price list changes existing products only with --update.
    const QString prices = write(QStringLiteral("prices.csv"), "sku,price\n130009,12.50\n");
    const Outcome refused = run({QStringLiteral("products"), QStringLiteral("import"), prices, QStringLiteral("--as"),
                                 QStringLiteral("00")}, owner);
    EXPECT_EQ(refused.exitCode, 1);
    const Outcome updated = run({QStringLiteral("products"), QStringLiteral("import"), prices, QStringLiteral("--update"),
                                 QStringLiteral("--as"), QStringLiteral("00"), QStringLiteral("--json")}, owner);
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString() << updated.out.toStdString();
    const QJsonObject imported = updated.json().object().value(QStringLiteral("imported")).toObject();
    EXPECT_EQ(imported.value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(imported.value(QStringLiteral("pricesChanged")).toInt(), 1);
    const Outcome shown = run({QStringLiteral("products"), QStringLiteral("show"), QStringLiteral("130009")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("12.50"))) << shown.out.toStdString();

    // Stock: a count of 40 on the floor books -2; the export imports back with nothing to book.
    const QString count = write(QStringLiteral("count.csv"), "sku,location,on_hand\n130009,FLOOR,40\n");
    const Outcome counted = run({QStringLiteral("stock"), QStringLiteral("import"), count, QStringLiteral("--as"),
                                 QStringLiteral("00"), QStringLiteral("--json")}, owner);
    ASSERT_EQ(counted.exitCode, 0) << counted.err.toStdString();
    EXPECT_EQ(counted.json().object().value(QStringLiteral("imported")).toObject().value(QStringLiteral("movements")).toInt(), 1);
    const QString stock = dir.filePath(QStringLiteral("stock.csv"));
    ASSERT_EQ(run({QStringLiteral("stock"), QStringLiteral("export"), stock, QStringLiteral("--as"), QStringLiteral("00")}, owner)
                  .exitCode, 0);
    const Outcome back = run({QStringLiteral("stock"), QStringLiteral("import"), stock, QStringLiteral("--as"),
                              QStringLiteral("00"), QStringLiteral("--json")}, owner);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.json().object().value(QStringLiteral("imported")).toObject().value(QStringLiteral("movements")).toInt(), 0);
    const Outcome verify = run({QStringLiteral("stock"), QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();

    // Suppliers: a bad row is reported and, without --good-rows-only, nothing is written.
    const QString suppliers = write(QStringLiteral("suppliers.csv"), "code,name,lead_time_days\nS200,新供应商,2\nS201,,3\n");
    const Outcome bad = run({QStringLiteral("suppliers"), QStringLiteral("import"), suppliers, QStringLiteral("--as"),
                             QStringLiteral("00")}, owner);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.contains(QStringLiteral("A new supplier needs a name."))) << bad.out.toStdString();
    const Outcome good = run({QStringLiteral("suppliers"), QStringLiteral("import"), suppliers, QStringLiteral("--good-rows-only"),
                              QStringLiteral("--as"), QStringLiteral("00")}, owner);
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString();
    const QString items = dir.filePath(QStringLiteral("items.csv"));
    ASSERT_EQ(run({QStringLiteral("suppliers"), QStringLiteral("export"), items, QStringLiteral("--items"), QStringLiteral("--as"),
                   QStringLiteral("00")}, owner).exitCode, 0);
    QFile exported(items);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_TRUE(exported.readLine().contains("supplier,sku,supplier_item_code,cost,pack_size,preferred"));
}

TEST_F(QtillctlTest, AStoresCatalogMovesToANewStoreAndExportsBackByteForByte)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    const QString catalog = dir.filePath(QStringLiteral("catalog.csv"));
    ASSERT_EQ(run({QStringLiteral("products"), QStringLiteral("export"), catalog, QStringLiteral("--as"), QStringLiteral("00")},
                  owner).exitCode, 0);

    // A new store without the demo starts with the standard tax classes.
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    const Outcome init = runOn(fresh, {QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json().object().value(QStringLiteral("taxClassesAdded")).toInt(), 4);

    // Without --create-missing the categories are missing — said plainly, never as an empty choice.
    const Outcome refused = runOn(fresh, {QStringLiteral("products"), QStringLiteral("import"), catalog,
                                          QStringLiteral("--as"), QStringLiteral("00")}, owner);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("There is no category"))) << refused.out.left(2000).toStdString();
    EXPECT_FALSE(refused.out.contains(QStringLiteral("Use one of: ."))) << refused.out.left(2000).toStdString();
    EXPECT_FALSE(refused.out.contains(QStringLiteral("There is no tax class"))) << refused.out.left(2000).toStdString();

    const Outcome moved = runOn(fresh, {QStringLiteral("products"), QStringLiteral("import"), catalog,
                                        QStringLiteral("--create-missing"), QStringLiteral("--as"), QStringLiteral("00"),
                                        QStringLiteral("--json")}, owner);
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString() << moved.out.left(2000).toStdString();
    const QJsonObject imported = moved.json().object().value(QStringLiteral("imported")).toObject();
    EXPECT_GE(imported.value(QStringLiteral("products")).toInt(), 280);
    EXPECT_GT(imported.value(QStringLiteral("categoriesAdded")).toInt(), 0);

    const QString back = dir.filePath(QStringLiteral("back.csv"));
    ASSERT_EQ(runOn(fresh, {QStringLiteral("products"), QStringLiteral("export"), back, QStringLiteral("--as"),
                            QStringLiteral("00")}, owner).exitCode, 0);
    QFile first(catalog);
    QFile second(back);
    ASSERT_TRUE(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    const QByteArray firstBytes = first.readAll();
    EXPECT_GT(firstBytes.size(), 10000);
    EXPECT_TRUE(second.readAll() == firstBytes);
}

TEST_F(QtillctlTest, SerialNumberedGoodsAreReceivedWithTheirSerialsAndFoundAgain)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    QFile file(dir.filePath(QStringLiteral("phone.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("sku,name,category,unit,price,serial_tracked\n990001,测试手机 128G,13,台,1999.00,1\n");
    file.close();
    ASSERT_EQ(run({QStringLiteral("products"), QStringLiteral("import"), file.fileName(), QStringLiteral("--as"),
                   QStringLiteral("00")}, owner).exitCode, 0);
    const QStringList receive{QStringLiteral("po"), QStringLiteral("receive"), QStringLiteral("-")};
    const QStringList where{QStringLiteral("--supplier"), QStringLiteral("S001"), QStringLiteral("--location"),
                            QStringLiteral("FLOOR"), QStringLiteral("--as"), QStringLiteral("00")};
    // Two phones need two serials: one is refused and books nothing.
    const Outcome short_ = run(receive + QStringList{QStringLiteral("990001x2:861234500000011")} + where, owner);
    EXPECT_EQ(short_.exitCode, 1);
    const Outcome booked = run(receive + QStringList{QStringLiteral("990001x2:861234500000011,861234500000029")} + where, owner);
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    const Outcome found = run({QStringLiteral("serial"), QStringLiteral("show"), QStringLiteral("861234500000029")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("测试手机 128G"))) << found.out.toStdString();
    const Outcome stock = run({QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("990001"), QStringLiteral("--json")});
    EXPECT_EQ(stock.json().object().value(QStringLiteral("onHand")).toString(), QStringLiteral("2")) << stock.out.toStdString();
}

TEST_F(QtillctlTest, TheDemoPhoneIsFoundBySerialAndPhonesGoBackToTheSupplierBySerial)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    // After-sales: the demo's sold phone shows the sale, the customer and the warranty date.
    const Outcome sold = run({QStringLiteral("serial"), QStringLiteral("show"), QStringLiteral("860000000000011")});
    ASSERT_EQ(sold.exitCode, 0) << sold.err.toStdString();
    EXPECT_TRUE(sold.out.contains(QStringLiteral("R01-DEMO-0001"))) << sold.out.toStdString();
    EXPECT_TRUE(sold.out.contains(QStringLiteral("13800138000"))) << sold.out.toStdString();
    EXPECT_TRUE(sold.out.contains(QStringLiteral("Warranty  12 months, until"))) << sold.out.toStdString();

    const QStringList where{QStringLiteral("--location"), QStringLiteral("FLOOR"), QStringLiteral("--reason"),
                            QStringLiteral("屏幕坏点"), QStringLiteral("--as"), QStringLiteral("00")};
    const QStringList giveBack{QStringLiteral("po"), QStringLiteral("return"), QStringLiteral("S005")};
    // Two phones need two serials; the sold one cannot go back; nothing is booked either time.
    EXPECT_EQ(run(giveBack + QStringList{QStringLiteral("240001x2:860000000000012")} + where, owner).exitCode, 1);
    const Outcome refused = run(giveBack + QStringList{QStringLiteral("240001x2:860000000000011,860000000000012")} + where, owner);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("was sold"))) << refused.err.toStdString();
    const Outcome returned = run(giveBack + QStringList{QStringLiteral("240001x2:860000000000012,860000000000013")} + where
                                     + QStringList{QStringLiteral("--json")},
                                 owner);
    ASSERT_EQ(returned.exitCode, 0) << returned.err.toStdString();
    EXPECT_TRUE(returned.json().object().value(QStringLiteral("return")).toString().startsWith(QStringLiteral("RT-R01-")));
    const Outcome stock = run({QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("240001"), QStringLiteral("--json")});
    EXPECT_EQ(stock.json().object().value(QStringLiteral("onHand")).toString(), QStringLiteral("0")) << stock.out.toStdString();
    const Outcome gone = run({QStringLiteral("serial"), QStringLiteral("show"), QStringLiteral("860000000000013"), QStringLiteral("--json")});
    ASSERT_EQ(gone.exitCode, 0) << gone.err.toStdString();
    EXPECT_TRUE(gone.out.contains(QStringLiteral("returned_to_supplier"))) << gone.out.toStdString();
}
