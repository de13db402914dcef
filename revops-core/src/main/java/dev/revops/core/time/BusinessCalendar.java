package dev.revops.core.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days, holidays and working hours in one time zone: the clock that SLAs (first response,
 * solution time) and notice periods run on. Immutable and thread-safe.
 *
 * <p>Working hours are wall-clock times in the calendar's zone, so a DST change shortens or
 * lengthens the day only when it falls inside the working hours (a 00:00–24:00 calendar has a
 * 23-hour day in spring). A working window ending at {@code 00:00} ends at midnight that night.
 */
public final class BusinessCalendar {
  private final ZoneId zone;
  private final Set<DayOfWeek> workingDays;
  private final Set<LocalDate> holidays;
  private final LocalTime opens;
  private final LocalTime closes;

  private BusinessCalendar(Builder b) {
    this.zone = requireNonNull(b.zone, "zone");
    this.workingDays = Set.copyOf(b.workingDays);
    this.holidays = Set.copyOf(b.holidays);
    this.opens = requireNonNull(b.opens, "opens");
    this.closes = requireNonNull(b.closes, "closes");
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("a business calendar needs at least one working day");
    }
    if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "working hours must close after they open: opens " + opens + ", closes " + closes);
    }
  }

  /**
   * Starts a calendar in a zone: Monday to Friday, 09:00 to 17:00, no holidays, until changed.
   *
   * @param zone the zone the working hours are in
   * @return a builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /**
   * A calendar that is always open: every day, all day (a 24×7 support desk).
   *
   * @param zone the zone days are counted in
   * @return the calendar
   */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    return builder(zone)
        .workingDays(EnumSet.allOf(DayOfWeek.class))
        .workingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .build();
  }

  /**
   * Returns the zone.
   *
   * @return the zone the working hours are in
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Tells whether a day is a working day and not a holiday.
   *
   * @param day the day
   * @return true for a business day
   */
  public boolean isBusinessDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * Returns the day {@code n} business days after {@code day} (before it when {@code n} is
   * negative). Adding zero returns {@code day} itself, business day or not.
   *
   * @param day the day to count from
   * @param n how many business days to move
   * @return the resulting day, always a business day unless {@code n == 0}
   */
  public LocalDate addBusinessDays(LocalDate day, int n) {
    requireNonNull(day, "day");
    int step = n >= 0 ? 1 : -1;
    int left = Math.abs(n);
    LocalDate d = day;
    while (left > 0) {
      d = d.plusDays(step);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the business days in {@code [from, to)}.
   *
   * @param from the first day, counted
   * @param to the first day not counted, not before {@code from}
   * @return the number of business days
   */
  public long businessDaysBetween(LocalDate from, LocalDate to) {
    DateRange range = DateRange.of(from, to);
    long count = 0;
    for (LocalDate d = range.start(); d.isBefore(range.end()); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Measures the working time between two instants: the part of {@code [from, to)} that falls in
   * working hours on business days.
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @return the business time, never negative
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    long seconds = 0;
    long nanos = 0;
    LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = to.atZone(zone).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant open = windowStart(day);
      Instant close = windowEnd(day);
      Instant s = open.isAfter(from) ? open : from;
      Instant e = close.isBefore(to) ? close : to;
      if (s.isBefore(e)) {
        Duration d = Duration.between(s, e);
        seconds += d.getSeconds();
        nanos += d.getNano();
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * Returns the instant at which {@code amount} of business time has passed since {@code from}.
   * When {@code from} is outside working hours, the time starts counting at the next opening.
   *
   * @param from the start
   * @param amount the business time to add, not negative
   * @return the instant the business time runs out
   */
  public Instant addBusinessTime(Instant from, Duration amount) {
    requireNonNull(from, "from");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("business time to add must not be negative: " + amount);
    }
    Duration left = amount;
    LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
    for (int guard = 0; guard < 3_660_000; guard++, day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant open = windowStart(day);
      Instant close = windowEnd(day);
      Instant s = open.isAfter(from) ? open : from;
      if (!s.isBefore(close)) {
        continue;
      }
      Duration available = Duration.between(s, close);
      if (left.compareTo(available) <= 0) {
        if (left.isZero()) {
          return s;
        }
        return s.plus(left);
      }
      left = left.minus(available);
    }
    throw new IllegalStateException("business time " + amount + " does not fit in 10,000 years");
  }

  /**
   * Tells whether an instant falls in working hours on a business day.
   *
   * @param instant the instant
   * @return true when the calendar is open then
   */
  public boolean isOpen(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    for (LocalDate d : new LocalDate[] {day.minusDays(1), day}) {
      if (isBusinessDay(d) && !instant.isBefore(windowStart(d)) && instant.isBefore(windowEnd(d))) {
        return true;
      }
    }
    return false;
  }

  private Instant windowStart(LocalDate day) {
    return ZonedDateTime.of(day, opens, zone).toInstant();
  }

  private Instant windowEnd(LocalDate day) {
    if (closes.equals(LocalTime.MIDNIGHT)) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(day, closes, zone).toInstant();
  }

  /** Builds a {@link BusinessCalendar}. Not thread-safe; the calendar it builds is. */
  public static final class Builder {
    private final ZoneId zone;
    private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final Set<LocalDate> holidays = new TreeSet<>();
    private LocalTime opens = LocalTime.of(9, 0);
    private LocalTime closes = LocalTime.of(17, 0);

    private Builder(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Sets the working days of the week.
     *
     * @param days the working days, at least one
     * @return this builder
     */
    public Builder workingDays(Set<DayOfWeek> days) {
      this.workingDays = EnumSet.copyOf(requireNonNull(days, "days"));
      return this;
    }

    /**
     * Sets the working hours; {@code closes} of {@code 00:00} means midnight at the end of the day.
     *
     * @param opens when work starts
     * @param closes when work ends
     * @return this builder
     */
    public Builder workingHours(LocalTime opens, LocalTime closes) {
      this.opens = requireNonNull(opens, "opens");
      this.closes = requireNonNull(closes, "closes");
      return this;
    }

    /**
     * Adds holidays.
     *
     * @param days days off
     * @return this builder
     */
    public Builder holidays(Iterable<LocalDate> days) {
      for (LocalDate d : days) {
        holidays.add(requireNonNull(d, "holiday"));
      }
      return this;
    }

    /**
     * Adds one holiday.
     *
     * @param day a day off
     * @return this builder
     */
    public Builder holiday(LocalDate day) {
      holidays.add(requireNonNull(day, "holiday"));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}
