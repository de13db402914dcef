package dev.revops.billing.subscription;

import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.BASIC;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.PRO;
import static dev.revops.billing.Fixtures.TRIAL;
import static dev.revops.billing.Fixtures.WEEKLY;
import static dev.revops.billing.Fixtures.subscribe;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.Fixtures.Ledger;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios written from Stripe's and Kill Bill's documented examples. */
class SubscriptionScenarioTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  /** The subscription as a host would build it from its own records, with these parts. */
  private static Subscription rebuilt(
      Subscription s, List<PlanSegment> segments, List<AppliedCoupon> coupons) {
    return new Subscription(
        s.id(),
        s.account(),
        s.currency(),
        s.zone(),
        s.status(),
        s.startDate(),
        s.anchor(),
        s.trialEnd(),
        segments,
        coupons,
        s.pauses(),
        s.billingEnd(),
        s.entitlementEnd(),
        s.termRenewals(),
        s.hasPaymentMethod(),
        s.retroactiveChanges(),
        s.version());
  }

  @Test
  void jan31AnchorAcrossTwoLeapYearsBillsEveryMonthEnd() {
    Subscription s = subscribe("s1", BASIC, d("2023-01-31"));
    Ledger ledger = new Ledger();
    BillingResult r = ledger.run(List.of(s), d("2028-03-31"));
    List<LocalDate> starts = r.lines().stream().map(l -> l.servicePeriod().start()).toList();
    assertThat(starts).hasSize(63).doesNotHaveDuplicates();
    assertThat(starts)
        .contains(d("2023-02-28"), d("2023-03-31"), d("2024-02-29"), d("2024-03-31"))
        .contains(d("2025-02-28"), d("2028-02-29"), d("2028-03-31"));
    assertThat(r.lines()).allSatisfy(l -> assertThat(l.amount()).isEqualTo(usd("30")));
    assertThat(r.lines()).allSatisfy(l -> assertThat(l.type()).isEqualTo(LineType.RECURRING));
    assertThat(r.nextDate()).isEqualTo(d("2028-04-30"));
    // Kill Bill #127 stopped after Mar 31; here the second run the same day adds nothing
    assertThat(ledger.run(List.of(s), d("2028-03-31")).lines()).isEmpty();
  }

  private Ledger upgradeOnApril16(ProrationMode mode, List<BillingResult> runs) {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Ledger ledger = new Ledger();
    runs.add(ledger.run(List.of(s), d("2024-04-01")));
    var change = s.changePlan(CATALOG, PRO, 1, ChangeTiming.IMMEDIATE, mode, d("2024-04-16"), AT);
    assertThat(change.events())
        .extracting(dev.revops.core.event.DomainEvent::aggregateId)
        .containsExactly("s1");
    Subscription up = change.value();
    runs.add(ledger.run(List.of(up), d("2024-04-16")));
    runs.add(ledger.run(List.of(up), d("2024-05-01")));
    return ledger;
  }

  @Test
  void upgradeMidPeriodCreateProrationsGoesOnTheNextInvoice() {
    List<BillingResult> runs = new java.util.ArrayList<>();
    upgradeOnApril16(ProrationMode.CREATE_PRORATIONS, runs);
    assertThat(runs.get(0).lines()).extracting(InvoiceLine::amount).containsExactly(usd("30"));
    assertThat(runs.get(1).lines()).isEmpty();
    assertThat(runs.get(1).nextDate()).isEqualTo(d("2024-05-01"));
    DateRange rest = DateRange.of(d("2024-04-16"), d("2024-05-01"));
    assertThat(runs.get(2).lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount, InvoiceLine::servicePeriod)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CREDIT, usd("-15"), rest),
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CHARGE, usd("30"), rest),
            org.assertj.core.groups.Tuple.tuple(
                LineType.RECURRING, usd("60"), DateRange.of(d("2024-05-01"), d("2024-06-01"))));
  }

  @Test
  void upgradeMidPeriodAlwaysInvoiceBillsTheProrationAtOnce() {
    List<BillingResult> runs = new java.util.ArrayList<>();
    Ledger ledger = upgradeOnApril16(ProrationMode.ALWAYS_INVOICE, runs);
    assertThat(runs.get(1).lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CREDIT, usd("-15")),
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CHARGE, usd("30")));
    assertThat(runs.get(2).lines()).extracting(InvoiceLine::amount).containsExactly(usd("60"));
    assertThat(ledger.total()).isEqualTo(usd("105"));
  }

  @Test
  void upgradeMidPeriodWithoutProrationBillsTheNewPlanFromTheNextPeriod() {
    List<BillingResult> runs = new java.util.ArrayList<>();
    Ledger ledger = upgradeOnApril16(ProrationMode.NONE, runs);
    assertThat(runs.get(1).lines()).isEmpty();
    assertThat(runs.get(2).lines())
        .extracting(InvoiceLine::priceId, InvoiceLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pro-seat", usd("60")));
    assertThat(ledger.total()).isEqualTo(usd("90"));
  }

  @Test
  void cancelAtPeriodEndThenReactivate() {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Ledger ledger = new Ledger();
    ledger.run(List.of(s), d("2024-04-01"));
    Subscription cancelling = s.cancelAtPeriodEnd(CATALOG, d("2024-04-10"), AT).value();
    assertThat(cancelling.status()).isEqualTo(SubscriptionStatus.NON_RENEWING);
    assertThat(cancelling.hasAccess(d("2024-04-30"))).isTrue();
    assertThat(cancelling.hasAccess(d("2024-05-01"))).isFalse();
    // nothing more is billed for a non-renewing subscription
    assertThat(new Ledger().run(List.of(cancelling), d("2024-05-01")).lines()).hasSize(1);
    Subscription back = cancelling.reactivate(d("2024-04-20"), AT).value();
    assertThat(back.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    BillingResult may = ledger.run(List.of(back), d("2024-05-01"));
    assertThat(may.lines()).extracting(InvoiceLine::amount).containsExactly(usd("30"));
    // too late once the period has ended
    assertThatThrownBy(() -> cancelling.reactivate(d("2024-05-01"), AT))
        .hasMessageContaining("too late");
    // at the period end the non-renewing subscription is cancelled
    Subscription ended =
        cancelling.advanceTo(CATALOG, d("2024-05-01"), TrialEndBehavior.CANCEL, AT).value();
    assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELLED);
  }

  @Test
  void aNonRenewingSubscriptionThatFallsPastDueStaysNonRenewingOncePaid() {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Subscription cancelling = s.cancelAtPeriodEnd(CATALOG, d("2024-04-10"), AT).value();
    Subscription pastDue = cancelling.paymentFailed(AT).value();
    assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    Changed<Subscription> paid = pastDue.paymentSucceeded(AT);
    assertThat(paid.value().status()).isEqualTo(SubscriptionStatus.NON_RENEWING);
    assertThat(paid.value().hasAccess(d("2024-05-01"))).isFalse();
    assertThat(paid.events()).hasSize(2);
    // an ordinary past-due subscription goes back to active
    assertThat(s.paymentFailed(AT).value().paymentSucceeded(AT).value().status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void trialEndingWithoutAPaymentMethod() {
    NewSubscription req =
        Fixtures.newSubscription("t1", TRIAL, d("2024-03-01")).withPaymentMethod(false);
    Subscription trialing = Subscription.create(req, d("2024-03-01"), AT).value();
    assertThat(trialing.status()).isEqualTo(SubscriptionStatus.TRIALING);
    assertThat(trialing.trialEnd()).isEqualTo(d("2024-03-15"));
    assertThat(trialing.anchor()).isEqualTo(d("2024-03-15"));
    assertThat(new Ledger().run(List.of(trialing), d("2024-03-14")).lines()).isEmpty();

    Subscription cancelled =
        trialing.advanceTo(CATALOG, d("2024-03-15"), TrialEndBehavior.CANCEL, AT).value();
    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(cancelled.hasAccess(d("2024-03-15"))).isFalse();
    assertThat(new Ledger().run(List.of(cancelled), d("2024-06-01")).lines()).isEmpty();

    Subscription paused =
        trialing.advanceTo(CATALOG, d("2024-03-20"), TrialEndBehavior.PAUSE, AT).value();
    assertThat(paused.status()).isEqualTo(SubscriptionStatus.PAUSED);
    assertThat(new Ledger().run(List.of(paused), d("2024-06-01")).lines()).isEmpty();
    Subscription resumed = paused.resume(d("2024-04-01"), AT).value();
    BillingResult afterResume = new Ledger().run(List.of(resumed), d("2024-04-01"));
    assertThat(afterResume.lines())
        .extracting(InvoiceLine::servicePeriod, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DateRange.of(d("2024-04-01"), d("2024-04-15")), usd("9.03")));

    Subscription invoiced =
        trialing.advanceTo(CATALOG, d("2024-03-15"), TrialEndBehavior.CREATE_INVOICE, AT).value();
    assertThat(invoiced.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(new Ledger().run(List.of(invoiced), d("2024-03-15")).lines())
        .extracting(InvoiceLine::amount)
        .containsExactly(usd("20"));
  }

  @Test
  void entitlementAndBillingEndSeparately() {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Ledger ledger = new Ledger();
    ledger.run(List.of(s), d("2024-04-01"));
    // access ends now, billing at period end: nothing credited
    Subscription a =
        s.cancel(CATALOG, ChangeTiming.IMMEDIATE, ChangeTiming.END_OF_TERM, d("2024-04-11"), AT)
            .value();
    assertThat(a.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(a.hasAccess(d("2024-04-11"))).isFalse();
    assertThat(a.isBilled(d("2024-04-30"))).isTrue();
    assertThat(ledger.run(List.of(a), d("2024-06-01")).lines()).isEmpty();
    // billing from the start of the term: the whole period comes back as a credit
    Ledger other = new Ledger();
    other.run(List.of(s), d("2024-04-01"));
    Subscription b =
        s.cancel(CATALOG, ChangeTiming.IMMEDIATE, ChangeTiming.START_OF_TERM, d("2024-04-11"), AT)
            .value();
    assertThat(other.run(List.of(b), d("2024-04-11")).lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CREDIT, usd("-30")));
    // cancelled now: the unused 20 days are credited (never refunded)
    Ledger third = new Ledger();
    third.run(List.of(s), d("2024-04-01"));
    Subscription c = s.cancelNow(CATALOG, d("2024-04-11"), AT).value();
    assertThat(third.run(List.of(c), d("2024-04-11")).lines())
        .extracting(InvoiceLine::amount)
        .containsExactly(usd("-20"));
    assertThatThrownBy(() -> c.pause(d("2024-04-12"), false, AT))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aChangeMadeBeforeTheStartTakesEffectFromTheStart() {
    Subscription pending =
        Subscription.create(
                Fixtures.newSubscription("f2", BASIC, d("2024-01-21")), d("2024-01-10"), AT)
            .value();
    for (ChangeTiming timing : ChangeTiming.values()) {
      Subscription changed =
          pending
              .changePlan(
                  CATALOG, WEEKLY, 2, timing, ProrationMode.CREATE_PRORATIONS, d("2024-01-18"), AT)
              .value();
      assertThat(changed.segments())
          .as(timing.name())
          .extracting(PlanSegment::planId, PlanSegment::quantity, PlanSegment::from)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("weekly", 2L, d("2024-01-21")));
    }
    // once it has started, a correction dated before the start still starts with it
    Subscription started =
        pending.advanceTo(CATALOG, d("2024-01-21"), TrialEndBehavior.CANCEL, AT).value();
    Subscription corrected =
        started
            .changePlan(
                CATALOG,
                PRO,
                1,
                ChangeTiming.IMMEDIATE,
                ProrationMode.CREATE_PRORATIONS,
                d("2024-01-02"),
                AT)
            .value();
    assertThat(corrected.segments())
        .extracting(PlanSegment::planId, PlanSegment::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pro", d("2024-01-21")));
  }

  @Test
  void segmentsOutOfDateOrderAreRefusedWithTheirIndex() {
    Subscription s = subscribe("s1", BASIC, d("2024-01-21"));
    List<PlanSegment> unordered =
        List.of(
            s.segments().get(0),
            new PlanSegment(
                "weekly", 1, d("2024-01-18"), d("2024-01-18"), ProrationMode.CREATE_PRORATIONS));
    assertThatThrownBy(() -> rebuilt(s, unordered, s.coupons()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segments[1] starts on 2024-01-18")
        .hasMessageContaining("not after the segment before it (2024-01-21)");
  }

  @Test
  void aCreditForAPlanNoLongerBilledIsIssuedOnce() {
    // billed a month of basic, then the plan became the two-weekly one from the start and the
    // trial plan from Jan 31: the month of basic comes back as credits, once
    Subscription basic = subscribe("s1", BASIC, d("2024-01-21"));
    Ledger ledger = new Ledger();
    assertThat(ledger.run(List.of(basic), d("2024-01-25")).lines())
        .extracting(InvoiceLine::amount)
        .containsExactly(usd("30.00"));
    Subscription weekly =
        basic
            .changePlan(
                CATALOG,
                WEEKLY,
                1,
                ChangeTiming.IMMEDIATE,
                ProrationMode.CREATE_PRORATIONS,
                d("2024-01-21"),
                AT)
            .value();
    Subscription trial =
        weekly
            .changePlan(
                CATALOG,
                TRIAL,
                1,
                ChangeTiming.IMMEDIATE,
                ProrationMode.ALWAYS_INVOICE,
                d("2024-01-31"),
                AT)
            .value();
    List<InvoiceLine> changed = ledger.run(List.of(trial), d("2024-02-04")).lines();
    Money credited = Money.zero(Fixtures.USD);
    for (InvoiceLine l : changed) {
      if (l.priceId().equals("basic-seat")) {
        assertThat(l.type()).isEqualTo(LineType.PRORATION_CREDIT);
        credited = credited.plus(l.amount());
      }
    }
    assertThat(credited).isEqualTo(usd("-30.00"));
    for (String day : List.of("2024-02-04", "2024-02-05", "2024-02-06")) {
      assertThat(ledger.run(List.of(trial), d(day)).lines()).as(day).isEmpty();
    }
  }

  @Test
  void futureStartQuantityCouponsAndPendingState() {
    NewSubscription req =
        Fixtures.newSubscription("f1", BASIC, d("2024-06-01"))
            .withQuantity(3)
            .withCoupons(List.of("HALF"));
    Subscription pending = Subscription.create(req, d("2024-05-01"), AT).value();
    assertThat(pending.status()).isEqualTo(SubscriptionStatus.PENDING);
    assertThat(pending.hasAccess(d("2024-05-15"))).isFalse();
    Ledger ledger = new Ledger();
    BillingResult early = ledger.run(List.of(pending), d("2024-05-15"));
    assertThat(early.lines()).isEmpty();
    assertThat(early.nextDate()).isEqualTo(d("2024-06-01"));
    Subscription started =
        pending.advanceTo(CATALOG, d("2024-06-01"), TrialEndBehavior.CANCEL, AT).value();
    assertThat(started.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    BillingResult three = ledger.run(List.of(started), d("2024-08-01"));
    // 3 seats x 30 = 90 a month, half off for the first two months
    assertThat(three.lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LineType.RECURRING, usd("90")),
            org.assertj.core.groups.Tuple.tuple(LineType.DISCOUNT, usd("-45")),
            org.assertj.core.groups.Tuple.tuple(LineType.RECURRING, usd("90")),
            org.assertj.core.groups.Tuple.tuple(LineType.DISCOUNT, usd("-45")),
            org.assertj.core.groups.Tuple.tuple(LineType.RECURRING, usd("90")));
  }

  @Test
  void quantityChangeAtEndOfTermAndFixedTermsExpireOrRenew() {
    Subscription s = subscribe("s1", BASIC, d("2024-01-10"));
    Subscription more =
        s.changeQuantity(
                CATALOG,
                2,
                ChangeTiming.END_OF_TERM,
                ProrationMode.CREATE_PRORATIONS,
                d("2024-01-20"),
                AT)
            .value();
    assertThat(more.segmentOn(d("2024-02-10")).quantity()).isEqualTo(2);
    assertThat(more.segmentOn(d("2024-02-09")).quantity()).isEqualTo(1);
    assertThat(new Ledger().run(List.of(more), d("2024-02-10")).lines())
        .extracting(InvoiceLine::amount)
        .containsExactly(usd("30"), usd("60"));

    Subscription fixed = subscribe("fx", Fixtures.FIXED, d("2024-01-01"));
    assertThat(fixed.termEnd(CATALOG)).isEqualTo(d("2025-01-01"));
    BillingResult year = new Ledger().run(List.of(fixed), d("2025-06-01"));
    assertThat(year.lines()).hasSize(12);
    assertThat(year.lines().get(0).amount()).isEqualTo(usd("5"));
    assertThat(year.lines().get(3).amount()).isEqualTo(usd("10"));
    assertThat(year.nextDate()).isNull();
    Subscription expired =
        fixed.advanceTo(CATALOG, d("2025-01-01"), TrialEndBehavior.CANCEL, AT).value();
    assertThat(expired.status()).isEqualTo(SubscriptionStatus.EXPIRED);
    Subscription renewed = fixed.renewTerm(CATALOG);
    assertThat(renewed.termEnd(CATALOG)).isEqualTo(d("2025-10-01"));
    assertThat(new Ledger().run(List.of(renewed), d("2025-06-01")).lines()).hasSize(18);
  }

  @Test
  void incompleteSubscriptionsActivateOnPaymentOrExpire() {
    NewSubscription req =
        Fixtures.newSubscription("i1", BASIC, d("2024-01-01")).awaitingFirstPayment();
    Subscription incomplete = Subscription.create(req, d("2024-01-01"), AT).value();
    assertThat(incomplete.status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
    assertThat(incomplete.hasAccess(d("2024-01-01"))).isFalse();
    assertThat(incomplete.paymentSucceeded(AT).value().status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
    Subscription expired = incomplete.expireIncomplete(AT).value();
    assertThat(expired.status()).isEqualTo(SubscriptionStatus.INCOMPLETE_EXPIRED);
    assertThat(new Ledger().run(List.of(expired), d("2024-03-01")).lines()).isEmpty();
  }

  @Test
  void pastDueUnpaidAndRetriesExhausted() {
    Subscription s = subscribe("s1", BASIC, d("2024-01-01"));
    Subscription pastDue = s.paymentFailed(AT).value();
    assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(pastDue.paymentFailed(AT).hasEvents()).isFalse();
    assertThat(
            pastDue
                .retriesExhausted(ExhaustedAction.MARK_UNPAID, d("2024-01-20"), AT)
                .value()
                .status())
        .isEqualTo(SubscriptionStatus.UNPAID);
    assertThat(
            pastDue.retriesExhausted(ExhaustedAction.CANCEL, d("2024-01-20"), AT).value().status())
        .isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(
            pastDue
                .retriesExhausted(ExhaustedAction.LEAVE_PAST_DUE, d("2024-01-20"), AT)
                .value()
                .status())
        .isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(pastDue.paymentSucceeded(AT).value().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(SubscriptionLifecycle.MACHINE.terminalStates())
        .containsExactlyInAnyOrder(
            SubscriptionStatus.CANCELLED,
            SubscriptionStatus.EXPIRED,
            SubscriptionStatus.INCOMPLETE_EXPIRED);
  }

  @Test
  void pauseWithAndWithoutBilling() {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Ledger ledger = new Ledger();
    ledger.run(List.of(s), d("2024-04-01"));
    Subscription billedPause = s.pause(d("2024-04-11"), true, AT).value();
    assertThat(billedPause.hasAccess(d("2024-04-12"))).isFalse();
    assertThat(ledger.run(List.of(billedPause), d("2024-04-20")).lines()).isEmpty();
    Subscription unbilled =
        s.pause(d("2024-04-11"), false, AT).value().resume(d("2024-04-21"), AT).value();
    assertThat(ledger.run(List.of(unbilled), d("2024-04-21")).lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LineType.PRORATION_CREDIT, usd("-10")));
  }

  @Test
  void aRepeatingCouponRedeemedInALaterPeriodCountsItsPeriodsFromThatOne() {
    // as a host imports it from another billing system: HALF (50 % for 2 periods) redeemed on the
    // subscription's second period, not at its start
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Subscription imported =
        rebuilt(s, s.segments(), List.of(new AppliedCoupon("HALF", d("2024-05-01"))));
    Ledger ledger = new Ledger();
    List<java.util.Optional<dev.revops.core.money.Money>> discounts = new java.util.ArrayList<>();
    for (String day : List.of("2024-04-01", "2024-05-01", "2024-06-01", "2024-07-01")) {
      BillingResult r = ledger.run(List.of(imported), d(day));
      discounts.add(
          r.lines().stream()
              .filter(l -> l.type() == LineType.DISCOUNT)
              .map(InvoiceLine::amount)
              .findFirst());
    }
    assertThat(discounts)
        .containsExactly(
            java.util.Optional.empty(),
            java.util.Optional.of(usd("-15")),
            java.util.Optional.of(usd("-15")),
            java.util.Optional.empty());
  }

  @Test
  void aMeteredPeriodWithoutUsageBillsNoUsageLine() {
    Subscription s = subscribe("s1", Fixtures.METERED, d("2024-04-01"));
    Ledger ledger = new Ledger();
    ledger.run(List.of(s), d("2024-04-01"));
    BillingResult may = ledger.run(List.of(s), d("2024-05-01"));
    assertThat(may.lines()).extracting(InvoiceLine::type).doesNotContain(LineType.USAGE);
    assertThat(may.lines())
        .extracting(InvoiceLine::priceId)
        .containsExactly("metered-base")
        .doesNotContain("metered-calls");
  }

  @Test
  void anAccountsLinesComeInSubscriptionIdOrderWhateverOrderTheStoreGives() {
    Subscription second = subscribe("s2", PRO, d("2024-04-01"));
    Subscription first = subscribe("s1", BASIC, d("2024-04-01"));
    BillingResult r = new Ledger().run(List.of(second, first), d("2024-04-01"));
    assertThat(r.lines()).extracting(InvoiceLine::subscriptionId).containsExactly("s1", "s2");
  }

  @Test
  void anEndedSubscriptionCannotBeCancelledAgain() {
    Subscription s = subscribe("s1", BASIC, d("2024-04-01"));
    Subscription ended =
        s.cancel(CATALOG, ChangeTiming.IMMEDIATE, ChangeTiming.IMMEDIATE, d("2024-04-10"), AT)
            .value();
    assertThat(SubscriptionLifecycle.MACHINE.isTerminal(ended.status())).isTrue();
    assertThatThrownBy(
            () ->
                ended.cancel(
                    CATALOG, ChangeTiming.IMMEDIATE, ChangeTiming.IMMEDIATE, d("2024-04-11"), AT))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("it has ended");
  }

  @Test
  void theCurrentPeriodIsTheTrialWhileItLastsThenTheBillingPeriod() {
    Subscription s = subscribe("s1", TRIAL, d("2024-04-01"));
    LocalDate trialEnd = s.trialEnd();
    assertThat(trialEnd).isAfter(d("2024-04-01"));
    assertThat(s.currentPeriod(CATALOG, d("2024-04-01")))
        .isEqualTo(DateRange.of(d("2024-04-01"), trialEnd));
    assertThat(s.currentPeriod(CATALOG, trialEnd.minusDays(1)))
        .isEqualTo(DateRange.of(d("2024-04-01"), trialEnd));
    assertThat(s.currentPeriod(CATALOG, trialEnd))
        .isEqualTo(DateRange.of(trialEnd, trialEnd.plusMonths(1)));
  }
}
