package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Where a lead came from: its first touch (kept when it is captured again, for first-touch
 * attribution) and how many captures it absorbed. Immutable and thread-safe.
 *
 * @param source where it first came from; never null
 * @param sourceDetail the event, page, list or campaign, or null
 * @param referredBy the referrer of a referral, or null
 * @param capturedAt when it was first captured; never null
 * @param captures how many captures it absorbed (1 for a lead captured once)
 */
public record LeadOrigin(
    LeadSource source, String sourceDetail, String referredBy, Instant capturedAt, int captures)
    implements OriginFields {

  /** Checks the required parts. */
  public LeadOrigin {
    requireNonNull(source, "source");
    requireNonNull(capturedAt, "capturedAt");
    if (captures < 1) {
      throw new IllegalArgumentException("captures must be at least 1, was " + captures);
    }
  }

  /**
   * Returns the origin of a first capture.
   *
   * @param capture where the capture came from
   * @return the origin, with one capture
   */
  public static LeadOrigin of(CaptureSource capture) {
    return new LeadOrigin(
        capture.source(), capture.sourceDetail(), capture.referredBy(), capture.capturedAt(), 1);
  }

  /**
   * Returns the same origin having absorbed one more capture.
   *
   * @return the copy
   */
  public LeadOrigin recaptured() {
    return new LeadOrigin(source, sourceDetail, referredBy, capturedAt, captures + 1);
  }
}
