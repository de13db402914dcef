package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates dunning as a pure function {@code (state, facts, policy, now) -> actions due now + next
 * instant + new state}.
 *
 * <ul>
 *   <li>Steps count from the due date of the oldest unpaid receivable (the most overdue invoice
 *       decides, as in Odoo). A step is due from 00:00 of {@code anchor + offsetDays} in the
 *       debtor's zone. Paying the oldest invoice moves the anchor; steps that already ran in the
 *       episode stay done until everything is paid.
 *   <li>Every due step that has not run and whose conditions hold runs now, in ladder order; a late
 *       evaluation catches up instead of jumping, so no partial payment or evaluation schedule can
 *       make a step be skipped (Kill Bill #2297). A due step whose conditions do not hold stays
 *       pending and runs as soon as they do.
 *   <li>The next evaluation instant is the due instant of the next pending step, computed from the
 *       thresholds, never a fixed interval after the last run.
 *   <li>Executed step ids live in the state, so evaluating again at the same instant does nothing.
 *   <li>Receivables under a current payment plan are left out. When nothing is owed any more the
 *       episode ends and a suspension or change block is lifted.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class DunningEvaluator {
  /** The step id of the actions issued when an episode ends. */
  public static final String PAID_IN_FULL = "paid-in-full";

  private DunningEvaluator() {}

  /**
   * Evaluates dunning.
   *
   * @param state the account's dunning state
   * @param facts the account's receivables and attributes now
   * @param policy the ladder
   * @param now the instant of evaluation
   * @return the new state, the actions due now, the next instant and the events
   */
  public static DunningEvaluation evaluate(
      DunningCase state, DunningFacts facts, DunningPolicy policy, Instant now) {
    requireNonNull(state, "state");
    requireNonNull(facts, "facts");
    requireNonNull(policy, "policy");
    requireNonNull(now, "now");
    if (!state.id().equals(facts.account())) {
      throw new IllegalArgumentException(
          "dunning state of " + state.id() + " evaluated with facts of " + facts.account());
    }
    LocalDate today = now.atZone(facts.zone()).toLocalDate();
    List<DomainEvent> events = new ArrayList<>();
    List<DueAction> actions = new ArrayList<>();

    // loops, not streams, and one time-zone conversion: a dunning run evaluates every delinquent
    // account every day
    boolean allSettled = true;
    for (Receivable r : facts.receivables()) {
      allSettled &= r.isSettled();
    }
    if (allSettled) {
      if (!state.isActive()) {
        // nothing ran in this episode: go idle quietly
        DunningCase idle =
            new DunningCase(state.id(), null, List.of(), Set.of(), false, false, state.version());
        return new DunningEvaluation(idle, List.of(), null, List.of());
      }
      String key = state.id() + ":" + state.anchor() + ":" + PAID_IN_FULL + ":";
      if (state.suspended()) {
        actions.add(
            new DueAction(
                state.id(), PAID_IN_FULL, DunningAction.RESTORE_SERVICE, key + "RESTORE_SERVICE"));
      }
      if (state.changesBlocked()) {
        actions.add(
            new DueAction(
                state.id(), PAID_IN_FULL, DunningAction.UNBLOCK_CHANGES, key + "UNBLOCK_CHANGES"));
      }
      events.add(new DunningEnded(state.id(), state.anchor(), now));
      DunningCase ended =
          new DunningCase(state.id(), null, List.of(), Set.of(), false, false, state.version());
      return new DunningEvaluation(ended, actions, null, events);
    }

    List<Receivable> open = new ArrayList<>();
    for (Receivable r : facts.receivables()) {
      if (!r.isSettled() && !facts.paused().contains(r.id())) {
        open.add(r);
      }
    }
    Set<ReceivableId> alerted = new LinkedHashSet<>(state.alerted());
    if (!alerted.isEmpty()) {
      Set<ReceivableId> stillOpen = new HashSet<>();
      for (Receivable r : facts.receivables()) {
        if (!r.isSettled()) {
          stillOpen.add(r.id());
        }
      }
      alerted.retainAll(stillOpen);
    }
    if (open.isEmpty()) {
      // everything left is under a current plan: dunning is paused, nothing waits on time
      DunningCase paused =
          new DunningCase(
              state.id(),
              state.anchor(),
              state.executedSteps(),
              alerted,
              state.suspended(),
              state.changesBlocked(),
              state.version());
      return new DunningEvaluation(paused, List.of(), null, List.of());
    }

    LocalDate anchor = open.get(0).dueOn();
    Map<String, Money> openByCurrency = new HashMap<>();
    for (Receivable r : open) {
      if (r.dueOn().isBefore(anchor)) {
        anchor = r.dueOn();
      }
      openByCurrency.merge(r.amountDue().currency().getCurrencyCode(), r.amountDue(), Money::plus);
      if (r.daysPastDue(today) > 0 && alerted.add(r.id())) {
        events.add(new PaymentOverdue(r.account(), r.id(), r.dueOn(), r.amountDue(), now));
      }
    }
    // paying the oldest invoice moves the anchor to the next oldest; steps already run stay done
    LocalDate episodeAnchor = anchor;

    List<String> executed = new ArrayList<>(state.executedSteps());
    boolean suspended = state.suspended();
    boolean blocked = state.changesBlocked();
    // the earliest day a pending step falls due; its first instant is the next evaluation (the
    // start of a later day is never before the start of an earlier one, DST or not)
    LocalDate nextDay = null;
    for (DunningStep step : policy.steps()) {
      if (executed.contains(step.id())) {
        continue;
      }
      LocalDate dueOn = episodeAnchor.plusDays(step.offsetDays());
      if (today.isBefore(dueOn)) {
        if (nextDay == null || dueOn.isBefore(nextDay)) {
          nextDay = dueOn;
        }
        continue;
      }
      if (!step.conditions()
          .holds(openByCurrency, open.size(), facts.tags(), facts.lastDeclineReason())) {
        continue;
      }
      executed.add(step.id());
      for (DunningAction a : step.actions()) {
        actions.add(
            new DueAction(
                state.id(),
                step.id(),
                a,
                state.id() + ":" + episodeAnchor + ":" + step.id() + ":" + a));
        suspended |= a == DunningAction.SUSPEND_SERVICE;
        blocked |= a == DunningAction.BLOCK_CHANGES;
      }
      events.add(new DunningStepReached(state.id(), step.id(), episodeAnchor, step.actions(), now));
    }
    Instant next = nextDay == null ? null : nextDay.atStartOfDay(facts.zone()).toInstant();
    DunningCase after =
        new DunningCase(
            state.id(), episodeAnchor, executed, alerted, suspended, blocked, state.version());
    return new DunningEvaluation(after, actions, next, events);
  }
}
