package dev.revops.metrics.projection;

import dev.revops.metrics.collections.ContactOutcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many contact attempts had each outcome over some days. Mutable and not thread-safe: one
 * projection or batch owns it.
 */
final class ContactCounts {
  private long noContact;
  private long wrongParty;
  private long rightParty;
  private long promiseToPay;

  /** Counts one attempt. */
  void record(ContactOutcome outcome) {
    switch (outcome) {
      case NO_CONTACT -> noContact++;
      case WRONG_PARTY -> wrongParty++;
      case RIGHT_PARTY -> rightParty++;
      case PROMISE_TO_PAY -> promiseToPay++;
    }
  }

  /** Adds another day's (or partition's) counts to these. */
  void add(ContactCounts other) {
    noContact += other.noContact;
    wrongParty += other.wrongParty;
    rightParty += other.rightParty;
    promiseToPay += other.promiseToPay;
  }

  /** How many attempts had an outcome. */
  long count(ContactOutcome outcome) {
    return switch (outcome) {
      case NO_CONTACT -> noContact;
      case WRONG_PARTY -> wrongParty;
      case RIGHT_PARTY -> rightParty;
      case PROMISE_TO_PAY -> promiseToPay;
    };
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
