package dev.revops.metrics.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SubscriptionProperties {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<List<SubscriptionFact>> books() {
    Arbitrary<BillingInterval> intervals =
        Arbitraries.of(
            BillingInterval.MONTHLY,
            BillingInterval.YEARLY,
            BillingInterval.QUARTERLY,
            BillingInterval.WEEKLY,
            BillingInterval.DAILY,
            BillingInterval.every(2, IntervalUnit.YEAR));
    Arbitrary<SubscriptionFact> fact =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.longs().between(0, 500_000),
                intervals,
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 300).injectNull(0.3),
                Arbitraries.integers().between(0, 1_000_000))
            .as(
                (acct, price, interval, start, length, id) ->
                    new SubscriptionFact(
                        "s" + id,
                        AccountId.of("acct-" + acct),
                        Money.ofMinor(price, USD),
                        interval,
                        ORIGIN.plusDays(start),
                        length == null ? null : ORIGIN.plusDays(start + length)));
    return fact.list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<DateRange> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(-10, 700), Arbitraries.integers().between(0, 120))
        .as((s, len) -> DateRange.ofDays(ORIGIN.plusDays(s), len));
  }

  private static long activeOn(List<SubscriptionFact> facts, LocalDate day) {
    return facts.stream()
        .filter(f -> !f.start().isAfter(day) && (f.end() == null || f.end().isAfter(day)))
        .mapToLong(f -> f.mrr().minor())
        .sum();
  }

  @Property(tries = 1000)
  void movementsReconcileToTheCent(
      @ForAll("books") List<SubscriptionFact> facts, @ForAll("periods") DateRange period) {
    MrrBook book = MrrBook.of(facts, USD);
    MovementSummary s = book.summary(period);
    // MRR at start/end, computed independently from the facts active on the day before
    assertThat(s.mrrAtStart().minor()).isEqualTo(activeOn(facts, period.start().minusDays(1)));
    assertThat(s.mrrAtEnd().minor()).isEqualTo(activeOn(facts, period.end().minusDays(1)));
    Money reconciled =
        s.mrrAtStart()
            .plus(s.newBusiness())
            .plus(s.expansion())
            .plus(s.reactivation())
            .minus(s.contraction())
            .minus(s.churn());
    assertThat(reconciled).isEqualTo(s.mrrAtEnd());
  }

  @Property(tries = 1000)
  void churnIsOnlyRecordedWhenTheLastSubscriptionEnds(
      @ForAll("books") List<SubscriptionFact> facts) {
    MrrBook book = MrrBook.of(facts, USD);
    for (MrrMovement m : book.movements()) {
      long after =
          activeOn(facts.stream().filter(f -> f.account().equals(m.account())).toList(), m.date());
      assertThat(m.after().minor()).isEqualTo(after);
      assertThat(m.type() == MovementType.CHURN).isEqualTo(after == 0);
    }
  }

  @Property(tries = 1000)
  void ratesStayWithinTheirBounds(
      @ForAll("books") List<SubscriptionFact> facts, @ForAll("periods") DateRange period) {
    MrrBook book = MrrBook.of(facts, USD);
    MovementSummary s = book.summary(period);
    for (ChurnRate variant : ChurnRate.values()) {
      MetricResult r = variant.of(s);
      r.valueIfDefined().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }
    assertThat(ChurnRate.CHARTMOGUL.of(s).isDefined()).isEqualTo(s.customersAtStart() > 0);
    // With ChartMogul's standard formula, customers who join and leave inside the period add to
    // churn but not to MRR at start, so gross MRR churn can exceed 1 and GRR can go below 0; the
    // bounds that always hold are these:
    SubscriptionMetrics.grossMrrChurn(s)
        .valueIfDefined()
        .ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    SubscriptionMetrics.grossRevenueRetention(s)
        .valueIfDefined()
        .ifPresent(v -> assertThat(v).isLessThanOrEqualTo(BigDecimal.ONE));
    if (s.mrrAtStart().isPositive()) {
      assertThat(SubscriptionMetrics.netRevenueRetention(s).value())
          .isGreaterThanOrEqualTo(SubscriptionMetrics.grossRevenueRetention(s).value());
    }
    assertThat(SubscriptionMetrics.grossMrrChurn(s).isDefined())
        .isEqualTo(s.mrrAtStart().isPositive());
    for (CohortRow row : CohortRetention.matrix(book, YearMonth.from(period.end()))) {
      for (MetricResult r : row.logoRetention()) {
        assertThat(r.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      }
    }
  }

  @Property(tries = 1000)
  void ltvAndPaybackAreUndefinedExactlyWhenTheirDenominatorsAreZero(
      @ForAll @LongRange(min = 0, max = 10_000_000) long mrrMinor,
      @ForAll @IntRange(min = 0, max = 50) int customers,
      @ForAll @IntRange(min = 0, max = 100) int marginPercent,
      @ForAll @IntRange(min = 0, max = 1000) int churnPerMille,
      @ForAll @LongRange(min = 0, max = 10_000_000) long spendMinor,
      @ForAll @IntRange(min = 0, max = 20) int newCustomers) {
    MetricResult arpa = SubscriptionMetrics.arpa(Money.ofMinor(mrrMinor, USD), customers);
    Percentage margin = Percentage.ofPercent(marginPercent);
    MetricResult churn =
        MetricResult.of(
            "given", "given", Unit.RATIO, Map.of(), BigDecimal.valueOf(churnPerMille, 3));
    MetricResult ltv = SubscriptionMetrics.ltv(arpa, margin, churn);
    assertThat(ltv.isDefined()).isEqualTo(customers > 0 && churnPerMille > 0);
    MetricResult cac = SubscriptionMetrics.cac(Money.ofMinor(spendMinor, USD), newCustomers);
    MetricResult payback = SubscriptionMetrics.cacPaybackMonths(cac, arpa, margin);
    assertThat(payback.isDefined())
        .isEqualTo(newCustomers > 0 && customers > 0 && mrrMinor > 0 && marginPercent > 0);
    payback.valueIfDefined().ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    ltv.valueIfDefined().ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    if (!ltv.isDefined()) {
      assertThat(ltv.undefinedReason()).isPresent();
    }
  }
}
