// How many SQL statements a sale's commit runs (issue 10 "Numbers": the commit ≤ 3× the raw commit of
// the same rows). The commit of a 5-line sale paid by card and cash was 52 statements, then 24, now 21:
// a few per sale, not a handful per line (on PostgreSQL each is a round trip to the server). The sale's
// uuid is looked up once, inside the transaction; the stock balances are moved and read back by one
// upsert. A change that adds statements per line shows up here first.
// SQLite only: the count comes from SQLite's statement trace on the store's connection.
#include "checkoutfixture.h"

#include "core/store.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

using namespace qtill;
using namespace qtill::checkout;

namespace {

/// The statements of a whole commit (BEGIN and COMMIT included), not counting trigger programs. 22 since the
/// commit checks the cash tenders against checkout/tenderLimits (one settings read; five settings reads in all
/// are the next thing to cache).
constexpr int kCommitStatementBudget = 22;

/// Counts the statements SQLite starts on the store's connection while it is attached.
class StatementCounter
{
public:
    explicit StatementCounter(Store &store) : m_db(handle(store))
    {
        if (m_db)
            sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::onStatement, this);
    }
    ~StatementCounter()
    {
        if (m_db)
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    }
    bool attached() const { return m_db != nullptr; }
    const QStringList &statements() const { return m_statements; }

private:
    static sqlite3 *handle(Store &store)
    {
        const QVariant h = store.database().driver()->handle();
        if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(h.data());
    }
    static int onStatement(unsigned, void *context, void *, void *sql)
    {
        const char *text = static_cast<const char *>(sql);
        if (text && std::strncmp(text, "--", 2) != 0)
            static_cast<StatementCounter *>(context)->m_statements << QString::fromUtf8(text);
        return 0;
    }

    sqlite3 *m_db = nullptr;
    QStringList m_statements;
};

class CommitStatementsTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    /// Five lines (two tax classes) paid by card and cash.
    SaleRequest fiveLines()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        for (const char *code : {"6905234787793", "6924808758854", "6925582682175", "6925959199220", "6948385936542"})
            EXPECT_TRUE(request.cart.add(scan(QString::fromLatin1(code))).ok());
        EXPECT_EQ(request.cart.lines().size(), 5);
        const Money total = request.cart.totals()->total;
        request.tenders = {card(request.uuid, yuan(50)), cash(total - yuan(50) + yuan(1))};
        return request;
    }
};

} // namespace

TEST_F(CommitStatementsTest, AFiveLineSaleByCardAndCashCommitsInAFewStatements)
{
    QTILL_SQLITE_ONLY("the statement trace is SQLite's");
    ASSERT_TRUE(checkout().sales().commit(cashier, fiveLines()).ok()); // statements prepared, counters made
    SaleRequest request = fiveLines();
    StatementCounter counter(services->store());
    ASSERT_TRUE(counter.attached());
    auto sale = checkout().sales().commit(cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->receiptNumber, QStringLiteral("R01-00000002"));
    const QStringList run = counter.statements();
    EXPECT_LE(run.size(), kCommitStatementBudget) << run.join(QLatin1Char('\n')).toStdString();
    // One statement per kind of row, whatever the number of lines.
    EXPECT_EQ(run.filter(QStringLiteral("INSERT INTO sale_lines")).size(), 1);
    EXPECT_EQ(run.filter(QStringLiteral("INSERT INTO stock_movements")).size(), 1);
    EXPECT_EQ(run.filter(QStringLiteral("INSERT INTO sale_tenders")).size(), 1);
    EXPECT_EQ(run.filter(QStringLiteral("stock_balances")).size(), 1);
    EXPECT_EQ(run.filter(QStringLiteral("FROM sales WHERE uuid")).size(), 1);
    std::printf("commit of 5 lines, 2 tenders: %lld statements\n", static_cast<long long>(run.size()));
}
