package dev.revops.testkit.arbitraries;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.PriceAmount;
import dev.revops.billing.catalog.PriceVersion;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.catalog.Tier;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.subscription.ExhaustedAction;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionAction;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.SubscriptionLifecycle;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for revops-billing: prices of every pricing model and charge type, whole
 * catalogs, subscriptions in every reachable state, invoices with lines in any currency scale, and
 * payments with their history of gateway attempts. Every value is built through the billing
 * module's public constructors and operations (catalogs through {@link Catalog#of}, which
 * validates; subscriptions through {@link Subscription#create} and lifecycle operations; payments
 * through {@link Payment#record}), so it is always a valid domain object. Values shrink towards
 * USD, one product, one plan, a flat price, zero amounts and short histories.
 *
 * <p>Stateless; the arbitraries are immutable and can be shared between threads. No method takes or
 * returns null.
 */
public final class BillingArbitraries {
  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  private BillingArbitraries() {}

  /**
   * Every pricing model; shrinks to {@link PricingModel#FLAT}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PricingModel> pricingModels() {
    return Arbitraries.of(PricingModel.class);
  }

  /**
   * Billing intervals: every unit, 1 to 3 of it; shrinks to one month.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BillingInterval> billingIntervals() {
    return Combinators.combine(
            Arbitraries.of(
                IntervalUnit.MONTH, IntervalUnit.YEAR, IntervalUnit.WEEK, IntervalUnit.DAY),
            Arbitraries.integers().between(1, 3))
        .as((unit, count) -> BillingInterval.every(count, unit));
  }

  /**
   * Tier ladders for tiered prices: 1 to 4 tiers with ascending bounds, the last one open-ended,
   * unit amounts up to 100 major units and optional flat fees.
   *
   * @param currency the currency of every amount
   * @return the arbitrary
   */
  public static Arbitrary<List<Tier>> tiers(Currency currency) {
    Arbitrary<Tier> shape =
        Combinators.combine(
                Arbitraries.longs().between(1, 100),
                CoreArbitraries.nonNegativeMoney(currency, 100),
                CoreArbitraries.nonNegativeMoney(currency, 50).injectNull(0.3))
            .as((width, unit, flat) -> new Tier(width, unit, flat));
    return shape
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            widths -> {
              List<Tier> out = new ArrayList<>();
              long upTo = 0;
              for (int i = 0; i < widths.size(); i++) {
                Tier t = widths.get(i);
                boolean last = i == widths.size() - 1;
                upTo += t.upTo();
                out.add(new Tier(last ? null : upTo, t.unitAmount(), t.flatAmount()));
              }
              return out;
            });
  }

  /**
   * The amount of one price in one currency for a pricing model: tiers for the tiered models, a
   * non-negative amount up to 1,000 major units for the others.
   *
   * @param model the pricing model
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<PriceAmount> priceAmounts(PricingModel model, Currency currency) {
    return switch (model) {
      case TIERED_GRADUATED, TIERED_VOLUME ->
          tiers(currency).map(t -> new PriceAmount(Money.zero(currency), t));
      case FLAT, PER_UNIT, PACKAGE ->
          CoreArbitraries.nonNegativeMoney(currency, 1_000).map(PriceAmount::of);
    };
  }

  /**
   * Prices of every pricing model and charge type (recurring, usage billed in arrear, one-time),
   * package sizes 1 to 100, and 1 to 3 versions effective from 2024-01-01 on.
   *
   * @param id the price id
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Price> prices(String id, Currency currency) {
    return Combinators.combine(
            pricingModels(),
            Arbitraries.of(ChargeType.RECURRING, ChargeType.USAGE, ChargeType.ONE_TIME),
            Arbitraries.longs().between(1, 100),
            Arbitraries.integers().between(1, 3))
        .flatAs(
            (model, charge, size, versions) ->
                priceAmounts(model, currency)
                    .list()
                    .ofSize(versions)
                    .map(
                        amounts -> {
                          List<PriceVersion> vs = new ArrayList<>();
                          for (int v = 0; v < amounts.size(); v++) {
                            vs.add(PriceVersion.of(EPOCH.plusMonths(6L * v), amounts.get(v)));
                          }
                          return new Price(
                              id,
                              charge,
                              model,
                              null,
                              model == PricingModel.PACKAGE ? size : null,
                              null,
                              vs);
                        }));
  }

  /**
   * Prices in any currency, with id {@code price-1}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Price> prices() {
    return CoreArbitraries.currencies().flatMap(c -> prices("price-1", c));
  }

  /**
   * Valid catalogs in one currency: 1 to 3 products, 1 to 4 plans, each with an optional trial of 1
   * to 30 days and an evergreen phase of 1 to 3 prices of any model. Built through {@link
   * Catalog#of}, so the catalog's own validation accepted it.
   *
   * @param currency the currency of every price
   * @return the arbitrary
   */
  public static Arbitrary<Catalog> catalogs(Currency currency) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4))
        .flatAs(
            (products, plans) ->
                plans(currency, plans, products)
                    .map(
                        ps -> {
                          List<Product> prods = new ArrayList<>();
                          for (int i = 1; i <= products; i++) {
                            prods.add(new Product("prod-" + i, "Product " + i));
                          }
                          return Catalog.of(prods, ps, List.of());
                        }));
  }

  /**
   * Valid catalogs in any currency.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Catalog> catalogs() {
    return CoreArbitraries.currencies().flatMap(BillingArbitraries::catalogs);
  }

  private static Arbitrary<List<Plan>> plans(Currency currency, int count, int products) {
    List<Arbitrary<Plan>> each = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      each.add(plan("plan-" + i, "prod-" + (1 + (i - 1) % products), currency));
    }
    return Combinators.combine(each).as(List::copyOf);
  }

  private static Arbitrary<Plan> plan(String id, String productId, Currency currency) {
    return Combinators.combine(
            billingIntervals(),
            Arbitraries.integers().between(1, 30).injectNull(0.5),
            Arbitraries.integers().between(1, 3))
        .flatAs(
            (interval, trialDays, priceCount) -> {
              List<Arbitrary<Price>> prices = new ArrayList<>();
              for (int k = 1; k <= priceCount; k++) {
                prices.add(prices(id + "-price-" + k, currency));
              }
              return Combinators.combine(prices)
                  .as(
                      ps -> {
                        List<PlanPhase> phases = new ArrayList<>();
                        if (trialDays != null) {
                          phases.add(
                              PlanPhase.trial(BillingInterval.every(trialDays, IntervalUnit.DAY)));
                        }
                        phases.add(PlanPhase.evergreen(ps.toArray(Price[]::new)));
                        return new Plan(id, productId, interval, phases);
                      });
            });
  }

  /**
   * Subscriptions to a catalog's plans in every reachable state: created through {@link
   * Subscription#create} (pending when they start later, trialing, incomplete or active), then
   * taken through 0 to 6 lifecycle operations the state machine allows (payment failed or
   * succeeded, pause, resume, cancel now or at period end, reactivate, mark unpaid), all on one day
   * 0 to 20 days after the start (starts from 2024 to 2043). Shrinks to an active subscription to
   * the first plan starting 2024-01-01.
   *
   * @param catalog the catalog
   * @return the arbitrary
   */
  public static Arbitrary<Subscription> subscriptions(Catalog catalog) {
    return Combinators.combine(
            Arbitraries.of(catalog.plans()),
            Arbitraries.longs().between(1, 10),
            Arbitraries.integers().between(0, 20 * 366).map(d -> EPOCH.plusDays(d)),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 5).map(i -> i == 5),
            Arbitraries.integers().between(0, 5).map(i -> i == 5),
            Arbitraries.of(STEPS).list().ofMaxSize(6))
        .as(
            (plan, quantity, start, dayInPeriod, startsLater, awaitPayment, steps) -> {
              Currency currency = currencyOf(plan);
              NewSubscription request =
                  new NewSubscription(
                      SubscriptionId.of("sub-1"),
                      AccountId.of("acc-1"),
                      currency,
                      ZoneOffset.UTC,
                      plan,
                      quantity,
                      start,
                      List.of(),
                      awaitPayment,
                      true);
              LocalDate created = startsLater ? start.minusDays(1 + dayInPeriod) : start;
              Subscription s = Subscription.create(request, created, at(created)).value();
              if (startsLater) {
                return s;
              }
              LocalDate today = start.plusDays(dayInPeriod);
              for (SubscriptionAction step : steps) {
                s = apply(s, step, catalog, today);
              }
              return s;
            });
  }

  /**
   * Subscriptions to the plans of generated catalogs.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Subscription> subscriptions() {
    return catalogs().flatMap(BillingArbitraries::subscriptions);
  }

  private static final List<SubscriptionAction> STEPS =
      List.of(
          SubscriptionAction.PAYMENT_FAILED,
          SubscriptionAction.PAYMENT_SUCCEEDED,
          SubscriptionAction.PAUSE,
          SubscriptionAction.RESUME,
          SubscriptionAction.SCHEDULE_CANCEL,
          SubscriptionAction.REACTIVATE,
          SubscriptionAction.CANCEL,
          SubscriptionAction.MARK_UNPAID);

  private static Subscription apply(
      Subscription s, SubscriptionAction step, Catalog catalog, LocalDate today) {
    SubscriptionStatus status = s.status();
    if (!SubscriptionLifecycle.MACHINE.canFire(status, step)) {
      return s;
    }
    Instant at = at(today);
    return switch (step) {
      case PAYMENT_FAILED -> s.paymentFailed(at).value();
      case PAYMENT_SUCCEEDED -> s.paymentSucceeded(at).value();
      case PAUSE -> s.pause(today, false, at).value();
      case RESUME -> s.resume(today, at).value();
      case SCHEDULE_CANCEL -> s.cancelAtPeriodEnd(catalog, today, at).value();
      case REACTIVATE -> s.reactivate(today, at).value();
      case CANCEL -> s.cancelNow(catalog, today, at).value();
      case MARK_UNPAID -> s.retriesExhausted(ExhaustedAction.MARK_UNPAID, today, at).value();
      default -> s;
    };
  }

  private static Currency currencyOf(Plan plan) {
    Price first = plan.phases().get(plan.phases().size() - 1).prices().get(0);
    return first.versions().get(0).currencies().get(0).currency();
  }

  private static Instant at(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Invoice lines in one currency: every line type, amounts between -10,000 and 10,000 major units
   * (negative for credits), quantities 0 to 100, service periods of 0 to 400 days.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<InvoiceLine> invoiceLines(Currency currency) {
    long bound = 10_000L * pow10(currency.getDefaultFractionDigits());
    return Combinators.combine(
            Arbitraries.of(LineType.class),
            Arbitraries.longs().between(-bound, bound).shrinkTowards(0),
            Arbitraries.longs().between(0, 100),
            Arbitraries.integers().between(0, 400))
        .as(
            (type, minor, quantity, days) ->
                new InvoiceLine(
                    type,
                    type.name().toLowerCase(java.util.Locale.ROOT),
                    Money.ofMinor(minor, currency),
                    quantity,
                    DateRange.ofDays(EPOCH, days),
                    null,
                    null));
  }

  /**
   * Invoices in any currency (so any minor-unit scale) with 1 to 10 lines: drafts, finalized
   * invoices (open or, when nothing is due, paid) and finalized invoices with a partial or full
   * payment applied. Shrinks to a USD draft with one zero line.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Invoice> invoices() {
    return CoreArbitraries.currencies().flatMap(BillingArbitraries::invoices);
  }

  /**
   * Invoices in one currency, as {@link #invoices()}.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Invoice> invoices(Currency currency) {
    return Combinators.combine(
            invoiceLines(currency).list().ofMinSize(1).ofMaxSize(10),
            Arbitraries.of(0, 1, 2),
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(1, 100))
        .as(
            (lines, stage, netDays, paidPercent) -> {
              AccountId account = AccountId.of("acc-1");
              Invoice draft =
                  Invoice.draft()
                      .id(InvoiceId.of("inv-1"))
                      .account(account)
                      .currency(currency)
                      .lines(lines)
                      .terms(
                          netDays == 0
                              ? PaymentTerms.chargeAutomatically()
                              : PaymentTerms.net(netDays))
                      .build();
              if (stage == 0) {
                return draft;
              }
              Invoice open =
                  draft
                      .finalizeOn(EPOCH, CreditBalance.empty(account, currency), at(EPOCH))
                      .invoice()
                      .value();
              if (stage == 1 || !open.isPayable()) {
                return open;
              }
              long due = open.amountDue().minor();
              long pay = Math.max(1, due * paidPercent / 100);
              return open.applyPayment(Money.ofMinor(pay, currency), at(EPOCH.plusDays(1)))
                  .invoice()
                  .value();
            });
  }

  /**
   * Payments with a history of gateway attempts: purchases that fail (soft or hard declines), stay
   * pending or unknown and are then resolved through a lookup, or succeed, then optional partial
   * refunds; every step goes through {@link Payment#record} or {@link Payment#resolve}, so only
   * sequences the payment's rules allow are generated. Amounts in any currency up to 10,000 major
   * units. Shrinks to a new USD payment with no attempts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Payment> paymentHistories() {
    return CoreArbitraries.currencies()
        .flatMap(
            currency ->
                Combinators.combine(
                        CoreArbitraries.nonNegativeMoney(currency, 10_000)
                            .filter(Money::isPositive),
                        Arbitraries.integers().between(0, 5).list().ofMaxSize(8))
                    .as(BillingArbitraries::paymentHistory));
  }

  private static Payment paymentHistory(Money amount, List<Integer> steps) {
    Payment p =
        Payment.create(PaymentId.of("pay-1"), AccountId.of("acc-1"), amount, InvoiceId.of("inv-1"));
    Instant at = at(EPOCH);
    int n = 0;
    for (int step : steps) {
      at = at.plusSeconds(3600);
      n++;
      if (p.unresolved().isPresent()) {
        p =
            p.resolve(
                    step % 2 == 0
                        ? GatewayResult.success("gw-" + n)
                        : GatewayResult.failure(Decline.soft("insufficient_funds")),
                    at)
                .value();
      } else if (p.status() == PaymentStatus.NEW || p.status() == PaymentStatus.FAILED) {
        GatewayResult result =
            switch (step) {
              case 0 -> GatewayResult.success("gw-" + n);
              case 1 -> GatewayResult.failure(Decline.soft("insufficient_funds"));
              case 2 -> GatewayResult.failure(Decline.hard("stolen_card"));
              case 3 -> GatewayResult.pending();
              case 4 -> GatewayResult.unknown();
              default -> GatewayResult.failure(Decline.soft("issuer_unavailable"));
            };
        p =
            p.record(
                    new GatewayRequest("pay-1-" + n, p.id(), TransactionType.PURCHASE, amount),
                    result,
                    at)
                .value();
      } else if (p.status() == PaymentStatus.CAPTURED && p.refundable().isPositive()) {
        long part = Math.max(1, p.refundable().minor() * (step + 1) / 6);
        Money refund = Money.ofMinor(part, amount.currency());
        p =
            p.record(
                    new GatewayRequest("pay-1-" + n, p.id(), TransactionType.REFUND, refund),
                    GatewayResult.success("gw-" + n),
                    at)
                .value();
      }
    }
    return p;
  }

  private static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
  }
}
