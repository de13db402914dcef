package dev.revops.collections.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PaymentPlanProperties {
  /** A plan "p" of account "a" over debt "r": no grace, UTC; the installments still to choose. */
  static PaymentPlan.Builder plan(Money balance, Frequency frequency, LocalDate firstDue) {
    return PaymentPlan.builder()
        .id(PlanId.of("p"))
        .account(AccountId.of("a"))
        .debts(List.of(ReceivableId.of("r")))
        .balance(balance)
        .frequency(frequency)
        .firstDue(firstDue)
        .graceDays(0)
        .zone(ZoneId.of("UTC"));
  }

  @Property(tries = 1000)
  void installmentsAlwaysSumToTheBalanceAndFallDueInOrder(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long balance,
      @ForAll @IntRange(min = 1, max = 60) int count,
      @ForAll Frequency frequency,
      @ForAll @IntRange(min = 0, max = 3000) int firstDueOffset,
      @ForAll boolean jpy) {
    String ccy = jpy ? "JPY" : "USD";
    LocalDate first = LocalDate.parse("2024-01-01").plusDays(firstDueOffset);
    PaymentPlan p = plan(Money.ofMinor(balance, ccy), frequency, first).equalInstallments(count);
    long sum = p.installments().stream().mapToLong(i -> i.amount().minor()).sum();
    assertThat(sum).isEqualTo(balance);
    for (int i = 1; i < p.installments().size(); i++) {
      assertThat(p.installments().get(i).dueOn()).isAfter(p.installments().get(i - 1).dueOn());
    }
  }

  @Property(tries = 1000)
  void weightedInstallmentsSumToTheBalanceToo(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long balance,
      @ForAll @Size(min = 1, max = 24) List<@LongRange(min = 1, max = 100) Long> weights) {
    long[] w = weights.stream().mapToLong(Long::longValue).toArray();
    PaymentPlan p =
        plan(Money.ofMinor(balance, "EUR"), Frequency.WEEKLY, LocalDate.parse("2026-01-01"))
            .weightedInstallments(w);
    assertThat(p.installments().stream().mapToLong(i -> i.amount().minor()).sum())
        .isEqualTo(balance);
  }

  @Property(tries = 1000)
  void paymentsNeverLoseMoneyAndTheRemainderNeverGoesNegative(
      @ForAll @LongRange(min = 1, max = 100_000) long balance,
      @ForAll @IntRange(min = 1, max = 12) int count,
      @ForAll @Size(max = 20) List<@LongRange(min = 1, max = 30_000) Long> payments) {
    PaymentPlan p =
        plan(Money.ofMinor(balance, "USD"), Frequency.MONTHLY, LocalDate.parse("2026-01-31"))
            .equalInstallments(count)
            .accept()
            .value();
    long paid = 0;
    for (long amount : payments) {
      if (p.status() != PlanStatus.ACTIVE) {
        break;
      }
      p = p.recordPayment(Money.ofMinor(amount, "USD"), java.time.Instant.EPOCH).value();
      paid += amount;
      assertThat(p.remaining().minor()).isEqualTo(Math.max(0, balance - paid));
    }
    assertThat(p.status() == PlanStatus.COMPLETED).isEqualTo(paid >= balance);
  }

  @Property(tries = 1000)
  void settlementsNeverLoseMoneyAndAreApprovedIffWithinTheLimit(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long balance,
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long offerSeed,
      @ForAll @IntRange(min = 0, max = 100) int limitPercent) {
    long offer = 1 + offerSeed % balance;
    SettlementPolicy policy =
        SettlementPolicy.of(
            List.of(
                new ApprovalLimit(
                    "collector", dev.revops.core.money.Percentage.ofPercent(limitPercent))));
    SettlementDecision d =
        policy.review(
            "s",
            AccountId.of("a"),
            ReceivableId.of("r"),
            Money.ofMinor(balance, "USD"),
            Money.ofMinor(offer, "USD"),
            "collector",
            dev.revops.core.id.UserId.of("u"),
            java.time.Instant.EPOCH);
    boolean within =
        java.math.BigDecimal.valueOf(balance - offer)
                .multiply(java.math.BigDecimal.valueOf(100))
                .compareTo(
                    java.math.BigDecimal.valueOf(balance)
                        .multiply(java.math.BigDecimal.valueOf(limitPercent)))
            <= 0;
    assertThat(d.approved()).isEqualTo(within);
    d.settlementIfApproved()
        .ifPresent(
            s -> {
              assertThat(s.accepted().plus(s.writtenOff()))
                  .isEqualTo(Money.ofMinor(balance, "USD"));
              assertThat(s.writtenOff().isNegative()).isFalse();
            });
  }
}
