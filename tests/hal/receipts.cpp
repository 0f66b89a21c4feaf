#include "receipts.h"

namespace qtill::hal::test {

namespace {
TextStyle centered(bool bold = false, bool doubleSize = false)
{
    return TextStyle{bold, doubleSize, doubleSize, Align::Center};
}
} // namespace

ReceiptDocument englishReceipt()
{
    ReceiptDocument r;
    r.text(QStringLiteral("CORNER STORE"), centered(true, true))
        .text(QStringLiteral("12 Harbour Road, Shanghai"), centered())
        .text(QStringLiteral("Tel 021-5555 0100"), centered())
        .separator()
        .columns(QStringLiteral("Receipt 000123"), QStringLiteral("2026-11-21 10:00"))
        .columns(QStringLiteral("Cashier: Li"), QStringLiteral("Register 1"))
        .separator()
        .columns(QStringLiteral("Coca-Cola 330ml x2"), QStringLiteral("7.00"))
        .columns(QStringLiteral("Whole wheat sandwich bread, family size, sliced"), QStringLiteral("18.90"))
        .columns(QStringLiteral("Bananas 0.456 kg @ 6.98/kg"), QStringLiteral("3.18"))
        .separator(QLatin1Char('='))
        .columns(QStringLiteral("TOTAL"), QStringLiteral("29.08"), TextStyle{true, false, false, Align::Left})
        .columns(QStringLiteral("Cash"), QStringLiteral("50.00"))
        .columns(QStringLiteral("Change"), QStringLiteral("20.92"))
        .feed(1)
        .text(QStringLiteral("Thank you for shopping with us!"), centered())
        .cut();
    return r;
}

ReceiptDocument chineseReceipt()
{
    ReceiptDocument r;
    r.text(QStringLiteral("好又多便利店"), centered(true, true))
        .text(QStringLiteral("上海市浦东新区世纪大道100号"), centered())
        .separator()
        .columns(QStringLiteral("单号 000124"), QStringLiteral("2026-11-21 10:05"))
        .columns(QStringLiteral("收银员：王芳"), QStringLiteral("1号机"))
        .separator()
        .columns({Column{QStringLiteral("商品"), 0, Align::Left}, Column{QStringLiteral("数量"), 7, Align::Right},
                  Column{QStringLiteral("金额"), 7, Align::Right}})
        .columns({Column{QStringLiteral("可口可乐 330ml"), 0, Align::Left}, Column{QStringLiteral("2"), 7, Align::Right},
                  Column{QStringLiteral("7.00"), 7, Align::Right}})
        .columns({Column{QStringLiteral("康师傅红烧牛肉面（五连包）特惠装"), 0, Align::Left},
                  Column{QStringLiteral("1"), 7, Align::Right}, Column{QStringLiteral("15.90"), 7, Align::Right}})
        .columns({Column{QStringLiteral("香蕉 Banana"), 0, Align::Left}, Column{QStringLiteral("0.456kg"), 7, Align::Right},
                  Column{QStringLiteral("3.18"), 7, Align::Right}})
        .separator()
        .columns(QStringLiteral("合计"), QStringLiteral("￥26.08"), TextStyle{true, false, false, Align::Left})
        .columns(QStringLiteral("微信支付"), QStringLiteral("￥26.08"))
        .feed(1)
        .text(QStringLiteral("谢谢惠顾，欢迎再次光临！"), centered())
        .cut();
    return r;
}

ReceiptDocument barcodeReceipt()
{
    ReceiptDocument r;
    r.text(QStringLiteral("Scan for your e-receipt"), centered())
        .qrCode(QStringLiteral("https://qtill.example/r/000125?k=7f3a"), 6, QrErrorLevel::M)
        .barcode(BarcodeType::Ean13, QStringLiteral("690123456789")) // check digit computed: 2
        .barcode(BarcodeType::Code128, QStringLiteral("No.20261121000125"))
        .barcode(BarcodeType::Ean13, QStringLiteral("6901234567890")) // wrong check digit: printed as text
        .cut(CutType::Full);
    return r;
}

ReceiptDocument cutAndDrawerReceipt()
{
    ReceiptDocument r;
    r.kickDrawer(DrawerPin::Pin2)
        .text(QStringLiteral("NO SALE"), centered(true))
        .cut(CutType::Partial, 4)
        .kickDrawer(DrawerPin::Pin5)
        .cut(CutType::Full, 0);
    return r;
}

} // namespace qtill::hal::test
