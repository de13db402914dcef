package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A pause: from a day until another (null while it lasts), with or without billing. Immutable and
 * thread-safe.
 *
 * @param from the first paused day
 * @param until the first day after the pause, or null while paused
 * @param billed whether the paused days are still billed
 */
public record Pause(LocalDate from, LocalDate until, boolean billed) {
  /** Checks the dates. */
  public Pause {
    requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("pause ends " + until + " before it starts " + from);
    }
  }
}
