package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Fixtures;
import dev.revops.billing.RecordArbitraries;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The bill run is idempotent by construction: twice, or every day, bills what one run bills. */
class BillRunProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final List<Plan> PLANS = Fixtures.PLANS;

  /** A generated subscription history: created, then changed, paused, cancelled. */
  record Spec(
      int plan,
      int startOffset,
      int quantity,
      boolean coupon,
      int changeAfter,
      int newPlan,
      int newQuantity,
      ChangeTiming changeTiming,
      ProrationMode mode,
      int cancelAfter,
      ChangeTiming cancelTiming,
      int pauseAfter,
      int pauseDays,
      boolean pauseBilled) {}

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Integer> plan = Arbitraries.integers().between(0, PLANS.size() - 1);
    Arbitrary<Integer> after = Arbitraries.integers().between(-1, 90);
    return RecordArbitraries.of(
        Spec.class,
        plan,
        Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(true, false),
        after,
        plan,
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(ChangeTiming.class),
        Arbitraries.of(ProrationMode.class),
        after,
        Arbitraries.of(ChangeTiming.class),
        after,
        Arbitraries.integers().between(1, 40),
        Arbitraries.of(true, false));
  }

  static Subscription build(String id, Spec spec) {
    LocalDate start = BASE.plusDays(spec.startOffset());
    Plan plan = PLANS.get(spec.plan());
    NewSubscription req =
        Fixtures.newSubscription(id, plan, start)
            .withQuantity(spec.quantity())
            .withCoupons(Fixtures.coupons(spec.coupon()));
    Subscription s = Subscription.create(req, start, AT).value();
    if (spec.changeAfter() >= 0) {
      s =
          Fixtures.attempt(
              s,
              v ->
                  v.changePlan(
                          CATALOG,
                          PLANS.get(spec.newPlan()),
                          spec.newQuantity(),
                          spec.changeTiming(),
                          spec.mode(),
                          start.plusDays(spec.changeAfter()),
                          AT)
                      .value());
    }
    if (spec.pauseAfter() >= 0) {
      LocalDate from = start.plusDays(spec.pauseAfter());
      s =
          Fixtures.attempt(
              s,
              v ->
                  v.pause(from, spec.pauseBilled(), AT)
                      .value()
                      .resume(from.plusDays(spec.pauseDays()), AT)
                      .value());
    }
    if (spec.cancelAfter() >= 0) {
      s =
          Fixtures.attempt(
              s,
              v ->
                  v.cancel(
                          CATALOG,
                          ChangeTiming.IMMEDIATE,
                          spec.cancelTiming(),
                          start.plusDays(spec.cancelAfter()),
                          AT)
                      .value());
    }
    return s;
  }

  private static List<UsageRecord> usage(List<Subscription> subs, int seed) {
    List<UsageRecord> out = new ArrayList<>();
    for (Subscription s : subs) {
      for (int i = 0; i < 6; i++) {
        out.add(
            new UsageRecord(
                s.id(),
                "metered-calls",
                s.startDate().plusDays((seed * 7L + i * 19L) % 150),
                100L * i + seed));
      }
    }
    return out;
  }

  private static String canonical(InvoiceLine l) {
    return l.subscriptionId()
        + "|"
        + l.priceId()
        + "|"
        + l.quantity()
        + "|"
        + l.servicePeriod()
        + "|"
        + l.type()
        + "|"
        + l.amount();
  }

  private static List<String> canonical(List<InvoiceLine> lines) {
    return lines.stream().map(BillRunProperties::canonical).sorted().toList();
  }

  @Property(tries = 1000)
  void runningTwiceOrEveryDayBillsExactlyWhatOneRunBills(
      @ForAll("specs") Spec a,
      @ForAll("specs") Spec b,
      @ForAll boolean two,
      @ForAll @IntRange(min = 0, max = 150) int targetOffset,
      @ForAll @IntRange(min = 0, max = 50) int usageSeed,
      @ForAll ProrationUnit unit) {
    List<Subscription> subs = new ArrayList<>();
    subs.add(build("s-a", a));
    if (two) {
      subs.add(build("s-b", b));
    }
    List<UsageRecord> usage = usage(subs, usageSeed);
    InvoiceGenerator gen = new InvoiceGenerator(unit);
    LocalDate target = BASE.plusDays(a.startOffset() + targetOffset);

    BillingResult once =
        gen.generate(new AccountBilling(ACME, subs, List.of(), usage), CATALOG, target);
    Invoice first = invoice(0, once.lines());
    BillingResult again =
        gen.generate(new AccountBilling(ACME, subs, List.of(first), usage), CATALOG, target);
    assertThat(again.lines()).isEmpty();
    assertThat(again.nextDate()).isEqualTo(once.nextDate());

    List<Invoice> daily = new ArrayList<>();
    for (LocalDate day = BASE; !day.isAfter(target); day = day.plusDays(1)) {
      BillingResult r = gen.generate(new AccountBilling(ACME, subs, daily, usage), CATALOG, day);
      if (!r.lines().isEmpty()) {
        daily.add(invoice(daily.size(), r.lines()));
      }
      if (r.nextDate() != null) {
        assertThat(r.nextDate()).isAfter(day);
      }
    }
    List<InvoiceLine> dailyLines = daily.stream().flatMap(i -> i.lines().stream()).toList();
    assertThat(canonical(dailyLines)).isEqualTo(canonical(once.lines()));
    Statistics.label("billed").collect(once.lines().isEmpty() ? "nothing" : "something");
    Statistics.label("credits")
        .collect(once.lines().stream().anyMatch(l -> l.amount().isNegative()));
    Statistics.label("prorations")
        .collect(once.lines().stream().anyMatch(l -> l.type() == LineType.PRORATION_CHARGE));
    Statistics.label("billed").coverage(c -> c.check("something").percentage(pct -> pct > 60));
  }

  /**
   * A month cut by up to 20 quantity changes has more pieces than the generator's per-period map
   * keeps in a plain list, so this also covers its hashed lookup: still billed once, whether run
   * once or every day, and a second run adds nothing.
   */
  @Property(tries = 300)
  void aPeriodCutByManyChangesIsBilledOnceHoweverOftenItRuns(
      @ForAll @net.jqwik.api.constraints.Size(min = 4, max = 25)
          List<@IntRange(min = 1, max = 29) Integer> changeDays,
      @ForAll @IntRange(min = 1, max = 9) int firstQuantity,
      @ForAll ProrationMode mode,
      @ForAll @IntRange(min = 0, max = 70) int targetOffset,
      @ForAll @IntRange(min = 31, max = 70) int laterTargetOffset,
      @ForAll boolean afterJanuary) {
    NewSubscription req =
        NewSubscription.builder()
            .id(SubscriptionId.of("s-many"))
            .account(ACME)
            .currency(Fixtures.USD)
            .zone(Fixtures.NY)
            .plan(Fixtures.BASIC)
            .startDate(BASE)
            .quantity(firstQuantity)
            .build();
    Subscription s = Subscription.create(req, BASE, AT).value();
    List<Integer> days = changeDays.stream().distinct().sorted().toList();
    for (int i = 0; i < days.size(); i++) {
      int d = days.get(i);
      long quantity = firstQuantity + i + 1L; // always a change
      Subscription before = s;
      s =
          Fixtures.attempt(
              before,
              v ->
                  v.changeQuantity(
                          CATALOG, quantity, ChangeTiming.IMMEDIATE, mode, BASE.plusDays(d), AT)
                      .value());
    }
    List<Subscription> subs = List.of(s);
    InvoiceGenerator gen = InvoiceGenerator.byDay();
    LocalDate target = BASE.plusDays(afterJanuary ? laterTargetOffset : targetOffset);
    BillingResult once =
        gen.generate(new AccountBilling(ACME, subs, List.of(), List.of()), CATALOG, target);
    BillingResult again =
        gen.generate(
            new AccountBilling(ACME, subs, List.of(invoice(0, once.lines())), List.of()),
            CATALOG,
            target);
    assertThat(again.lines()).isEmpty();
    List<Invoice> daily = new ArrayList<>();
    for (LocalDate day = BASE; !day.isAfter(target); day = day.plusDays(1)) {
      BillingResult r =
          gen.generate(new AccountBilling(ACME, subs, daily, List.of()), CATALOG, day);
      if (!r.lines().isEmpty()) {
        daily.add(invoice(daily.size(), r.lines()));
      }
    }
    List<InvoiceLine> dailyLines = daily.stream().flatMap(i -> i.lines().stream()).toList();
    assertThat(canonical(dailyLines)).isEqualTo(canonical(once.lines()));
    long januaryPieces =
        once.lines().stream()
            .filter(l -> l.servicePeriod().start().getMonthValue() == 1)
            .filter(l -> l.servicePeriod().start().getYear() == 2024)
            .count();
    Statistics.label("January pieces").collect(januaryPieces > 8 ? "more than 8" : "8 or fewer");
    Statistics.label("January pieces")
        .coverage(c -> c.check("more than 8").percentage(pct -> pct > 15));
  }

  private static Invoice invoice(int n, List<InvoiceLine> lines) {
    return Invoice.draft()
        .id(InvoiceId.of("in-" + n))
        .account(ACME)
        .currency(Fixtures.USD)
        .lines(lines)
        .terms(PaymentTerms.net(30))
        .build();
  }
}
