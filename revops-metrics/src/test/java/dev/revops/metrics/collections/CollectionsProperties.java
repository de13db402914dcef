package dev.revops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class CollectionsProperties {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property(tries = 1000)
  void ceiOfOneMonthStaysWithinZeroAndHundred(
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long beginning,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long sales,
      @ForAll @LongRange(min = 0, max = 1_000_000) long collectedPerMille,
      @ForAll @LongRange(min = 0, max = 1000) long currentPerMille) {
    // a consistent month: nothing is collected beyond what was owed, current <= total
    long owed = beginning + sales;
    long endingTotal = owed - owed * Math.min(collectedPerMille, 1000) / 1000;
    long endingCurrent = endingTotal * currentPerMille / 1000;
    MetricResult cei =
        CollectionsMetrics.cei(
            Money.ofMinor(beginning, USD),
            Money.ofMinor(sales, USD),
            1,
            Money.ofMinor(endingTotal, USD),
            Money.ofMinor(endingCurrent, USD));
    assertThat(cei.isDefined()).isEqualTo(owed - endingCurrent != 0);
    cei.valueIfDefined().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, HUNDRED));
  }

  @Property(tries = 1000)
  void countbackDsoIsBoundedByTheDaysWalkedAndDefinedWhenSalesAbsorbTheReceivables(
      @ForAll @LongRange(min = 0, max = 10_000_000) long receivables,
      @ForAll @Size(max = 12) List<@LongRange(min = 0, max = 3_000_000) Long> sales) {
    List<MonthlySales> months = new ArrayList<>();
    YearMonth month = YearMonth.of(2024, 12);
    long totalSales = 0;
    long totalDays = 0;
    for (long s : sales) {
      months.add(new MonthlySales(month, Money.ofMinor(s, USD)));
      totalSales += s;
      totalDays += month.lengthOfMonth();
      month = month.minusMonths(1);
    }
    MetricResult dso = CollectionsMetrics.countbackDso(Money.ofMinor(receivables, USD), months);
    assertThat(dso.isDefined()).isEqualTo(receivables <= totalSales);
    long days = totalDays;
    dso.valueIfDefined()
        .ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(days)));
  }

  @Provide
  Arbitrary<List<Receivable>> receivables() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 200),
            Arbitraries.longs().between(1, 100_000),
            Arbitraries.integers().between(0, 100))
        .as(
            (acct, due, total, duePercent) ->
                new Receivable(
                    ReceivableId.of("r-" + acct + "-" + due + "-" + total),
                    AccountId.of("acct-" + acct),
                    "INV",
                    Money.ofMinor(total, USD),
                    Money.ofMinor(total * duePercent / 100, USD),
                    ORIGIN.plusDays(due),
                    ORIGIN.plusDays(due)))
        .list()
        .ofMaxSize(20);
  }

  @Property(tries = 1000)
  void accountFlowSharesAreWithinBoundsAndAddUpToOne(
      @ForAll("receivables") List<Receivable> before,
      @ForAll("receivables") List<Receivable> after,
      @ForAll @IntRange(min = 0, max = 200) int firstDay,
      @ForAll @IntRange(min = 1, max = 120) int gap) {
    LocalDate d0 = ORIGIN.plusDays(firstDay);
    RollRates rates =
        RollRates.between(
            AgingSnapshot.of(AgingBuckets.standard(), before, d0, USD),
            AgingSnapshot.of(AgingBuckets.standard(), after, d0.plusDays(gap), USD));
    for (int i = 0; i < AgingBuckets.standard().buckets().size(); i++) {
      List<MetricResult> shares =
          List.of(rates.rollForward(i), rates.cure(i), rates.stay(i), rates.closed(i));
      BigDecimal sum = BigDecimal.ZERO;
      for (MetricResult r : shares) {
        assertThat(r.isDefined()).isEqualTo(shares.get(0).isDefined());
        if (r.isDefined()) {
          assertThat(r.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          sum = sum.add(r.value());
        }
      }
      if (shares.get(0).isDefined()) {
        assertThat(sum.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-14"));
      }
    }
  }

  @Property(tries = 1000)
  void contactRatesStayWithinZeroAndOne(
      @ForAll @Size(max = 40) List<ContactOutcome> outcomes,
      @ForAll ContactMetrics.Basis ptpBasis) {
    List<ContactFact> contacts = new ArrayList<>();
    for (ContactOutcome o : outcomes) {
      contacts.add(new ContactFact(AccountId.of("a"), UserId.of("u"), ORIGIN, o));
    }
    List<MetricResult> rates =
        List.of(
            ContactMetrics.rightPartyContactRate(contacts, ContactMetrics.Basis.ATTEMPTS),
            ContactMetrics.rightPartyContactRate(contacts, ContactMetrics.Basis.CONNECTS),
            ContactMetrics.promiseToPayRate(contacts, ptpBasis));
    for (MetricResult r : rates) {
      r.valueIfDefined().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }
    assertThat(rates.get(0).isDefined()).isEqualTo(!outcomes.isEmpty());
  }
}
