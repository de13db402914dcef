package dev.revops.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.catalog.BillingMode;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.PriceAmount;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.proration.ProratedPiece;
import dev.revops.billing.proration.Proration;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The billing arbitraries generate valid values, and those values exercise real billing rules. */
class BillingArbitrariesProperties {
  private static final LocalDate ON = LocalDate.of(2030, 1, 1);

  @Provide
  Arbitrary<Catalog> catalogs() {
    return BillingArbitraries.catalogs();
  }

  @Provide
  Arbitrary<Price> prices() {
    return BillingArbitraries.prices();
  }

  @Provide
  Arbitrary<Price> packagePrices() {
    return BillingArbitraries.prices().filter(p -> p.model() == PricingModel.PACKAGE);
  }

  @Provide
  Arbitrary<Subscription> subscriptions() {
    return BillingArbitraries.subscriptions();
  }

  @Provide
  Arbitrary<Invoice> invoices() {
    return BillingArbitraries.invoices();
  }

  @Provide
  Arbitrary<Payment> payments() {
    return BillingArbitraries.paymentHistories();
  }

  private static Currency currencyOf(Price price) {
    return price.versions().get(0).currencies().get(0).currency();
  }

  @Property(tries = 1000)
  void generatedCatalogsPassTheirOwnValidationAndPriceEveryQuantity(
      @ForAll("catalogs") Catalog catalog, @ForAll @IntRange(max = 1000) int quantity) {
    assertThat(catalog.problems()).isEmpty();
    for (var plan : catalog.plans()) {
      assertThat(catalog.product(plan.productId())).as("product of " + plan.id()).isPresent();
      for (PlanPhase phase : plan.phases()) {
        for (Price price : phase.prices()) {
          Money amount = price.amountFor(quantity, currencyOf(price), ON, ON);
          assertThat(amount.isNegative()).as("price " + price.id()).isFalse();
        }
      }
    }
  }

  @Property(tries = 1000)
  void everyModelAndChargeTypeIsGeneratedAndUsageIsBilledInArrear(@ForAll("prices") Price price) {
    Statistics.label("model").collect(price.model());
    Statistics.label("charge").collect(price.charge());
    Statistics.label("model").coverage(c -> c.check(PricingModel.TIERED_VOLUME).count(n -> n > 0));
    Statistics.label("model").coverage(c -> c.check(PricingModel.PACKAGE).count(n -> n > 0));
    Statistics.label("charge").coverage(c -> c.check(ChargeType.USAGE).count(n -> n > 0));
    if (price.charge() == ChargeType.USAGE) {
      assertThat(price.mode()).isEqualTo(BillingMode.IN_ARREAR);
    }
  }

  @Property(tries = 1000)
  void noPriceButAVolumePriceFallsAsTheQuantityGrows(
      @ForAll("prices") Price price, @ForAll @IntRange(max = 500) int quantity) {
    PriceAmount amount = price.versions().get(0).currencies().get(0);
    Money atQ = amount.priceFor(price.model(), quantity, price.packageSize());
    Money atNext = amount.priceFor(price.model(), quantity + 1, price.packageSize());
    if (price.model() != PricingModel.TIERED_VOLUME) {
      assertThat(atNext.isLessThan(atQ)).as(price.model() + " at " + quantity + "+1").isFalse();
    }
  }

  @Property(tries = 1000)
  void aPackagePriceChargesWholePackages(
      @ForAll("packagePrices") Price price, @ForAll @IntRange(max = 500) int quantity) {
    PriceAmount amount = price.versions().get(0).currencies().get(0);
    long size = price.packageSize();
    long roundedUp = (quantity + size - 1) / size * size;
    assertThat(amount.priceFor(PricingModel.PACKAGE, quantity, size))
        .isEqualTo(amount.priceFor(PricingModel.PACKAGE, roundedUp, size));
  }

  @Property(tries = 1000)
  void generatedSubscriptionsAreInReachableStatesThatKeepTheirAccessRules(
      @ForAll("subscriptions") Subscription s) {
    Statistics.label("status").collect(s.status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (SubscriptionStatus st :
                  List.of(
                      SubscriptionStatus.PENDING,
                      SubscriptionStatus.TRIALING,
                      SubscriptionStatus.INCOMPLETE,
                      SubscriptionStatus.ACTIVE,
                      SubscriptionStatus.NON_RENEWING,
                      SubscriptionStatus.PAST_DUE,
                      SubscriptionStatus.UNPAID,
                      SubscriptionStatus.PAUSED,
                      SubscriptionStatus.CANCELLED)) {
                c.check(st).count(n -> n > 0);
              }
            });
    assertThat(s.version()).isEqualTo(Aggregate.NEW);
    switch (s.status()) {
      case PENDING, INCOMPLETE, UNPAID ->
          assertThat(s.hasAccess(s.startDate())).as("access of a " + s.status()).isFalse();
      case CANCELLED, NON_RENEWING -> {
        assertThat(s.entitlementEnd()).isNotNull();
        assertThat(s.hasAccess(s.entitlementEnd())).isFalse();
      }
      case PAUSED -> assertThat(s.pauses()).isNotEmpty();
      default ->
          assertThat(s.status())
              .isIn(
                  SubscriptionStatus.ACTIVE,
                  SubscriptionStatus.TRIALING,
                  SubscriptionStatus.PAST_DUE);
    }
  }

  @Property(tries = 1000)
  void anInvoiceTotalIsTheSumOfItsLinesAndItsDueNeverExceedsIt(
      @ForAll("invoices") Invoice invoice) {
    Statistics.label("status").collect(invoice.status());
    Statistics.label("scale").collect(invoice.currency().getDefaultFractionDigits());
    Money sum = Money.zero(invoice.currency());
    for (InvoiceLine line : invoice.lines()) {
      sum = sum.plus(line.amount());
    }
    assertThat(invoice.total()).isEqualTo(sum);
    Money due = invoice.amountDue();
    assertThat(due.isNegative()).isFalse();
    if (invoice.total().isPositive()) {
      assertThat(due.isGreaterThan(invoice.total())).isFalse();
    }
    if (invoice.status() == InvoiceStatus.PAID) {
      assertThat(due.isZero()).isTrue();
    }
  }

  @Property(tries = 1000)
  void proratedPiecesOfAnInvoiceLineAddUpToTheLine(
      @ForAll("invoices") Invoice invoice, @ForAll @IntRange(max = 400) int cut) {
    Proration byDay = Proration.byDay(ZoneOffset.UTC);
    for (InvoiceLine line : invoice.lines()) {
      if (line.servicePeriod().isEmpty()) {
        continue;
      }
      List<ProratedPiece> pieces =
          byDay.split(
              line.amount(),
              line.servicePeriod(),
              List.of(line.servicePeriod().start().plusDays(cut)));
      Money sum = Money.zero(invoice.currency());
      for (ProratedPiece p : pieces) {
        sum = sum.plus(p.amount());
      }
      assertThat(sum).isEqualTo(line.amount());
    }
  }

  @Property(tries = 1000)
  void aPaymentHistoryNeverCapturesTwiceOrRefundsMoreThanItCaptured(@ForAll("payments") Payment p) {
    Statistics.label("status").collect(p.status());
    Statistics.label("status")
        .coverage(
            c -> {
              c.check(PaymentStatus.CAPTURED).count(n -> n > 0);
              c.check(PaymentStatus.FAILED).count(n -> n > 0);
              c.check(PaymentStatus.REFUNDED).count(n -> n > 0);
            });
    long successfulPurchases =
        p.transactions().stream()
            .filter(t -> t.type() == TransactionType.PURCHASE)
            .filter(t -> t.result().status() == TransactionStatus.SUCCESS)
            .count();
    long failedPurchases =
        p.transactions().stream()
            .map(PaymentTransaction::result)
            .filter(r -> r.status() == TransactionStatus.FAILURE)
            .count();
    assertThat(successfulPurchases).isLessThanOrEqualTo(1);
    assertThat(p.captured().isGreaterThan(p.amount())).isFalse();
    assertThat(p.refunded().isGreaterThan(p.captured())).isFalse();
    assertThat(p.failedAttempts()).isEqualTo((int) failedPurchases);
    assertThat(p.captured().isPositive()).isEqualTo(successfulPurchases == 1);
  }
}
