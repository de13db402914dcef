package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

/**
 * What one arm has seen so far: contacts exposed and contacts that converted (each contact counts
 * once). Immutable and thread-safe.
 *
 * @param arm the arm's name
 * @param contacts contacts assigned and exposed, at least 0
 * @param conversions contacts that converted, between 0 and {@code contacts}
 */
public record ArmCounts(String arm, long contacts, long conversions) {
  /** Checks the counts. */
  public ArmCounts {
    requireNonNull(arm, "arm");
    if (contacts < 0 || conversions < 0 || conversions > contacts) {
      throw new IllegalArgumentException(
          "arm "
              + arm
              + ": need 0 <= conversions <= contacts, got "
              + conversions
              + " of "
              + contacts);
    }
  }

  /**
   * Returns the observed conversion rate.
   *
   * @return conversions / contacts, 0 with no contact
   */
  public double rate() {
    return contacts == 0 ? 0.0 : (double) conversions / contacts;
  }
}
