package dev.revops.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A half-open range of dates {@code [start, end)}: it contains {@code start} and every day up to,
 * but not including, {@code end}. A billing period from Jan 31 to Feb 28 holds 28 days. Immutable
 * and thread-safe; an empty range ({@code start == end}) is allowed.
 *
 * @param start the first day in the range
 * @param end the first day after the range
 */
public record DateRange(LocalDate start, LocalDate end) {
  /** Checks both ends are present and {@code start <= end}. */
  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "date range end " + end + " is before its start " + start + " (ranges are [start, end))");
    }
  }

  /**
   * Makes the range {@code [start, end)}.
   *
   * @param start the first day
   * @param end the first day after
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Makes the range of {@code days} days from {@code start}.
   *
   * @param start the first day
   * @param days how many days, at least 0
   * @return the range
   */
  public static DateRange ofDays(LocalDate start, long days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0, got " + days);
    }
    return new DateRange(start, start.plusDays(days));
  }

  /**
   * Returns the number of days in the range.
   *
   * @return {@code end − start} in days
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * Tells whether the range holds no day.
   *
   * @return true when {@code start == end}
   */
  public boolean isEmpty() {
    return start.equals(end);
  }

  /**
   * Tells whether a day is in the range.
   *
   * @param day the day
   * @return true when {@code start <= day < end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end);
  }

  /**
   * Tells whether another range lies entirely inside this one.
   *
   * @param other the other range
   * @return true when every day of {@code other} is in this range
   */
  public boolean encloses(DateRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Tells whether two ranges share at least one day.
   *
   * @param other the other range
   * @return true when they overlap
   */
  public boolean overlaps(DateRange other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Returns the days both ranges share.
   *
   * @param other the other range
   * @return the intersection, or empty when they do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(s, e));
  }

  /**
   * Splits the range at the given days. Days outside {@code (start, end)} are ignored, duplicates
   * count once. The pieces are contiguous, non-empty (unless this range is empty) and cover the
   * range exactly.
   *
   * @param points the days where a new piece starts
   * @return the pieces in order
   */
  public List<DateRange> splitAt(Iterable<LocalDate> points) {
    requireNonNull(points, "points");
    // the inner cuts, sorted and without duplicates; an insertion sort, as a range is cut at a
    // handful of days (this runs for every period of every bill run)
    LocalDate[] cuts = new LocalDate[4];
    int n = 0;
    for (LocalDate p : points) {
      if (!p.isAfter(start) || !p.isBefore(end)) {
        continue;
      }
      int at = n;
      while (at > 0 && cuts[at - 1].isAfter(p)) {
        at--;
      }
      if (at > 0 && cuts[at - 1].equals(p)) {
        continue;
      }
      if (n == cuts.length) {
        cuts = Arrays.copyOf(cuts, n * 2);
      }
      System.arraycopy(cuts, at, cuts, at + 1, n - at);
      cuts[at] = p;
      n++;
    }
    if (n == 0) {
      return List.of(this);
    }
    List<DateRange> pieces = new ArrayList<>(n + 1);
    LocalDate from = start;
    for (int i = 0; i < n; i++) {
      pieces.add(new DateRange(from, cuts[i]));
      from = cuts[i];
    }
    pieces.add(new DateRange(from, end));
    return pieces;
  }

  /**
   * Splits the range into pieces of one period each, counted from the start: piece {@code k} starts
   * at {@code start + k × period}, so a monthly split from Jan 31 gives Jan 31, Feb 28 (29), Mar
   * 31, Apr 30 ... without drifting. The last piece may be shorter.
   *
   * @param period a positive period such as one month
   * @return the pieces in order
   */
  public List<DateRange> splitEvery(Period period) {
    requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("split period must be positive, got " + period);
    }
    List<LocalDate> cuts = new ArrayList<>();
    for (int k = 1; ; k++) {
      LocalDate cut = start.plus(period.multipliedBy(k));
      if (!cut.isBefore(end)) {
        break;
      }
      cuts.add(cut);
    }
    return splitAt(cuts);
  }

  /**
   * Returns the instant the range starts in a zone (the start of its first day).
   *
   * @param zone the zone
   * @return the first instant of the range
   */
  public Instant startInstant(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the instant the range ends in a zone (the start of the day after it).
   *
   * @param zone the zone
   * @return the first instant after the range
   */
  public Instant endInstant(ZoneId zone) {
    return end.atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    // "[2026-01-01, 2026-02-01)" written into one array: every invoice line's description holds
    // its range, so this runs for every line of every bill run
    if (!fourDigitYear(start) || !fourDigitYear(end)) {
      return "[" + start + ", " + end + ")";
    }
    char[] text = new char[24];
    text[0] = '[';
    writeIso(text, 1, start);
    text[11] = ',';
    text[12] = ' ';
    writeIso(text, 13, end);
    text[23] = ')';
    return new String(text);
  }

  private static boolean fourDigitYear(LocalDate d) {
    return d.getYear() >= 0 && d.getYear() <= 9999;
  }

  /** Writes a date as {@link LocalDate#toString()} does for the years 0 to 9999. */
  private static void writeIso(char[] text, int at, LocalDate d) {
    int y = d.getYear();
    text[at] = (char) ('0' + y / 1000);
    text[at + 1] = (char) ('0' + y / 100 % 10);
    text[at + 2] = (char) ('0' + y / 10 % 10);
    text[at + 3] = (char) ('0' + y % 10);
    text[at + 4] = '-';
    text[at + 5] = (char) ('0' + d.getMonthValue() / 10);
    text[at + 6] = (char) ('0' + d.getMonthValue() % 10);
    text[at + 7] = '-';
    text[at + 8] = (char) ('0' + d.getDayOfMonth() / 10);
    text[at + 9] = (char) ('0' + d.getDayOfMonth() % 10);
  }
}
