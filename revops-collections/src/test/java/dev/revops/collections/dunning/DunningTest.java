package dev.revops.collections.dunning;

import static dev.revops.collections.CollectionsFixtures.assertRejectedAt;
import static dev.revops.collections.dunning.DunningAction.BLOCK_CHANGES;
import static dev.revops.collections.dunning.DunningAction.CALL_TASK;
import static dev.revops.collections.dunning.DunningAction.EMAIL;
import static dev.revops.collections.dunning.DunningAction.RESTORE_SERVICE;
import static dev.revops.collections.dunning.DunningAction.SMS;
import static dev.revops.collections.dunning.DunningAction.SUSPEND_SERVICE;
import static dev.revops.collections.dunning.DunningAction.UNBLOCK_CHANGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.service.DunningService;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DunningTest {
  static final AccountId ACC = AccountId.of("acc-1");
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate DUE = LocalDate.parse("2026-03-01");

  static final String JSON =
      """
      {
        "name": "standard",
        "steps": [
          {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
          {"id": "first", "offsetDays": 1, "actions": ["EMAIL", "SMS"]},
          {"id": "call", "offsetDays": 10, "actions": ["CALL_TASK"],
           "conditions": {"minAmountDue": [{"amount": "50.00", "currency": "USD"}],
                          "tagsNone": ["vip"]}},
          {"id": "suspend", "offsetDays": 30, "actions": ["SUSPEND_SERVICE", "BLOCK_CHANGES"]},
          {"id": "agency", "offsetDays": 90, "actions": ["FINAL_NOTICE", "HAND_TO_AGENCY"]}
        ]
      }
      """;

  static final DunningPolicy POLICY = DunningPolicy.fromJson(JSON);

  static Receivable debt(String id, LocalDate due, String amount) {
    return CollectionsFixtures.receivable(id, ACC, amount, due);
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(NY).toInstant();
  }

  @Test
  void policyLoadsFromJson() {
    assertThat(POLICY.steps())
        .extracting(DunningStep::id)
        .containsExactly("reminder", "first", "call", "suspend", "agency");
    assertThat(POLICY.steps().get(2).conditions().minAmountDue())
        .containsExactly(Money.of("50", "USD"));
  }

  private static void rejects(String json, Consumer<List<Violation>> check) {
    assertThatThrownBy(() -> DunningPolicy.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> check.accept(e.violations()));
  }

  private static void rejectsAt(String json, String... paths) {
    assertRejectedAt(() -> DunningPolicy.fromJson(json), paths);
  }

  @Test
  void wrongTypeMissingAndUnknownFieldsAreNamedByPath() {
    rejects(
        JSON.replace("\"offsetDays\": 10", "\"offsetDays\": \"ten\""),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.steps[2].offsetDays");
          assertThat(v.get(0).message()).contains("line");
        });
    rejectsAt(JSON.replace("\"offsetDays\": 30, ", ""), "$.steps[3].offsetDays");
    rejectsAt(JSON.replace("\"tagsNone\"", "\"tagz\""), "$.steps[2].conditions.tagz");
    rejectsAt(JSON.replace("\"SUSPEND_SERVICE\"", "\"SUSPEND\""), "$.steps[3].actions[0]");
  }

  @Test
  void ladderConsistencyIsChecked() {
    rejectsAt(JSON.replace("\"offsetDays\": 30", "\"offsetDays\": 5"), "$.steps[3].offsetDays");
    rejectsAt(JSON.replace("\"id\": \"agency\"", "\"id\": \"first\""), "$.steps[4].id");
    rejectsAt(
        JSON.replace("[\"FINAL_NOTICE\", ", "[\"RESTORE_SERVICE\", "), "$.steps[4].actions[0]");
  }

  @Test
  void aStepOutOfOrderIsComparedWithTheStepBeforeIt() {
    DunningPolicy ok =
        DunningPolicy.of(
            "two", List.of(DunningStep.of("a", 1, EMAIL), DunningStep.of("b", 10, SMS)));
    assertThat(ok.steps()).extracting(DunningStep::offsetDays).containsExactly(1, 10);
    assertThat(DunningPolicy.fromJson(JSON).steps()).hasSize(5);
    assertThatThrownBy(
            () ->
                DunningPolicy.of(
                    "three",
                    List.of(
                        DunningStep.of("a", 1, EMAIL),
                        DunningStep.of("b", 10, SMS),
                        DunningStep.of("c", 7, EMAIL))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.path()).isEqualTo("$.steps[2].offsetDays");
                          assertThat(v.message()).endsWith("previous step's 10");
                        }));
  }

  @Test
  void outOfRangeNumbersAreRefusedWithTheirPaths() {
    // a negative threshold would make the step apply to every account (was accepted)
    rejects(
        JSON.replace("\"amount\": \"50.00\"", "\"amount\": \"-50.00\""),
        v -> {
          assertThat(v)
              .extracting(Violation::path)
              .containsExactly("$.steps[2].conditions.minAmountDue[0]");
          assertThat(v.get(0).message()).contains("must not be negative", "USD -50.00");
        });
    // a zero threshold is valid: any open amount in that currency reaches it
    assertThat(
            DunningPolicy.fromJson(JSON.replace("\"amount\": \"50.00\"", "\"amount\": \"0\""))
                .steps()
                .get(2)
                .conditions()
                .minAmountDue())
        .containsExactly(Money.of("0", "USD"));
    // offsets further than ten years from the due date (Integer.MAX_VALUE overflowed the calendar)
    rejects(
        JSON.replace("\"offsetDays\": 90", "\"offsetDays\": 2147483647"),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.steps[4].offsetDays");
          assertThat(v.get(0).message()).contains("less than or equal to 3650", "line");
        });
    rejects(
        JSON.replace("\"offsetDays\": -3", "\"offsetDays\": -3651"),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.steps[0].offsetDays");
          assertThat(v.get(0).message()).contains("greater than or equal to -3650");
        });
    assertThat(
            DunningPolicy.fromJson(
                    JSON.replace("\"offsetDays\": -3", "\"offsetDays\": -3650")
                        .replace("\"offsetDays\": 90", "\"offsetDays\": 3650"))
                .steps()
                .get(4)
                .offsetDays())
        .isEqualTo(DunningStep.MAX_OFFSET_DAYS);
    rejectsAt(JSON.replace("\"offsetDays\": 90", "\"offsetDays\": 90.5"), "$.steps[4].offsetDays");
    rejectsAt(
        JSON.replace("\"tagsNone\": [\"vip\"]", "\"minUnpaidInvoices\": -1"),
        "$.steps[2].conditions.minUnpaidInvoices");
    // the same checks for a policy built in code
    assertThatThrownBy(
            () ->
                DunningPolicy.of(
                    "code",
                    List.of(
                        DunningStep.of("far", 5000, EMAIL),
                        DunningStep.of("neg", 6000, EMAIL)
                            .when(DunningConditions.minAmount(Money.of("-1", "USD"))))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .contains("steps[0].offsetDays", "steps[1].offsetDays"));
  }

  @Test
  void aNullOrEmptyDocumentIsAnInvalidInputAtTheRoot() {
    for (String json : new String[] {null, "null", "", "  "}) {
      assertRejectedAt(() -> DunningPolicy.fromJson(json), "$");
    }
  }

  @Test
  void reminderBeforeDueThenStepsInOrderWithTheNextInstantFromTheThresholds() {
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(debt("r1", DUE, "100.00")));
    DunningCase s = DunningCase.start(ACC);

    DunningEvaluation e = DunningEvaluator.evaluate(s, facts, POLICY, at(DUE.minusDays(5), 9));
    assertThat(e.actions()).isEmpty();
    assertThat(e.nextEvaluation()).contains(DUE.minusDays(3).atStartOfDay(NY).toInstant());

    e = DunningEvaluator.evaluate(e.next(), facts, POLICY, e.nextEvaluationAt());
    assertThat(e.actions()).extracting(DueAction::action).containsExactly(EMAIL);
    assertThat(e.nextEvaluation()).contains(DUE.plusDays(1).atStartOfDay(NY).toInstant());

    e = DunningEvaluator.evaluate(e.next(), facts, POLICY, e.nextEvaluationAt());
    assertThat(e.actions()).extracting(DueAction::action).containsExactly(EMAIL, SMS);
    assertThat(e.events()).hasAtLeastOneElementOfType(PaymentOverdue.class);
  }

  @Test
  void aPartialPaymentCannotMakeTheLadderSkipAStep() {
    // Kill Bill #2297: after a partial payment the next run was scheduled from the payment and
    // landed past a threshold. Here the next instant always comes from the thresholds, and a late
    // run catches up every missed step in order.
    Receivable r = debt("r1", DUE, "100.00");
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(r));
    DunningEvaluation e =
        DunningEvaluator.evaluate(DunningCase.start(ACC), facts, POLICY, at(DUE.plusDays(2), 12));
    assertThat(e.next().executedSteps()).containsExactly("reminder", "first");

    DunningFacts partial = facts.withReceivables(List.of(r.withAmountDue(Money.of("60", "USD"))));
    e = DunningEvaluator.evaluate(e.next(), partial, POLICY, at(DUE.plusDays(5), 15));
    assertThat(e.actions()).isEmpty();
    assertThat(e.nextEvaluation()).contains(DUE.plusDays(10).atStartOfDay(NY).toInstant());

    // the host only comes back on day 40: both the call and the suspension run, in order
    e = DunningEvaluator.evaluate(e.next(), partial, POLICY, at(DUE.plusDays(40), 8));
    assertThat(e.actions())
        .extracting(DueAction::action)
        .containsExactly(CALL_TASK, SUSPEND_SERVICE, BLOCK_CHANGES);
  }

  @Test
  void conditionsThatFailKeepTheStepPendingUntilTheyHold() {
    Receivable r = debt("r1", DUE, "40.00");
    DunningFacts small = DunningFacts.of(ACC, NY, List.of(r));
    DunningEvaluation e =
        DunningEvaluator.evaluate(DunningCase.start(ACC), small, POLICY, at(DUE.plusDays(12), 9));
    assertThat(e.next().executedSteps()).containsExactly("reminder", "first");
    DunningFacts vip = small.withTags(Set.of("vip"), null);
    DunningFacts bigger = vip.withReceivables(List.of(r, debt("r2", DUE.plusDays(5), "30.00")));
    e = DunningEvaluator.evaluate(e.next(), bigger, POLICY, at(DUE.plusDays(13), 9));
    assertThat(e.actions()).isEmpty();
    e =
        DunningEvaluator.evaluate(
            e.next(), bigger.withTags(Set.of(), null), POLICY, at(DUE.plusDays(13), 9));
    assertThat(e.actions()).extracting(DueAction::action).containsExactly(CALL_TASK);
  }

  @Test
  void reEvaluatingAtTheSameInstantDoesNothingTwice() {
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(debt("r1", DUE, "100.00")));
    Instant now = at(DUE.plusDays(31), 10);
    DunningEvaluation first = DunningEvaluator.evaluate(DunningCase.start(ACC), facts, POLICY, now);
    assertThat(first.actions()).hasSize(6);
    DunningEvaluation again = DunningEvaluator.evaluate(first.next(), facts, POLICY, now);
    assertThat(again.actions()).isEmpty();
    assertThat(again.events()).isEmpty();
    assertThat(again.next()).isEqualTo(first.next());
  }

  @Test
  void paymentInFullEndsDunningAndLiftsTheSuspension() {
    Receivable r = debt("r1", DUE, "100.00");
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(r));
    DunningEvaluation e =
        DunningEvaluator.evaluate(DunningCase.start(ACC), facts, POLICY, at(DUE.plusDays(31), 10));
    assertThat(e.next().suspended()).isTrue();
    DunningFacts paid = facts.withReceivables(List.of(r.withAmountDue(Money.of("0", "USD"))));
    e = DunningEvaluator.evaluate(e.next(), paid, POLICY, at(DUE.plusDays(32), 10));
    assertThat(e.actions())
        .extracting(DueAction::action)
        .containsExactly(RESTORE_SERVICE, UNBLOCK_CHANGES);
    assertThat(e.events()).singleElement().isInstanceOf(DunningEnded.class);
    assertThat(e.next().isActive()).isFalse();
    assertThat(e.nextEvaluation()).isEmpty();
    assertThat(
            DunningEvaluator.evaluate(e.next(), paid, POLICY, at(DUE.plusDays(33), 10)).actions())
        .isEmpty();
  }

  @Test
  void aCurrentPaymentPlanPausesDunningForItsDebt() {
    Receivable r = debt("r1", DUE, "100.00");
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(r)).withPaused(Set.of(r.id()));
    DunningEvaluation e =
        DunningEvaluator.evaluate(DunningCase.start(ACC), facts, POLICY, at(DUE.plusDays(40), 10));
    assertThat(e.actions()).isEmpty();
    assertThat(e.nextEvaluation()).isEmpty();
    // the plan defaults: dunning resumes and catches up
    e =
        DunningEvaluator.evaluate(
            e.next(), facts.withPaused(Set.of()), POLICY, at(DUE.plusDays(41), 10));
    assertThat(e.next().executedSteps()).containsExactly("reminder", "first", "call", "suspend");
  }

  @Test
  void theServiceStoresStateAndPublishesAlerts() {
    InMemoryRepository<AccountId, DunningCase> repo = new InMemoryRepository<>("DunningCase");
    InMemoryEventPublisher events = new InMemoryEventPublisher();
    DunningService service = new DunningService(repo, events);
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(debt("r1", DUE, "100.00")));
    DunningEvaluation e = service.run(facts, POLICY, at(DUE.plusDays(2), 10));
    assertThat(e.actions()).hasSize(3);
    assertThat(repo.get(ACC).executedSteps()).containsExactly("reminder", "first");
    assertThat(events.published(PaymentOverdue.class)).hasSize(1);
    assertThat(service.run(facts, POLICY, at(DUE.plusDays(2), 10)).actions()).isEmpty();
    assertThat(events.published(PaymentOverdue.class)).hasSize(1);
  }

  @Test
  void payingBeforeAnyStepRanEndsQuietly() {
    Receivable r = debt("r1", DUE, "100.00");
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(r));
    DunningEvaluation e =
        DunningEvaluator.evaluate(DunningCase.start(ACC), facts, POLICY, at(DUE.minusDays(10), 9));
    assertThat(e.next().anchor()).isEqualTo(DUE);
    DunningFacts paid = facts.withReceivables(List.of(r.withAmountDue(Money.of("0", "USD"))));
    e = DunningEvaluator.evaluate(e.next(), paid, POLICY, at(DUE.minusDays(9), 9));
    assertThat(e.actions()).isEmpty();
    assertThat(e.events()).isEmpty();
    assertThat(e.next()).isEqualTo(DunningCase.start(ACC));
  }
}
