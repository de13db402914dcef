package dev.revops.collections.activity;

/** What kind of entry an activity is. */
public enum ActivityType {
  /** An intended contact that compliance allowed (and that was placed). */
  ATTEMPT_ALLOWED,
  /** An intended contact that compliance blocked; the entry names the blocking rules. */
  ATTEMPT_BLOCKED,
  /** An intended contact dropped because the latest payment settled the debt. */
  ATTEMPT_DROPPED_SETTLED,
  /** The outcome of an allowed attempt. */
  OUTCOME,
  /** A collector's note (a code, never free personal data). */
  NOTE
}
