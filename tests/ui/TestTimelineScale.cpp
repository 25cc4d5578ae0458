// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/timeline/TimelineScale.h"

#include <QLocale>
#include <QTest>

using Zoom = TimelineScale::Zoom;
using Unit = TimelineScale::Unit;
using Tick = TimelineScale::Tick;

class TestTimelineScale : public QObject
{
    Q_OBJECT

private slots:
    void positionsAreDaysTimesPixels();
    void roundTripsEveryDayOfTenYears_data();
    void roundTripsEveryDayOfTenYears();
    void dragsSnapToTheNearestDay();
    void zoomsGoFromDaysToYears();
    void monthTicksFollowMonthLengths();
    void februaryHasTwentyNineDaysInLeapYearsOnly_data();
    void februaryHasTwentyNineDaysInLeapYearsOnly();
    void quarterAndYearTicks();
    void dayTicksAreOneDayEach();
    void ticksOfAnEmptyOrBackwardSpan();
    void labelsInTheLocalesLanguage();
};

void TestTimelineScale::positionsAreDaysTimesPixels()
{
    const TimelineScale scale(QDate(2026, 1, 1), Zoom::Month);
    QCOMPARE(scale.x(QDate(2026, 1, 1)), 0.0);
    QCOMPARE(scale.x(QDate(2026, 1, 11)), 10 * scale.pixelsPerDay());
    QCOMPARE(scale.x(QDate(2025, 12, 31)), -scale.pixelsPerDay());
    // One year later: 365 days (2026 is not a leap year).
    QCOMPARE(scale.x(QDate(2027, 1, 1)), 365 * scale.pixelsPerDay());
    QCOMPARE(scale.dateAt(0), QDate(2026, 1, 1));
    QCOMPARE(scale.dateAt(-0.1), QDate(2025, 12, 31));
}

void TestTimelineScale::roundTripsEveryDayOfTenYears_data()
{
    QTest::addColumn<Zoom>("zoom");
    QTest::newRow("month") << Zoom::Month;
    QTest::newRow("quarter") << Zoom::Quarter;
    QTest::newRow("year") << Zoom::Year;
}

void TestTimelineScale::roundTripsEveryDayOfTenYears()
{
    QFETCH(Zoom, zoom);
    const TimelineScale scale(QDate(2024, 2, 29), zoom);
    const qreal ppd = scale.pixelsPerDay();
    for (QDate d(2020, 1, 1); d <= QDate(2030, 12, 31); d = d.addDays(1)) {
        const qreal x = scale.x(d);
        QCOMPARE(scale.dateAt(x), d);
        QCOMPARE(scale.dateAt(x + ppd * 0.99), d);
        QCOMPARE(scale.dateAt(x - ppd * 0.01), d.addDays(-1));
        QCOMPARE(scale.x(d.addDays(1)) - x, ppd);
    }
}

void TestTimelineScale::dragsSnapToTheNearestDay()
{
    const TimelineScale scale(QDate(2026, 1, 1), Zoom::Month);
    const qreal ppd = scale.pixelsPerDay();
    QCOMPARE(scale.daysFor(0), 0);
    QCOMPARE(scale.daysFor(ppd * 0.4), 0);
    QCOMPARE(scale.daysFor(ppd * 0.6), 1);
    QCOMPARE(scale.daysFor(ppd * 2.6), 3);
    QCOMPARE(scale.daysFor(-ppd * 1.4), -1);
    QCOMPARE(scale.daysFor(-ppd * 1.6), -2);
}

void TestTimelineScale::zoomsGoFromDaysToYears()
{
    QVERIFY(TimelineScale::pixelsPerDay(Zoom::Month) > TimelineScale::pixelsPerDay(Zoom::Quarter));
    QVERIFY(TimelineScale::pixelsPerDay(Zoom::Quarter) > TimelineScale::pixelsPerDay(Zoom::Year));
    QCOMPARE(TimelineScale::upperUnit(Zoom::Month), Unit::Month);
    QCOMPARE(TimelineScale::lowerUnit(Zoom::Month), Unit::Day);
    QCOMPARE(TimelineScale::upperUnit(Zoom::Quarter), Unit::Quarter);
    QCOMPARE(TimelineScale::lowerUnit(Zoom::Quarter), Unit::Month);
    QCOMPARE(TimelineScale::upperUnit(Zoom::Year), Unit::Year);
    QCOMPARE(TimelineScale::lowerUnit(Zoom::Year), Unit::Month);
    QCOMPARE(TimelineScale(QDate(2026, 1, 1), Zoom::Year).zoom(), Zoom::Year);
}

void TestTimelineScale::monthTicksFollowMonthLengths()
{
    const std::vector<Tick> ticks =
        TimelineScale::ticks(Unit::Month, QDate(2025, 1, 15), QDate(2025, 12, 3));
    QCOMPARE(ticks.size(), size_t(12));
    const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const TimelineScale scale(QDate(2025, 1, 1), Zoom::Quarter);
    for (int m = 0; m < 12; ++m) {
        QCOMPARE(ticks[size_t(m)].start, QDate(2025, m + 1, 1));
        QCOMPARE(ticks[size_t(m)].start.daysTo(ticks[size_t(m)].end), lengths[m]);
        QCOMPARE(scale.x(ticks[size_t(m)].end) - scale.x(ticks[size_t(m)].start),
                 lengths[m] * scale.pixelsPerDay());
    }
    // Ticks meet: each ends where the next starts.
    for (size_t i = 1; i < ticks.size(); ++i)
        QCOMPARE(ticks[i].start, ticks[i - 1].end);
    QCOMPARE(ticks.back().end, QDate(2026, 1, 1));
}

void TestTimelineScale::februaryHasTwentyNineDaysInLeapYearsOnly_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("days");
    QTest::newRow("2024") << 2024 << 29;
    QTest::newRow("2026") << 2026 << 28;
    QTest::newRow("2000 (divisible by 400)") << 2000 << 29;
    QTest::newRow("2100 (divisible by 100)") << 2100 << 28;
}

void TestTimelineScale::februaryHasTwentyNineDaysInLeapYearsOnly()
{
    QFETCH(int, year);
    QFETCH(int, days);
    const std::vector<Tick> ticks =
        TimelineScale::ticks(Unit::Month, QDate(year, 2, 10), QDate(year, 2, 20));
    QCOMPARE(ticks.size(), size_t(1));
    QCOMPARE(ticks.front(), (Tick{QDate(year, 2, 1), QDate(year, 3, 1)}));
    QCOMPARE(ticks.front().start.daysTo(ticks.front().end), days);
    const std::vector<Tick> years =
        TimelineScale::ticks(Unit::Year, QDate(year, 6, 1), QDate(year, 6, 1));
    QCOMPARE(years.front().start.daysTo(years.front().end), 337 + days);
    const std::vector<Tick> firstQuarter =
        TimelineScale::ticks(Unit::Quarter, QDate(year, 2, 1), QDate(year, 2, 1));
    QCOMPARE(firstQuarter.front().start.daysTo(firstQuarter.front().end), 62 + days);
}

void TestTimelineScale::quarterAndYearTicks()
{
    const std::vector<Tick> quarters =
        TimelineScale::ticks(Unit::Quarter, QDate(2026, 2, 10), QDate(2026, 8, 1));
    QCOMPARE(quarters.size(), size_t(3));
    QCOMPARE(quarters[0], (Tick{QDate(2026, 1, 1), QDate(2026, 4, 1)}));
    QCOMPARE(quarters[1], (Tick{QDate(2026, 4, 1), QDate(2026, 7, 1)}));
    QCOMPARE(quarters[2], (Tick{QDate(2026, 7, 1), QDate(2026, 10, 1)}));
    const std::vector<Tick> lastQuarter =
        TimelineScale::ticks(Unit::Quarter, QDate(2026, 12, 31), QDate(2026, 12, 31));
    QCOMPARE(lastQuarter.front(), (Tick{QDate(2026, 10, 1), QDate(2027, 1, 1)}));

    const std::vector<Tick> years =
        TimelineScale::ticks(Unit::Year, QDate(2025, 12, 31), QDate(2027, 1, 1));
    QCOMPARE(years.size(), size_t(3));
    QCOMPARE(years[0].start, QDate(2025, 1, 1));
    QCOMPARE(years[2], (Tick{QDate(2027, 1, 1), QDate(2028, 1, 1)}));
    QCOMPARE(TimelineScale::nextUnitStart(Unit::Month, QDate(2026, 12, 15)), QDate(2027, 1, 1));
    QCOMPARE(TimelineScale::unitStart(Unit::Quarter, QDate(2026, 9, 30)), QDate(2026, 7, 1));
}

void TestTimelineScale::dayTicksAreOneDayEach()
{
    const std::vector<Tick> days =
        TimelineScale::ticks(Unit::Day, QDate(2024, 2, 28), QDate(2024, 3, 1));
    QCOMPARE(days.size(), size_t(3));
    QCOMPARE(days[1], (Tick{QDate(2024, 2, 29), QDate(2024, 3, 1)}));
    QCOMPARE(days[2].end, QDate(2024, 3, 2));
}

void TestTimelineScale::ticksOfAnEmptyOrBackwardSpan()
{
    QVERIFY(TimelineScale::ticks(Unit::Month, QDate(), QDate(2026, 1, 1)).empty());
    QVERIFY(TimelineScale::ticks(Unit::Month, QDate(2026, 3, 1), QDate(2026, 1, 1)).empty());
}

void TestTimelineScale::labelsInTheLocalesLanguage()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale french(QLocale::French, QLocale::France);
    const QDate march(2026, 3, 1);
    QCOMPARE(TimelineScale::labels(Unit::Month, march, english).front(),
             QStringLiteral("March 2026"));
    QCOMPARE(TimelineScale::labels(Unit::Month, march, english).last(), QStringLiteral("M"));
    QCOMPARE(TimelineScale::labels(Unit::Month, march, french).front(),
             QStringLiteral("mars 2026"));
    QVERIFY(TimelineScale::labels(Unit::Month, march, french).contains(QStringLiteral("mars")));
    QCOMPARE(TimelineScale::labels(Unit::Day, QDate(2026, 3, 7), french),
             QStringList{QStringLiteral("7")});
    QCOMPARE(TimelineScale::labels(Unit::Year, march, english).front(), QStringLiteral("2026"));
    // No translator in this test: the quarter is named in English.
    QCOMPARE(TimelineScale::labels(Unit::Quarter, QDate(2026, 7, 1), english),
             (QStringList{QStringLiteral("Q3 2026"), QStringLiteral("Q3")}));
    // Each list runs from the longest label to the shortest.
    for (Unit unit : {Unit::Month, Unit::Quarter, Unit::Year}) {
        const QStringList labels = TimelineScale::labels(unit, march, french);
        for (qsizetype i = 1; i < labels.size(); ++i)
            QVERIFY2(labels[i].size() <= labels[i - 1].size(), qPrintable(labels.join('|')));
    }
}

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "TestTimelineScale.moc"
