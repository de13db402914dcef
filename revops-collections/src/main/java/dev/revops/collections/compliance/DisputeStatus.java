package dev.revops.collections.compliance;

/** Whether the consumer disputed the debt (FDCPA 1692g(b)). */
public enum DisputeStatus {
  /** No dispute. */
  NONE,
  /** Disputed; collection stops until verification is sent. */
  DISPUTED,
  /** Disputed and verification was sent; collection may resume. */
  VERIFIED
}
