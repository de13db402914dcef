package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A window the person said is inconvenient (or quiet hours they set), in their local time, on some
 * days of the week. A window whose end is before its start runs past midnight ({@code
 * 21:00-08:00}); the day is the day it starts. Immutable.
 *
 * @param from the start, inclusive
 * @param to the end, exclusive
 * @param days the days it starts on; all days when empty
 */
public record InconvenientTime(LocalTime from, LocalTime to, Set<DayOfWeek> days) {
  /** Checks the window is not empty. */
  public InconvenientTime {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    days =
        days == null || days.isEmpty()
            ? Set.copyOf(EnumSet.allOf(DayOfWeek.class))
            : Set.copyOf(days);
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          "an inconvenient time must not be empty: " + from + "-" + to);
    }
  }

  /**
   * A window on every day.
   *
   * @param from the start
   * @param to the end
   * @return the window
   */
  public static InconvenientTime daily(LocalTime from, LocalTime to) {
    return new InconvenientTime(from, to, Set.of());
  }

  /**
   * Tells whether a local date-time falls in the window.
   *
   * @param local the person's local date-time
   * @return true when inside
   */
  public boolean contains(ZonedDateTime local) {
    LocalTime t = local.toLocalTime();
    if (from.isBefore(to)) {
      return days.contains(local.getDayOfWeek()) && !t.isBefore(from) && t.isBefore(to);
    }
    // runs past midnight: the evening part belongs to today, the morning part to yesterday
    if (!t.isBefore(from)) {
      return days.contains(local.getDayOfWeek());
    }
    return t.isBefore(to) && days.contains(local.getDayOfWeek().minus(1));
  }
}
