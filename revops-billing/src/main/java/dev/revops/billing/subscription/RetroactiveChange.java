package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A change to a subscription that took effect before the day it was made: a plan or quantity change
 * from the start of the current period, a cancellation that credits the period, a pause or a
 * resumption dated in the past, a trial that ended before it was noticed, a subscription created
 * with a start date in the past. The bill run normally reads an account's history only from its
 * watermark (see {@code dev.revops.billing.billrun.Watermark}); a retroactive change makes it read
 * again from {@code effective} until the account has been billed for a period that starts after
 * {@code madeOn}, that is until a run made after the change has billed it. Immutable and
 * thread-safe.
 *
 * @param effective the first day whose billing the change alters
 * @param madeOn the account's local date when the change was made (the day of its instant in the
 *     account's zone), or {@link LocalDate#MAX} when that instant was not given
 */
public record RetroactiveChange(LocalDate effective, LocalDate madeOn) {
  /** Checks the dates. */
  public RetroactiveChange {
    requireNonNull(effective, "effective");
    requireNonNull(madeOn, "madeOn");
    if (!effective.isBefore(madeOn)) {
      throw new IllegalArgumentException(
          "a retroactive change takes effect before it is made: " + effective + " vs " + madeOn);
    }
  }

  /**
   * Merges two changes into one that covers both: effective from the earlier day, made on the later
   * one (the bill run reads back further and for longer, never less).
   *
   * @param other the other change
   * @return the merged change
   */
  public RetroactiveChange merge(RetroactiveChange other) {
    return new RetroactiveChange(
        effective.isBefore(other.effective) ? effective : other.effective,
        madeOn.isAfter(other.madeOn) ? madeOn : other.madeOn);
  }
}
