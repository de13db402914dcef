package dev.revops.collections.guidance;

/** The debtor's sentiment in recent contacts, as the collector or a speech tool judged it. */
public enum Sentiment {
  /** Cooperative. */
  POSITIVE,
  /** Neither. */
  NEUTRAL,
  /** Upset or hostile. */
  NEGATIVE
}
