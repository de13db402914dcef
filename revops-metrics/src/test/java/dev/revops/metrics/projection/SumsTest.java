package dev.revops.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.subscription.MovementType;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named sums behind period reports: each rule on its own, with numbers worked by hand. */
class SumsTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void movementsNetIntoMrrAndCustomers() {
    MovementSums sums = new MovementSums();
    sums.record(MovementType.NEW_BUSINESS, 10_000);
    sums.record(MovementType.NEW_BUSINESS, 5_000);
    sums.record(MovementType.EXPANSION, 2_000);
    sums.record(MovementType.CONTRACTION, 1_500);
    sums.record(MovementType.CHURN, 4_000);
    sums.record(MovementType.REACTIVATION, 700);
    // 10000 + 5000 + 2000 + 700 - 1500 - 4000 = 12200; customers 2 new + 1 back - 1 churned = 2
    assertThat(sums.netMrr()).isEqualTo(12_200);
    assertThat(sums.netCustomers()).isEqualTo(2);
    assertThat(sums.count(MovementType.NEW_BUSINESS)).isEqualTo(2);
    MovementSums other = new MovementSums();
    other.record(MovementType.CHURN, 200);
    sums.add(other);
    assertThat(sums.netMrr()).isEqualTo(12_000);
    assertThat(sums.netCustomers()).isEqualTo(1);
    MrrTotals totals = sums.totals(50_000, USD);
    assertThat(totals.mrrAtEnd()).isEqualTo(Money.of("620", "USD"));
    assertThat(totals.churn()).isEqualTo(Money.of("42", "USD"));
    assertThat(sums.counts()).containsEntry(MovementType.CHURN, 2L).hasSize(5);
  }

  @Test
  void receivablesNetWithTheirSigns() {
    ReceivableSums sums = new ReceivableSums();
    sums.record(ReceivableChange.ISSUED, 100_000);
    sums.record(ReceivableChange.PAID, 40_000);
    sums.record(ReceivableChange.CREDITED, 5_000);
    sums.record(ReceivableChange.WRITTEN_OFF, 1_000);
    assertThat(sums.net()).isEqualTo(54_000);
    assertThat(ReceivableSums.signed(ReceivableChange.PAID, 40_000)).isEqualTo(-40_000);
    assertThat(sums.totals(10_000, USD).atEnd()).isEqualTo(Money.of("640", "USD"));
  }

  @Test
  void periodSumsOpenWithTheDaysBeforeCloseWithTheDaysInsideAndAddUpPartitions() {
    // partition A: a customer of 100 before the period, who churns in it and pays 100 of AR
    DaySums beforeA = new DaySums(3);
    beforeA.movements.record(MovementType.NEW_BUSINESS, 10_000);
    beforeA.receivables.record(ReceivableChange.ISSUED, 10_000);
    DaySums insideA = new DaySums(3);
    insideA.movements.record(MovementType.CHURN, 10_000);
    insideA.receivables.record(ReceivableChange.PAID, 10_000);
    insideA.contacts.record(ContactOutcome.RIGHT_PARTY_CONTACT);
    insideA.funnel.enter("web", -1, 1);
    // partition B: a customer of 50 before, who expands by 10 in the period
    DaySums beforeB = new DaySums(3);
    beforeB.movements.record(MovementType.NEW_BUSINESS, 5_000);
    DaySums insideB = new DaySums(3);
    insideB.movements.record(MovementType.EXPANSION, 1_000);
    insideB.funnel.enter("web", 1, 2);
    PeriodSums a = new PeriodSums(3);
    a.addBefore(beforeA);
    a.addInside(insideA);
    PeriodSums b = new PeriodSums(3);
    b.addBefore(beforeB);
    b.addInside(insideB);
    a.add(b);
    DateRange period = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    PeriodReport r = a.report(period, USD);
    // MRR 100 + 50 = 150 at start; - 100 churn + 10 expansion = 60 at end; customers 2 -> 1
    assertThat(r.mrr().mrrAtStart()).isEqualTo(Money.of("150", "USD"));
    assertThat(r.mrr().mrrAtEnd()).isEqualTo(Money.of("60", "USD"));
    assertThat(r.customersAtStart()).isEqualTo(2);
    assertThat(r.customersAtEnd()).isEqualTo(1);
    assertThat(r.receivables().atStart()).isEqualTo(Money.of("100", "USD"));
    assertThat(r.receivables().atEnd()).isEqualTo(Money.zero(USD));
    assertThat(r.contacts()).containsEntry(ContactOutcome.RIGHT_PARTY_CONTACT, 1L);
    // A's lead entered lead and mql, B's lead moved on from mql to sql: per stage 1, 1, 1
    assertThat(r.funnelEntries()).containsEntry("web", List.of(1L, 1L, 1L));
  }
}
