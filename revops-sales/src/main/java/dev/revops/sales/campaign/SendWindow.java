package dev.revops.sales.campaign;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * The hours of the day, in the contact's own time zone, in which a campaign's messages may go out:
 * from {@code from} (inclusive) until {@code until} (exclusive). For calls and texts it must lie
 * within 08:00-21:00, the hours the TCPA allows telephone solicitations in the called party's local
 * time (47 CFR 64.1200(c)(1)); marketing compliance checks every plausible zone at send time.
 * Immutable.
 *
 * @param from the first minute messages may go out
 * @param until the end of the window
 */
public record SendWindow(@NotNull LocalTime from, @NotNull LocalTime until) {
  /** The earliest a call or text may be placed. */
  public static final LocalTime CALLS_FROM = LocalTime.of(8, 0);

  /** The end of the hours a call or text may be placed. */
  public static final LocalTime CALLS_UNTIL = LocalTime.of(21, 0);

  /** The widest window calls and texts may have: 08:00-21:00. */
  public static final SendWindow TCPA_HOURS = new SendWindow(CALLS_FROM, CALLS_UNTIL);

  /**
   * Tells whether a local time is in the window.
   *
   * @param time the contact's local time
   * @return true from {@code from} up to, not including, {@code until}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(from) && time.isBefore(until);
  }

  /**
   * Tells whether this window lies within 08:00-21:00.
   *
   * @return true when calls and texts may use it
   */
  public boolean withinCallingHours() {
    return !from.isBefore(CALLS_FROM) && !until.isAfter(CALLS_UNTIL);
  }
}
