package dev.revops.core.time;

/** The unit of a billing interval. Immutable and thread-safe. */
public enum IntervalUnit {
  /** Calendar days. */
  DAY,
  /** Weeks of seven days. */
  WEEK,
  /** Calendar months; a day of month past the month's end clamps to its last day. */
  MONTH,
  /** Calendar years; Feb 29 clamps to Feb 28 in common years. */
  YEAR
}
