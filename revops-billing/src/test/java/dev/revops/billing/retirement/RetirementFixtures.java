package dev.revops.billing.retirement;

import dev.revops.billing.Fixtures;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.PriceVersion;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.IntervalUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A catalog with a plan to retire, its successor and plans that cannot succeed it. */
public final class RetirementFixtures {
  private RetirementFixtures() {}

  public static final ZoneId UTC = ZoneId.of("UTC");
  public static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  static Price seat(String id, String usd, String eur) {
    return Price.recurring(
        id,
        PricingModel.PER_UNIT,
        PriceVersion.of(LocalDate.EPOCH, Money.of(usd, "USD"), Money.of(eur, "EUR")));
  }

  /** Monthly, {@code usd} USD / {@code eur} EUR a seat, the price named after the plan. */
  static Plan monthlySeat(String id, String usd, String eur) {
    return Fixtures.evergreen(id, BillingInterval.MONTHLY, seat(id + "-seat", usd, eur));
  }

  /** Monthly, 20 USD / 18 EUR a seat: the plan to retire. */
  public static final Plan LEGACY = monthlySeat("legacy", "20", "18");

  /** Monthly, 25 USD / 23 EUR a seat: the successor. */
  public static final Plan STANDARD = monthlySeat("standard", "25", "23");

  /** Monthly with a 14-day trial, 15 USD / 14 EUR. */
  public static final Plan STARTER =
      Fixtures.afterATrial("starter", seat("starter-seat", "15", "14"));

  /** Yearly, same currencies. */
  public static final Plan ANNUAL =
      Fixtures.evergreen(
          "annual", BillingInterval.every(1, IntervalUnit.YEAR), seat("annual-seat", "240", "220"));

  /** Monthly, USD only. */
  public static final Plan US_ONLY =
      Fixtures.evergreen(
          "us-only", BillingInterval.MONTHLY, Price.perUnit("us-seat", Money.of("22", "USD")));

  /** Monthly, free: no price at all. */
  public static final Plan FREE = Fixtures.evergreen("free", BillingInterval.MONTHLY);

  public static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("crm", "CRM")),
          List.of(LEGACY, STANDARD, STARTER, ANNUAL, US_ONLY, FREE),
          List.of());

  /** A request for two seats on its own account {@code acct-<id>}, in USD and UTC. */
  public static NewSubscription request(String id, Plan plan, LocalDate start) {
    return NewSubscription.builder()
        .id(SubscriptionId.of(id))
        .account(AccountId.of("acct-" + id))
        .currency(Money.currency("USD"))
        .zone(UTC)
        .plan(plan)
        .startDate(start)
        .quantity(2)
        .build();
  }

  /** A subscription started on {@code start}, made on that day. */
  public static Subscription subscribe(String id, Plan plan, LocalDate start) {
    return Subscription.create(request(id, plan, start), start, AT).value();
  }
}
