package dev.revops.billing.retirement;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
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

  /** Monthly, 20 USD / 18 EUR a seat: the plan to retire. */
  public static final Plan LEGACY =
      Plan.of(
          "legacy",
          "crm",
          BillingInterval.MONTHLY,
          PlanPhase.evergreen(seat("legacy-seat", "20", "18")));

  /** Monthly, 25 USD / 23 EUR a seat: the successor. */
  public static final Plan STANDARD =
      Plan.of(
          "standard",
          "crm",
          BillingInterval.MONTHLY,
          PlanPhase.evergreen(seat("standard-seat", "25", "23")));

  /** Monthly with a 14-day trial, 15 USD / 14 EUR. */
  public static final Plan STARTER =
      Plan.of(
          "starter",
          "crm",
          BillingInterval.MONTHLY,
          PlanPhase.trial(BillingInterval.every(14, IntervalUnit.DAY)),
          PlanPhase.evergreen(seat("starter-seat", "15", "14")));

  /** Yearly, same currencies. */
  public static final Plan ANNUAL =
      Plan.of(
          "annual",
          "crm",
          BillingInterval.every(1, IntervalUnit.YEAR),
          PlanPhase.evergreen(seat("annual-seat", "240", "220")));

  /** Monthly, USD only. */
  public static final Plan US_ONLY =
      Plan.of(
          "us-only",
          "crm",
          BillingInterval.MONTHLY,
          PlanPhase.evergreen(Price.perUnit("us-seat", Money.of("22", "USD"))));

  /** Monthly, free: no price at all. */
  public static final Plan FREE =
      Plan.of("free", "crm", BillingInterval.MONTHLY, PlanPhase.evergreen());

  public static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("crm", "CRM")),
          List.of(LEGACY, STANDARD, STARTER, ANNUAL, US_ONLY, FREE),
          List.of());

  /** A subscription started on {@code start}, made on that day. */
  public static Subscription subscribe(String id, Plan plan, LocalDate start) {
    return Subscription.create(
            NewSubscription.builder()
                .id(SubscriptionId.of(id))
                .account(AccountId.of("acct-" + id))
                .currency(Money.currency("USD"))
                .zone(UTC)
                .plan(plan)
                .startDate(start)
                .quantity(2)
                .build(),
            start,
            AT)
        .value();
  }
}
