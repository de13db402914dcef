package dev.revops.sales.marketing;

/**
 * Why the host excludes a contact from marketing, whatever the campaign (DOMAIN.md section 7: a
 * contact under a collections cease request, dispute or do-not-contact flag is not a marketing
 * target either).
 */
public enum ExclusionReason {
  /** The person asked collections to cease communication (FDCPA 15 U.S.C. 1692c(c)). */
  COLLECTIONS_CEASE,
  /** Collections' rules block contact (do-not-contact flag, bankruptcy stay, deceased). */
  COLLECTIONS_BLOCKED,
  /**
   * An open dispute (a disputed debt or charge, FDCPA 15 U.S.C. 1692g(b), or an open complaint).
   */
  OPEN_DISPUTE
}
