package dev.revops.examples.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.NotFoundException;
import dev.revops.sales.port.SubscriptionChanges;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sales' {@link SubscriptionChanges} on revops-billing: an accepted upsell becomes {@link
 * SubscriptionService#changePlan} of the customer's live subscription on the offer's "from" plan,
 * keeping its quantity, with a timing and proration chosen once (immediately with prorations by
 * default).
 *
 * <p><b>Idempotency.</b> The first result per idempotency key is remembered (here in memory; a host
 * keeps it in its own store), so a repeated key returns it without a second change; and when the
 * memory is gone (a restart between the change and sales recording it), a subscription of the
 * account already on the target plan (now or scheduled) is taken as the change made.
 * <b>Results.</b> A change billing will never make is {@link
 * SubscriptionChanges.Result#refused(String)}: no live subscription on the from plan, an unknown or
 * retired plan ({@link InvalidInputException}), a lifecycle that forbids it ({@link
 * IllegalTransitionException}); anything else (a version conflict, a store down) propagates, so
 * sales keeps the offer accepted and retries. Thread-safe; logs ids only.
 */
public final class BillingSubscriptionChanges implements SubscriptionChanges {
  private static final Logger LOG = LoggerFactory.getLogger(BillingSubscriptionChanges.class);
  private static final Set<SubscriptionStatus> ENDED =
      EnumSet.of(SubscriptionStatus.CANCELLED, SubscriptionStatus.INCOMPLETE_EXPIRED);

  private final SubscriptionService service;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;
  private final ChangeTiming timing;
  private final ProrationMode proration;
  private final Map<String, Result> byKey = new ConcurrentHashMap<>();

  /**
   * Creates the adapter, changing plans immediately with prorations.
   *
   * @param service billing's subscription service
   * @param subscriptions billing's subscriptions, to find the account's
   * @param clock the clock billing runs on
   */
  public BillingSubscriptionChanges(
      SubscriptionService service, SubscriptionRepository subscriptions, Clock clock) {
    this(service, subscriptions, clock, Timing.IMMEDIATE_PRORATED);
  }

  /**
   * Creates the adapter.
   *
   * @param service billing's subscription service
   * @param subscriptions billing's subscriptions, to find the account's
   * @param clock the clock billing runs on
   * @param when when the change takes effect and how it is prorated
   */
  public BillingSubscriptionChanges(
      SubscriptionService service, SubscriptionRepository subscriptions, Clock clock, Timing when) {
    this.service = requireNonNull(service, "service");
    this.subscriptions = requireNonNull(subscriptions, "subscriptions");
    this.clock = requireNonNull(clock, "clock");
    requireNonNull(when, "when");
    this.timing = when.timing();
    this.proration = when.proration();
  }

  /**
   * When an upsell's plan change takes effect and how it is prorated. Immutable.
   *
   * @param timing now or at the end of the term
   * @param proration how the change is prorated
   */
  public record Timing(ChangeTiming timing, ProrationMode proration) {
    /** Immediately, with prorations on the next invoice. */
    public static final Timing IMMEDIATE_PRORATED =
        new Timing(ChangeTiming.IMMEDIATE, ProrationMode.CREATE_PRORATIONS);

    /** Checks the parts. */
    public Timing {
      requireNonNull(timing, "timing");
      requireNonNull(proration, "proration");
    }
  }

  @Override
  public Result request(Request request) {
    requireNonNull(request, "request");
    // computeIfAbsent runs one change per key at a time; a throw remembers nothing, so it is
    // retried
    return byKey.computeIfAbsent(request.idempotencyKey(), k -> change(request));
  }

  private Result change(Request r) {
    Optional<Subscription> done = find(r, r.toPlan(), true);
    if (done.isPresent()) {
      LOG.info(
          "offer {}: subscription {} already on the target plan",
          r.idempotencyKey(),
          done.get().id());
      return Result.applied(done.get().id().value());
    }
    Optional<Subscription> from = find(r, r.fromPlan(), false);
    if (from.isEmpty()) {
      return Result.refused("no live subscription of " + r.account() + " on plan " + r.fromPlan());
    }
    Subscription s = from.get();
    long quantity = s.segmentOn(today(s)).quantity();
    try {
      Subscription changed = service.changePlan(s.id(), r.toPlan(), quantity, timing, proration);
      LOG.info("offer {}: subscription {} moved to a new plan", r.idempotencyKey(), changed.id());
      return Result.applied(changed.id().value());
    } catch (InvalidInputException | IllegalTransitionException | NotFoundException e) {
      return Result.refused(e.getMessage());
    }
  }

  /** A live subscription of the account on the plan today (or, for the target, from today on). */
  private Optional<Subscription> find(Request r, String plan, boolean scheduledToo) {
    for (Subscription s : subscriptions.findByAccount(r.account())) {
      if (ENDED.contains(s.status())) {
        continue;
      }
      LocalDate today = today(s);
      if (s.segmentOn(today).planId().equals(plan)) {
        return Optional.of(s);
      }
      if (scheduledToo) {
        for (PlanSegment seg : s.segments()) {
          if (seg.planId().equals(plan) && seg.from().isAfter(today)) {
            return Optional.of(s);
          }
        }
      }
    }
    return Optional.empty();
  }

  private LocalDate today(Subscription s) {
    return LocalDate.ofInstant(clock.instant(), s.zone());
  }
}
