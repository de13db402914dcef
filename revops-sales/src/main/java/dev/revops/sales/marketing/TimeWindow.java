package dev.revops.sales.marketing;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window of local time, {@code [from, to)}, in the person's zone; it does not run past
 * midnight. In JSON: {@code {"from": "09:00", "to": "20:00"}}. Immutable.
 *
 * @param from the first local time inside, inclusive
 * @param to the first local time outside, exclusive; after {@code from}
 */
public record TimeWindow(@NotNull LocalTime from, @NotNull LocalTime to) {
  /** 08:00-21:00, the TCPA's telephone solicitation hours (47 CFR 64.1200(c)(1)). */
  public static final TimeWindow TCPA_HOURS =
      new TimeWindow(LocalTime.of(8, 0), LocalTime.of(21, 0));

  /**
   * Makes a window.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the window
   */
  public static TimeWindow of(LocalTime from, LocalTime to) {
    TimeWindow w = new TimeWindow(from, to);
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("a time window needs from before to, got " + w);
    }
    return w;
  }

  /**
   * Tells whether a local time is inside.
   *
   * @param local the local time
   * @return true when {@code from <= local < to}
   */
  public boolean contains(LocalTime local) {
    return !local.isBefore(from) && local.isBefore(to);
  }

  /**
   * Tells whether another window lies inside this one.
   *
   * @param other the other window
   * @return true when it starts no earlier and ends no later
   */
  public boolean covers(TimeWindow other) {
    return !other.from.isBefore(from) && !other.to.isAfter(to);
  }

  /**
   * Returns the first zone among these where an instant's local time falls outside, for a reason.
   *
   * @param at the instant
   * @param zones the plausible zones
   * @return the local date-time outside the window, or null when inside in every zone
   */
  ZonedDateTime firstOutside(java.time.Instant at, Iterable<ZoneId> zones) {
    for (ZoneId zone : zones) {
      ZonedDateTime local = at.atZone(zone);
      if (!contains(local.toLocalTime())) {
        return local;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return from + "-" + to;
  }
}
