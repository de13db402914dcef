package dev.revops.sales.marketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * At most {@code maxContacts} marketing contacts per person in any rolling window of {@code
 * window}, across every campaign and channel. In JSON: {@code {"maxContacts": 3, "window": "P7D"}}.
 * Immutable.
 *
 * @param maxContacts contacts allowed in one window, 1 to 1,000
 * @param window the window's length, one hour to 366 days (ISO-8601, e.g. {@code "P7D"})
 */
public record FrequencyCap(
    @NotNull @Min(1) @Max(1000) Integer maxContacts, @NotNull Duration window) {
  /** The shortest window accepted. */
  public static final Duration MIN_WINDOW = Duration.ofHours(1);

  /** The longest window accepted. */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  /**
   * Makes a cap.
   *
   * @param maxContacts contacts allowed per window
   * @param window the window
   * @return the cap
   */
  public static FrequencyCap of(int maxContacts, Duration window) {
    return new FrequencyCap(maxContacts, window);
  }
}
