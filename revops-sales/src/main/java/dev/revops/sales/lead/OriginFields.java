package dev.revops.sales.lead;

import java.time.Instant;

/**
 * Where a lead or a capture comes from: the fields {@link CaptureSource} (as it arrives) and {@link
 * LeadOrigin} (the first touch a lead keeps) have in common.
 */
public interface OriginFields {
  /**
   * Returns where the lead came from.
   *
   * @return the source; null only in a capture that fails validation
   */
  LeadSource source();

  /**
   * Returns the event, page, list or campaign.
   *
   * @return the detail, or null
   */
  String sourceDetail();

  /**
   * Returns who referred the lead.
   *
   * @return the referrer, or null
   */
  String referredBy();

  /**
   * Returns when it was (first) captured.
   *
   * @return the instant; null only in a capture that fails validation
   */
  Instant capturedAt();
}
