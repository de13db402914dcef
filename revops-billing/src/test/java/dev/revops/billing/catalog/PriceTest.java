package dev.revops.billing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.BillingInterval;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTest {
  private static final Currency USD = Money.currency("USD");
  private static final LocalDate D = LocalDate.of(2024, 1, 1);

  private static Money usd(String a) {
    return Money.of(a, "USD");
  }

  private static Price price(PricingModel model, Long pkg, PriceAmount amount) {
    return new Price(
        "p", ChargeType.RECURRING, model, null, pkg, null, List.of(PriceVersion.of(D, amount)));
  }

  @Test
  void everyPricingModel() {
    assertThat(price(PricingModel.FLAT, null, PriceAmount.of(usd("99"))).amountFor(7, USD, D, D))
        .isEqualTo(usd("99"));
    assertThat(
            price(PricingModel.PER_UNIT, null, PriceAmount.of(usd("2.50"))).amountFor(4, USD, D, D))
        .isEqualTo(usd("10"));
    assertThat(
            price(PricingModel.PACKAGE, 100L, PriceAmount.of(usd("5"))).amountFor(201, USD, D, D))
        .isEqualTo(usd("15"));
    PriceAmount tiers =
        PriceAmount.tiered(
            new Tier(10L, usd("1"), usd("5")),
            Tier.upTo(20L, usd("0.50")),
            Tier.upTo(null, usd("0.10")));
    // graduated: 10 x 1 + 5 flat, 10 x 0.50, 5 x 0.10
    assertThat(price(PricingModel.TIERED_GRADUATED, null, tiers).amountFor(25, USD, D, D))
        .isEqualTo(usd("20.50"));
    // volume: all 25 units at the third tier's rate
    assertThat(price(PricingModel.TIERED_VOLUME, null, tiers).amountFor(25, USD, D, D))
        .isEqualTo(usd("2.50"));
    assertThat(price(PricingModel.TIERED_VOLUME, null, tiers).amountFor(10, USD, D, D))
        .isEqualTo(usd("15"));
    assertThatThrownBy(
            () ->
                price(PricingModel.FLAT, null, PriceAmount.of(usd("1")))
                    .amountFor(1, Money.currency("EUR"), D, D))
        .hasMessageContaining("no amount in EUR");
  }

  @Test
  void grandfatheredSubscriptionsKeepTheirVersionOthersMoveAtRenewal() {
    List<PriceVersion> versions =
        List.of(
            PriceVersion.of(D, usd("10")), PriceVersion.of(LocalDate.of(2024, 6, 15), usd("12")));
    Price grandfather =
        new Price("g", ChargeType.RECURRING, PricingModel.FLAT, null, null, null, versions);
    Price move =
        new Price(
            "m",
            ChargeType.RECURRING,
            PricingModel.FLAT,
            null,
            null,
            ExistingSubscriptionRule.MOVE_AT_NEXT_RENEWAL,
            versions);
    LocalDate subscribed = LocalDate.of(2024, 3, 1);
    assertThat(grandfather.amountFor(1, USD, subscribed, LocalDate.of(2024, 7, 1)))
        .isEqualTo(usd("10"));
    // the version published Jun 15 applies from the first period starting after it
    assertThat(move.amountFor(1, USD, subscribed, LocalDate.of(2024, 6, 1))).isEqualTo(usd("10"));
    assertThat(move.amountFor(1, USD, subscribed, LocalDate.of(2024, 7, 1))).isEqualTo(usd("12"));
    // a new subscription takes the current version either way
    assertThat(grandfather.amountFor(1, USD, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 1)))
        .isEqualTo(usd("12"));
    assertThatThrownBy(() -> grandfather.amountFor(1, USD, LocalDate.of(2023, 1, 1), D))
        .hasMessageContaining("no version effective");
  }

  @Test
  void couponsAreCappedAndCounted() {
    Coupon tenOff = Coupon.amount("ten", usd("10"), CouponDuration.ONCE, null);
    assertThat(tenOff.discountOn(usd("4"))).isEqualTo(usd("4"));
    assertThat(tenOff.discountOn(usd("-4"))).isEqualTo(usd("0"));
    assertThat(tenOff.appliesTo(0)).isTrue();
    assertThat(tenOff.appliesTo(1)).isFalse();
    Coupon third = Coupon.percent("third", Percentage.of("33.333"), CouponDuration.FOREVER, null);
    assertThat(third.discountOn(usd("10"))).isEqualTo(usd("3.33"));
    assertThat(third.appliesTo(500)).isTrue();
  }

  @Test
  void catalogBuiltInCodeIsChecked() {
    Price seat = Price.perUnit("seat", usd("10"));
    Plan plan =
        Plan.of(
            "basic",
            "crm",
            BillingInterval.MONTHLY,
            PlanPhase.trial(BillingInterval.DAILY),
            PlanPhase.evergreen(seat));
    Catalog ok = Catalog.of(List.of(new Product("crm", "CRM")), List.of(plan), List.of());
    assertThat(ok.plan("basic")).isEqualTo(plan);
    assertThat(ok.product("crm")).isPresent();
    Plan broken =
        Plan.of(
            "bad",
            "crm",
            BillingInterval.MONTHLY,
            PlanPhase.evergreen(seat),
            PlanPhase.trial(null));
    assertThatThrownBy(
            () -> Catalog.of(List.of(new Product("crm", "CRM")), List.of(plan, broken), List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().toString())
                    .contains("$.plans[1].phases[0].type")
                    .contains("$.plans[1].phases[1].duration")
                    .contains("$.plans[1].phases[0].prices[0].id"));
  }
}
