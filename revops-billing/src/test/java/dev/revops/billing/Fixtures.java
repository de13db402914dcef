package dev.revops.billing;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.Coupon;
import dev.revops.billing.catalog.CouponDuration;
import dev.revops.billing.catalog.PhaseType;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.PriceVersion;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.RevOpsException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.IntervalUnit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small catalog and helpers shared by the scenario tests and properties. */
public final class Fixtures {
  private Fixtures() {}

  public static final Currency USD = Money.currency("USD");
  public static final AccountId ACME = AccountId.of("acc-1");
  public static final ZoneId NY = ZoneId.of("America/New_York");
  public static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

  public static Money usd(String a) {
    return Money.of(a, "USD");
  }

  /**
   * A plan of the "crm" product with one evergreen phase.
   *
   * @param id the plan id
   * @param interval how often it bills
   * @param prices the phase's prices
   * @return the plan
   */
  public static Plan evergreen(String id, BillingInterval interval, Price... prices) {
    return Plan.of(id, "crm", interval, PlanPhase.evergreen(prices));
  }

  /**
   * A monthly plan of the "crm" product: a 14-day trial, then one evergreen phase.
   *
   * @param id the plan id
   * @param price the evergreen phase's price
   * @return the plan
   */
  public static Plan afterATrial(String id, Price price) {
    return Plan.of(
        id,
        "crm",
        BillingInterval.MONTHLY,
        PlanPhase.trial(BillingInterval.every(14, IntervalUnit.DAY)),
        PlanPhase.evergreen(price));
  }

  public static final Plan BASIC =
      evergreen("basic", BillingInterval.MONTHLY, Price.perUnit("basic-seat", usd("30")));
  public static final Plan PRO =
      evergreen("pro", BillingInterval.MONTHLY, Price.perUnit("pro-seat", usd("60")));
  public static final Plan WEEKLY =
      evergreen(
          "weekly",
          BillingInterval.every(2, IntervalUnit.WEEK),
          Price.flat("weekly-flat", usd("13.99")));
  public static final Plan TRIAL = afterATrial("trial", Price.perUnit("trial-seat", usd("20")));
  public static final Plan METERED =
      evergreen(
          "metered",
          BillingInterval.MONTHLY,
          Price.flat("metered-base", usd("10")),
          new Price(
              "metered-calls",
              ChargeType.USAGE,
              PricingModel.PER_UNIT,
              null,
              null,
              null,
              List.of(PriceVersion.of(LocalDate.EPOCH, usd("0.01")))),
          new Price(
              "metered-setup",
              ChargeType.ONE_TIME,
              PricingModel.FLAT,
              null,
              null,
              null,
              List.of(PriceVersion.of(LocalDate.EPOCH, usd("99")))));
  public static final Plan FIXED =
      Plan.of(
          "fixed",
          "crm",
          BillingInterval.MONTHLY,
          new PlanPhase(
              PhaseType.DISCOUNT,
              BillingInterval.every(3, IntervalUnit.MONTH),
              List.of(Price.flat("fixed-intro", usd("5")))),
          new PlanPhase(
              PhaseType.FIXED_TERM,
              BillingInterval.every(9, IntervalUnit.MONTH),
              List.of(Price.flat("fixed-term", usd("10")))));
  public static final Plan ARREAR =
      evergreen(
          "arrear",
          BillingInterval.MONTHLY,
          new Price(
              "arrear-fee",
              ChargeType.RECURRING,
              PricingModel.FLAT,
              dev.revops.billing.catalog.BillingMode.IN_ARREAR,
              null,
              null,
              List.of(PriceVersion.of(LocalDate.EPOCH, usd("50")))));

  /** Every plan above but the metered one. */
  public static final List<Plan> UNMETERED_PLANS =
      List.of(BASIC, PRO, WEEKLY, TRIAL, FIXED, ARREAR);

  /** Every plan above, in the catalog's order. */
  public static final List<Plan> PLANS = List.of(BASIC, PRO, WEEKLY, TRIAL, METERED, FIXED, ARREAR);

  public static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("crm", "CRM")),
          PLANS,
          List.of(
              Coupon.percent("HALF", Percentage.of("50"), CouponDuration.REPEATING, 2),
              Coupon.amount("FIVE", usd("5"), CouponDuration.FOREVER, null)));

  /** A request for ACME: USD, New York, quantity 1, no coupon, active at once. */
  public static NewSubscription newSubscription(String id, Plan plan, LocalDate start) {
    return NewSubscription.builder()
        .id(SubscriptionId.of(id))
        .account(ACME)
        .currency(USD)
        .zone(NY)
        .plan(plan)
        .startDate(start)
        .build();
  }

  /**
   * The catalog's two coupons, HALF and FIVE, or none.
   *
   * @param any whether to give them
   * @return the coupon ids
   */
  public static List<String> coupons(boolean any) {
    return any ? List.of("HALF", "FIVE") : List.of();
  }

  public static Subscription subscribe(String id, Plan plan, LocalDate start) {
    return Subscription.create(newSubscription(id, plan, start), start, AT).value();
  }

  /**
   * A draft invoice of ACME in USD, net 30, holding the lines a bill run produced.
   *
   * @param id the invoice id
   * @param lines the lines
   * @return the draft
   */
  public static Invoice draft(String id, List<InvoiceLine> lines) {
    return Invoice.draft()
        .id(InvoiceId.of(id))
        .account(ACME)
        .currency(USD)
        .lines(lines)
        .terms(PaymentTerms.net(30))
        .build();
  }

  /**
   * A billing module in memory over {@code catalog}: exclusive VAT of 10%, invoice ids {@code in1},
   * {@code in2} and so on.
   *
   * @param events where the events go
   * @param clock the clock
   * @param catalog the catalog
   * @return the module
   */
  public static Billing billingWithVat(EventPublisher events, Clock clock, Catalog catalog) {
    return Billing.builder()
        .events(events)
        .clock(clock)
        .catalog(catalog)
        .tax(TaxPolicy.exclusive("VAT", Percentage.of("10")))
        .invoiceIds(new SequentialIdGenerator("in"))
        .build();
  }

  /**
   * Applies a change a generated history tries, or leaves the subscription as it was when the
   * subscription refuses the change in its state.
   *
   * @param s the subscription
   * @param change the change
   * @return the changed subscription, or {@code s}
   */
  public static Subscription attempt(Subscription s, UnaryOperator<Subscription> change) {
    try {
      return change.apply(s);
    } catch (RevOpsException | IllegalStateException | IllegalArgumentException e) {
      return s;
    }
  }

  /** Bills an account and keeps the lines as one invoice per run, like a host would. */
  public static final class Ledger {
    public final List<Invoice> invoices = new ArrayList<>();
    private final InvoiceGenerator generator = InvoiceGenerator.byDay();

    public BillingResult run(List<Subscription> subs, LocalDate target) {
      BillingResult r =
          generator.generate(new AccountBilling(ACME, subs, invoices, List.of()), CATALOG, target);
      if (!r.lines().isEmpty()) {
        invoices.add(draft("in-" + invoices.size(), r.lines()));
      }
      return r;
    }

    public List<InvoiceLine> lines() {
      return invoices.stream().flatMap(i -> i.lines().stream()).toList();
    }

    public Money total() {
      Money sum = Money.zero(USD);
      for (InvoiceLine l : lines()) {
        sum = sum.plus(l.amount());
      }
      return sum;
    }
  }
}
