package dev.revops.benchmarks.dunning;

import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningConditions;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dunning ladder of the benchmark, as plain arrays (what the hand-written loop reads) and as a
 * validated revops {@link DunningPolicy} built from the same arrays. Offsets count from the due
 * date of the oldest unpaid receivable. Immutable.
 */
public final class Ladder {
  /** Step ids. */
  static final String[] IDS = {
    "pre-due", "day-1", "day-7", "day-14", "day-21", "day-30", "day-45", "day-60"
  };

  /** Offsets in days. */
  static final int[] OFFSETS = {-3, 1, 7, 14, 21, 30, 45, 60};

  /** Least open amount in USD cents for the step to apply; -1 for none. */
  static final long[] MIN_AMOUNT = {-1, -1, -1, 5_000, -1, 10_000, -1, -1};

  /** Least number of unpaid receivables; 0 for none. */
  static final int[] MIN_UNPAID = {0, 0, 0, 0, 0, 0, 0, 2};

  /** Whether a "vip" tag exempts the account from the step. */
  static final boolean[] VIP_EXEMPT = {false, false, false, false, true, false, false, false};

  /** The step's actions. */
  static final DunningAction[][] ACTIONS = {
    {DunningAction.EMAIL},
    {DunningAction.EMAIL},
    {DunningAction.SMS},
    {DunningAction.CALL_TASK, DunningAction.BLOCK_CHANGES},
    {DunningAction.VOICEMAIL_DROP},
    {DunningAction.SUSPEND_SERVICE, DunningAction.FINAL_NOTICE},
    {DunningAction.LETTER, DunningAction.CALL_TASK},
    {DunningAction.HAND_TO_AGENCY}
  };

  /** The tag that exempts an account from the voicemail step. */
  static final String VIP = "vip";

  /** The same ladder as a validated revops policy. */
  public static final DunningPolicy POLICY = policy();

  private Ladder() {}

  private static DunningPolicy policy() {
    List<DunningStep> steps = new ArrayList<>();
    for (int k = 0; k < IDS.length; k++) {
      DunningConditions when =
          new DunningConditions(
              MIN_AMOUNT[k] < 0 ? null : List.of(Money.ofMinor(MIN_AMOUNT[k], "USD")),
              MIN_UNPAID[k] == 0 ? null : MIN_UNPAID[k],
              null,
              VIP_EXEMPT[k] ? Set.of(VIP) : null,
              null);
      steps.add(DunningStep.of(IDS[k], OFFSETS[k], ACTIONS[k]).when(when));
    }
    return DunningPolicy.of("benchmark ladder", steps);
  }

  /**
   * Returns a step's index.
   *
   * @param id the step id
   * @return its index, -1 when unknown
   */
  static int index(String id) {
    for (int k = 0; k < IDS.length; k++) {
      if (IDS[k].equals(id)) {
        return k;
      }
    }
    return -1;
  }
}
