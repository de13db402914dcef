package dev.revops.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.collections.CollectionsMetrics;
import dev.revops.metrics.subscription.MovementType;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsProjectionTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final ProjectionConfig CONFIG =
      new ProjectionConfig(USD, 3, List.of("lead", "mql", "sql", "customer"));
  private static final AccountId A = AccountId.of("a");
  private static final AccountId B = AccountId.of("b");

  private static LocalDate d(int day) {
    return LocalDate.of(2024, 3, 1).plusDays(day);
  }

  private static SubscriptionMrrChanged sub(
      String id, AccountId a, String sub, int day, String mrr) {
    return new SubscriptionMrrChanged(EventId.of(id), a, sub, d(day), 0, Money.of(mrr, "USD"));
  }

  @Test
  void outOfOrderDuplicatedAndLateEvents() {
    MetricsProjection p = new MetricsProjection(CONFIG);
    assertThat(p.accept(sub("e1", A, "s1", 0, "100"))).isEqualTo(Acceptance.ACCEPTED);
    assertThat(p.accept(sub("e3", A, "s1", 5, "150"))).isEqualTo(Acceptance.ACCEPTED);
    // day 2 arrives after day 5: within the 3-day window (watermark is day 2)
    assertThat(p.accept(sub("e2", B, "s2", 2, "50"))).isEqualTo(Acceptance.ACCEPTED);
    assertThat(p.accept(sub("e2", B, "s2", 2, "50"))).isEqualTo(Acceptance.DUPLICATE);
    assertThat(p.watermark()).contains(d(2));
    // day 1 is before the watermark: late
    assertThat(p.accept(sub("e0", B, "s9", 1, "999"))).isEqualTo(Acceptance.LATE);
    // the applied event e1 replayed is late too: replay changes nothing
    assertThat(p.accept(sub("e1", A, "s1", 0, "100"))).isEqualTo(Acceptance.LATE);
    assertThat(p.counters()).isEqualTo(new ProjectionCounters(3, 1, 2));
    assertThat(p.pendingEvents()).isEqualTo(2);

    p.accept(sub("e4", A, "s1", 9, "0")); // A churns on day 9
    p.flush();
    assertThat(p.pendingEvents()).isZero();
    DateRange march = DateRange.of(d(0), d(31));
    p.advanceTo(march.end()); // the host closes March
    PeriodReport r = p.report(march);
    assertThat(r.mrr().newBusiness()).isEqualTo(Money.of("150", "USD"));
    assertThat(r.mrr().expansion()).isEqualTo(Money.of("50", "USD"));
    assertThat(r.mrr().churn()).isEqualTo(Money.of("150", "USD"));
    assertThat(r.mrr().mrrAtEnd()).isEqualTo(Money.of("50", "USD"));
    assertThat(r.movementCounts()).containsEntry(MovementType.NEW_BUSINESS, 2L);
    assertThat(r.customersAtEnd()).isEqualTo(1);
    assertThat(p.mrr(A)).isEqualTo(Money.zero(USD));
    assertThat(r)
        .isEqualTo(
            BatchReports.report(
                List.of(
                    sub("e1", A, "s1", 0, "100"),
                    sub("e3", A, "s1", 5, "150"),
                    sub("e2", B, "s2", 2, "50"),
                    sub("e4", A, "s1", 9, "0")),
                CONFIG,
                march));
    // the calculators read the report directly
    assertThat(SubscriptionMetrics.quickRatio(r.mrr()).value())
        .isEqualByComparingTo("1.333333333333333");
  }

  @Test
  void samedayPlanSwapIsOneMovement() {
    MetricsProjection p = new MetricsProjection(CONFIG);
    p.accept(sub("e1", A, "old", 0, "100"));
    p.accept(new SubscriptionMrrChanged(EventId.of("e2"), A, "old", d(4), 2, Money.zero(USD)));
    p.accept(
        new SubscriptionMrrChanged(EventId.of("e3"), A, "new", d(4), 1, Money.of("80", "USD")));
    p.advanceTo(d(10));
    PeriodReport r = p.report(DateRange.of(d(0), d(10)));
    assertThat(r.movementCounts())
        .containsEntry(MovementType.CONTRACTION, 1L)
        .containsEntry(MovementType.CHURN, 0L)
        .containsEntry(MovementType.REACTIVATION, 0L);
  }

  @Test
  void funnelReceivablesAndContacts() {
    MetricsProjection p = new MetricsProjection(CONFIG);
    LeadId lead = LeadId.of("l1");
    p.accept(new LeadStageReached(EventId.of("l-2"), lead, "web", "sql", d(3)));
    p.accept(new LeadStageReached(EventId.of("l-1"), lead, "web", "lead", d(1)));
    p.accept(
        new ReceivableChanged(
            EventId.of("r1"), A, ReceivableChange.ISSUED, Money.of("1000", "USD"), d(0)));
    p.accept(
        new ReceivableChanged(
            EventId.of("r2"), A, ReceivableChange.PAID, Money.of("400", "USD"), d(6)));
    p.accept(
        new ContactAttempted(
            EventId.of("c1"), A, UserId.of("u1"), ContactOutcome.PROMISE_TO_PAY, d(5)));
    p.advanceTo(d(30));
    PeriodReport r = p.report(DateRange.of(d(0), d(30)));
    assertThat(r.funnelEntries()).containsEntry("web", List.of(1L, 1L, 1L, 0L));
    assertThat(r.receivables().atEnd()).isEqualTo(Money.of("600", "USD"));
    assertThat(p.receivableBalance(A)).isEqualTo(Money.of("600", "USD"));
    assertThat(r.contacts()).containsEntry(ContactOutcome.PROMISE_TO_PAY, 1L);
    assertThat(
            dev.revops.metrics.collections.ContactMetrics.promiseToPayRate(
                    r.contacts(),
                    dev.revops.metrics.collections.ContactMetrics.Basis.RIGHT_PARTY_CONTACTS)
                .value())
        .isEqualByComparingTo("1");
    // DSO of the period straight from the report: 600 / 1000 x 30 = 18 days
    assertThat(
            CollectionsMetrics.dso(r.receivables().atEnd(), r.receivables().issued(), 30).value())
        .isEqualByComparingTo("18");
  }

  @Test
  void reportsOnlyFinalPeriodsAndRejectsOtherCurrencies() {
    MetricsProjection p = new MetricsProjection(CONFIG);
    assertThatThrownBy(() -> p.report(DateRange.of(d(0), d(1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not final");
    p.accept(sub("e1", A, "s1", 10, "100"));
    assertThatThrownBy(() -> p.report(DateRange.of(d(0), d(9))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(p.report(DateRange.of(d(0), d(7))).mrr().mrrAtEnd()).isEqualTo(Money.zero(USD));
    assertThatThrownBy(
            () ->
                p.accept(
                    new SubscriptionMrrChanged(
                        EventId.of("x"), A, "s", d(10), 0, Money.of("1", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () ->
                p.accept(
                    new LeadStageReached(EventId.of("y"), LeadId.of("l"), "web", "nope", d(10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
