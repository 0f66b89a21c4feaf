// The receipt of a booked sale as the printer gets it: ESC/POS bytes decoded back and compared with golden
// files (Chinese and English labels, 58 and 80 mm paper), the tax summary, copies, reprints, the drawer.
#include "receiptfixture.h"

#include "checkout/refundservice.h"

#include "escposdecoder.h"
#include "golden.h"

#include "core/journal.h"
#include "core/storesettings.h"

#include "hal/escpos/escposencoder.h"

#include <QCoreApplication>

using namespace qtill;
using namespace qtill::checkout;
using qtill::hal::test::EscPosDecoder;
using qtill::hal::test::EscPosDecoding;

namespace {

class ReceiptTest : public ::testing::Test, public checkout::test::ReceiptFixture
{
protected:
    EscPosDecoding decoded(const hal::ReceiptDocument &doc, const hal::PaperProfile &paper)
    {
        return EscPosDecoder::decode(hal::EscPosEncoder(paper).encode(doc));
    }

    EscPosDecoding receiptOf(const SaleDetail &sale, const hal::PaperProfile &paper, const QLocale &locale,
                             ReceiptCopy copy = ReceiptCopy::Customer, bool reprint = false)
    {
        ReceiptOptions options{.paper = paper, .locale = locale, .reprint = reprint, .operatorNumber = QStringLiteral("99")};
        auto doc = ReceiptBuilder(services->storeProfile().profile(), options).build(sale, copy);
        EXPECT_TRUE(doc.ok());
        const EscPosDecoding d = decoded(doc.valueOr({}), paper);
        EXPECT_TRUE(d.ok()) << d.error.toStdString() << " at " << d.errorOffset;
        return d;
    }

    static bool hasCommand(const EscPosDecoding &d, const QString &command)
    {
        for (const auto &item : d.items) {
            if (item.command == command)
                return true;
        }
        return false;
    }

    static bool printed(const EscPosDecoding &d, const QString &text)
    {
        for (const QString &line : d.printedLines()) {
            if (line.contains(text))
                return true;
        }
        return false;
    }
};

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kChinese(QLocale::Chinese, QLocale::China);

} // namespace

TEST_F(ReceiptTest, EnglishReceiptsOn58And80mmMatchTheGoldenFiles)
{
    const SaleDetail sale = detail(cashSale().receiptNumber);
    ASSERT_EQ(sale.sale.total, yuan(79.00)) << "79.80 with the jiao dropped";
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/sale-en-58mm.txt"),
                                                receiptOf(sale, hal::PaperProfile::mm58(), kEnglish).toText()));
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/sale-en-80mm.txt"),
                                                receiptOf(sale, hal::PaperProfile::mm80(), kEnglish).toText()));
}

TEST_F(ReceiptTest, ChineseReceiptsOn58And80mmMatchTheGoldenFiles)
{
    checkout::test::ChineseReceiptLabels chinese;
    QCoreApplication::installTranslator(&chinese);
    const SaleDetail sale = detail(cashSale().receiptNumber);
    const EscPosDecoding narrow = receiptOf(sale, hal::PaperProfile::mm58(), kChinese);
    const EscPosDecoding wide = receiptOf(sale, hal::PaperProfile::mm80(), kChinese);
    QCoreApplication::removeTranslator(&chinese);
    EXPECT_TRUE(printed(wide, QStringLiteral("抹零"))) << "cash rounding is its own line";
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/sale-zh-58mm.txt"), narrow.toText()));
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/sale-zh-80mm.txt"), wide.toText()));
}

TEST_F(ReceiptTest, TheReceiptShowsEveryFigureOfTheSale)
{
    const SaleDetail sale = detail(cashSale().receiptNumber);
    const QStringList lines = receiptOf(sale, hal::PaperProfile::mm80(), kEnglish).printedLines();
    const QString all = lines.join(QLatin1Char('\n'));
    for (const char *expected : {"R01-00000001", "2026-12-07 09:30:00", "R01 / 99", "2 x 39.90", "79.80",
                                 "Discount: 会员日", "-2.00", "Price changed from 3.50 (shelf tag)",
                                 "Order discount: 整单优惠", "-1.00", "Subtotal", "82.80", "Discounts", "-3.00",
                                 "Cash rounding", "-0.80", "TOTAL", "79.00", "Tendered", "100.00", "Change", "21.00",
                                 "Tel: 021-6288 0000", "Tax ID: 91310105MA1FL0XX3K", "谢谢惠顾 Thank you"}) {
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << "\n" << all.toStdString();
    }
}

TEST_F(ReceiptTest, TheTaxSummaryAddsUpToTheSalesTax)
{
    const SaleDetail sale = detail(cashSale().receiptNumber);
    auto rows = ReceiptBuilder::taxSummary(sale);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2) << "9% rice and 13% cola";
    EXPECT_EQ(rows->at(0).rateBasisPoints, 900);
    EXPECT_EQ(rows->at(1).rateBasisPoints, 1300);
    Money tax = Money::zero(currency());
    Money gross = Money::zero(currency());
    for (const TaxSummaryRow &row : *rows) {
        tax += row.tax;
        gross += row.gross;
        EXPECT_EQ(row.net + row.tax, row.gross);
    }
    EXPECT_EQ(tax, sale.sale.tax);
    EXPECT_EQ(gross, sale.sale.total - sale.sale.rounding) << "the lines' nets: the total before cash rounding";
    // Printed as one row per rate: rate, net, tax.
    const QStringList lines = receiptOf(sale, hal::PaperProfile::mm80(), kEnglish).printedLines();
    for (const TaxSummaryRow &row : *rows) {
        const QString rate = QString::number(row.rateBasisPoints / 100) + QLatin1Char('%');
        const QString net = row.net.format(kEnglish, Money::Symbol::Without);
        const QString rowTax = row.tax.format(kEnglish, Money::Symbol::Without);
        const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            return line.startsWith(rate) && line.contains(net) && line.endsWith(rowTax);
        });
        EXPECT_TRUE(found) << rate.toStdString() << " " << net.toStdString() << " " << rowTax.toStdString();
    }
}

TEST_F(ReceiptTest, ACardSalePrintsAMerchantCopyToSignAndTheCustomerCopy)
{
    const SaleDetail sale = detail(cardSale().receiptNumber);
    const QList<ReceiptCopy> copies = ReceiptBuilder::copiesFor(sale, ReceiptBuilder::kCopies.get(services->settings()));
    ASSERT_EQ(copies, (QList<ReceiptCopy>{ReceiptCopy::Merchant, ReceiptCopy::Customer}));
    const EscPosDecoding merchant = receiptOf(sale, hal::PaperProfile::mm80(), kEnglish, ReceiptCopy::Merchant);
    const EscPosDecoding customer = receiptOf(sale, hal::PaperProfile::mm80(), kEnglish, ReceiptCopy::Customer);
    EXPECT_TRUE(printed(merchant, QStringLiteral("MERCHANT COPY")));
    EXPECT_TRUE(printed(merchant, QStringLiteral("Signature:")));
    EXPECT_FALSE(printed(customer, QStringLiteral("Signature:")));
    ASSERT_EQ(sale.tenders.size(), 1);
    const Tender &paid = sale.tenders.first();
    ASSERT_FALSE(paid.maskedCard.isEmpty());
    ASSERT_FALSE(paid.approvalCode.isEmpty());
    EXPECT_TRUE(paid.maskedCard.contains(QStringLiteral("****"))) << "never the full number";
    for (const EscPosDecoding *d : {&merchant, &customer}) {
        EXPECT_TRUE(printed(*d, QStringLiteral("Card: ") + paid.maskedCard));
        EXPECT_TRUE(printed(*d, QStringLiteral("Approval code: ") + paid.approvalCode));
        EXPECT_FALSE(hasCommand(*d, QStringLiteral("ESC p"))) << "no cash, no drawer";
    }
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/card-merchant-en-80mm.txt"), merchant.toText()));

    ASSERT_TRUE(ReceiptBuilder::kCopies.set(services->settings(), ReceiptCopies::kCustomerOnly));
    EXPECT_EQ(ReceiptBuilder::copiesFor(sale, ReceiptBuilder::kCopies.get(services->settings())),
              QList<ReceiptCopy>{ReceiptCopy::Customer});
    auto job = queue().enqueueSale(sale.sale.receiptNumber);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->copies, 1);
}

TEST_F(ReceiptTest, ACashSaleOpensTheDrawerAndItsReceiptEndsWithTheReturnsBarcodeAndACut)
{
    const SaleDetail sale = detail(cashSale().receiptNumber);
    const EscPosDecoding d = receiptOf(sale, hal::PaperProfile::mm58(), kEnglish);
    ASSERT_FALSE(d.items.isEmpty());
    EXPECT_TRUE(hasCommand(d, QStringLiteral("ESC p")));
    bool barcode = false;
    for (const auto &item : d.items)
        barcode = barcode || (item.command == QStringLiteral("GS k") && item.meaning == QStringLiteral("CODE128 [B]R01-[C]00000001"));
    EXPECT_TRUE(barcode) << d.toText().toStdString();
    EXPECT_EQ(d.items.last().command, QStringLiteral("GS V"));
}

TEST_F(ReceiptTest, AReprintIsMarkedJournalledAndOpensNoDrawer)
{
    const CommittedSale sale = cashSale();
    auto job = queue().reprint(cashier, sale.receiptNumber);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_EQ(job->kind, PrintJobKind::kReprint);
    EXPECT_EQ(job->state, PrintJobState::kQueued);
    const EscPosDecoding d = EscPosDecoder::decode(job->bytes);
    ASSERT_TRUE(d.ok()) << d.error.toStdString();
    EXPECT_TRUE(printed(d, QStringLiteral("*** REPRINT ***")));
    EXPECT_FALSE(hasCommand(d, QStringLiteral("ESC p"))) << "a reprint never opens the drawer";
    auto original = queue().enqueueSale(sale.receiptNumber);
    ASSERT_TRUE(original.ok());
    EXPECT_FALSE(printed(EscPosDecoder::decode(original->bytes), QStringLiteral("REPRINT")));

    auto record = services->journal().byUuid(job->uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, JournalKind::kReprint);
    EXPECT_EQ((*record)->document, sale.receiptNumber);
    EXPECT_EQ((*record)->amountMinor, 0);
    EXPECT_TRUE(services->journal().verify().value().ok);

    auto unknown = queue().reprint(cashier, QStringLiteral("R01-00009999"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
}

namespace {

/// Refunds one cola of a card sale (to the card through the terminal) and returns the booked refund
/// with its receipt as the queue laid it out.
BookedRefund refundOneCola(checkout::test::ReceiptFixture &f, const SaleDetail &sale)
{
    RefundRequest request{checkout::test::CheckoutFixture::newId(), sale.sale.receiptNumber,
                          {{1, Quantity::units(1), true}}, QStringLiteral("damaged can")};
    request.printReceipt = true;
    auto started = f.checkout().refunds().refund(f.supervisor, request);
    EXPECT_TRUE(started.ok()) << (started.ok() ? std::string() : started.error().toString().toStdString());
    for (int i = 0; i < 10 && f.checkout().refunds().status(request.uuid).valueOr({}).waiting; ++i) {
        f.scheduler.advance(60000);
        QCoreApplication::processEvents();
    }
    return f.checkout().refunds().status(request.uuid).valueOr({});
}

} // namespace

TEST_F(ReceiptTest, ARefundReceiptMatchesTheGoldenFilesAndIsQueuedWithTheRefund)
{
    const SaleDetail sale = detail(cardSale().receiptNumber);
    const BookedRefund refund = refundOneCola(*this, sale);
    ASSERT_FALSE(refund.refundNumber.isEmpty()) << refund.declined.toStdString();
    auto waiting = queue().waiting();
    ASSERT_TRUE(waiting.ok());
    const auto job = std::find_if(waiting->cbegin(), waiting->cend(), [](const PrintJob &j) { return j.kind == PrintJobKind::kRefund; });
    ASSERT_NE(job, waiting->cend()) << "queued in the refund's own transaction";
    EXPECT_EQ(job->receiptNumber, refund.refundNumber);
    EXPECT_EQ(job->copies, 2) << "a merchant copy to sign for the card";

    RefundReceipt receipt{refund, QStringLiteral("01"), QStringLiteral("99 Supervisor")};
    const auto layout = [&](const QLocale &locale) {
        ReceiptOptions options{.paper = hal::PaperProfile::mm80(), .locale = locale, .reprint = false, .operatorNumber = {}};
        return decoded(ReceiptBuilder(services->storeProfile().profile(), options).buildRefund(receipt), options.paper);
    };
    const EscPosDecoding english = layout(kEnglish);
    EXPECT_TRUE(printed(english, QStringLiteral("退货 REFUND")));
    EXPECT_TRUE(printed(english, sale.sale.receiptNumber)) << "the original receipt number";
    EXPECT_TRUE(printed(english, QStringLiteral("Approval code: ") + refund.plan.tenders.first().approvalCode));
    EXPECT_FALSE(hasCommand(english, QStringLiteral("ESC p"))) << "nothing back in cash: no drawer";
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/refund-card-en-80mm.txt"), english.toText()));
    checkout::test::ChineseReceiptLabels chinese;
    QCoreApplication::installTranslator(&chinese);
    const EscPosDecoding zh = layout(kChinese);
    QCoreApplication::removeTranslator(&chinese);
    EXPECT_TRUE(qtill::hal::test::matchesGolden(QStringLiteral("receipts/refund-card-zh-80mm.txt"), zh.toText()));
}

TEST_F(ReceiptTest, ACashRefundOpensTheDrawer)
{
    const SaleDetail sale = detail(smallSale().receiptNumber);
    RefundRequest request{newId(), sale.sale.receiptNumber, {{1, Quantity::units(1), true}}, QStringLiteral("wrong item")};
    request.printReceipt = true;
    auto refund = checkout().refunds().refund(supervisor, request);
    ASSERT_TRUE(refund.ok()) << refund.error().toString().toStdString();
    auto next = queue().next();
    ASSERT_TRUE(next.ok() && next->has_value());
    EXPECT_EQ((*next)->kind, PrintJobKind::kRefund);
    const EscPosDecoding d = EscPosDecoder::decode((*next)->bytes);
    EXPECT_TRUE(hasCommand(d, QStringLiteral("ESC p"))) << "cash goes back: the drawer opens";
    EXPECT_TRUE(printed(d, QStringLiteral("退货 REFUND")));
    // A reprint of the refund by its number: marked, no drawer.
    auto again = queue().reprint(supervisor, refund->refundNumber);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    const EscPosDecoding reprinted = EscPosDecoder::decode(again->bytes);
    EXPECT_TRUE(printed(reprinted, QStringLiteral("REPRINT")));
    EXPECT_FALSE(hasCommand(reprinted, QStringLiteral("ESC p")));
}
