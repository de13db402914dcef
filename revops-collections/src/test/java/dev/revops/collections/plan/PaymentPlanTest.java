package dev.revops.collections.plan;

import static dev.revops.collections.CollectionsFixtures.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final AccountId ACC = AccountId.of("a");
  static final ReceivableId DEBT = ReceivableId.of("r");

  static Instant ny(String day) {
    return LocalDate.parse(day).atTime(12, 0).atZone(NY).toInstant();
  }

  static PaymentPlan monthly() {
    return CollectionsFixtures.plan(
            ACC, List.of(DEBT), "plan-1", "100.00", Frequency.MONTHLY, "2026-01-31")
        .graceDays(3)
        .zone(NY)
        .equalInstallments(3);
  }

  @Test
  void installmentsAddUpExactlyAndMonthEndsDoNotDrift() {
    PaymentPlan p = monthly();
    assertThat(p.installments())
        .extracting(Installment::amount)
        .containsExactly(
            Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
    assertThat(p.installments())
        .extracting(Installment::dueOn)
        .containsExactly(
            LocalDate.parse("2026-01-31"),
            LocalDate.parse("2026-02-28"),
            LocalDate.parse("2026-03-31"));
    PaymentPlan down =
        CollectionsFixtures.plan(
                ACC, List.of(DEBT), "plan-2", "100.00", Frequency.WEEKLY, "2026-01-05")
            .zone(NY)
            .weightedInstallments(new long[] {40, 20, 20, 20});
    assertThat(down.installments().get(0).amount()).isEqualTo(Money.of("40", "USD"));
    assertThat(down.installments().get(3).dueOn()).isEqualTo(LocalDate.parse("2026-01-26"));
  }

  @Test
  void paymentsFillInstallmentsInOrderAndCompleteThePlan() {
    PaymentPlan p = monthly().accept().value();
    assertThat(p.isCurrent(ny("2026-02-01"))).isTrue();
    p = p.recordPayment(Money.of("50", "USD"), ny("2026-01-30")).value();
    assertThat(p.installments().get(0).isPaid()).isTrue();
    assertThat(p.installments().get(1).paid()).isEqualTo(Money.of("16.66", "USD"));
    Changed<PaymentPlan> done = p.recordPayment(Money.of("60", "USD"), ny("2026-03-01"));
    assertThat(done.value().status()).isEqualTo(PlanStatus.COMPLETED);
    assertThat(done.events()).singleElement().isInstanceOf(PlanCompleted.class);
  }

  @Test
  void missingAnInstallmentPastGraceDefaultsThePlan() {
    PaymentPlan p = monthly().accept().value();
    p = p.recordPayment(Money.of("33.34", "USD"), ny("2026-01-30")).value();
    assertThat(p.evaluate(ny("2026-03-03")).hasEvents()).isFalse(); // Feb 28 + 3 days grace
    Changed<PaymentPlan> c = p.evaluate(ny("2026-03-04"));
    assertThat(c.value().status()).isEqualTo(PlanStatus.DEFAULTED);
    assertThat(c.events())
        .singleElement()
        .isInstanceOfSatisfying(
            PlanDefaulted.class,
            e -> {
              assertThat(e.installment()).isEqualTo(2);
              assertThat(e.remaining()).isEqualTo(Money.of("66.66", "USD"));
            });
    assertThat(c.value().isCurrent(ny("2026-03-04"))).isFalse();
    assertThat(monthly().isCurrent(ny("2026-01-01"))).isFalse(); // proposed is not current
  }

  static final SettlementPolicy LIMITS =
      SettlementPolicy.fromJson(
          """
          {"limits": [
            {"role": "collector", "maxDiscount": "10%"},
            {"role": "supervisor", "maxDiscount": "40%"}
          ]}
          """);

  /** {@link #LIMITS} reviewing a settlement of the debt on 2026-02-01. */
  static SettlementDecision review(
      String id, String balance, String settleFor, String role, String approver) {
    return LIMITS.review(
        id,
        ACC,
        DEBT,
        Money.of(balance, "USD"),
        Money.of(settleFor, "USD"),
        role,
        UserId.of(approver),
        ny("2026-02-01"));
  }

  @Test
  void settlementsWithinTheApproverLimitWriteOffTheRest() {
    SettlementDecision d = review("s-1", "1000", "700", "collector", "u-1");
    assertThat(d.approved()).isFalse();
    assertThat(d.rolesThatMayApprove()).containsExactly("supervisor");
    assertThat(d.reason()).contains("exceeds");
    d = review("s-1", "1000", "700", "supervisor", "u-2");
    assertThat(d.approved()).isTrue();
    Settlement s = d.settlementIfApproved().orElseThrow();
    assertThat(s.writtenOff()).isEqualTo(Money.of("300", "USD"));
    assertThat(s.discount()).isEqualTo(Percentage.of("30"));
    assertThat(s.type()).isEqualTo("SettlementAccepted");
    assertThat(s.eventId().value()).isEqualTo("SettlementAccepted:s-1");
    assertThat(s.aggregateId()).isEqualTo(DEBT.value());
    assertThat(review("s-2", "10", "9", "intern", "u-3").approved()).isFalse();
  }

  @Test
  void settlementPoliciesFromJsonAndFromCodeAreTheSameAndBothChecked() {
    SettlementPolicy loaded =
        SettlementPolicy.fromJson(
            "{\"limits\": [{\"role\": \"collector\", \"maxDiscount\": \"10%\"}]}");
    SettlementPolicy built =
        SettlementPolicy.of(List.of(new ApprovalLimit("collector", Percentage.of("10%"))));
    assertThat(loaded).isEqualTo(built);
    // a discount of exactly the limit is within it
    SettlementDecision atTheLimit = review("s-3", "1000", "900", "intern", "u-4");
    assertThat(atTheLimit.rolesThatMayApprove()).containsExactly("collector", "supervisor");
    assertThat(loaded.limits())
        .singleElement()
        .extracting(ApprovalLimit::role)
        .isEqualTo("collector");
    assertRejectedAt(
        () ->
            SettlementPolicy.of(
                List.of(
                    new ApprovalLimit("a", Percentage.of("5%")),
                    new ApprovalLimit("a", Percentage.of("150%")))),
        "$.limits[1].role",
        "$.limits[1].maxDiscount");
  }

  @Test
  void settlementLimitsAreValidatedWithPaths() {
    assertRejectedAt(
        () ->
            SettlementPolicy.fromJson(
                "{\"limits\": [{\"role\": \"a\", \"maxDiscount\": \"150%\"}, {\"role\": \"a\", \"maxDiscount\": \"5%\"}]}"),
        "$.limits[0].maxDiscount",
        "$.limits[1].role");
    for (String json : new String[] {null, "null", ""}) {
      assertRejectedAt(() -> SettlementPolicy.fromJson(json), "$");
    }
    assertRejectedAt(
        () -> SettlementPolicy.fromJson("{\"limits\": [{\"role\": \"a\"}]}"),
        "$.limits[0].maxDiscount");
  }
}
