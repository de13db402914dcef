package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * When a campaign's steps fall due for a person: a step is due once its delay has passed since the
 * person entered the campaign, and may go out only while the local time is inside the campaign's
 * send window in every zone the person may be in. Pure functions.
 */
public final class CampaignTiming {
  private CampaignTiming() {}

  /**
   * Returns when a step falls due for a person.
   *
   * @param step the step
   * @param enteredAt when the person entered the campaign
   * @return the instant
   */
  public static Instant dueAt(CampaignStep step, Instant enteredAt) {
    requireNonNull(step, "step");
    requireNonNull(enteredAt, "enteredAt");
    return enteredAt.plus(Duration.ofDays(step.delayDays()));
  }

  /**
   * Tells whether a step is due.
   *
   * @param step the step
   * @param enteredAt when the person entered
   * @param now the current instant
   * @return true once its delay has passed
   */
  public static boolean isDue(CampaignStep step, Instant enteredAt, Instant now) {
    return !dueAt(step, enteredAt).isAfter(now);
  }

  /**
   * Tells whether an instant is inside a send window in every one of a person's plausible zones.
   *
   * @param window the window
   * @param zones the zones, at least one
   * @param now the instant
   * @return true when the local time is inside the window in each zone
   */
  public static boolean insideWindow(SendWindow window, Set<ZoneId> zones, Instant now) {
    requireNonNull(window, "window");
    requireNonNull(now, "now");
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("at least one zone is needed");
    }
    for (ZoneId z : zones) {
      LocalTime local = LocalTime.ofInstant(now, z);
      if (!window.contains(local)) {
        return false;
      }
    }
    return true;
  }
}
