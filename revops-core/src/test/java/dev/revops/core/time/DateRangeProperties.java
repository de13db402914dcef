package dev.revops.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DateRangeProperties {
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2400, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 1000)
  void splitPiecesCoverTheRangeExactly(
      @ForAll("dates") LocalDate start,
      @ForAll @IntRange(min = 0, max = 2000) int length,
      @ForAll @Size(max = 20) List<@IntRange(min = -100, max = 2100) Integer> offsets) {
    DateRange range = DateRange.ofDays(start, length);
    List<DateRange> pieces = range.splitAt(offsets.stream().map(start::plusDays).toList());
    assertCovers(range, pieces);
    // a piece starts exactly at each distinct day strictly inside the range, and nowhere else
    Set<LocalDate> inner = new TreeSet<>();
    for (int offset : offsets) {
      LocalDate day = start.plusDays(offset);
      if (day.isAfter(range.start()) && day.isBefore(range.end())) {
        inner.add(day);
      }
    }
    assertThat(pieces.stream().skip(1).map(DateRange::start).toList())
        .containsExactlyElementsOf(inner);
  }

  @Property(tries = 1000)
  void textIsIsoDatesInAHalfOpenBracket(
      @ForAll @IntRange(min = -20_000, max = 20_000) int year,
      @ForAll @IntRange(min = 1, max = 366) int dayOfYear,
      @ForAll @IntRange(min = 0, max = 4000) int length) {
    LocalDate start = LocalDate.ofYearDay(year, Math.min(dayOfYear, 365));
    DateRange range = DateRange.ofDays(start, length);
    assertThat(range.toString()).isEqualTo("[" + start + ", " + range.end() + ")");
  }

  @Property(tries = 1000)
  void periodicSplitCoversTheRangeExactly(
      @ForAll("dates") LocalDate start,
      @ForAll @IntRange(min = 0, max = 3000) int length,
      @ForAll @IntRange(min = 1, max = 14) int months,
      @ForAll @IntRange(min = 0, max = 20) int days) {
    DateRange range = DateRange.ofDays(start, length);
    List<DateRange> pieces = range.splitEvery(Period.of(0, months, days));
    assertCovers(range, pieces);
  }

  private static void assertCovers(DateRange range, List<DateRange> pieces) {
    assertThat(pieces).isNotEmpty();
    assertThat(pieces.get(0).start()).isEqualTo(range.start());
    assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(range.end());
    long total = 0;
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
      }
      if (!range.isEmpty()) {
        assertThat(pieces.get(i).isEmpty()).isFalse();
      }
      total += pieces.get(i).days();
    }
    assertThat(total).isEqualTo(range.days());
  }
}
