package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem a retirement can have, each named by its path. */
class RetirementScheduleTest {
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  static final PlanRetirement OK = PlanRetirement.of("legacy", FROM, "standard");

  static List<Violation> problems(PlanRetirement... rs) {
    return RetirementSchedule.problems(CATALOG, List.of(rs));
  }

  static void assertOnly(List<Violation> found, String path, String messagePart) {
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo(path);
    assertThat(found.get(0).message()).contains(messagePart);
  }

  @Test
  void aGoodRetirementHasNoProblemAndIsFoundByPlan() {
    assertThat(problems(OK)).isEmpty();
    RetirementSchedule s = RetirementSchedule.of(CATALOG, List.of(OK));
    assertThat(s.forPlan("legacy")).contains(OK);
    assertThat(s.forPlan("standard")).isEmpty();
    assertThat(RetirementSchedule.none().retirements()).isEmpty();
  }

  @Test
  void planIdIsRequiredKnownAndRetiredOnce() {
    assertOnly(
        problems(
            new PlanRetirement(null, FROM, "standard", 30, PricePolicy.successorPrice(), null)),
        "$.retirements[0].planId",
        "required");
    assertOnly(
        problems(PlanRetirement.of(" ", FROM, "standard")), "$.retirements[0].planId", "required");
    assertOnly(
        problems(PlanRetirement.of("gone", FROM, "standard")),
        "$.retirements[0].planId",
        "unknown plan 'gone'");
    List<Violation> twice = problems(OK, PlanRetirement.of("legacy", FROM.plusDays(1), "standard"));
    assertOnly(twice, "$.retirements[1].planId", "already retired at $.retirements[0]");
  }

  @Test
  void retiredFromIsRequired() {
    assertOnly(
        problems(PlanRetirement.of("legacy", null, "standard")),
        "$.retirements[0].retiredFrom",
        "required");
  }

  @Test
  void noticeDaysAreBetweenZeroAndTheMaximum() {
    assertThat(problems(OK.withNoticeDays(0))).isEmpty();
    assertThat(problems(OK.withNoticeDays(PlanRetirement.MAX_NOTICE_DAYS))).isEmpty();
    assertOnly(problems(OK.withNoticeDays(-1)), "$.retirements[0].noticeDays", ">= 0, got -1");
    assertOnly(
        problems(OK.withNoticeDays(PlanRetirement.MAX_NOTICE_DAYS + 1)),
        "$.retirements[0].noticeDays",
        "at most 730");
  }

  @Test
  void thePricePolicyIsRequiredAndGrandfatheringNeedsAtLeastOnePeriod() {
    assertThat(problems(OK.withPricePolicy(PricePolicy.grandfathered(1)))).isEmpty();
    assertOnly(problems(OK.withPricePolicy(null)), "$.retirements[0].pricePolicy", "required");
    assertOnly(
        problems(OK.withPricePolicy(new PricePolicy(null, null))),
        "$.retirements[0].pricePolicy.kind",
        "required");
    assertOnly(
        problems(OK.withPricePolicy(new PricePolicy(PricePolicyKind.GRANDFATHERED, 0))),
        "$.retirements[0].pricePolicy.grandfatheredPeriods",
        ">= 1 for GRANDFATHERED, got 0");
    assertOnly(
        problems(OK.withPricePolicy(new PricePolicy(PricePolicyKind.GRANDFATHERED, null))),
        "$.retirements[0].pricePolicy.grandfatheredPeriods",
        ">= 1 for GRANDFATHERED, got null");
    assertOnly(
        problems(OK.withPricePolicy(new PricePolicy(PricePolicyKind.SUCCESSOR_PRICE, 2))),
        "$.retirements[0].pricePolicy.grandfatheredPeriods",
        "only a GRANDFATHERED policy");
    assertThatThrownBy(() -> PricePolicy.grandfathered(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grandfatheredPeriods must be >= 1");
  }

  @Test
  void theSuccessorIsRequiredKnownAndNotThePlanItself() {
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, null)),
        "$.retirements[0].successorPlanId",
        "required");
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, "nope")),
        "$.retirements[0].successorPlanId",
        "unknown plan 'nope'");
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, "legacy")),
        "$.retirements[0].successorPlanId",
        "cannot succeed itself");
  }

  @Test
  void theSuccessorMustNotBeRetiredItselfSoNoChainsAndNoCycles() {
    List<Violation> chain = problems(OK, PlanRetirement.of("standard", FROM, "starter"));
    assertOnly(
        chain,
        "$.retirements[0].successorPlanId",
        "'standard' is itself retired (at $.retirements[1])");

    List<Violation> cycle = problems(OK, PlanRetirement.of("standard", FROM, "legacy"));
    assertThat(cycle)
        .extracting(Violation::path, Violation::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "$.retirements[0].successorPlanId",
                "successors form a cycle: legacy -> standard -> legacy"));
    assertThat(cycle).filteredOn(v -> v.message().contains("itself retired")).hasSize(2);
    assertThat(cycle).filteredOn(v -> v.message().contains("cycle")).hasSize(1);
  }

  @Test
  void theSuccessorMustBillInEveryCurrencyOfTheRetiredPlan() {
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, "us-only")),
        "$.retirements[0].successorPlanId",
        "'us-only' has no price in EUR, which 'legacy' bills in");
    assertThat(problems(PlanRetirement.of("us-only", FROM, "legacy"))).isEmpty();
    assertThat(problems(PlanRetirement.of("legacy", FROM, "free")))
        .as("free bills anywhere")
        .isEmpty();
    assertOnly(
        problems(PlanRetirement.of("free", FROM, "legacy")),
        "$.retirements[0].successorPlanId",
        "has no prices, so its subscribers may bill in any currency");
  }

  @Test
  void anotherBillingIntervalNeedsAReasonAndTheSameIntervalNone() {
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, "annual")),
        "$.retirements[0].intervalChangeReason",
        "say why");
    assertThat(
            problems(
                PlanRetirement.of("legacy", FROM, "annual")
                    .withIntervalChangeReason("monthly billing is discontinued")))
        .isEmpty();
    assertOnly(
        problems(PlanRetirement.of("legacy", FROM, "annual").withIntervalChangeReason(" ")),
        "$.retirements[0].intervalChangeReason",
        "say why");
    assertOnly(
        problems(OK.withIntervalChangeReason("why not")),
        "$.retirements[0].intervalChangeReason",
        "there is no interval change");
  }

  @Test
  void ofReportsEveryProblemAtOnceAndWithChecksTheNewOneWithTheOthers() {
    assertThatThrownBy(
            () ->
                RetirementSchedule.of(
                    CATALOG, List.of(new PlanRetirement("gone", null, "nope", -3, null, null))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly(
                        "$.retirements[0].planId",
                        "$.retirements[0].retiredFrom",
                        "$.retirements[0].noticeDays",
                        "$.retirements[0].pricePolicy",
                        "$.retirements[0].successorPlanId"));
    RetirementSchedule one = RetirementSchedule.of(CATALOG, List.of(OK));
    assertThatThrownBy(() -> one.with(CATALOG, PlanRetirement.of("standard", FROM, "starter")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("itself retired");
  }

  @Test
  void aRetiredPlanIsClosedToSalesFromItsDateWithAnErrorNamingPlanDateAndSuccessor() {
    OK.checkOpenForSale(FROM.minusDays(1), FROM.minusDays(1));
    assertThatThrownBy(() -> OK.checkOpenForSale(FROM, FROM))
        .isInstanceOf(PlanRetiredException.class)
        .hasMessageContaining("plan 'legacy' is retired from 2026-03-01")
        .hasMessageContaining("successor 'standard'")
        .hasMessageContaining("a sale on 2026-03-01");
    assertThatThrownBy(() -> OK.checkOpenForSale(FROM.minusDays(5), FROM.plusDays(2)))
        .isInstanceOf(PlanRetiredException.class)
        .hasMessageContaining("a subscription starting on 2026-03-03")
        .satisfies(
            e -> {
              PlanRetiredException p = (PlanRetiredException) e;
              assertThat(p.planId()).isEqualTo("legacy");
              assertThat(p.retiredFrom()).isEqualTo(FROM);
              assertThat(p.successorPlanId()).isEqualTo("standard");
              assertThat(p.violations()).extracting(Violation::path).containsExactly("plan");
            });
  }
}
