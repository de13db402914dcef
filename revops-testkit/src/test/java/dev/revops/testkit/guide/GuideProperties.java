package dev.revops.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.catalog.PriceAmount;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.catalog.Tier;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.DateRange;
import dev.revops.testkit.arbitraries.CoreArbitraries;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The property tests of revops-testkit/README.md's guide, kept compiling and passing. */
class GuideProperties {
  static final Percentage VAT = Percentage.of("19");

  @Provide
  Arbitrary<Money> annualPrices() {
    return CoreArbitraries.nonNegativeMoney(Currency.getInstance("EUR"), 100_000);
  }

  @Property(tries = 1000)
  void annualPriceSplitsIntoTwelveMonthsExactly(@ForAll("annualPrices") Money annual) {
    List<Money> months = annual.split(12);
    assertThat(months.stream().reduce(Money.zero(annual.currency()), Money::plus))
        .isEqualTo(annual);
    assertThat(months.get(0).minus(months.get(11)).minor()).isBetween(0L, 1L);
  }

  @Provide
  Arbitrary<List<Money>> lines() {
    return CoreArbitraries.nonNegativeMoney(Currency.getInstance("EUR"), 10_000)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }

  @Property(tries = 1000)
  void perInvoiceTaxAllocatedToLinesAddsUp(@ForAll("lines") List<Money> lines) {
    Money net = lines.stream().reduce(Money.zero("EUR"), Money::plus);
    Money tax = VAT.of(net, RoundingMode.HALF_UP);
    long[] weights = lines.stream().mapToLong(m -> Math.max(1, m.minor())).toArray();
    List<Money> perLine = tax.allocate(weights);
    assertThat(perLine.stream().reduce(Money.zero("EUR"), Money::plus)).isEqualTo(tax);
  }

  @Provide
  Arbitrary<LocalDate> anchors() {
    return CoreArbitraries.monthEnds();
  }

  @Property(tries = 1000)
  void monthlyPeriodsNeverSkipOrDoubleAMonth(@ForAll("anchors") LocalDate start) {
    List<DateRange> periods =
        DateRange.of(start, start.plusYears(4)).splitEvery(Period.ofMonths(1));
    assertThat(periods).hasSize(48);
    for (int k = 1; k < periods.size(); k++) {
      assertThat(periods.get(k).start().getMonthValue())
          .isEqualTo(start.plusMonths(k).getMonthValue());
    }
  }

  static final PriceAmount API_CALLS =
      PriceAmount.tiered(
          Tier.upTo(1_000L, Money.of("0.10", "EUR")),
          new Tier(10_000L, Money.of("0.08", "EUR"), Money.of("5.00", "EUR")),
          Tier.upTo(null, Money.of("0.05", "EUR")));

  @Property(tries = 1000)
  void oneMoreCallNeverCostsLess(@ForAll @LongRange(max = 1_000_000) long calls) {
    Money now = API_CALLS.priceFor(PricingModel.TIERED_GRADUATED, calls, null);
    Money next = API_CALLS.priceFor(PricingModel.TIERED_GRADUATED, calls + 1, null);
    assertThat(next.isLessThan(now)).isFalse();
  }
}
