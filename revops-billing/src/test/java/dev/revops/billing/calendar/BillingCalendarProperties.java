package dev.revops.billing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Anchors 1..31 over 400 years, in UTC and in zones with daylight saving time. */
class BillingCalendarProperties {
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2400, 12, 31);

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC",
            "America/New_York",
            "Europe/London",
            "America/Sao_Paulo",
            "Australia/Lord_Howe",
            "America/Havana",
            "Pacific/Apia")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(FROM.toEpochDay(), TO.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static LocalDate anchorOn(int day, LocalDate near) {
    YearMonth ym = YearMonth.from(near);
    while (ym.lengthOfMonth() < day) {
      ym = ym.plusMonths(1);
    }
    return ym.atDay(day);
  }

  @Property(tries = 1000)
  void monthlyPeriodsNeverSkipOrDoubleAndKeepTheAnchorDay(
      @ForAll @IntRange(min = 1, max = 31) int anchorDay,
      @ForAll("dates") LocalDate near,
      @ForAll @IntRange(min = 1, max = 12) int months,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 4800) int jump) {
    LocalDate anchor = anchorOn(anchorDay, near);
    BillingCalendar cal =
        BillingCalendar.of(anchor, BillingInterval.every(months, IntervalUnit.MONTH), zone);
    long k0 = jump / months;
    for (long k = k0; k < k0 + 24; k++) {
      DateRange p = cal.period(k);
      DateRange next = cal.period(k + 1);
      assertThat(p.end()).isEqualTo(next.start());
      assertThat(p.isEmpty()).isFalse();
      YearMonth ym = YearMonth.from(p.start());
      assertThat(p.start().getDayOfMonth()).isEqualTo(Math.min(anchorDay, ym.lengthOfMonth()));
      assertThat(YearMonth.from(next.start())).isEqualTo(ym.plusMonths(months));
      // every day in the period maps back to it; the instant before it belongs to the last one
      assertThat(cal.indexOf(p.start())).isEqualTo(k);
      assertThat(cal.indexOf(p.end().minusDays(1))).isEqualTo(k);
      Instant first = cal.startInstant(p);
      assertThat(cal.periodContaining(first)).isEqualTo(p);
      assertThat(cal.periodContaining(first.minusNanos(1))).isEqualTo(cal.period(k - 1));
    }
  }

  @Property(tries = 1000)
  void anyDateLiesInExactlyOnePeriod(
      @ForAll @IntRange(min = 1, max = 31) int anchorDay,
      @ForAll("dates") LocalDate near,
      @ForAll("dates") LocalDate date,
      @ForAll("zones") ZoneId zone,
      @ForAll IntervalUnit unit,
      @ForAll @IntRange(min = 1, max = 5) int count) {
    BillingCalendar cal =
        BillingCalendar.of(anchorOn(anchorDay, near), BillingInterval.every(count, unit), zone);
    long k = cal.indexOf(date);
    assertThat(cal.period(k).contains(date)).isTrue();
    assertThat(cal.period(k - 1).contains(date)).isFalse();
    assertThat(cal.period(k + 1).contains(date)).isFalse();
    Instant noon = date.atTime(12, 0).atZone(zone).toInstant();
    assertThat(cal.periodContaining(noon)).isEqualTo(cal.period(k));
  }

  /** Walks 400 years of months for every anchor day: 31 × 4,800 periods, none skipped. */
  @Test
  void fourHundredYearsOfMonthEndsForEveryAnchorDay() {
    for (int day = 1; day <= 31; day++) {
      BillingCalendar cal =
          BillingCalendar.of(
              LocalDate.of(2000, 1, day), BillingInterval.MONTHLY, ZoneId.of("Europe/London"));
      LocalDate expectedStart = cal.period(0).start();
      long days = 0;
      for (int k = 0; k < 4800; k++) {
        DateRange p = cal.period(k);
        assertThat(p.start()).isEqualTo(expectedStart);
        assertThat(p.start().getDayOfMonth()).isEqualTo(Math.min(day, p.start().lengthOfMonth()));
        days += p.days();
        expectedStart = p.end();
      }
      assertThat(expectedStart).isEqualTo(LocalDate.of(2400, 1, day));
      assertThat(days)
          .isEqualTo(
              LocalDate.of(2000, 1, day).until(LocalDate.of(2400, 1, day)).toTotalMonths() * 0
                  + java.time.temporal.ChronoUnit.DAYS.between(
                      LocalDate.of(2000, 1, day), LocalDate.of(2400, 1, day)));
    }
  }
}
