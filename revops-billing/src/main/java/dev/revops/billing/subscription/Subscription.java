package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.PhaseType;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.internal.EventIds;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionCreated;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionStatusChanged;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A subscription. Its status follows {@link SubscriptionLifecycle#MACHINE}; entitlement (has
 * access, until {@code entitlementEnd}) and billing (is charged, until {@code billingEnd}) are
 * tracked apart, as in Kill Bill, so a cancellation can end access now and billing at period end,
 * or the reverse. Plan and quantity changes are kept as dated segments: the bill run reads the
 * whole timeline, which is what makes its result independent of when it runs. A change that takes
 * effect before the day it is made (the day of its instant in the account's zone) is also kept as a
 * {@link RetroactiveChange}, so a bill run that reads the account's history only from its watermark
 * knows to read back from the change's effective date. Immutable and thread-safe; null dates mean
 * "not set" (no trial, no end).
 *
 * @param id the id
 * @param account the account
 * @param currency the billing currency
 * @param zone the account's time zone
 * @param status the status
 * @param startDate the first day
 * @param anchor the billing cycle anchor (the trial's end or the start date), kept for life
 * @param trialEnd the first day after the trial, or null
 * @param segments the plan segments in date order, the first starting at {@code startDate}
 * @param coupons the coupons redeemed
 * @param pauses the pauses
 * @param billingEnd the first day not billed, or null
 * @param entitlementEnd the first day without access, or null
 * @param termRenewals how many times a fixed term was renewed
 * @param hasPaymentMethod whether a payment method is on file
 * @param retroactiveChanges the changes that took effect before the day they were made, oldest
 *     first (at most {@value #MAX_RETROACTIVE_CHANGES}: beyond, the oldest two are merged)
 * @param version the stored version
 */
public record Subscription(
    SubscriptionId id,
    AccountId account,
    Currency currency,
    ZoneId zone,
    SubscriptionStatus status,
    LocalDate startDate,
    LocalDate anchor,
    LocalDate trialEnd,
    List<PlanSegment> segments,
    List<AppliedCoupon> coupons,
    List<Pause> pauses,
    LocalDate billingEnd,
    LocalDate entitlementEnd,
    int termRenewals,
    boolean hasPaymentMethod,
    List<RetroactiveChange> retroactiveChanges,
    long version)
    implements Aggregate<SubscriptionId, Subscription> {

  /** How many retroactive changes a subscription keeps apart before it merges the oldest. */
  public static final int MAX_RETROACTIVE_CHANGES = 8;

  /** Checks the required parts and copies the lists. */
  public Subscription {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(currency, "currency");
    requireNonNull(zone, "zone");
    requireNonNull(status, "status");
    requireNonNull(startDate, "startDate");
    requireNonNull(anchor, "anchor");
    segments = List.copyOf(segments);
    coupons = List.copyOf(coupons);
    pauses = List.copyOf(pauses);
    retroactiveChanges = retroactiveChanges == null ? List.of() : List.copyOf(retroactiveChanges);
    if (segments.isEmpty() || !segments.get(0).from().equals(startDate)) {
      throw new IllegalArgumentException(
          "subscription " + id + ": the first segment must start on the start date");
    }
    for (int i = 1; i < segments.size(); i++) {
      if (!segments.get(i).from().isAfter(segments.get(i - 1).from())) {
        throw new IllegalArgumentException(
            "subscription "
                + id
                + ": segments["
                + i
                + "] starts on "
                + segments.get(i).from()
                + ", not after the segment before it ("
                + segments.get(i - 1).from()
                + ")");
      }
    }
  }

  /**
   * Creates a subscription: pending when it starts in the future, else started at once (trialing
   * when the plan has a trial, incomplete when it waits for its first payment, else active).
   *
   * @param request what to create
   * @param today the account's local date
   * @param at when
   * @return the subscription and its events
   */
  public static Changed<Subscription> create(NewSubscription request, LocalDate today, Instant at) {
    Plan plan = request.plan();
    LocalDate start = request.startDate();
    LocalDate trialEnd = plan.hasTrial() ? plan.phases().get(0).duration().startOf(start, 1) : null;
    List<AppliedCoupon> coupons = new ArrayList<>();
    for (String c : request.couponIds()) {
      coupons.add(new AppliedCoupon(c, trialEnd != null ? trialEnd : start));
    }
    Subscription s =
        new Subscription(
            request.id(),
            request.account(),
            request.currency(),
            request.zone(),
            SubscriptionStatus.PENDING,
            start,
            trialEnd != null ? trialEnd : start,
            trialEnd,
            List.of(
                new PlanSegment(
                    plan.id(), request.quantity(), start, start, ProrationMode.ALWAYS_INVOICE)),
            coupons,
            List.of(),
            null,
            null,
            0,
            request.hasPaymentMethod(),
            retroactive(List.of(), start, request.zone(), at),
            NEW);
    Changed<Subscription> created =
        Changed.of(
            s,
            new SubscriptionCreated(
                EventIds.of(s.id, NEW, SubscriptionCreated.class, 0),
                s.id,
                s.account,
                plan.id(),
                request.quantity(),
                start,
                at));
    if (start.isAfter(today)) {
      return created;
    }
    SubscriptionAction first =
        plan.hasTrial()
            ? SubscriptionAction.START_TRIAL
            : request.awaitFirstPayment()
                ? SubscriptionAction.START_INCOMPLETE
                : SubscriptionAction.START;
    return created.then(v -> v.fire(first, at, 1));
  }

  @Override
  public Subscription withVersion(long v) {
    return b().version(v).build();
  }

  private B b() {
    return new B(this);
  }

  private Changed<Subscription> fire(SubscriptionAction action, Instant at, int n) {
    SubscriptionStatus next = SubscriptionLifecycle.MACHINE.next(status, action);
    return Changed.of(
        b().status(next).build(),
        new SubscriptionStatusChanged(
            EventIds.of(id, version, SubscriptionStatusChanged.class, n),
            id,
            status,
            action,
            next,
            at));
  }

  /**
   * Returns the segment in effect on a day.
   *
   * @param day the day
   * @return the last segment starting on or before it (the first one before the start)
   */
  public PlanSegment segmentOn(LocalDate day) {
    PlanSegment current = segments.get(0);
    for (PlanSegment s : segments) {
      if (!s.from().isAfter(day)) {
        current = s;
      }
    }
    return current;
  }

  /**
   * Returns the billing calendar of a plan for this subscription (its anchor, the plan's interval,
   * the account's zone).
   *
   * @param plan the plan
   * @return the calendar
   */
  public BillingCalendar calendar(Plan plan) {
    return BillingCalendar.of(anchor, plan.interval(), zone);
  }

  /**
   * Returns the current period on a day: the trial while it lasts, else the billing period.
   *
   * @param catalog the catalog
   * @param day the account's local date
   * @return the period holding the day
   */
  public DateRange currentPeriod(Catalog catalog, LocalDate day) {
    if (trialEnd != null && day.isBefore(trialEnd)) {
      return DateRange.of(startDate, trialEnd);
    }
    return calendar(catalog.plan(segmentOn(day).planId())).periodContaining(day);
  }

  /**
   * The day a change takes effect; never before the start date (a change made to a subscription
   * that has not started yet, or dated before its start, takes effect from its start).
   */
  private LocalDate timingDate(Catalog catalog, ChangeTiming timing, LocalDate today) {
    LocalDate d =
        switch (timing) {
          case IMMEDIATE -> today;
          case END_OF_TERM -> currentPeriod(catalog, today).end();
          case START_OF_TERM -> currentPeriod(catalog, today).start();
        };
    return d.isBefore(startDate) ? startDate : d;
  }

  /**
   * Changes the plan and quantity. The change takes effect now, at the end of the current period or
   * from its start (a full credit of the period); a change scheduled for later replaces any earlier
   * scheduled one. With {@link ProrationMode#NONE} the current period stays billed as it was and
   * the change bills from the next period.
   *
   * @param catalog the catalog
   * @param newPlan the new plan
   * @param quantity the new quantity
   * @param timing when it takes effect
   * @param proration how it is billed
   * @param today the account's local date
   * @param at when
   * @return the subscription and its event
   */
  public Changed<Subscription> changePlan(
      Catalog catalog,
      Plan newPlan,
      long quantity,
      ChangeTiming timing,
      ProrationMode proration,
      LocalDate today,
      Instant at) {
    requireChangeable("CHANGE_PLAN");
    LocalDate effective = timingDate(catalog, timing, today);
    if (proration == ProrationMode.NONE && timing != ChangeTiming.END_OF_TERM) {
      // the current period stays as billed: the change bills from the next period
      DateRange period = currentPeriod(catalog, today);
      effective = period.start().equals(effective) ? effective : period.end();
    }
    PlanSegment current = segmentOn(effective.minusDays(1));
    LocalDate lock = current.planId().equals(newPlan.id()) ? current.priceLockedOn() : effective;
    List<PlanSegment> kept = new ArrayList<>();
    for (PlanSegment s : segments) {
      if (s.from().isBefore(effective) || s.from().equals(startDate)) {
        kept.add(s);
      }
    }
    PlanSegment next = new PlanSegment(newPlan.id(), quantity, effective, lock, proration);
    if (effective.equals(startDate)) {
      kept.set(0, next);
    } else {
      kept.add(next);
    }
    // the last segment's plan gives the fixed term's end, which bounds the whole timeline
    LocalDate termMoved = endMoved(termEnd(catalog), b().segments(kept).build().termEnd(catalog));
    LocalDate affected = termMoved != null && termMoved.isBefore(effective) ? termMoved : effective;
    return Changed.of(
        b().segments(kept).retroactive(affected, at).build(),
        new SubscriptionChanged(
            EventIds.of(id, version, SubscriptionChanged.class, 0),
            id,
            newPlan.id(),
            quantity,
            effective,
            proration,
            at));
  }

  /**
   * Changes the quantity on the current plan.
   *
   * @param catalog the catalog
   * @param quantity the new quantity
   * @param timing when it takes effect
   * @param proration how it is billed
   * @param today the account's local date
   * @param at when
   * @return the subscription and its event
   */
  public Changed<Subscription> changeQuantity(
      Catalog catalog,
      long quantity,
      ChangeTiming timing,
      ProrationMode proration,
      LocalDate today,
      Instant at) {
    Plan plan = catalog.plan(segmentOn(today).planId());
    return changePlan(catalog, plan, quantity, timing, proration, today, at);
  }

  private void requireChangeable(Object what) {
    if (SubscriptionLifecycle.MACHINE.isTerminal(status)) {
      throw refused(what, SubscriptionLifecycle.MACHINE.allowedEvents(status), "it has ended");
    }
  }

  /** A lifecycle "no" for this subscription in its current state. */
  private IllegalTransitionException refused(Object event, Set<?> allowed, String reason) {
    return new IllegalTransitionException(
        status, event, allowed, "subscription " + id + ": " + reason);
  }

  /**
   * Cancels. Access and billing end separately: now, at the end of the current period, or (for
   * billing) at its start, which credits the whole period. When access ends now the subscription is
   * cancelled; otherwise it is non-renewing until access ends.
   *
   * @param catalog the catalog
   * @param entitlement when access ends
   * @param billing when billing ends
   * @param today the account's local date
   * @param at when
   * @return the subscription and its event
   */
  public Changed<Subscription> cancel(
      Catalog catalog,
      ChangeTiming entitlement,
      ChangeTiming billing,
      LocalDate today,
      Instant at) {
    requireChangeable(SubscriptionAction.CANCEL);
    LocalDate accessEnd = timingDate(catalog, entitlement, today);
    LocalDate billEnd = timingDate(catalog, billing, today);
    Subscription s =
        b().entitlementEnd(accessEnd)
            .billingEnd(billEnd)
            .retroactive(endMoved(billingEnd, billEnd), at)
            .build();
    SubscriptionAction action =
        accessEnd.isAfter(today) ? SubscriptionAction.SCHEDULE_CANCEL : SubscriptionAction.CANCEL;
    return s.fire(action, at, 0);
  }

  /**
   * Cancels now: access and billing end today (the rest of the period is credited).
   *
   * @param catalog the catalog
   * @param today the account's local date
   * @param at when
   * @return the subscription and its event
   */
  public Changed<Subscription> cancelNow(Catalog catalog, LocalDate today, Instant at) {
    return cancel(catalog, ChangeTiming.IMMEDIATE, ChangeTiming.IMMEDIATE, today, at);
  }

  /**
   * Cancels at the end of the current period (Stripe's cancel_at_period_end).
   *
   * @param catalog the catalog
   * @param today the account's local date
   * @param at when
   * @return the subscription and its event
   */
  public Changed<Subscription> cancelAtPeriodEnd(Catalog catalog, LocalDate today, Instant at) {
    return cancel(catalog, ChangeTiming.END_OF_TERM, ChangeTiming.END_OF_TERM, today, at);
  }

  /**
   * Undoes a scheduled cancellation before the period ends.
   *
   * @param today the account's local date
   * @param at when
   * @return the active subscription and its event
   * @throws IllegalTransitionException when the period has already ended, or the state has no
   *     {@code REACTIVATE}
   */
  public Changed<Subscription> reactivate(LocalDate today, Instant at) {
    if (entitlementEnd != null && !today.isBefore(entitlementEnd)) {
      Set<SubscriptionAction> allowed = EnumSet.noneOf(SubscriptionAction.class);
      allowed.addAll(SubscriptionLifecycle.MACHINE.allowedEvents(status));
      allowed.remove(SubscriptionAction.REACTIVATE);
      throw refused(
          SubscriptionAction.REACTIVATE,
          allowed,
          "the period ended on " + entitlementEnd + ", too late to reactivate");
    }
    return b().entitlementEnd(null)
        .billingEnd(null)
        .retroactive(endMoved(billingEnd, null), at)
        .build()
        .fire(SubscriptionAction.REACTIVATE, at, 0);
  }

  /**
   * Pauses from today, with or without billing.
   *
   * @param today the first paused day
   * @param billed whether paused days are still billed
   * @param at when
   * @return the paused subscription and its event
   */
  public Changed<Subscription> pause(LocalDate today, boolean billed, Instant at) {
    List<Pause> p = new ArrayList<>(pauses);
    p.add(new Pause(today, null, billed));
    return b().pauses(p)
        .retroactive(billed ? null : today, at)
        .build()
        .fire(SubscriptionAction.PAUSE, at, 0);
  }

  /**
   * Resumes a pause from today.
   *
   * @param today the first day active again
   * @param at when
   * @return the active subscription and its event
   */
  public Changed<Subscription> resume(LocalDate today, Instant at) {
    List<Pause> p = new ArrayList<>(pauses);
    LocalDate effective = null;
    if (!p.isEmpty() && p.get(p.size() - 1).until() == null) {
      Pause open = p.remove(p.size() - 1);
      p.add(new Pause(open.from(), today, open.billed()));
      effective = open.billed() ? null : today;
    }
    return b().pauses(p).retroactive(effective, at).build().fire(SubscriptionAction.RESUME, at, 0);
  }

  /**
   * Records a failed payment.
   *
   * @param at when
   * @return the past-due subscription and its event
   */
  public Changed<Subscription> paymentFailed(Instant at) {
    return status == SubscriptionStatus.PAST_DUE
        ? Changed.unchanged(this)
        : fire(SubscriptionAction.PAYMENT_FAILED, at, 0);
  }

  /**
   * Records a successful payment: an incomplete, past-due or unpaid subscription becomes active
   * (non-renewing again when it had been set to cancel at period end before it fell past due).
   *
   * @param at when
   * @return the subscription and its event, unchanged when nothing was owed
   */
  public Changed<Subscription> paymentSucceeded(Instant at) {
    if (!SubscriptionLifecycle.MACHINE.canFire(status, SubscriptionAction.PAYMENT_SUCCEEDED)) {
      return Changed.unchanged(this);
    }
    Changed<Subscription> paid = fire(SubscriptionAction.PAYMENT_SUCCEEDED, at, 0);
    // A subscription set to cancel at period end that fell past due keeps that schedule once it
    // is paid: it goes back to non-renewing, not to a plain active with an access end.
    if (entitlementEnd != null && paid.value().status() == SubscriptionStatus.ACTIVE) {
      return paid.then(s -> s.fire(SubscriptionAction.SCHEDULE_CANCEL, at, 1));
    }
    return paid;
  }

  /**
   * Applies the policy for exhausted payment retries.
   *
   * @param action cancel, mark unpaid or leave past due
   * @param today the account's local date (a cancellation ends access and billing then)
   * @param at when
   * @return the subscription and its event, unchanged for {@link ExhaustedAction#LEAVE_PAST_DUE}
   */
  public Changed<Subscription> retriesExhausted(
      ExhaustedAction action, LocalDate today, Instant at) {
    return switch (action) {
      case CANCEL ->
          b().entitlementEnd(today)
              .billingEnd(today)
              .retroactive(endMoved(billingEnd, today), at)
              .build()
              .fire(SubscriptionAction.CANCEL, at, 0);
      case MARK_UNPAID -> fire(SubscriptionAction.MARK_UNPAID, at, 0);
      case LEAVE_PAST_DUE -> Changed.unchanged(this);
    };
  }

  /**
   * Records whether a payment method is on file.
   *
   * @param has true when one is
   * @return the subscription
   */
  public Subscription withPaymentMethod(boolean has) {
    return b().hasPaymentMethod(has).build();
  }

  /**
   * Renews a fixed term for one more term of the same length. It takes no date and is meant as a
   * decision taken by the end of the term: a renewal made after the term ended is not recorded as a
   * {@link RetroactiveChange}, so a bill run that reads from the account's watermark would not bill
   * the days between the term's end and the watermark.
   *
   * @param catalog the catalog
   * @return the subscription with a later term end
   * @throws IllegalTransitionException when the current plan has no fixed term
   */
  public Subscription renewTerm(Catalog catalog) {
    if (termEnd(catalog) == null) {
      throw refused(
          "RENEW_TERM",
          SubscriptionLifecycle.MACHINE.allowedEvents(status),
          "no fixed term to renew");
    }
    return b().termRenewals(termRenewals + 1).build();
  }

  /**
   * Returns the end of the fixed term, if the current plan ends in one.
   *
   * @param catalog the catalog
   * @return the first day after the term, or null for an evergreen plan
   */
  public LocalDate termEnd(Catalog catalog) {
    Plan plan = catalog.plan(segments.get(segments.size() - 1).planId());
    List<PlanPhase> phases = plan.phases();
    PlanPhase last = phases.get(phases.size() - 1);
    if (last.type() != PhaseType.FIXED_TERM) {
      return null;
    }
    LocalDate s = startDate;
    for (int i = 0; i < phases.size() - 1; i++) {
      s = phases.get(i).duration().startOf(s, 1);
    }
    return last.duration().startOf(s, 1L + termRenewals);
  }

  /**
   * Moves time forward to a day: starts a pending subscription, ends a trial (without a payment
   * method: as the behaviour says), ends a non-renewing subscription at its period end, expires a
   * fixed term.
   *
   * @param catalog the catalog
   * @param today the account's local date
   * @param noPaymentMethod what a trial ending without a payment method does
   * @param at when
   * @return the subscription and its events
   */
  public Changed<Subscription> advanceTo(
      Catalog catalog, LocalDate today, TrialEndBehavior noPaymentMethod, Instant at) {
    Changed<Subscription> result = Changed.unchanged(this);
    for (int guard = 0; guard < 8; guard++) {
      Subscription s = result.value();
      Changed<Subscription> step = s.step(catalog, today, noPaymentMethod, at, guard);
      if (step == null) {
        return result;
      }
      result = result.then(v -> step);
    }
    return result;
  }

  private Changed<Subscription> step(
      Catalog catalog, LocalDate today, TrialEndBehavior behavior, Instant at, int n) {
    Plan plan = catalog.plan(segments.get(0).planId());
    switch (status) {
      case PENDING -> {
        if (startDate.isAfter(today)) {
          return null;
        }
        return fire(
            plan.hasTrial() ? SubscriptionAction.START_TRIAL : SubscriptionAction.START, at, n);
      }
      case TRIALING -> {
        if (trialEnd == null || today.isBefore(trialEnd)) {
          return null;
        }
        if (hasPaymentMethod || behavior == TrialEndBehavior.CREATE_INVOICE) {
          return fire(SubscriptionAction.END_TRIAL, at, n);
        }
        if (behavior == TrialEndBehavior.CANCEL) {
          return b().billingEnd(trialEnd)
              .entitlementEnd(trialEnd)
              .retroactive(endMoved(billingEnd, trialEnd), at)
              .build()
              .fire(SubscriptionAction.CANCEL, at, n);
        }
        List<Pause> p = new ArrayList<>(pauses);
        p.add(new Pause(trialEnd, null, false));
        return b().pauses(p)
            .retroactive(trialEnd, at)
            .build()
            .fire(SubscriptionAction.PAUSE, at, n);
      }
      case NON_RENEWING -> {
        if (entitlementEnd == null || today.isBefore(entitlementEnd)) {
          return null;
        }
        return fire(SubscriptionAction.PERIOD_END, at, n);
      }
      case ACTIVE -> {
        LocalDate end = termEnd(catalog);
        if (end == null || today.isBefore(end)) {
          return null;
        }
        return b().billingEnd(end)
            .entitlementEnd(end)
            .retroactive(endMoved(billingEnd, end), at)
            .build()
            .fire(SubscriptionAction.EXPIRE_TERM, at, n);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Marks a subscription whose first payment never came as expired; nothing is billed.
   *
   * @param at when
   * @return the expired subscription and its event
   */
  public Changed<Subscription> expireIncomplete(Instant at) {
    return b().billingEnd(startDate)
        .entitlementEnd(startDate)
        .retroactive(endMoved(billingEnd, startDate), at)
        .build()
        .fire(SubscriptionAction.EXPIRE_INCOMPLETE, at, 0);
  }

  private boolean pausedWithoutBilling(LocalDate day) {
    for (Pause p : pauses) {
      if (!p.billed()
          && !day.isBefore(p.from())
          && (p.until() == null || day.isBefore(p.until()))) {
        return true;
      }
    }
    return false;
  }

  private boolean paused(LocalDate day) {
    for (Pause p : pauses) {
      if (!day.isBefore(p.from()) && (p.until() == null || day.isBefore(p.until()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the account has access on a day (entitlement).
   *
   * @param day the account's local date
   * @return true when entitled
   */
  public boolean hasAccess(LocalDate day) {
    if (day.isBefore(startDate) || (entitlementEnd != null && !day.isBefore(entitlementEnd))) {
      return false;
    }
    return switch (status) {
      case PENDING, INCOMPLETE, INCOMPLETE_EXPIRED, UNPAID -> false;
      default -> !paused(day);
    };
  }

  /**
   * Tells whether a day is billed.
   *
   * @param day the account's local date
   * @return true when billed
   */
  public boolean isBilled(LocalDate day) {
    return !day.isBefore(startDate)
        && (billingEnd == null || day.isBefore(billingEnd))
        && !pausedWithoutBilling(day);
  }

  /**
   * Returns the billing timeline up to a horizon: the billed days, split wherever the plan, the
   * quantity or the plan phase changes, without unbilled pauses, ending at the billing end or the
   * fixed term's end.
   *
   * @param catalog the catalog
   * @param horizon the first day not looked at
   * @return the slices in date order
   */
  public List<TimelineSlice> timeline(Catalog catalog, LocalDate horizon) {
    LocalDate end = horizon;
    if (billingEnd != null && billingEnd.isBefore(end)) {
      end = billingEnd;
    }
    LocalDate term = termEnd(catalog);
    if (term != null && term.isBefore(end)) {
      end = term;
    }
    List<TimelineSlice> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      PlanSegment seg = segments.get(i);
      LocalDate segEnd = i + 1 < segments.size() ? segments.get(i + 1).from() : end;
      if (segEnd.isAfter(end)) {
        segEnd = end;
      }
      if (!seg.from().isBefore(segEnd)) {
        continue;
      }
      Plan plan = catalog.plan(seg.planId());
      List<PlanPhase> phases = plan.phases();
      LocalDate phaseStart = startDate;
      for (int p = 0; p < phases.size(); p++) {
        PlanPhase phase = phases.get(p);
        boolean last = p == phases.size() - 1;
        LocalDate phaseEnd = last ? LocalDate.MAX : phase.duration().startOf(phaseStart, 1);
        LocalDate from = max(seg.from(), phaseStart);
        LocalDate to = min(segEnd, phaseEnd);
        if (from.isBefore(to)) {
          for (DateRange r : withoutUnbilledPauses(DateRange.of(from, to))) {
            out.add(
                new TimelineSlice(
                    r,
                    plan,
                    phase,
                    phaseStart,
                    seg.quantity(),
                    seg.priceLockedOn(),
                    seg.proration()));
          }
        }
        if (last) {
          break;
        }
        phaseStart = phaseEnd;
      }
    }
    return out;
  }

  private List<DateRange> withoutUnbilledPauses(DateRange r) {
    if (pauses.isEmpty()) {
      return List.of(r);
    }
    List<DateRange> parts = new ArrayList<>(List.of(r));
    for (Pause p : pauses) {
      if (p.billed()) {
        continue;
      }
      LocalDate pe = p.until() == null ? LocalDate.MAX : p.until();
      List<DateRange> next = new ArrayList<>();
      for (DateRange part : parts) {
        if (!part.start().isBefore(p.from())) {
          if (!part.start().isBefore(pe)) {
            next.add(part);
          } else if (pe.isBefore(part.end())) {
            next.add(DateRange.of(pe, part.end()));
          }
        } else {
          next.add(DateRange.of(part.start(), min(part.end(), p.from())));
          if (pe.isBefore(part.end())) {
            next.add(DateRange.of(pe, part.end()));
          }
        }
      }
      parts = next;
    }
    return parts;
  }

  /**
   * The first day whose billing moving the billing end from one day to another alters: the earlier
   * of the two (null is no end), or null when it does not move.
   */
  private static LocalDate endMoved(LocalDate before, LocalDate after) {
    if (before == null) {
      return after;
    }
    if (after == null || before.equals(after)) {
      return after == null ? before : null;
    }
    return min(before, after);
  }

  /**
   * The retroactive changes with one more when a change that alters billing from {@code effective}
   * was made on a later day (the day of {@code at} in the zone; an unknown instant counts as made
   * on {@link LocalDate#MAX}); beyond {@link #MAX_RETROACTIVE_CHANGES} the oldest two are merged.
   */
  private static List<RetroactiveChange> retroactive(
      List<RetroactiveChange> changes, LocalDate effective, ZoneId zone, Instant at) {
    if (effective == null) {
      return changes;
    }
    LocalDate madeOn = at == null ? LocalDate.MAX : LocalDate.ofInstant(at, zone);
    if (!effective.isBefore(madeOn)) {
      return changes;
    }
    List<RetroactiveChange> out = new ArrayList<>(changes);
    out.add(new RetroactiveChange(effective, madeOn));
    if (out.size() > MAX_RETROACTIVE_CHANGES) {
      out.set(0, out.get(0).merge(out.remove(1)));
    }
    return out;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** A copy-and-change helper; not thread-safe, never escapes. */
  private static final class B {
    private final Subscription s;
    private SubscriptionStatus status;
    private List<PlanSegment> segments;
    private List<Pause> pauses;
    private LocalDate billingEnd;
    private LocalDate entitlementEnd;
    private int termRenewals;
    private boolean hasPaymentMethod;
    private List<RetroactiveChange> retroactiveChanges;
    private long version;

    B(Subscription s) {
      this.s = s;
      status = s.status;
      segments = s.segments;
      pauses = s.pauses;
      billingEnd = s.billingEnd;
      entitlementEnd = s.entitlementEnd;
      termRenewals = s.termRenewals;
      hasPaymentMethod = s.hasPaymentMethod;
      retroactiveChanges = s.retroactiveChanges;
      version = s.version;
    }

    B status(SubscriptionStatus v) {
      status = v;
      return this;
    }

    B segments(List<PlanSegment> v) {
      segments = v;
      return this;
    }

    B pauses(List<Pause> v) {
      pauses = v;
      return this;
    }

    B billingEnd(LocalDate v) {
      billingEnd = v;
      return this;
    }

    B entitlementEnd(LocalDate v) {
      entitlementEnd = v;
      return this;
    }

    B termRenewals(int v) {
      termRenewals = v;
      return this;
    }

    B hasPaymentMethod(boolean v) {
      hasPaymentMethod = v;
      return this;
    }

    B retroactive(LocalDate effective, Instant at) {
      retroactiveChanges = Subscription.retroactive(retroactiveChanges, effective, s.zone, at);
      return this;
    }

    B version(long v) {
      version = v;
      return this;
    }

    Subscription build() {
      return new Subscription(
          s.id,
          s.account,
          s.currency,
          s.zone,
          status,
          s.startDate,
          s.anchor,
          s.trialEnd,
          segments,
          s.coupons,
          pauses,
          billingEnd,
          entitlementEnd,
          termRenewals,
          hasPaymentMethod,
          retroactiveChanges,
          version);
    }
  }
}
