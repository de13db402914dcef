package dev.revops.billing.subscription;

/** What happens to a subscription when payment retries run out. Immutable and thread-safe. */
public enum ExhaustedAction {
  /** Cancel it. */
  CANCEL,
  /** Mark it unpaid: invoices are still created but not collected. */
  MARK_UNPAID,
  /** Leave it past due. */
  LEAVE_PAST_DUE
}
