package dev.revops.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void isHalfOpen() {
    DateRange jan = DateRange.of(d("2024-01-01"), d("2024-02-01"));
    assertThat(jan.days()).isEqualTo(31);
    assertThat(jan.contains(d("2024-01-01"))).isTrue();
    assertThat(jan.contains(d("2024-01-31"))).isTrue();
    assertThat(jan.contains(d("2024-02-01"))).isFalse();
    assertThat(DateRange.ofDays(d("2024-02-01"), 29).end()).isEqualTo(d("2024-03-01"));
  }

  @Test
  void rejectsEndBeforeStartNamingBoth() {
    assertThatThrownBy(() -> DateRange.of(d("2024-02-01"), d("2024-01-01")))
        .hasMessageContaining("2024-01-01 is before its start 2024-02-01");
  }

  @Test
  void adjacentRangesDoNotOverlap() {
    DateRange a = DateRange.of(d("2024-01-01"), d("2024-02-01"));
    DateRange b = DateRange.of(d("2024-02-01"), d("2024-03-01"));
    assertThat(a.overlaps(b)).isFalse();
    assertThat(a.intersection(b)).isEmpty();
    DateRange c = DateRange.of(d("2024-01-15"), d("2024-02-15"));
    assertThat(a.intersection(c)).contains(DateRange.of(d("2024-01-15"), d("2024-02-01")));
    assertThat(a.encloses(DateRange.of(d("2024-01-10"), d("2024-01-20")))).isTrue();
  }

  @Test
  void monthlySplitFromMonthEndDoesNotDrift() {
    DateRange year = DateRange.of(d("2024-01-31"), d("2024-06-15"));
    List<DateRange> pieces = year.splitEvery(Period.ofMonths(1));
    assertThat(pieces)
        .extracting(DateRange::start)
        .containsExactly(
            d("2024-01-31"), d("2024-02-29"), d("2024-03-31"), d("2024-04-30"), d("2024-05-31"));
    assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(d("2024-06-15"));
  }

  @Test
  void splitAtIgnoresPointsOutsideAndDuplicates() {
    DateRange r = DateRange.of(d("2024-01-01"), d("2024-01-10"));
    List<DateRange> pieces =
        r.splitAt(List.of(d("2023-12-01"), d("2024-01-05"), d("2024-01-05"), d("2024-01-10")));
    assertThat(pieces)
        .containsExactly(
            DateRange.of(d("2024-01-01"), d("2024-01-05")),
            DateRange.of(d("2024-01-05"), d("2024-01-10")));
  }
}
