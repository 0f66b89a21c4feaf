// Kill trials (issue 10 "Done means"): a child process (killchild.cpp) rings up sales, holds, voids,
// refunds and cash movements on a real store file and is SIGKILLed at a random point — a random number
// of its progress lines, most of them single SQL statements, so many kills land inside a commit. Then
// the file must open and pass quick_check and the journal check; every sale is whole or absent; receipt
// numbers are gapless; stock equals the sum of its movements; whatever the child reported done is
// there; the open ticket is the one it last saved (or the one it was saving); and once the reconciler
// ran, no payment intent is undecided and none was charged twice.
//
// On PostgreSQL (QTILL_TEST_ENGINE=postgresql) the same trials run on a database copied per trial from
// a template database; a killed client is a dropped connection the server rolls back. There is no
// statement trace there, so kills fall between the child's steps and wherever the pipe's latency puts
// them, and the file's quick_check is SQLite's only.
//
// QTILL_KILL_TRIALS=2000 runs more trials (default 200; 40 on PostgreSQL, where each trial also copies
// and drops a database); QTILL_KILL_SEED picks another series;
// QTILL_KILL_KEEP=1 keeps the template and the trials' files. A failed trial's folder is kept and named.
#include "checkout/cartstore.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/journalverifier.h"
#include "checkout/paymentservice.h"
#include "checkout/saleservice.h"

#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/databaseaddress.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include "hal/devicemanager.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscheduler.h"

#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <random>

using namespace qtill;
using namespace qtill::checkout;

namespace {

/// The kill point: after 1 … kMaxLines progress lines (a sale with its tickets is about 80).
constexpr int kMaxLines = 600;

/// Where the trials' files go: a tmpfs when there is one. A SIGKILL takes the process, not the kernel's
/// page cache, so a file there goes through exactly the states it would on a disk — without the
/// fsyncs that would make the default run slow (power loss is another test: the store's, not this one).
QString trialsFolder()
{
    const QString shm = QStringLiteral("/dev/shm");
    const QFileInfo info(shm);
    return info.isDir() && info.isWritable() ? shm : QDir::tempPath();
}

QString cartHash(const Cart &cart) // as killchild.cpp
{
    const QByteArray json = QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(16));
}

/// Runs `sql` on the test server's maintenance database (PostgreSQL trials: copies and drops).
bool onServer(const QString &sql)
{
    bool ok = false;
    {
        auto address = DatabaseAddress::parse(test::TestDatabase::serverAddress());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killtrials-admin"));
        if (address)
            address->applyTo(db);
        QSqlQuery q(db);
        ok = address && db.open() && q.exec(sql);
        if (!ok)
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString() << db.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("killtrials-admin"));
    return ok;
}

/// The name of the database at a postgresql:// address.
QString databaseName(const QString &address)
{
    auto parsed = DatabaseAddress::parse(address);
    return parsed ? parsed->databaseName() : QString();
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

/// What the child said before it died: what must be in the file, and what may or may not be.
struct Reported
{
    enum class Step { None, Save, Commit, Hold, Recall, Other };
    QStringList sales;              ///< committed: must be there
    QStringList voids, refunds, cash;
    QString openUuid, openHash;     ///< the open ticket as last saved (empty: none)
    Step step = Step::None;         ///< begun, not reported done
    QString stepUuid, stepHash;
    int lines = 0;
    QByteArray log;                 ///< every line but the "q"s

    /// A step ended: the open ticket is now `uuid` (`hash`); `into` gains `what` when given.
    void done(const QString &uuid, const QString &hash, QStringList *into = nullptr, const QString &what = {})
    {
        openUuid = uuid;
        openHash = hash;
        step = Step::None;
        if (into)
            *into << what;
    }

    /// Takes one progress line in; returns its first word.
    QString read(const QByteArray &raw)
    {
        ++lines;
        if (raw != "q\n")
            log += raw;
        const QStringList w = QString::fromUtf8(raw.trimmed()).split(QLatin1Char(' '));
        const QString &what = w.first();
        const QString a = w.value(1), b = w.value(2);
        auto begin = [&](Step s) { step = s; stepUuid = a; stepHash = b; };
        if (what == u"saving")
            begin(Step::Save);
        else if (what == u"commit")
            begin(Step::Commit);
        else if (what == u"holding")
            begin(Step::Hold);
        else if (what == u"recalling")
            begin(Step::Recall);
        else if (what == u"void" || what == u"refund" || what == u"cash" || what == u"pay")
            begin(Step::Other);
        else if (what == u"saved" || what == u"recalled")
            done(a, b);
        else if (what == u"committed" || what == u"held")
            done({}, {}, what == u"committed" ? &sales : nullptr, a);
        else if (what == u"voided")
            done(openUuid, openHash, &voids, a);
        else if (what == u"refunded")
            done(openUuid, openHash, &refunds, a);
        else if (what == u"cashed")
            done(openUuid, openHash, &cash, a);
        else if (what == u"paid")
            done(openUuid, openHash);
        return what;
    }
};

/// How the kills fell, for the summary line.
struct Tally
{
    int trials = 0, inCommit = 0, commitLanded = 0, commitAbsent = 0, inSave = 0, intentsReconciled = 0;
    qint64 sales = 0;
    qint64 startMs = 0, childMs = 0, checkMs = 0;    ///< wall time: the child running; the checks after the kill
};

class KillTrials : public ::testing::Test
{
protected:
    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_template;

    /// The store every trial starts from, made once: the demo supermarket (catalog, stock on the floor,
    /// owner 00, cashier 01, supervisor 99).
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir(trialsFolder() + QStringLiteral("/qtill-killtrials-XXXXXX"));
        s_dir->setAutoRemove(!qEnvironmentVariableIsSet("QTILL_KILL_KEEP"));
        // SQLite: a file copied per trial. PostgreSQL: a database each trial copies (CREATE DATABASE … TEMPLATE).
        s_template = test::TestDatabase::onPostgres() ? test::TestDatabase::createServerDatabase()
                                                      : s_dir->filePath(QStringLiteral("template.db"));
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        inventory::InventoryModule inventoryModule;
        members::MembersModule membersModule;
        CheckoutModule checkoutModule;
        auto opened = Services::open(Services::Options{.clock = clock, .path = s_template,
                                                       .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                       .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        Services &services = **opened;
        ASSERT_TRUE(services.operators().bootstrap(Services::firstRunOperators()).ok());
        const Session owner = services.operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
        auto filled = inventory::DemoStore::populate(services, owner);
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
    }
    static void TearDownTestSuite()
    {
        if (test::TestDatabase::onPostgres())
            test::TestDatabase::dropServerDatabase(s_template);
        delete s_dir;
        s_dir = nullptr;
    }

    void runTrial(quint32 seed, Tally &tally);
    void check(const QString &db, const QString &ledger, const Reported &said, Tally &tally);
};

void KillTrials::runTrial(quint32 seed, Tally &tally)
{
    QTemporaryDir dir(s_dir->filePath(QStringLiteral("trial-XXXXXX")));
    const bool server = test::TestDatabase::onPostgres();
    QString db = dir.filePath(QStringLiteral("qtill.db"));
    const QString ledger = dir.filePath(QStringLiteral("provider.json"));
    if (server) {
        const QString name = QStringLiteral("qtill_kill_%1_%2").arg(QCoreApplication::applicationPid()).arg(seed);
        ASSERT_TRUE(onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, databaseName(s_template))));
        db = DatabaseAddress::parse(s_template)->withDatabase(name).displayText();
    } else {
        ASSERT_TRUE(QFile::copy(s_template, db));
    }
    const auto dropServerCopy = qScopeGuard([&] {
        if (server && !HasFailure())
            test::TestDatabase::dropServerDatabase(db);
    });
    std::mt19937 rng(seed);
    // No statement trace on PostgreSQL: about 10 lines a sale there, not 80.
    const int killAfter = std::uniform_int_distribution<int>(1, server ? kMaxLines / 8 : kMaxLines)(rng);

    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.start(QStringLiteral(QTILL_KILLCHILD), {db, ledger, QString::number(seed)});
    ASSERT_TRUE(child.waitForStarted()) << child.errorString().toStdString();
    Reported said;
    while (said.lines < killAfter) {
        if (child.canReadLine()) {
            if (said.read(child.readLine()) == u"ready")
                tally.startMs += timer.elapsed();
            continue;
        }
        if (!child.waitForReadyRead(30000)) {
            child.kill();
            child.waitForFinished();
            FAIL() << "the child stopped before it was killed: " << child.readAllStandardError().toStdString();
        }
    }
    child.kill(); // SIGKILL
    ASSERT_TRUE(child.waitForFinished());
    ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();
    // What it printed before it died happened before it died.
    while (child.canReadLine())
        said.read(child.readLine());
    tally.childMs += timer.restart();
    check(db, ledger, said, tally);
    tally.checkMs += timer.elapsed();
    if (HasFailure()) {
        dir.setAutoRemove(false); // to look at: the store, the provider's ledger, what the child said
        QFile log(dir.filePath(QStringLiteral("child.log")));
        if (log.open(QIODevice::WriteOnly))
            log.write(said.log);
        s_dir->setAutoRemove(false);
        ADD_FAILURE() << "kept " << dir.path().toStdString() << " and " << db.toStdString() << " (killed after " << said.lines << " lines)";
    }
}

/// One value of a query, or an invalid QVariant.
QVariant scalar(Services &services, const QString &sql, const QVariantList &values = {})
{
    auto q = services.store().exec(sql, values);
    return q && q->next() ? q->value(0) : QVariant();
}

void checkSales(Services &services, Tally &tally)
{
    // Every sale whole: lines, tenders and a stock movement per line, all there (none is the only other way).
    auto sales = services.store().exec(QStringLiteral("SELECT id, receipt_number FROM sales ORDER BY receipt_number"));
    ASSERT_TRUE(sales.ok());
    qint64 expectedNumber = 1;
    while (sales->next()) {
        const qint64 id = sales->value(0).toLongLong();
        const QString receipt = sales->value(1).toString();
        const qint64 lines = scalar(services, QStringLiteral("SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?"), {id}).toLongLong();
        EXPECT_GT(lines, 0) << receipt.toStdString();
        EXPECT_GT(scalar(services, QStringLiteral("SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ?"), {id}).toLongLong(), 0)
            << receipt.toStdString();
        EXPECT_EQ(scalar(services, QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE reason = 'sale' AND document = ?"),
                         {receipt}).toLongLong(), lines) << receipt.toStdString();
        EXPECT_EQ(receipt, QStringLiteral("R01-%1").arg(expectedNumber++, 8, 10, QLatin1Char('0'))) << "gapless receipts";
        ++tally.sales;
    }
    auto stock = inventory::InventoryServices::of(services).ledger().verify();
    ASSERT_TRUE(stock.ok());
    EXPECT_TRUE(stock->ok) << "stock = Σ movements";

}

void checkReported(Services &services, const Reported &said)
{
    CheckoutServices &checkout = CheckoutServices::of(services);
    // What the child reported done is there.
    for (const QString &uuid : said.sales)
        EXPECT_TRUE(checkout.sales().byUuid(uuid)->has_value()) << "a reported sale was lost: " << uuid.toStdString();
    auto count = [&](const QString &table, const QStringList &uuids) {
        for (const QString &uuid : uuids)
            EXPECT_EQ(scalar(services, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE uuid = ?").arg(table), {uuid}).toInt(), 1)
                << table.toStdString() << " lost " << uuid.toStdString();
    };
    count(QStringLiteral("sale_voids"), said.voids);
    count(QStringLiteral("refunds"), said.refunds);
    count(QStringLiteral("cash_movements"), said.cash);

}

void checkOpenTicket(CheckoutServices &checkout, const Reported &said, Tally &tally)
{
    // The open ticket comes back as last saved — or as it was being saved; a sale and its ticket never both.
    auto open = checkout.carts().open();
    ASSERT_TRUE(open.ok());
    const QString openUuid = open->has_value() ? (*open)->uuid : QString();
    const QString openHash = open->has_value() ? cartHash((*open)->cart) : QString();
    const bool asLastSaved = openUuid == said.openUuid && openHash == said.openHash;
    using Step = Reported::Step;
    if (said.step == Step::Commit) {
        ++tally.inCommit;
        const bool booked = checkout.sales().byUuid(said.stepUuid)->has_value();
        ++(booked ? tally.commitLanded : tally.commitAbsent);
        EXPECT_TRUE(booked ? openUuid.isEmpty() : asLastSaved) << "killed in commit: booked " << booked;
    } else if (said.step == Step::Save || said.step == Step::Recall) {
        tally.inSave += said.step == Step::Save;
        EXPECT_TRUE(asLastSaved || (openUuid == said.stepUuid && openHash == said.stepHash));
    } else if (said.step == Step::Hold) {
        EXPECT_TRUE(asLastSaved || openUuid.isEmpty());
    } else {
        EXPECT_TRUE(asLastSaved) << "open ticket " << openUuid.toStdString() << " expected " << said.openUuid.toStdString();
    }

}

void checkIntents(Services &services, const QString &ledger, Tally &tally)
{
    CheckoutServices &checkout = CheckoutServices::of(services);
    // The reconciler decides every intent with the provider's books the child left behind.
    hal::ManualScheduler scheduler;
    hal::DeviceManager devices;
    auto owned = std::make_unique<hal::SimPaymentTerminal>(
        hal::DeviceInfo{QStringLiteral("pay"), hal::DeviceCategory::PaymentTerminal, {}, QStringLiteral("sim"),
                        {{QStringLiteral("delayMs"), 0}, {QStringLiteral("ledger"), ledger}}},
        &scheduler);
    hal::SimPaymentTerminal *terminal = owned.get();
    ASSERT_TRUE(devices.add(std::move(owned)));
    ASSERT_TRUE(devices.start(terminal, QStringLiteral("checkout")));
    PaymentService &payments = checkout.payments();
    payments.setTiming(PaymentService::Timing{0, 30000, 10 * 60 * 1000, 60000});
    payments.setTerminal(terminal);
    auto asked = payments.reconcile();
    ASSERT_TRUE(asked.ok()) << asked.error().toString().toStdString();
    tally.intentsReconciled += *asked;
    for (int round = 0; round < 50 && !payments.undecided()->isEmpty(); ++round) {
        scheduler.advance(60000);
        QCoreApplication::processEvents();
    }
    EXPECT_TRUE(payments.undecided()->isEmpty()) << "undecided intents after the reconciler";
    auto intents = services.store().exec(QStringLiteral("SELECT uuid FROM payment_intents"));
    ASSERT_TRUE(intents.ok());
    while (intents->next())
        EXPECT_LE(terminal->timesCharged(intents->value(0).toString()), 1) << "charged twice";
    payments.setTerminal(nullptr);
}

void KillTrials::check(const QString &db, const QString &ledger, const Reported &said, Tally &tally)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(18, 0)));
    inventory::InventoryModule inventoryModule;
    members::MembersModule membersModule;
    CheckoutModule checkoutModule;
    auto opened = Services::open(Services::Options{.clock = clock, .path = db,
                                                   .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                   .pinParams = PinHasher::Params::fastest(),
                                                   .createIfMissing = false});
    ASSERT_TRUE(opened.ok()) << "the file opens: " << opened.error().toString().toStdString();
    Services &services = **opened;
    CheckoutServices &checkout = CheckoutServices::of(services);
    if (!test::TestDatabase::onPostgres()) {
        EXPECT_EQ(scalar(services, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }

    auto journal = checkout.journalVerifier().verify();
    ASSERT_TRUE(journal.ok());
    EXPECT_TRUE(journal->ok) << journal->problems.join(QLatin1Char('\n')).toStdString();

    checkSales(services, tally);
    checkReported(services, said);
    checkOpenTicket(checkout, said, tally);
    checkIntents(services, ledger, tally);
}

} // namespace

TEST_F(KillTrials, ASaleIsWholeOrAbsentWhereverTheLaneIsKilled)
{
    // On PostgreSQL each trial also copies and drops a database (about a second): fewer by default there.
    const int trials = envInt("QTILL_KILL_TRIALS", test::TestDatabase::onPostgres() ? 40 : 200);
    const quint32 series = quint32(envInt("QTILL_KILL_SEED", 20261207));
    Tally tally;
    for (int i = 0; i < trials; ++i) {
        const quint32 seed = series + quint32(i);
        SCOPED_TRACE(testing::Message() << "trial " << i << " seed " << seed);
        runTrial(seed, tally);
        ++tally.trials;
        if (HasFailure())
            break;
    }
    std::cout << "kill trials: " << tally.trials << " trials, " << tally.sales << " sales checked, killed inside "
              << tally.inCommit << " commits (" << tally.commitLanded << " booked, " << tally.commitAbsent
              << " absent), " << tally.inSave << " ticket saves; " << tally.intentsReconciled
              << " intents reconciled; " << tally.childMs << " ms in the child (" << tally.startMs << " starting), " << tally.checkMs
              << " ms checking\n";
    EXPECT_EQ(tally.trials, trials);
    EXPECT_GT(tally.inCommit, 0) << "some kills must land inside a commit";
}
