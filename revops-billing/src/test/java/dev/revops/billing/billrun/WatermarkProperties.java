package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.RecordArbitraries;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.RetroactiveChange;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TrialEndBehavior;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The watermark path bills exactly what recomputing every period from the start bills, over long
 * histories with retroactive changes. A history is simulated day by day: subscriptions created
 * (some with a start date in the past), changed through their methods at the day's instant (plan
 * and quantity changes at every timing, cancellations, reactivations, pauses with and without
 * billing, resumptions, trials ending, often dated back by up to 70 days), usage recorded late, the
 * latest draft sometimes deleted, and a bill run on most days whose lines become an invoice. At
 * every run three generations must agree line for line (same lines, same order, same next date):
 * the generator of before ({@link PreviousGenerator}, every period from the start, lines placed by
 * a scan), today's generator recomputing everything (all invoices, no {@code invoicesFrom}), and
 * the watermark path (only the invoices serving a day from {@link Watermark#invoicesNeededFrom}
 * on); and a second run on the watermark path bills nothing more.
 */
class WatermarkProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final List<Plan> PLANS = Fixtures.PLANS;

  /** How far back a change is dated: mostly not at all, sometimes by days, weeks or months. */
  private static final int[] BACK = {0, 0, 0, 0, 1, 5, 15, 35, 70};

  /** One subscription of the account: its plan, start (days from BASE, negative: in the past). */
  record Sub(int plan, int startOffset, int quantity, boolean coupon) {}

  /** What happens on a day before its run. */
  enum Kind {
    NOTHING,
    CHANGE_PLAN,
    CHANGE_QUANTITY,
    CANCEL,
    REACTIVATE,
    PAUSE,
    RESUME,
    ADVANCE,
    USAGE,
    DELETE_LATEST_DRAFT
  }

  /** One step of the history: days passed, what happened, and whether the bill run ran. */
  record Step(
      int gap,
      Kind kind,
      int sub,
      int back,
      int plan,
      int quantity,
      ChangeTiming timing,
      ProrationMode mode,
      boolean flag,
      boolean run) {}

  @Provide
  Arbitrary<Sub> subs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, PLANS.size() - 1),
            Arbitraries.integers().between(-60, 40),
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(true, false))
        .as(Sub::new);
  }

  @Provide
  Arbitrary<Step> steps() {
    Arbitrary<Kind> kind =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(Kind.NOTHING)),
            Tuple.of(3, Arbitraries.just(Kind.CHANGE_PLAN)),
            Tuple.of(3, Arbitraries.just(Kind.CHANGE_QUANTITY)),
            Tuple.of(2, Arbitraries.just(Kind.CANCEL)),
            Tuple.of(1, Arbitraries.just(Kind.REACTIVATE)),
            Tuple.of(2, Arbitraries.just(Kind.PAUSE)),
            Tuple.of(2, Arbitraries.just(Kind.RESUME)),
            Tuple.of(1, Arbitraries.just(Kind.ADVANCE)),
            Tuple.of(2, Arbitraries.just(Kind.USAGE)),
            Tuple.of(1, Arbitraries.just(Kind.DELETE_LATEST_DRAFT)));
    return RecordArbitraries.of(
        Step.class,
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(1, 8)),
            Tuple.of(4, Arbitraries.integers().between(25, 35)),
            Tuple.of(1, Arbitraries.integers().between(36, 70))),
        kind,
        Arbitraries.integers().between(0, 1),
        WatermarkHistory.back(BACK),
        Arbitraries.integers().between(0, PLANS.size() - 1),
        Arbitraries.integers().between(1, 5),
        Arbitraries.of(ChangeTiming.class),
        Arbitraries.of(ProrationMode.class),
        Arbitraries.of(true, false),
        Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false)));
  }

  @Property(tries = 600)
  void theWatermarkPathBillsWhatRecomputingEverythingBills(
      @ForAll("subs") Sub first,
      @ForAll("subs") Sub second,
      @ForAll boolean two,
      @ForAll @Size(min = 8, max = 45) List<@From("steps") Step> steps,
      @ForAll ProrationUnit unit) {
    InvoiceGenerator gen = new InvoiceGenerator(unit);
    List<Subscription> subs = new ArrayList<>();
    subs.add(create("s-a", first));
    if (two) {
      subs.add(create("s-b", second));
    }
    List<Invoice> invoices = new ArrayList<>();
    List<UsageRecord> usage = new ArrayList<>();
    LocalDate day = BASE;
    boolean skipped = false;
    boolean reopened = false;
    int runs = 0;
    for (Step step : steps) {
      day = day.plusDays(step.gap());
      int at = step.sub() % subs.size();
      happen(step, day, subs, at, invoices, usage);
      if (!step.run()) {
        continue;
      }
      runs++;
      AccountBilling all = new AccountBilling(ACME, subs, invoices, usage);
      BillingResult before = PreviousGenerator.generate(unit, all, CATALOG, day);
      BillingResult full = gen.generate(all, CATALOG, day);
      assertThat(full).isEqualTo(before);

      LocalDate watermark = Watermark.of(invoices).orElse(null);
      LocalDate from = Watermark.invoicesNeededFrom(subs, CATALOG, watermark, usage, day);
      List<Invoice> read = servingFrom(invoices, from);
      BillingResult fromWatermark =
          gen.generate(new AccountBilling(ACME, subs, read, usage, from), CATALOG, day);
      assertThat(fromWatermark.lines()).isEqualTo(before.lines());
      assertThat(fromWatermark.nextDate()).isEqualTo(before.nextDate());
      skipped |= read.size() < invoices.size();
      reopened |= openChange(subs, watermark, day);

      if (!before.lines().isEmpty()) {
        invoices.add(Fixtures.draft("in-" + invoices.size(), before.lines()));
      }
      // a second run at once: the same on both paths, and (as a rule) nothing more
      LocalDate again = Watermark.invoicesNeededFrom(subs, CATALOG, mark(invoices), usage, day);
      BillingResult rerun =
          gen.generate(
              new AccountBilling(ACME, subs, servingFrom(invoices, again), usage, again),
              CATALOG,
              day);
      BillingResult rerunAll =
          gen.generate(new AccountBilling(ACME, subs, invoices, usage), CATALOG, day);
      assertThat(rerunAll.lines()).isEmpty();
      assertThat(rerun.lines()).isEmpty();
      assertThat(rerun.nextDate()).isEqualTo(before.nextDate());
    }
    Statistics.label("old invoices left unread").collect(skipped);
    Statistics.label("a retroactive change reopened the history").collect(reopened);
    Statistics.label("runs").collect(runs < 10 ? "under 10" : runs < 25 ? "10 to 24" : "25+");
    Statistics.label("old invoices left unread")
        .coverage(c -> c.check(true).percentage(p -> p > 60));
    Statistics.label("a retroactive change reopened the history")
        .coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  /** The invoices a store returns for "a line ends after {@code from}". */
  private static List<Invoice> servingFrom(List<Invoice> invoices, LocalDate from) {
    return from.equals(LocalDate.MIN) ? invoices : WatermarkHistory.endingAfter(invoices, from);
  }

  private static LocalDate mark(List<Invoice> invoices) {
    return Watermark.of(invoices).orElse(null);
  }

  private static boolean openChange(List<Subscription> subs, LocalDate watermark, LocalDate day) {
    if (watermark == null) {
      return false;
    }
    for (Subscription s : subs) {
      for (RetroactiveChange c : s.retroactiveChanges()) {
        if (!watermark.isAfter(c.madeOn()) && c.effective().isBefore(watermark)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A subscription made on BASE: starting then, later (pending) or earlier (backdated). */
  private static Subscription create(String id, Sub spec) {
    LocalDate start = BASE.plusDays(spec.startOffset());
    NewSubscription req =
        Fixtures.newSubscription(id, PLANS.get(spec.plan()), start)
            .withQuantity(spec.quantity())
            .withCoupons(Fixtures.coupons(spec.coupon()));
    return Subscription.create(req, BASE, WatermarkHistory.instant(BASE)).value();
  }

  /** What a step does on its day, through the subscription's methods at the day's instant. */
  private static void happen(
      Step step,
      LocalDate day,
      List<Subscription> subs,
      int at,
      List<Invoice> invoices,
      List<UsageRecord> usage) {
    Instant now = WatermarkHistory.instant(day);
    LocalDate dated = day.minusDays(step.back());
    Subscription s = subs.get(at);
    switch (step.kind()) {
      case NOTHING -> {}
      case CHANGE_PLAN ->
          s =
              Fixtures.attempt(
                  s,
                  v ->
                      v.changePlan(
                              CATALOG,
                              PLANS.get(step.plan()),
                              step.quantity(),
                              step.timing(),
                              step.mode(),
                              dated,
                              now)
                          .value());
      case CHANGE_QUANTITY ->
          s =
              Fixtures.attempt(
                  s,
                  v ->
                      v.changeQuantity(
                              CATALOG, step.quantity(), step.timing(), step.mode(), dated, now)
                          .value());
      case CANCEL ->
          s =
              Fixtures.attempt(
                  s,
                  v ->
                      v.cancel(CATALOG, ChangeTiming.END_OF_TERM, step.timing(), dated, now)
                          .value());
      case REACTIVATE -> s = Fixtures.attempt(s, v -> v.reactivate(dated, now).value());
      case PAUSE -> s = Fixtures.attempt(s, v -> v.pause(dated, step.flag(), now).value());
      case RESUME -> s = Fixtures.attempt(s, v -> v.resume(dated, now).value());
      case ADVANCE ->
          s =
              Fixtures.attempt(
                  s,
                  v ->
                      v.advanceTo(
                              CATALOG,
                              day,
                              step.flag() ? TrialEndBehavior.CANCEL : TrialEndBehavior.PAUSE,
                              now)
                          .value());
      case USAGE -> {
        for (int i = 0; i < 3; i++) {
          usage.add(
              new UsageRecord(
                  s.id(),
                  "metered-calls",
                  day.minusDays((step.back() + 11L * i) % 60),
                  100L * step.quantity() + i));
        }
      }
      case DELETE_LATEST_DRAFT -> {
        int last = invoices.size() - 1;
        if (last >= 0 && invoices.get(last).status() == InvoiceStatus.DRAFT) {
          invoices.set(last, invoices.get(last).delete(now).value());
        }
      }
    }
    subs.set(at, s);
  }

  @Property(tries = 200)
  void theGeneratorRefusesInvoicesThatStartTooLate(
      @ForAll("subs") Sub spec,
      @ForAll @IntRange(min = 40, max = 400) int days,
      @ForAll @IntRange(min = 1, max = 60) int tooLate) {
    InvoiceGenerator gen = InvoiceGenerator.byDay();
    List<Subscription> subs = List.of(create("s-a", spec));
    LocalDate day = BASE.plusDays(days);
    BillingResult once =
        gen.generate(new AccountBilling(ACME, subs, List.of(), List.of()), CATALOG, day);
    List<Invoice> invoices = new ArrayList<>();
    if (!once.lines().isEmpty()) {
      invoices.add(Fixtures.draft("in-0", once.lines()));
    }
    LocalDate next = day.plusDays(31);
    LocalDate from = Watermark.invoicesNeededFrom(subs, CATALOG, mark(invoices), List.of(), next);
    boolean checkable = !from.equals(LocalDate.MIN) && !from.equals(LocalDate.MAX);
    Statistics.label("refusal checked").collect(checkable);
    Statistics.label("refusal checked").coverage(c -> c.check(true).percentage(p -> p > 50));
    if (!checkable) {
      return;
    }
    LocalDate late = from.plusDays(tooLate);
    AccountBilling input =
        new AccountBilling(ACME, subs, servingFrom(invoices, late), List.of(), late);
    assertThatThrownBy(() -> gen.generate(input, CATALOG, next))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subscription s-a needs the invoices from")
        .hasMessageContaining("the input holds them from " + late);
    // and from the day it needs, the same input is billed
    AccountBilling enough =
        new AccountBilling(ACME, subs, servingFrom(invoices, from), List.of(), from);
    assertThat(gen.generate(enough, CATALOG, next))
        .isEqualTo(
            gen.generate(new AccountBilling(ACME, subs, invoices, List.of()), CATALOG, next));
  }
}
