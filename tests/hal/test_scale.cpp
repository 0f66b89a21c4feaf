// Scales: the continuous-output frame parser on recorded streams (kg and g, net/tare frames,
// overload/underload, garbage), stable-weight detection, software tare and zero, and the serial
// scale on a pseudo-terminal end to end (data only for a new stable weight, status transitions,
// tare command, silence → Offline). Plus the simulator.
#include "hal/backends/serial/serialscale.h"
#include "hal/devicemanager.h"
#include "hal/scale/scaleframeparser.h"
#include "hal/scale/weighttracker.h"
#include "hal/sim/simscale.h"
#include "ptypair.h"
#include "waituntil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

ScaleFrame line(const char *text)
{
    return ScaleFrameParser::parseLine(QByteArrayView(text));
}

ScaleFrame stable(qint64 mg)
{
    ScaleFrame f;
    f.ok = true;
    f.status = ScaleFrame::Status::Stable;
    f.milligrams = mg;
    return f;
}

} // namespace

TEST(ScaleFrameParser, ParsesTheCommonFormatsExactly)
{
    struct Row
    {
        const char *line;
        ScaleFrame::Status status;
        ScaleFrame::Mode mode;
        qint64 mg;
    };
    using S = ScaleFrame::Status;
    using M = ScaleFrame::Mode;
    const Row rows[] = {
        {"ST,GS,+  0.355kg", S::Stable, M::Gross, 355'000},
        {"US,GS,+  0.350kg", S::Unstable, M::Gross, 350'000},
        {"ST,NT,-  0.010kg", S::Stable, M::Net, -10'000},
        {"ST,TR,+  0.120kg", S::Stable, M::Tare, 120'000},
        {"ST,+00123.45  g", S::Stable, M::Gross, 123'450},           // A&D style, no mode, grams
        {"ST,GS,+012.3456kg", S::Stable, M::Gross, 12'345'600},
        {"ST,GS,+ 15kg", S::Stable, M::Gross, 15'000'000},
        {"\x02ST,GS,+  1.000KG\x03", S::Stable, M::Gross, 1'000'000}, // STX/ETX, upper-case unit
        {"OL,GS,+ --.---kg", S::Overload, M::Gross, 0},
        {"OL,GS,-  9.999kg", S::Underload, M::Gross, 0},
    };
    for (const Row &r : rows) {
        const ScaleFrame f = line(r.line);
        ASSERT_TRUE(f.ok) << r.line << ": " << f.error.toStdString();
        EXPECT_EQ(f.status, r.status) << r.line;
        EXPECT_EQ(f.mode, r.mode) << r.line;
        EXPECT_EQ(f.milligrams, r.mg) << r.line;
    }
}

TEST(ScaleFrameParser, RejectsGarbage)
{
    for (const char *bad : {"", "hello", "XX,GS,+0.1kg", "ST,ZZ,+0.1kg", "ST,GS,+0.1lb", "ST,GS,+kg", "ST,GS,+1.2.3kg",
                            "ST,GS,+0.1234567kg", "ST,GS,+0.1234g", "ST,GS,+12a4kg", "ST,GS,NT,+1kg",
                            "ST,GS,+9999999999999kg"}) {
        const ScaleFrame f = line(bad);
        EXPECT_FALSE(f.ok) << bad;
        EXPECT_FALSE(f.error.isEmpty()) << bad;
    }
}

TEST(ScaleFrameParser, RecordedStreamInChunksWithNoise)
{
    const QByteArray stream = "ST,GS,+  0.000kg\r\nUS,GS,+  0.2"
                              "10kg\r\n\x01\x02garbage\xff\r\nUS,GS,+  0.355kg\r\nST,GS,+  0.355kg\r\n"
                              "ST,GS,+  0.355kg\r\nST,GS,+  0.355kg\r\n"
                              + QByteArray(200, 'x') + "\r\nST,GS,+  0.355kg\n";
    ScaleFrameParser parser;
    QList<ScaleFrame> frames;
    for (qsizetype i = 0; i < stream.size(); i += 5)
        frames += parser.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(5, stream.size() - i)));
    ASSERT_EQ(frames.size(), 9);
    EXPECT_TRUE(frames[1].ok);
    EXPECT_EQ(frames[1].milligrams, 210'000);
    EXPECT_FALSE(frames[2].ok); // garbage line
    EXPECT_FALSE(frames[7].ok); // over-long line
    EXPECT_TRUE(frames[8].ok);
}

TEST(ScaleFrameParser, RandomBytesNeverCrash)
{
    QRandomGenerator rng(99);
    ScaleFrameParser parser;
    int ok = 0;
    int errors = 0;
    for (int i = 0; i < 5000; ++i) {
        QByteArray bytes;
        const int n = int(rng.bounded(60));
        for (int j = 0; j < n; ++j)
            bytes.append(rng.bounded(3) == 0 ? "ST,GS+-. 0123456789kg\r\n"[rng.bounded(23)] : char(rng.bounded(256)));
        if (i % 10 == 0)
            bytes += "\r\nST,GS,+  1.250kg\r\n";
        for (const ScaleFrame &f : parser.feed(bytes)) {
            if (f.ok) {
                ++ok;
                ASSERT_LE(qAbs(f.milligrams), 999'999'999'999'000'000LL);
            } else {
                ++errors;
                ASSERT_FALSE(f.error.isEmpty());
            }
        }
    }
    EXPECT_GE(ok, 500);
    EXPECT_GT(errors, 100);
}

TEST(WeightTracker, StableOnlyWhenTheScaleSaysSoAndReadingsAgree)
{
    WeightTracker t;
    ScaleFrame settling = stable(500'000);
    settling.status = ScaleFrame::Status::Unstable;
    EXPECT_FALSE(t.feed(settling).reading.stable);
    EXPECT_FALSE(t.feed(stable(500'000)).newStableWeight); // ST, but only 2 agreeing readings yet
    const auto third = t.feed(stable(500'000));
    EXPECT_TRUE(third.reading.stable);
    EXPECT_TRUE(third.newStableWeight);
    EXPECT_EQ(third.reading.netMilligrams, 500'000);
    EXPECT_EQ(third.statuses, QList<DeviceStatus>{DeviceStatus::WeightStable});
    EXPECT_FALSE(t.feed(stable(500'000)).newStableWeight); // the same weight stays one event
    EXPECT_FALSE(t.feed(stable(505'000)).reading.stable);   // a jump: wait for agreement again
}

TEST(WeightTracker, SoftwareTareAndZero)
{
    WeightTracker t;
    EXPECT_FALSE(t.tare()); // nothing stable yet
    for (int i = 0; i < 3; ++i)
        t.feed(stable(120'000)); // a 120 g bowl
    ASSERT_TRUE(t.tare());
    EXPECT_EQ(t.current().netMilligrams, 0);
    EXPECT_EQ(t.current().tareMilligrams, 120'000);
    WeightTracker::Update u;
    for (int i = 0; i < 3; ++i)
        u = t.feed(stable(575'000)); // bowl + 455 g of grapes
    EXPECT_TRUE(u.newStableWeight);
    EXPECT_EQ(u.reading.netMilligrams, 455'000);
    EXPECT_EQ(u.reading.tareMilligrams, 120'000);
    t.clearTare();
    EXPECT_EQ(t.current().netMilligrams, 575'000);

    // Zero only near zero (±2 % of 15 kg = 300 g).
    EXPECT_FALSE(t.zero());
    for (int i = 0; i < 3; ++i)
        t.feed(stable(4'000)); // empty platter drifted to 4 g
    ASSERT_TRUE(t.zero());
    for (int i = 0; i < 3; ++i)
        u = t.feed(stable(104'000));
    EXPECT_EQ(u.reading.netMilligrams, 100'000);
}

TEST(WeightTracker, OverloadAndUnderZero)
{
    WeightTracker t;
    ScaleFrame ol;
    ol.ok = true;
    ol.status = ScaleFrame::Status::Overload;
    const auto over = t.feed(ol);
    EXPECT_TRUE(over.reading.overload);
    EXPECT_EQ(over.statuses, QList<DeviceStatus>{DeviceStatus::WeightOverload});
    EXPECT_FALSE(t.tare());
    WeightTracker::Update u;
    for (int i = 0; i < 3; ++i)
        u = t.feed(stable(16'000'000)); // above the 15 kg capacity
    EXPECT_TRUE(u.reading.overload);
    EXPECT_FALSE(u.newStableWeight);
    for (int i = 0; i < 3; ++i)
        u = t.feed(stable(-50'000));
    EXPECT_TRUE(u.reading.underZero);
    EXPECT_FALSE(u.newStableWeight);
    EXPECT_TRUE(u.statuses.isEmpty() || u.statuses.last() == DeviceStatus::WeightUnderZero);
    EXPECT_EQ(t.current().underZero, true);
}

TEST(SerialScale, ReadsContinuousOutputOnAPty)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialScale>(DeviceInfo{
        u"scale"_qs, DeviceCategory::Scale, {}, u"serial"_qs,
        {{u"port"_qs, pty.slaveName}, {u"tareCommand"_qs, u"T\\r\\n"_qs}, {u"silenceMs"_qs, 400}}});
    SerialScale *scale = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scale, &Device::dataReceived);
    QSignalSpy status(scale, &Device::statusChanged);
    QSignalSpy errors(scale, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(scale, u"checkout"_qs));
    test::spin(100);

    pty.send("US,GS,+  0.351kg\r\nUS,GS,+  0.356kg\r\n");
    pty.send("ST,GS,+  0.355kg\r\nST,GS,+  0.355kg\r\nST,GS,+  0.355kg\r\nST,GS,+  0.355kg\r\n");
    ASSERT_TRUE(waitUntil([&] { return data.size() == 1; }));
    const WeightReading r = data.at(0).at(0).value<WeightReading>();
    EXPECT_EQ(r.netMilligrams, 355'000);
    EXPECT_TRUE(r.stable);
    EXPECT_EQ(scale->currentWeight().netMilligrams, 355'000);
    ASSERT_GE(status.size(), 2);
    EXPECT_EQ(status.at(0).at(0).value<DeviceStatus>(), DeviceStatus::WeightUnstable);
    EXPECT_EQ(status.at(1).at(0).value<DeviceStatus>(), DeviceStatus::WeightStable);

    ASSERT_TRUE(scale->tare()); // the scale has a tare command: it is sent, the scale tares itself
    QByteArray sent;
    ASSERT_TRUE(waitUntil([&] {
        sent += pty.received();
        return sent.contains("T\r\n");
    }));

    // The scale goes quiet (cable pulled on RS-232 gives no other sign).
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }, 3000));
    EXPECT_EQ(errors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Offline);
    // And speaks again: the device recovers by itself.
    pty.send("ST,NT,+  0.000kg\r\n");
    ASSERT_TRUE(waitUntil([&] { return scale->state() == Device::State::Enabled; }));
}

TEST(SimScale, BehavesLikeARealScale)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimScale>(DeviceInfo{u"scale"_qs, DeviceCategory::Scale, {}, u"sim"_qs, {}});
    SimScale *scale = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scale, &Device::dataReceived);
    ASSERT_TRUE(manager.start(scale, u"checkout"_qs));
    scale->setWeight(200'000, false);
    scale->setWeight(250'000);
    ASSERT_TRUE(scale->tare());
    scale->setWeight(1'250'000);
    ASSERT_TRUE(waitUntil([&] { return data.size() == 2; }));
    EXPECT_EQ(data.at(0).at(0).value<WeightReading>().netMilligrams, 250'000);
    EXPECT_EQ(data.at(1).at(0).value<WeightReading>().netMilligrams, 1'000'000);
    EXPECT_EQ(data.at(1).at(0).value<WeightReading>().tareMilligrams, 250'000);
    scale->overload();
    EXPECT_TRUE(scale->currentWeight().overload);
}
