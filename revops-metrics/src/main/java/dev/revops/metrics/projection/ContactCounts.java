package dev.revops.metrics.projection;

import dev.revops.core.consent.ContactOutcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many contact attempts had each outcome over some days. Mutable and not thread-safe: one
 * projection or batch owns it.
 */
final class ContactCounts {
  private static final int OUTCOMES = ContactOutcome.values().length;
  private final long[] counts = new long[OUTCOMES];

  /** Counts one attempt. */
  void record(ContactOutcome outcome) {
    counts[outcome.ordinal()]++;
  }

  /** Adds another day's (or partition's) counts to these. */
  void add(ContactCounts other) {
    for (int i = 0; i < OUTCOMES; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** How many attempts had an outcome. */
  long count(ContactOutcome outcome) {
    return counts[outcome.ordinal()];
  }

  /** The report's counts, every outcome present. */
  Map<ContactOutcome, Long> toMap() {
    Map<ContactOutcome, Long> counts = new EnumMap<>(ContactOutcome.class);
    for (ContactOutcome o : ContactOutcome.values()) {
      counts.put(o, count(o));
    }
    return counts;
  }
}
