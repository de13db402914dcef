package dev.revops.billing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingCalendarTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void jan31AnchorAcrossTwoLeapYearsKeepsTheDayOfMonth() {
    BillingCalendar cal =
        BillingCalendar.of(d("2023-01-31"), BillingInterval.MONTHLY, ZoneOffset.UTC);
    List<LocalDate> starts = new ArrayList<>();
    for (int k = 0; k < 64; k++) {
      starts.add(cal.period(k).start());
    }
    assertThat(starts.subList(0, 5))
        .containsExactly(
            d("2023-01-31"), d("2023-02-28"), d("2023-03-31"), d("2023-04-30"), d("2023-05-31"));
    // 2024 and 2028 are leap years: Feb 29, then back to the 31st
    assertThat(starts).contains(d("2024-02-29"), d("2024-03-31"), d("2028-02-29"));
    assertThat(starts).contains(d("2025-02-28"), d("2027-02-28"), d("2028-03-31"));
    assertThat(cal.period(1)).isEqualTo(DateRange.of(d("2023-02-28"), d("2023-03-31")));
    assertThat(cal.period(12).days()).isEqualTo(29);
    assertThat(cal.anchorDay()).isEqualTo(31);
  }

  @Test
  void yearlyFeb29AnchorClampsInCommonYearsAndComesBack() {
    BillingCalendar cal =
        BillingCalendar.of(d("2024-02-29"), BillingInterval.YEARLY, ZoneOffset.UTC);
    assertThat(cal.period(1).start()).isEqualTo(d("2025-02-28"));
    assertThat(cal.period(4).start()).isEqualTo(d("2028-02-29"));
  }

  @Test
  void findsThePeriodOfADateOrInstantInTheAccountZone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    BillingCalendar cal = BillingCalendar.of(d("2024-01-31"), BillingInterval.MONTHLY, tokyo);
    assertThat(cal.periodContaining(d("2024-03-30")))
        .isEqualTo(DateRange.of(d("2024-02-29"), d("2024-03-31")));
    // 2024-03-30T16:00Z is already Mar 31 in Tokyo: the next period
    assertThat(cal.periodContaining(Instant.parse("2024-03-30T16:00:00Z")).start())
        .isEqualTo(d("2024-03-31"));
    assertThat(cal.indexOf(d("2023-12-31"))).isEqualTo(-1);
    assertThat(cal.startInstant(cal.period(0))).isEqualTo(Instant.parse("2024-01-30T15:00:00Z"));
  }

  @Test
  void everyNUnits() {
    LocalDate a = d("2024-01-01");
    assertThat(
            BillingCalendar.of(a, BillingInterval.every(3, IntervalUnit.MONTH), ZoneOffset.UTC)
                .period(1))
        .isEqualTo(DateRange.of(d("2024-04-01"), d("2024-07-01")));
    assertThat(BillingCalendar.of(a, BillingInterval.WEEKLY, ZoneOffset.UTC).period(2).start())
        .isEqualTo(d("2024-01-15"));
    assertThat(BillingCalendar.of(a, BillingInterval.DAILY, ZoneOffset.UTC).indexOf(a.plusDays(9)))
        .isEqualTo(9);
    assertThat(
            BillingCalendar.of(a, BillingInterval.every(2, IntervalUnit.YEAR), ZoneOffset.UTC)
                .periodsOverlapping(DateRange.of(d("2025-06-01"), d("2026-06-01"))))
        .containsExactly(
            DateRange.of(d("2024-01-01"), d("2026-01-01")),
            DateRange.of(d("2026-01-01"), d("2028-01-01")));
    assertThatThrownBy(() -> BillingInterval.every(0, IntervalUnit.DAY))
        .hasMessageContaining("count");
  }
}
