package dev.revops.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {
  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<ZoneId> zones =
        Arbitraries.of(
                "UTC",
                "America/New_York",
                "Europe/Berlin",
                "Australia/Lord_Howe",
                "Asia/Kolkata",
                "America/Santiago")
            .map(ZoneId::of);
    Arbitrary<Integer> opens = Arbitraries.integers().between(0, 12);
    Arbitrary<Integer> hours = Arbitraries.integers().between(1, 11);
    return Combinators.combine(zones, opens, hours, Arbitraries.of(true, false))
        .as(
            (zone, open, length, always) ->
                always
                    ? BusinessCalendar.alwaysOpen(zone)
                    : BusinessCalendar.builder(zone)
                        .workingHours(LocalTime.of(open, 30), LocalTime.of(open + length, 0))
                        .holiday(LocalDate.of(2024, 12, 25))
                        .build());
  }

  @Provide
  Arbitrary<Instant> instants() {
    // 2023-2025, which holds DST changes in every zone above that has them
    return Arbitraries.longs().between(1_672_531_200L, 1_767_225_600L).map(Instant::ofEpochSecond);
  }

  @Property(tries = 1000)
  void addingBusinessTimeIsUndoneByMeasuringIt(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant from,
      @ForAll @IntRange(min = 0, max = 200 * 60) int minutes) {
    Duration amount = Duration.ofMinutes(minutes);
    Instant due = calendar.addBusinessTime(from, amount);
    assertThat(due).isAfterOrEqualTo(from);
    assertThat(calendar.businessTimeBetween(from, due)).isEqualTo(amount);
  }

  @Property(tries = 1000)
  void businessTimeIsAdditiveAndNeverMoreThanWallTime(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant a,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int m1,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int m2) {
    Instant b = a.plus(Duration.ofMinutes(m1));
    Instant c = b.plus(Duration.ofMinutes(m2));
    Duration ab = calendar.businessTimeBetween(a, b);
    Duration bc = calendar.businessTimeBetween(b, c);
    assertThat(ab.plus(bc)).isEqualTo(calendar.businessTimeBetween(a, c));
    assertThat(ab).isLessThanOrEqualTo(Duration.between(a, b));
  }
}
