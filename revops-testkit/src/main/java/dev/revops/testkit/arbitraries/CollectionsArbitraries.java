package dev.revops.testkit.arbitraries;

import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.compliance.DebtContactRules;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningConditions;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.core.consent.Channel;
import dev.revops.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for revops-collections: dunning ladders and the contact history the compliance
 * rules read. Ladders are built through {@link DunningPolicy#of}, which validates them (ascending
 * offsets, unique ids, only actions a policy may issue, one threshold per currency), so they are
 * always valid. Values shrink towards a one-step ladder that e-mails on the due date and an empty
 * history.
 *
 * <p>Stateless; the arbitraries are immutable and can be shared between threads. No method takes or
 * returns null.
 */
public final class CollectionsArbitraries {
  private CollectionsArbitraries() {}

  /**
   * The actions a policy may issue (everything but the evaluator's RESTORE_SERVICE and
   * UNBLOCK_CHANGES); shrinks to EMAIL.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DunningAction> policyActions() {
    List<DunningAction> allowed = new ArrayList<>();
    for (DunningAction a : DunningAction.values()) {
      if (a.allowedInPolicy()) {
        allowed.add(a);
      }
    }
    return Arbitraries.of(allowed);
  }

  /**
   * Step conditions that a debtor with at least one unpaid USD invoice of 100.00 or more and no
   * {@code vip} tag always meets: none, a USD threshold up to 100.00, at least one unpaid invoice,
   * or "not tagged vip". Useful where a test wants conditions in the ladder but needs every step to
   * run.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DunningConditions> conditionsMetByAnOrdinaryDebtor() {
    return Combinators.combine(
            CoreArbitraries.nonNegativeMoney(java.util.Currency.getInstance("USD"), 100)
                .injectNull(0.6),
            Arbitraries.integers().between(0, 1).injectNull(0.6),
            Arbitraries.of(false, true))
        .as(
            (threshold, minUnpaid, notVip) ->
                new DunningConditions(
                    threshold == null ? null : List.<Money>of(threshold),
                    minUnpaid,
                    null,
                    notVip ? Set.of("vip") : null,
                    null));
  }

  /**
   * Valid dunning ladders of 1 to 6 steps: the first step from 10 days before to 10 days after the
   * due date, each next one 1 to 30 days later; 1 to 3 distinct actions per step; conditions from
   * {@link #conditionsMetByAnOrdinaryDebtor()}. Step ids are {@code step-1}, {@code step-2}, ...
   *
   * @return the arbitrary
   */
  public static Arbitrary<DunningPolicy> dunningPolicies() {
    Arbitrary<DunningStep> shape =
        Combinators.combine(
                Arbitraries.integers().between(1, 30),
                policyActions().set().ofMinSize(1).ofMaxSize(3),
                conditionsMetByAnOrdinaryDebtor())
            .as((gap, actions, when) -> new DunningStep("s", gap, when, List.copyOf(actions)));
    return Combinators.combine(
            Arbitraries.integers().between(-10, 10).shrinkTowards(0),
            shape.list().ofMinSize(1).ofMaxSize(6))
        .as(
            (first, shapes) -> {
              List<DunningStep> steps = new ArrayList<>();
              int offset = first;
              for (int i = 0; i < shapes.size(); i++) {
                DunningStep s = shapes.get(i);
                if (i > 0) {
                  offset += s.offsetDays();
                }
                steps.add(
                    new DunningStep(
                        "step-" + (i + 1), offset, s.conditions(), sortedActions(s.actions())));
              }
              return DunningPolicy.of("generated", steps);
            });
  }

  private static List<DunningAction> sortedActions(List<DunningAction> actions) {
    return actions.stream().sorted().toList();
  }

  /**
   * Contact histories before an instant: 0 to 20 attempts on any channel within the 14 days before
   * {@code before} (at least a minute before it), in chronological order; a call may have reached a
   * conversation, other channels never do. Shrinks to an empty history.
   *
   * @param before the instant every attempt precedes
   * @return the arbitrary
   */
  public static Arbitrary<List<ContactAttempt>> contactAttemptSequences(Instant before) {
    return contactAttemptSequences(before, 14);
  }

  /**
   * Contact histories as {@link #contactAttemptSequences(Instant)} within a number of days before
   * {@code before}: a shorter window gives denser histories (more calls in 7 days).
   *
   * @param before the instant every attempt precedes
   * @param days the window in days, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<List<ContactAttempt>> contactAttemptSequences(Instant before, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    long window = Duration.ofDays(days).toMinutes();
    Arbitrary<ContactAttempt> attempt =
        Combinators.combine(
                Arbitraries.of(Channel.class),
                Arbitraries.longs().between(1, window),
                Arbitraries.integers().between(0, 3).map(i -> i == 3))
            .as(
                (channel, minutesBefore, talked) ->
                    new ContactAttempt(
                        channel,
                        before.minus(Duration.ofMinutes(minutesBefore)),
                        talked && DebtContactRules.isCall(channel)));
    return attempt
        .list()
        .ofMaxSize(20)
        .map(l -> l.stream().sorted(Comparator.comparing(ContactAttempt::at)).toList());
  }
}
