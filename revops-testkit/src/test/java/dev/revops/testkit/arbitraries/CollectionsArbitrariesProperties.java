package dev.revops.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtContactRequest;
import dev.revops.collections.compliance.DebtContactRules;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningEvaluator;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.ContactRequest;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The collections arbitraries generate valid values that exercise the dunning and contact rules.
 */
class CollectionsArbitrariesProperties {
  private static final AccountId ACCOUNT = AccountId.of("acc-1");
  private static final LocalDate DUE = LocalDate.of(2024, 3, 1);
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final Instant NOW = Instant.parse("2024-03-20T15:00:00Z");

  @Provide
  Arbitrary<DunningPolicy> policies() {
    return CollectionsArbitraries.dunningPolicies();
  }

  @Provide
  Arbitrary<List<ContactAttempt>> histories() {
    return CollectionsArbitraries.contactAttemptSequences(NOW);
  }

  @Provide
  Arbitrary<List<ContactAttempt>> denseHistories() {
    return CollectionsArbitraries.contactAttemptSequences(NOW, 8);
  }

  private static DunningFacts unpaidInvoice() {
    Money due = Money.of("500.00", "USD");
    Receivable r =
        new Receivable(
            ReceivableId.of("inv-1"), ACCOUNT, "INV-1", due, due, DUE.minusDays(30), DUE);
    return DunningFacts.of(ACCOUNT, ZONE, List.of(r));
  }

  private static Instant startOfDay(int daysAfterDue) {
    return DUE.plusDays(daysAfterDue).atStartOfDay(ZONE).toInstant();
  }

  @Property(tries = 1000)
  void generatedLaddersAscendAndEveryDueStepRunsOnceInOrderHoweverOftenDunningIsEvaluated(
      @ForAll("policies") DunningPolicy policy,
      @ForAll @IntRange(min = -12, max = 200) int lateDay,
      @ForAll @Size(max = 6) List<@IntRange(min = -12, max = 200) Integer> earlierDays) {
    Statistics.label("steps").collect(policy.steps().size());
    for (int i = 1; i < policy.steps().size(); i++) {
      assertThat(policy.steps().get(i).offsetDays())
          .isGreaterThan(policy.steps().get(i - 1).offsetDays());
    }
    DunningFacts facts = unpaidInvoice();
    Instant late = startOfDay(lateDay).plusSeconds(3600);

    DunningEvaluation once =
        DunningEvaluator.evaluate(DunningCase.start(ACCOUNT), facts, policy, late);

    DunningCase state = DunningCase.start(ACCOUNT);
    List<String> stepwise = new ArrayList<>();
    List<Instant> instants = new ArrayList<>();
    earlierDays.stream()
        .sorted()
        .filter(d -> d <= lateDay)
        .forEach(d -> instants.add(startOfDay(d)));
    instants.add(late);
    for (Instant at : instants) {
      DunningEvaluation e = DunningEvaluator.evaluate(state, facts, policy, at);
      e.actions().stream().map(DueAction::stepId).distinct().forEach(stepwise::add);
      state = e.next();
    }

    List<String> dueSteps =
        policy.steps().stream()
            .filter(s -> s.offsetDays() <= lateDay)
            .map(DunningStep::id)
            .toList();
    assertThat(once.actions().stream().map(DueAction::stepId).distinct().toList())
        .as("steps due by day %d, evaluated once", lateDay)
        .isEqualTo(dueSteps);
    assertThat(stepwise).as("steps run over %s", instants).isEqualTo(dueSteps);
    assertThat(state.executedSteps()).containsExactlyInAnyOrderElementsOf(dueSteps);
  }

  private static RuleOutcome.Verdict callVerdict(
      ContactRule<DebtContactRequest> rule, List<ContactAttempt> history) {
    ContactRequest call =
        new ContactRequest(
            ContactPreferences.none(ContactId.of("c-1")),
            Set.of(ZONE),
            Channel.PHONE,
            NOW,
            ContactRequest.Purpose.COLLECTION);
    return rule.evaluate(
            new DebtContactRequest(
                call,
                ACCOUNT,
                ReceivableId.of("inv-1"),
                DebtFacts.clean(),
                history,
                ContactKind.COLLECTION))
        .verdict();
  }

  @Property(tries = 1000)
  void theCallFrequencyRuleCountsOnlyCallsAndMoreHistoryNeverUnblocksACall(
      @ForAll("denseHistories") List<ContactAttempt> history,
      @ForAll("histories") List<ContactAttempt> more) {
    ContactRule<DebtContactRequest> rule = DebtContactRules.callFrequency();
    RuleOutcome.Verdict verdict = callVerdict(rule, history);
    Statistics.label("verdict").collect(verdict);
    Statistics.label("verdict").coverage(c -> c.check(RuleOutcome.Verdict.BLOCK).count(n -> n > 0));

    List<ContactAttempt> callsOnly = history.stream().filter(ContactAttempt::isCall).toList();
    assertThat(callVerdict(rule, callsOnly)).isEqualTo(verdict);
    if (callsOnly.size() < DebtContactRules.MAX_CALLS_IN_SEVEN_DAYS) {
      assertThat(verdict).isEqualTo(RuleOutcome.Verdict.ALLOW);
    }
    List<ContactAttempt> longer = new ArrayList<>(history);
    longer.addAll(more);
    if (verdict == RuleOutcome.Verdict.BLOCK) {
      assertThat(callVerdict(rule, longer)).isEqualTo(RuleOutcome.Verdict.BLOCK);
    }
  }

  @Property(tries = 1000)
  void aConversationInTheLastSevenDaysBlocksACallAndNoOtherAttemptDoes(
      @ForAll("histories") List<ContactAttempt> history) {
    boolean talkedRecently =
        history.stream()
            .anyMatch(
                a ->
                    a.isCall()
                        && a.conversation()
                        && !a.at()
                            .atZone(ZONE)
                            .toLocalDate()
                            .isBefore(NOW.atZone(ZONE).toLocalDate().minusDays(6)));
    assertThat(callVerdict(DebtContactRules.callAfterConversation(), history))
        .isEqualTo(talkedRecently ? RuleOutcome.Verdict.BLOCK : RuleOutcome.Verdict.ALLOW);
  }
}
