#include "receiptbuilder.h"

#include <QCoreApplication>
#include <QMap>

namespace qtill::checkout {

namespace {

using hal::Align;
using hal::Column;
using hal::TextStyle;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::ReceiptBuilder", text);
}

/// "9%", "6.5%", "0%".
QString rateText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int fraction = basisPoints % 100; fraction != 0) {
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(2, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

bool hasTender(const SaleDetail &sale, const QString &type)
{
    for (const Tender &t : sale.tenders) {
        if (t.type == type)
            return true;
    }
    return false;
}

const TextStyle kCentered{.align = Align::Center};
const TextStyle kBoldCentered{.bold = true, .align = Align::Center};

} // namespace

const Setting<QString> ReceiptBuilder::kPaper{"checkout/receiptPaper", QStringLiteral("80mm")};
const Setting<QString> ReceiptBuilder::kCopies{"checkout/receiptCopies", ReceiptCopies::kCard};

ReceiptBuilder::ReceiptBuilder(StoreProfile store, ReceiptOptions options)
    : m_store(std::move(store))
    , m_options(std::move(options))
{
}

QList<ReceiptCopy> ReceiptBuilder::copiesFor(const SaleDetail &sale, const QString &policy)
{
    const bool merchant = policy == ReceiptCopies::kAlways
        || (policy != ReceiptCopies::kCustomerOnly && hasTender(sale, TenderType::kCard));
    if (merchant)
        return {ReceiptCopy::Merchant, ReceiptCopy::Customer};
    return {ReceiptCopy::Customer};
}

Result<QList<TaxSummaryRow>> ReceiptBuilder::taxSummary(const SaleDetail &sale)
{
    QMap<int, TaxSummaryRow> byRate;
    const Currency currency = sale.sale.total.currency();
    for (const SoldLine &line : sale.lines) {
        auto found = byRate.find(line.taxRateBasisPoints);
        if (found == byRate.end()) {
            found = byRate.insert(line.taxRateBasisPoints,
                TaxSummaryRow{line.taxRateBasisPoints, Money::zero(currency), Money::zero(currency), Money::zero(currency)});
        }
        auto gross = found->gross.plus(line.net);
        auto tax = found->tax.plus(line.tax);
        if (!gross)
            return gross.error();
        if (!tax)
            return tax.error();
        found->gross = *gross;
        found->tax = *tax;
    }
    QList<TaxSummaryRow> rows;
    for (TaxSummaryRow row : std::as_const(byRate)) {
        auto net = row.gross.minus(row.tax);
        if (!net)
            return net.error();
        row.net = *net;
        rows.append(row);
    }
    return rows;
}

QString ReceiptBuilder::money(const Money &amount) const
{
    return amount.format(m_options.locale, Money::Symbol::Without);
}

Result<hal::ReceiptDocument> ReceiptBuilder::build(const SaleDetail &sale, ReceiptCopy copy) const
{
    hal::ReceiptDocument doc;
    if (copy == ReceiptCopy::Customer && !m_options.reprint && hasTender(sale, TenderType::kCash))
        doc.kickDrawer();
    header(doc, sale, copy);
    lines(doc, sale);
    totals(doc, sale);
    if (Status ok = taxes(doc, sale); !ok)
        return ok.error();
    tenders(doc, sale);
    if (copy == ReceiptCopy::Merchant && hasTender(sale, TenderType::kCard))
        signature(doc);
    footer(doc, sale);
    return doc;
}

void ReceiptBuilder::header(hal::ReceiptDocument &doc, const SaleDetail &sale, ReceiptCopy copy) const
{
    storeHeader(doc, copy);
    const QString cashier = m_options.operatorNumber.isEmpty() ? QString::number(sale.sale.operatorId.value())
                                                               : m_options.operatorNumber;
    doc.columns(tr("Receipt"), sale.sale.receiptNumber);
    doc.columns(tr("Date"), sale.sale.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    doc.columns(tr("Register / cashier"), sale.sale.registerId + QStringLiteral(" / ") + cashier);
    doc.separator();
}

void ReceiptBuilder::storeHeader(hal::ReceiptDocument &doc, ReceiptCopy copy) const
{
    doc.text(m_store.name, {.bold = true, .doubleWidth = true, .doubleHeight = true, .align = Align::Center});
    if (!m_store.address.isEmpty())
        doc.text(m_store.address, kCentered);
    if (!m_store.phone.isEmpty())
        doc.text(tr("Tel: %1").arg(m_store.phone), kCentered);
    if (!m_store.taxId.isEmpty())
        doc.text(tr("Tax ID: %1").arg(m_store.taxId), kCentered);
    if (!m_store.receiptHeader.isEmpty())
        doc.text(m_store.receiptHeader, kCentered);
    if (m_options.reprint)
        doc.text(tr("*** REPRINT ***"), {.bold = true, .doubleHeight = true, .align = Align::Center});
    if (copy == ReceiptCopy::Merchant)
        doc.text(tr("MERCHANT COPY"), kBoldCentered);
    doc.separator();
}

void ReceiptBuilder::lines(hal::ReceiptDocument &doc, const SaleDetail &sale) const
{
    for (const SoldLine &line : sale.lines) {
        doc.text(line.name);
        doc.columns(QStringLiteral("  %1 x %2").arg(line.quantity.toString(m_options.locale), money(line.unitPrice)),
                    money(line.amount));
        if (line.unitPrice != line.listPrice) {
            const QString why = line.priceReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(line.priceReason);
            doc.text(QStringLiteral("  ") + tr("Price changed from %1").arg(money(line.listPrice)) + why);
        }
        if (!line.lineDiscount.isZero()) {
            const QString label = line.discountReason.isEmpty()
                ? tr("Discount")
                : tr("Discount: %1").arg(line.discountReason);
            doc.columns(QStringLiteral("  ") + label, QLatin1Char('-') + money(line.lineDiscount));
        }
    }
    doc.separator();
}

void ReceiptBuilder::totals(hal::ReceiptDocument &doc, const SaleDetail &sale) const
{
    const CommittedSale &s = sale.sale;
    for (const SaleDiscount &d : sale.discounts) // promotions and coupons, each with its name (满100减20, 3 for ¥10)
        doc.columns(d.source == QLatin1String("coupon") ? tr("Coupon %1").arg(d.name) : d.name,
                    QLatin1Char('-') + money(d.amount));
    if (!sale.orderDiscount.isZero()) {
        const QString label = sale.orderDiscountReason.isEmpty()
            ? tr("Order discount")
            : tr("Order discount: %1").arg(sale.orderDiscountReason);
        doc.columns(label, QLatin1Char('-') + money(sale.orderDiscount));
    }
    doc.columns(tr("Subtotal"), money(s.gross));
    if (!s.discount.isZero())
        doc.columns(tr("Discounts"), QLatin1Char('-') + money(s.discount));
    if (!s.rounding.isZero())
        doc.columns(tr("Cash rounding"), money(s.rounding));
    doc.columns(tr("TOTAL"), s.total.format(m_options.locale), {.bold = true, .doubleHeight = true});
    doc.separator();
}

Status ReceiptBuilder::taxes(hal::ReceiptDocument &doc, const SaleDetail &sale) const
{
    auto rows = taxSummary(sale);
    if (!rows)
        return rows.error();
    const int amountWidth = m_options.paper.columns >= 48 ? 12 : 9;
    const auto row = [&](const QString &rate, const QString &net, const QString &tax) {
        doc.columns({Column{rate, 0, Align::Left}, Column{net, amountWidth, Align::Right},
                     Column{tax, amountWidth, Align::Right}});
    };
    row(tr("Tax rate"), tr("Net"), tr("Tax"));
    for (const TaxSummaryRow &r : std::as_const(*rows))
        row(rateText(r.rateBasisPoints), money(r.net), money(r.tax));
    doc.separator();
    return {};
}

void ReceiptBuilder::tenders(hal::ReceiptDocument &doc, const SaleDetail &sale) const
{
    for (const Tender &t : sale.tenders) {
        const QString name = t.wallet.isEmpty() ? TenderType::displayName(t.type)
                                                : TenderType::displayName(t.type) + QLatin1Char(' ') + t.wallet;
        doc.columns(name, money(t.amount));
        if (t.type == TenderType::kCash && t.tendered != t.amount)
            doc.columns(QStringLiteral("  ") + tr("Tendered"), money(t.tendered));
        if (!t.maskedCard.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Card: %1").arg(t.maskedCard));
        if (!t.approvalCode.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Approval code: %1").arg(t.approvalCode));
        if (t.type != TenderType::kCash && !t.reference.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Reference: %1").arg(t.reference));
    }
    if (hasTender(sale, TenderType::kCash))
        doc.columns(tr("Change"), money(sale.sale.change), {.bold = true});
    doc.separator();
}

void ReceiptBuilder::signature(hal::ReceiptDocument &doc) const
{
    doc.feed(2);
    doc.text(tr("Signature:"));
    doc.feed(1);
    doc.separator(QLatin1Char('_'));
    doc.text(tr("I agree to pay the above total."));
    doc.separator();
}

void ReceiptBuilder::footer(hal::ReceiptDocument &doc, const SaleDetail &sale) const
{
    hal::Barcode code;
    code.type = hal::BarcodeType::Code128;
    code.data = sale.sale.receiptNumber;
    code.heightDots = 60;
    doc.add(code);
    if (!m_store.receiptFooter.isEmpty())
        doc.text(m_store.receiptFooter, kCentered);
    doc.cut();
}

} // namespace qtill::checkout
