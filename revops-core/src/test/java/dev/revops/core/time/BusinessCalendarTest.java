package dev.revops.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private final BusinessCalendar calendar =
      BusinessCalendar.builder(NY).holiday(LocalDate.of(2024, 7, 4)).build();

  private static Instant ny(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NY).toInstant();
  }

  @Test
  void businessDaysSkipWeekendsAndHolidays() {
    // Wed 2024-07-03 + 1 business day skips the 4th of July holiday -> Fri the 5th
    assertThat(calendar.addBusinessDays(LocalDate.of(2024, 7, 3), 1))
        .isEqualTo(LocalDate.of(2024, 7, 5));
    // Fri + 1 -> Mon
    assertThat(calendar.addBusinessDays(LocalDate.of(2024, 7, 5), 1))
        .isEqualTo(LocalDate.of(2024, 7, 8));
    assertThat(calendar.addBusinessDays(LocalDate.of(2024, 7, 8), -1))
        .isEqualTo(LocalDate.of(2024, 7, 5));
    assertThat(calendar.businessDaysBetween(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 8)))
        .isEqualTo(4);
  }

  @Test
  void businessTimeCountsOnlyWorkingHours() {
    // Friday 16:00 to Monday 10:00: 1h Friday + 1h Monday
    assertThat(calendar.businessTimeBetween(ny("2024-07-12T16:00"), ny("2024-07-15T10:00")))
        .isEqualTo(Duration.ofHours(2));
    // a 4-hour SLA opened Friday 15:00 runs out Monday 11:00
    assertThat(calendar.addBusinessTime(ny("2024-07-12T15:00"), Duration.ofHours(4)))
        .isEqualTo(ny("2024-07-15T11:00"));
    // opened on Saturday: the clock starts Monday 09:00
    assertThat(calendar.addBusinessTime(ny("2024-07-13T12:00"), Duration.ofMinutes(30)))
        .isEqualTo(ny("2024-07-15T09:30"));
    assertThat(calendar.isOpen(ny("2024-07-15T09:00"))).isTrue();
    assertThat(calendar.isOpen(ny("2024-07-15T17:00"))).isFalse();
  }

  @Test
  void alwaysOpenCalendarSeesTheShortDstDay() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(NY);
    // 2024-03-10: clocks spring forward in New York, the local day has 23 hours
    Instant start = ny("2024-03-10T00:00");
    Instant end = ny("2024-03-11T00:00");
    assertThat(always.businessTimeBetween(start, end)).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void workingHoursOutsideTheDstGapAreUnchanged() {
    BusinessCalendar weekdays =
        BusinessCalendar.builder(NY).workingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    // Friday before and Monday after the spring change: 8h each, the weekend adds nothing
    assertThat(weekdays.businessTimeBetween(ny("2024-03-08T00:00"), ny("2024-03-12T00:00")))
        .isEqualTo(Duration.ofHours(16));
  }

  @Test
  void rejectsBadDefinitionsAndArguments() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(NY)
                    .workingHours(LocalTime.of(17, 0), LocalTime.of(9, 0))
                    .build())
        .hasMessageContaining("close after they open");
    assertThatThrownBy(() -> BusinessCalendar.builder(NY).workingDays(java.util.Set.of()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> calendar.businessTimeBetween(ny("2024-07-15T10:00"), ny("2024-07-15T09:00")))
        .hasMessageContaining("before 'from'");
  }
}
