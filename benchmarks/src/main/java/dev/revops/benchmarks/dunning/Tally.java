package dev.revops.benchmarks.dunning;

import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.dunning.DunningAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a pass over the book produced, in counts both contenders must agree on: actions due per
 * kind, overdue alerts, the sum of next-evaluation instants, contacts allowed, and contacts blocked
 * per compliance rule. Mutable; not thread-safe.
 */
public final class Tally {
  /** The compliance rule ids in evaluation order; {@link #blockedByRule} follows it. */
  static final List<String> RULES = new ArrayList<>(CollectionsContactPolicy.REGULATIONS.keySet());

  final long[] actions = new long[DunningAction.values().length];
  final long[] blockedByRule = new long[RULES.size()];
  long accounts;
  long alerts;
  long nextEvaluationSeconds;
  long allowed;
  long blocked;

  /** Makes an empty tally. */
  Tally() {}

  /**
   * Tells whether another tally has the same counts.
   *
   * @param other the other tally
   * @return true when every count is equal
   */
  boolean sameAs(Tally other) {
    return Arrays.equals(actions, other.actions)
        && Arrays.equals(blockedByRule, other.blockedByRule)
        && accounts == other.accounts
        && alerts == other.alerts
        && nextEvaluationSeconds == other.nextEvaluationSeconds
        && allowed == other.allowed
        && blocked == other.blocked;
  }

  @Override
  public String toString() {
    return "accounts="
        + accounts
        + " actions="
        + Arrays.toString(actions)
        + " alerts="
        + alerts
        + " next="
        + nextEvaluationSeconds
        + " allowed="
        + allowed
        + " blocked="
        + blocked
        + " byRule="
        + Arrays.toString(blockedByRule);
  }
}
