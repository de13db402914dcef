package dev.revops.sales.campaign;

/** Where a campaign is in its lifecycle ({@link CampaignLifecycle}). */
public enum CampaignStatus {
  /** Being written; nothing is sent. */
  DRAFT,
  /** Approved, with a start instant; nothing is sent before it. */
  SCHEDULED,
  /** Sending its steps to its audience. */
  RUNNING,
  /** Stopped for now; resumes where it stopped. */
  PAUSED,
  /** Every step has been sent; final. */
  COMPLETED,
  /** Stopped for good before it completed; final. */
  CANCELLED
}
