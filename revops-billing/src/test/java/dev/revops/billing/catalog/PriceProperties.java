package dev.revops.billing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PriceProperties {
  private static final LocalDate D = LocalDate.of(2024, 1, 1);

  private static PriceAmount tiers(List<Integer> widths, List<Integer> unitCents) {
    List<Tier> tiers = new ArrayList<>();
    long upTo = 0;
    for (int i = 0; i < widths.size(); i++) {
      upTo += widths.get(i);
      boolean last = i == widths.size() - 1;
      tiers.add(Tier.upTo(last ? null : upTo, Money.ofMinor(unitCents.get(i), "EUR")));
    }
    return new PriceAmount(Money.zero("EUR"), tiers);
  }

  /** A graduated price is the sum of the marginal price of each unit: adding one unit adds one. */
  @Property(tries = 1000)
  void graduatedPriceAddsTheMarginalUnitPrice(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 50) Integer> widths,
      @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 0, max = 10_000) Integer> cents,
      @ForAll @LongRange(min = 0, max = 400) long quantity) {
    PriceAmount a = tiers(widths, cents);
    Money now = a.priceFor(PricingModel.TIERED_GRADUATED, quantity, null);
    Money next = a.priceFor(PricingModel.TIERED_GRADUATED, quantity + 1, null);
    long below = 0;
    int tier = widths.size() - 1;
    for (int i = 0; i < widths.size() - 1; i++) {
      below += widths.get(i);
      if (quantity + 1 <= below) {
        tier = i;
        break;
      }
    }
    assertThat(next.minus(now)).isEqualTo(Money.ofMinor(cents.get(tier), "EUR"));
    Price p =
        new Price(
            "x",
            ChargeType.USAGE,
            PricingModel.TIERED_GRADUATED,
            null,
            null,
            null,
            List.of(new PriceVersion(D, List.of(a))));
    assertThat(p.amountFor(quantity, Money.currency("EUR"), D, D)).isEqualTo(now);
  }

  /** A package price charges every started package, never a partial one. */
  @Property(tries = 1000)
  void packagePriceChargesStartedPackages(
      @ForAll @LongRange(min = 1, max = 1000) long size,
      @ForAll @LongRange(min = 0, max = 100_000) long quantity) {
    Money each = Money.of("7.00", "USD");
    Money total = PriceAmount.of(each).priceFor(PricingModel.PACKAGE, quantity, size);
    long packages = total.minor() / each.minor();
    assertThat(packages * size).isGreaterThanOrEqualTo(quantity);
    assertThat((packages - 1) * size).isLessThan(Math.max(quantity, 1));
  }
}
