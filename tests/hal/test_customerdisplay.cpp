// Customer displays: the pole-display encoder byte for byte (CD5220 and ESC/POS command sets,
// Chinese GB18030 mode, the price-only LED), what each call shows on two lines, the serial pole
// display on a pseudo-terminal, the second-screen model and the recording simulator.
#include "hal/backends/serial/serialpoledisplay.h"
#include "hal/devicemanager.h"
#include "hal/display/poledisplayencoder.h"
#include "hal/display/poledisplaylayout.h"
#include "hal/display/screencustomerdisplay.h"
#include "hal/sim/simcustomerdisplay.h"
#include "ptypair.h"
#include "waituntil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out += char(v);
    return out;
}

DisplayCart sampleCart()
{
    DisplayCart cart;
    cart.lines = {{u"Milk 1L"_qs, u"1"_qs, u"12.50"_qs}, {u"Apples"_qs, u"0.456 kg"_qs, u"5.47"_qs}};
    cart.total = u"17.97"_qs;
    return cart;
}

} // namespace

TEST(PoleDisplayEncoder, Cd5220BytesForTwoLines)
{
    PoleDisplayEncoder e;
    EXPECT_EQ(e.initialize(), bytes({0x1B, '@', 0x0C}));
    EXPECT_EQ(e.clear(), bytes({0x0C}));
    EXPECT_EQ(e.showLines(u"Welcome"_qs, u"Total 0.00"_qs, Align::Left, Align::Right),
              QByteArray("\x1BQA" "Welcome             " "\r" "\x1BQB" "          Total 0.00" "\r"));
}

TEST(PoleDisplayEncoder, EscPosBytesUseCursorMoves)
{
    PoleDisplayEncoder e({PoleDisplayEncoder::CommandSet::EscPos, 20, false});
    EXPECT_EQ(e.initialize(), bytes({0x1B, '@', 0x1F, 'C', 0, 0x0C}));
    EXPECT_EQ(e.showLines(u"A"_qs, u"B"_qs),
              bytes({0x1F, '$', 1, 1}) + "A" + QByteArray(19, ' ') + bytes({0x1F, '$', 1, 2}) + "B"
                  + QByteArray(19, ' '));
}

TEST(PoleDisplayEncoder, LongTextIsCutAndNonAsciiIsAQuestionMark)
{
    PoleDisplayEncoder e;
    EXPECT_EQ(e.fit(u"Organic whole milk 1 litre"_qs), u"Organic whole milk 1"_qs);
    EXPECT_EQ(e.fit(u"Café ¥3"_qs), u"Caf? ?3"_qs + QString(13, u' '));
    EXPECT_EQ(e.encodeText(u"Café"_qs), QByteArray("Caf?"));
    EXPECT_EQ(e.fit(u"a\x1b" u"b\tc"_qs), u"ab c                "_qs); // no smuggled commands
}

TEST(PoleDisplayEncoder, ChineseModeIsGb18030AndCountsTwoColumns)
{
    PoleDisplayEncoder e({PoleDisplayEncoder::CommandSet::Cd5220, 20, true});
    EXPECT_EQ(e.initialize(), bytes({0x1B, '@', 0x1C, '&', 0x0C}));
    // 9 CJK characters = 18 columns, + "¥" (GB18030 two-byte, 2 columns) = 20; nothing more fits.
    const QString fitted = e.fit(u"欢迎光临便利店分店一号"_qs);
    EXPECT_EQ(fitted, u"欢迎光临便利店分店一"_qs);
    // An odd column left over is padding, never half a character.
    EXPECT_EQ(e.fit(u"A欢迎光临便利店分店一号"_qs), u"A欢迎光临便利店分店 "_qs);
    EXPECT_EQ(e.encodeText(u"合计"_qs), QByteArray("\xBA\xCF\xBC\xC6"));
    EXPECT_EQ(e.showLines(u"合计"_qs, u"35.00"_qs, Align::Left, Align::Right),
              QByteArray("\x1BQA" "\xBA\xCF\xBC\xC6" "                " "\r" "\x1BQB" "               35.00" "\r"));
}

TEST(PoleDisplayEncoder, PriceOnlyLedDisplay)
{
    PoleDisplayEncoder e;
    EXPECT_EQ(e.showPrice(PoleDisplayEncoder::PriceLabel::Total, u"¥35.00"_qs), QByteArray("\x1Bs2\x1BQA35.00\r"));
    EXPECT_EQ(e.showPrice(PoleDisplayEncoder::PriceLabel::Change, u"5.00"_qs), QByteArray("\x1Bs4\x1BQA5.00\r"));
}

TEST(PoleDisplayLayout, WhatEachCallShows)
{
    PoleDisplayLayout layout;
    const auto cart = layout.cartLines(sampleCart());
    EXPECT_EQ(cart.line1, u"Apples          5.47"_qs);
    EXPECT_EQ(cart.line2, u"Total          17.97"_qs);
    const auto empty = layout.cartLines(DisplayCart{});
    EXPECT_EQ(empty.line1, u"Welcome             "_qs);
    const auto pay = layout.paymentLines(u"17.97"_qs, u"20.00"_qs, u"2.03"_qs);
    EXPECT_EQ(pay.line1, u"Total          17.97"_qs);
    EXPECT_EQ(pay.line2, u"Change          2.03"_qs);
    EXPECT_EQ(layout.paymentLines(u"17.97"_qs, u"17.97"_qs, {}).line2, u"Paid           17.97"_qs);
    // A name too long for the line is cut, the amount never is.
    DisplayCart longName;
    longName.lines = {{u"Extra virgin olive oil 750ml"_qs, u"1"_qs, u"128.00"_qs}};
    longName.total = u"128.00"_qs;
    EXPECT_EQ(layout.cartLines(longName).line1, u"Extra virgin  128.00"_qs);

    PoleDisplayLayout::Options priceOnly;
    priceOnly.priceOnly = true;
    PoleDisplayLayout led(priceOnly);
    EXPECT_EQ(led.cart(sampleCart()), QByteArray("\x1Bs1\x1BQA5.47\r"));
    EXPECT_EQ(led.paymentQr(u"Scan to pay ¥17.97"_qs), QByteArray("\x1Bs3\x1BQA17.97\r"));
}

TEST(SerialPoleDisplay, WritesToThePortInOrder)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialPoleDisplay>(DeviceInfo{u"pole"_qs, DeviceCategory::CustomerDisplay, {},
                                                                u"serial"_qs, {{u"port"_qs, pty.slaveName}}});
    SerialPoleDisplay *display = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy done(display, &Device::outputCompleted);
    ASSERT_TRUE(manager.start(display, u"checkout"_qs));
    EXPECT_EQ(display->lineCount(), 2);
    ASSERT_TRUE(waitUntil([&] { return done.size() == 1; })); // initialise + idle lines
    display->showCart(sampleCart());
    display->showPayment(u"17.97"_qs, u"20.00"_qs, u"2.03"_qs);
    ASSERT_TRUE(waitUntil([&] { return done.size() == 3; }));
    QByteArray got;
    ASSERT_TRUE(waitUntil([&] {
        got += pty.received();
        return got.endsWith("Change          2.03\r");
    }));
    const PoleDisplayLayout &l = display->layout();
    EXPECT_EQ(got, l.encoder().initialize() + l.idle() + l.cart(sampleCart())
                       + l.payment(u"17.97"_qs, u"20.00"_qs, u"2.03"_qs));
    EXPECT_TRUE(got.contains("\x1BQB" "Total          17.97\r"));
}

TEST(ScreenCustomerDisplay, TheModelFollowsEachCall)
{
    DeviceManager manager;
    auto owned = std::make_unique<ScreenCustomerDisplay>(
        DeviceInfo{u"screen"_qs, DeviceCategory::CustomerDisplay, {}, u"screen"_qs, {}});
    ScreenCustomerDisplay *display = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    CustomerDisplayModel *model = display->model();
    QSignalSpy changed(model, &CustomerDisplayModel::changed);
    display->showCart(sampleCart()); // not enabled yet: ignored
    EXPECT_EQ(changed.size(), 0);
    ASSERT_TRUE(manager.start(display, u"checkout"_qs));
    EXPECT_EQ(display->lineCount(), 0);
    display->showCart(sampleCart());
    EXPECT_EQ(model->mode(), CustomerDisplayModel::Mode::Cart);
    EXPECT_EQ(model->cart().lines.size(), 2);
    EXPECT_EQ(model->total(), u"17.97"_qs);
    display->showPaymentQr(u"weixin://wxpay/bizpayurl?pr=abc"_qs, u"Scan to pay ¥17.97"_qs);
    EXPECT_EQ(model->mode(), CustomerDisplayModel::Mode::PaymentQr);
    EXPECT_EQ(model->qrPayload(), u"weixin://wxpay/bizpayurl?pr=abc"_qs);
    display->showPayment(u"17.97"_qs, u"20.00"_qs, u"2.03"_qs);
    EXPECT_EQ(model->change(), u"2.03"_qs);
    display->showPromotions({u"/promo/a.png"_qs, u"/promo/b.png"_qs});
    EXPECT_EQ(model->mode(), CustomerDisplayModel::Mode::Idle);
    EXPECT_EQ(model->promotions().size(), 2);
    EXPECT_TRUE(model->cart().lines.isEmpty());
    EXPECT_EQ(changed.size(), 4);
}

TEST(SimCustomerDisplay, RecordsWhatWasShown)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimCustomerDisplay>(
        DeviceInfo{u"sim"_qs, DeviceCategory::CustomerDisplay, {}, u"sim"_qs, {}});
    SimCustomerDisplay *display = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    ASSERT_TRUE(manager.start(display, u"checkout"_qs));
    display->showCart(sampleCart());
    display->showPaymentQr(u"https://qr.alipay.com/x"_qs, u"扫码支付 ¥17.97"_qs);
    display->showMessage(u"谢谢惠顾"_qs, u"Thank you"_qs);
    ASSERT_EQ(display->history().size(), 3);
    EXPECT_EQ(display->history()[0].kind, u"cart"_qs);
    EXPECT_EQ(display->history()[0].line2, u"Total          17.97"_qs);
    EXPECT_EQ(display->history()[1].line1.trimmed(), u"扫码支付 ¥17.97"_qs);
    EXPECT_EQ(display->last().line1.trimmed(), u"谢谢惠顾"_qs);
    EXPECT_EQ(display->model()->mode(), CustomerDisplayModel::Mode::Message);
}
