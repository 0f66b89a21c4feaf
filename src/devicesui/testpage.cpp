#include "testpage.h"

#include <QCoreApplication>

namespace qtill::devicesui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::devicesui::TestPage", text);
}

} // namespace

hal::ReceiptDocument testPage(const TestPageInfo &info)
{
    using hal::Align;
    hal::ReceiptDocument r;
    r.text(info.storeName.isEmpty() ? QStringLiteral("Qtill") : info.storeName,
           {.bold = true, .doubleWidth = true, .doubleHeight = true, .align = Align::Center});
    r.text(tr("Printer test page"), {.bold = true, .align = Align::Center});
    r.separator(QLatin1Char('='));
    r.columns(tr("Register"), info.registerId);
    r.columns(tr("Printer"), info.printerName);
    r.columns(tr("Paper"), info.paper);
    r.columns(tr("Time"), info.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    r.separator();
    // Chinese text in the printer's Chinese mode (GB18030): if this line is garbled, the printer's
    // code page or Chinese font is wrong.
    r.text(QStringLiteral("中文打印测试：欢迎光临，谢谢惠顾！"));
    r.text(QStringLiteral("English text: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    r.columns(QStringLiteral("可口可乐 330ml ×2"), QStringLiteral("¥7.00"));
    r.columns(QStringLiteral("农夫山泉 550ml"), QStringLiteral("¥2.00"));
    r.columns(tr("Total"), QStringLiteral("¥9.00"), {.bold = true});
    r.separator();
    r.barcode(hal::BarcodeType::Ean13, QStringLiteral("6901234567892"));
    r.qrCode(QStringLiteral("https://qtill.app/test?register=") + info.registerId);
    r.text(tr("If you can read this page, the printer works."), {.align = Align::Center});
    r.cut();
    return r;
}

} // namespace qtill::devicesui
