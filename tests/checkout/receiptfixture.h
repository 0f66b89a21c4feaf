#pragma once

#include "checkoutfixture.h"

#include "checkout/printqueue.h"
#include "checkout/receiptbuilder.h"

#include "core/storeprofileservice.h"

#include <QHash>
#include <QTranslator>

namespace qtill::checkout::test {

/// Chinese receipt labels for the tests, standing in for the zh_CN translation (which the build embeds
/// only in the app): the receipt's labels go through tr(), so a translator is all a Chinese receipt needs.
class ChineseReceiptLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> labels{
            {QStringLiteral("Tel: %1"), QStringLiteral("电话：%1")},
            {QStringLiteral("Tax ID: %1"), QStringLiteral("税号：%1")},
            {QStringLiteral("*** REPRINT ***"), QStringLiteral("*** 重印 ***")},
            {QStringLiteral("MERCHANT COPY"), QStringLiteral("商户存根")},
            {QStringLiteral("Receipt"), QStringLiteral("单号")},
            {QStringLiteral("Date"), QStringLiteral("时间")},
            {QStringLiteral("Register / cashier"), QStringLiteral("收银机/收银员")},
            {QStringLiteral("Price changed from %1"), QStringLiteral("原价 %1")},
            {QStringLiteral("Discount"), QStringLiteral("折扣")},
            {QStringLiteral("Discount: %1"), QStringLiteral("折扣：%1")},
            {QStringLiteral("Order discount"), QStringLiteral("整单折扣")},
            {QStringLiteral("Order discount: %1"), QStringLiteral("整单折扣：%1")},
            {QStringLiteral("Subtotal"), QStringLiteral("小计")},
            {QStringLiteral("Discounts"), QStringLiteral("优惠")},
            {QStringLiteral("Cash rounding"), QStringLiteral("抹零")},
            {QStringLiteral("TOTAL"), QStringLiteral("合计")},
            {QStringLiteral("Tax rate"), QStringLiteral("税率")},
            {QStringLiteral("Net"), QStringLiteral("不含税")},
            {QStringLiteral("Tax"), QStringLiteral("税额")},
            {QStringLiteral("Tendered"), QStringLiteral("实收")},
            {QStringLiteral("Card: %1"), QStringLiteral("卡号：%1")},
            {QStringLiteral("Approval code: %1"), QStringLiteral("授权码：%1")},
            {QStringLiteral("Reference: %1"), QStringLiteral("参考号：%1")},
            {QStringLiteral("Change"), QStringLiteral("找零")},
            {QStringLiteral("Signature:"), QStringLiteral("持卡人签名：")},
            {QStringLiteral("I agree to pay the above total."), QStringLiteral("本人确认以上交易。")},
            {QStringLiteral("Cash"), QStringLiteral("现金")},
            {QStringLiteral("Bank card"), QStringLiteral("银行卡")},
            {QStringLiteral("Refund"), QStringLiteral("退货单号")},
            {QStringLiteral("Original receipt"), QStringLiteral("原单号")},
            {QStringLiteral("Approved by"), QStringLiteral("授权人")},
            {QStringLiteral("TOTAL BACK"), QStringLiteral("退款合计")},
            {QStringLiteral("Back to %1"), QStringLiteral("退回%1")},
            {QStringLiteral("Paid by %1"), QStringLiteral("原支付：%1")},
            {QStringLiteral("Reason: %1"), QStringLiteral("原因：%1")},
            {QStringLiteral("Not restocked"), QStringLiteral("不退回库存")},
        };
        const QString ctx = QString::fromLatin1(context);
        if (!ctx.startsWith(QLatin1String("qtill::checkout::")))
            return {};
        return labels.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

/// The checkout fixture with a filled-in store profile and two booked sales to print.
struct ReceiptFixture : CheckoutFixture
{
    static inline const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90, 9%
    static inline const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50, 13%

    ReceiptFixture()
    {
        if (!services)
            return;
        StoreProfile p = services->storeProfile().profile();
        p.name = QStringLiteral("Qtill 演示超市");
        p.address = QStringLiteral("上海市长宁区天山路 88 号");
        p.phone = QStringLiteral("021-6288 0000");
        p.taxId = QStringLiteral("91310105MA1FL0XX3K");
        p.receiptHeader = QStringLiteral("欢迎光临");
        p.receiptFooter = QStringLiteral("谢谢惠顾 Thank you");
        EXPECT_TRUE(services->storeProfile().update(owner, p).ok());
    }

    PrintQueue &queue() { return checkout().printQueue(); }

    /// Rice ×2 with a 2.00 discount, cola at an overridden 3.00, 1.00 off the order, paid 100.00 in cash
    /// with the jiao dropped (79.80 → 79.00): every line a receipt can have.
    CommittedSale cashSale()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        EXPECT_TRUE(request.cart.setLineDiscount(0, yuan(2), QStringLiteral("会员日"), supervisor.operatorId).ok());
        EXPECT_TRUE(request.cart.overridePrice(1, yuan(3), QStringLiteral("shelf tag"), supervisor.operatorId).ok());
        EXPECT_TRUE(request.cart.setOrderDiscount(yuan(1), QStringLiteral("整单优惠"), OperatorId()).ok());
        request.tenders = {cash(yuan(100))};
        request.rounding = CashRounding::DropJiao;
        return book(supervisor, request);
    }

    /// Cola ×3 on a bank card (10.50).
    CommittedSale cardSale()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kCola), Quantity::units(3)).ok());
        request.tenders = {card(request.uuid, yuan(10.50))}; // approved by the simulated terminal, with its approval code
        return book(cashier, request);
    }

    /// Cola ×1 for 5.00 cash.
    CommittedSale smallSale()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        request.tenders = {cash(yuan(5))};
        return book(cashier, request);
    }

    CommittedSale book(const Session &who, const SaleRequest &request)
    {
        auto sale = checkout().sales().commit(who, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return sale.valueOr({});
    }

    SaleDetail detail(const QString &receiptNumber)
    {
        auto d = checkout().sales().detail(receiptNumber);
        EXPECT_TRUE(d.ok());
        return d.valueOr({});
    }
};

} // namespace qtill::checkout::test
