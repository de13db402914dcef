package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.Fixtures;
import dev.revops.billing.RecordArbitraries;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.RevOpsException;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The bill run of {@code BillingCycleService} over the in-memory stores reads only the invoices its
 * watermark needs and issues exactly what recomputing every period from all the invoices issues.
 * The history: subscriptions created through the {@link SubscriptionService} (some starting in the
 * past), changed through it on the clock's day, or changed through the subscription's methods with
 * an earlier day and saved (a correction dated back by up to 70 days), and issued by the service on
 * most days (finalized, taxed, with the credit balance). At each run the dry run ({@code due}) must
 * equal the generator of before over every stored invoice, the repository's two history queries
 * must answer what filtering all the account's invoices answers, and issuing again issues nothing.
 */
class BillingCycleWatermarkProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final List<Plan> PLANS = Fixtures.UNMETERED_PLANS;
  private static final int[] BACK = {0, 0, 1, 12, 40, 70};

  /** One day of the history: days passed, a change (kind 0 for none), whether the run ran. */
  record Day(
      int gap,
      int kind,
      boolean viaService,
      int back,
      int plan,
      int quantity,
      ChangeTiming timing,
      ProrationMode mode,
      boolean run) {}

  @Provide
  Arbitrary<Day> days() {
    return RecordArbitraries.of(
        Day.class,
        Arbitraries.integers().between(1, 35),
        Arbitraries.integers().between(0, 9),
        Arbitraries.of(true, false),
        WatermarkHistory.back(BACK),
        Arbitraries.integers().between(0, PLANS.size() - 1),
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(ChangeTiming.class),
        Arbitraries.of(ProrationMode.class),
        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)));
  }

  @Property(tries = 150)
  void theServiceBillsFromTheWatermarkWhatRecomputingEverythingBills(
      @ForAll @IntRange(min = 0, max = 5) int plan,
      @ForAll @IntRange(min = 0, max = 5) int otherPlan,
      @ForAll @IntRange(min = -45, max = 20) int startOffset,
      @ForAll boolean coupon,
      @ForAll @Size(min = 6, max = 40) List<@From("days") Day> days) {
    boolean lessRead = history(plan, otherPlan, startOffset, coupon, days);
    Statistics.label("the queries read fewer invoices than the account has").collect(lessRead);
    Statistics.label("the queries read fewer invoices than the account has")
        .coverage(c -> c.check(true).percentage(p -> p > 60));
  }

  /**
   * Runs one history and checks every run; returns whether the history queries read fewer invoices
   * than the account has.
   */
  private static boolean history(
      int plan, int otherPlan, int startOffset, boolean coupon, List<Day> days) {
    ManualClock clock = new ManualClock(WatermarkHistory.instant(BASE), NY);
    Billing billing = Fixtures.billingWithVat(new InMemoryEventPublisher(false), clock, CATALOG);
    SubscriptionService service = billing.subscriptions();
    List<SubscriptionId> ids = new ArrayList<>();
    NewSubscription first =
        Fixtures.newSubscription("s-a", PLANS.get(plan), BASE.plusDays(startOffset))
            .withCoupons(Fixtures.coupons(coupon));
    ids.add(service.create(first).id());
    ids.add(
        service
            .create(Fixtures.newSubscription("s-b", PLANS.get(otherPlan), BASE.plusDays(20)))
            .id());
    InvoiceRepository invoices = billing.stores().invoices();
    LocalDate day = BASE;
    boolean lessRead = false;
    for (Day d : days) {
      day = day.plusDays(d.gap());
      clock.setInstant(WatermarkHistory.instant(day));
      change(billing, ids.get(d.kind() % 2), d, day);
      if (!d.run()) {
        continue;
      }
      List<Invoice> all = invoices.findByAccount(ACME);
      AccountBilling everything =
          new AccountBilling(ACME, billing.stores().subscriptions().findByAccount(ACME), all, null);
      BillingResult before =
          PreviousGenerator.generate(ProrationUnit.DAY, everything, CATALOG, day);
      BillingResult due = billing.billingCycle().due(ACME, day, null);
      assertThat(due).isEqualTo(before);

      Optional<LocalDate> mark = invoices.latestChargeStart(ACME);
      assertThat(mark).isEqualTo(Watermark.of(all));
      LocalDate from =
          Watermark.invoicesNeededFrom(
              everything.subscriptions(), CATALOG, mark.orElse(null), null, day);
      if (!from.equals(LocalDate.MIN)) {
        for (LocalDate q : List.of(from.minusDays(1), from.minusDays(20), day, from)) {
          List<Invoice> read = invoices.findByAccountWithServiceEndingAfter(ACME, q);
          assertThat(read).containsExactlyElementsOf(WatermarkHistory.endingAfter(all, q));
          lessRead |= read.size() < all.size();
        }
      }

      billing.billingCycle().issue(ACME, day, null);
      // issuing again issues nothing: what was issued settles what was due
      assertThat(billing.billingCycle().due(ACME, day, null).lines()).isEmpty();
    }
    return lessRead;
  }

  /**
   * Found by this property: a correction dated before a pending subscription's start (which now
   * takes effect from the start), then a plan change; the credit for the first plan's month was
   * issued again at every run.
   */
  @Example
  void aCreditForAPlanNoLongerBilledIsIssuedOnceThroughTheService() {
    history(
        0,
        0,
        0,
        true,
        List.of(
            day(24, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(5, 1, false, 12, 2, ProrationMode.CREATE_PRORATIONS, false),
            day(1, 1, true, 0, 3, ProrationMode.ALWAYS_INVOICE, false),
            day(4, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(1, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(1, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true)));
  }

  /**
   * Found by this property with the first fix: a credit whose line is in a period the watermark has
   * settled since must be settled with it, not credited back.
   */
  @Example
  void aCreditOfASettledLineStaysSettled() {
    history(
        2,
        0,
        -1,
        true,
        List.of(
            day(1, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(4, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(6, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(17, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(2, 2, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(1, 2, false, 12, 0, ProrationMode.CREATE_PRORATIONS, true),
            day(20, 0, true, 0, 0, ProrationMode.CREATE_PRORATIONS, true)));
  }

  private static Day day(
      int gap, int kind, boolean viaService, int back, int plan, ProrationMode mode, boolean run) {
    return new Day(gap, kind, viaService, back, plan, 1, ChangeTiming.IMMEDIATE, mode, run);
  }

  /**
   * Kind 1-3: a plan or quantity change, 4: a cancellation, 5: a reactivation, 6-7: a pause then a
   * resumption, 8-9: nothing. Through the service on the clock's day, or (viaService false, a
   * correction) through the subscription's methods dated {@code back} days earlier, saved.
   */
  private static void change(Billing billing, SubscriptionId id, Day d, LocalDate day) {
    SubscriptionService service = billing.subscriptions();
    Plan plan = PLANS.get(d.plan());
    try {
      if (d.viaService() || d.back() == 0) {
        switch (d.kind()) {
          case 1, 2, 3 -> service.changePlan(id, plan.id(), d.quantity(), d.timing(), d.mode());
          case 4 -> service.cancel(id, ChangeTiming.END_OF_TERM, d.timing());
          case 5 -> service.reactivate(id);
          case 6 -> service.pause(id, d.quantity() % 2 == 0);
          case 7 -> service.resume(id);
          default -> {}
        }
        return;
      }
      Subscription s = billing.stores().subscriptions().find(id).orElseThrow();
      LocalDate dated = day.minusDays(d.back());
      Instant now = WatermarkHistory.instant(day);
      Subscription changed =
          switch (d.kind()) {
            case 1, 2, 3 ->
                s.changePlan(CATALOG, plan, d.quantity(), d.timing(), d.mode(), dated, now).value();
            case 4 -> s.cancel(CATALOG, ChangeTiming.END_OF_TERM, d.timing(), dated, now).value();
            case 5 -> s.reactivate(dated, now).value();
            case 6 -> s.pause(dated, d.quantity() % 2 == 0, now).value();
            case 7 -> s.resume(dated, now).value();
            default -> s;
          };
      if (changed != s) {
        billing.stores().subscriptions().save(changed, s.version());
      }
    } catch (RevOpsException | IllegalStateException | IllegalArgumentException e) {
      // a change the subscription refuses in its state: the history goes on without it
    }
  }
}
