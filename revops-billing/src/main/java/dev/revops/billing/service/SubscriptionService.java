package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.retirement.PlanRetiredException;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.ExhaustedAction;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.TrialEndBehavior;
import dev.revops.core.event.Changed;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Creates and changes subscriptions: load, ask the domain, save with the expected version and
 * append the events to the outbox, in one unit of work. "Today" is the clock's date in the
 * subscription's zone. Thread-safe if its ports are.
 *
 * <p>A retired plan ({@link PlanRetirements}) is closed to new sales from its retirement date:
 * {@link #create} and a {@link #changePlan} onto it from another plan are refused with a {@link
 * PlanRetiredException} naming the plan, the date and the successor. Subscriptions already on it
 * are not affected (their quantity can still change); they move through {@link
 * PlanRetirementService}.
 */
public final class SubscriptionService {
  private final SubscriptionRepository subscriptions;
  private final Catalog catalog;
  private final PlanRetirements retirements;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param subscriptions the subscriptions
   * @param catalog the catalog
   * @param context the unit of work each change runs in, the outbox and the clock
   */
  public SubscriptionService(
      SubscriptionRepository subscriptions, Catalog catalog, BillingContext context) {
    this(subscriptions, catalog, context, PlanRetirements.none());
  }

  /**
   * Creates the service with the plans it must no longer sell.
   *
   * @param subscriptions the subscriptions
   * @param catalog the catalog
   * @param context the unit of work each change runs in, the outbox and the clock
   * @param retirements the retired plans, closed to new sales from their dates
   */
  public SubscriptionService(
      SubscriptionRepository subscriptions,
      Catalog catalog,
      BillingContext context,
      PlanRetirements retirements) {
    this.subscriptions = requireNonNull(subscriptions, "subscriptions");
    this.catalog = requireNonNull(catalog, "catalog");
    this.retirements = requireNonNull(retirements, "retirements");
    requireNonNull(context, "context");
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Creates the service on the embedded defaults ({@link BillingContext#embedded}).
   *
   * @param subscriptions the subscriptions
   * @param catalog the catalog
   * @param events receives the events of every committed change
   * @param clock the clock
   * @deprecated give the unit of work and the outbox: {@link
   *     #SubscriptionService(SubscriptionRepository, Catalog, BillingContext)}, or use {@link
   *     dev.revops.billing.Billing}
   */
  @Deprecated
  public SubscriptionService(
      SubscriptionRepository subscriptions, Catalog catalog, EventPublisher events, Clock clock) {
    this(subscriptions, catalog, BillingContext.embedded(events, clock));
  }

  private LocalDate today(Subscription s) {
    return LocalDate.ofInstant(clock.instant(), s.zone());
  }

  /**
   * Creates a subscription.
   *
   * @param request what to create
   * @return the saved subscription
   * @throws PlanRetiredException when the plan is retired on the sale's day or the start date
   */
  public Subscription create(NewSubscription request) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), request.zone());
    retirements
        .forPlan(request.plan().id())
        .ifPresent(r -> r.checkOpenForSale(today, request.startDate()));
    Changed<Subscription> c = Subscription.create(request, today, clock.instant());
    return aggregates.create(subscriptions, c).value();
  }

  /** Load, change, save and publish; a change to an equal value with no events saves nothing. */
  private Subscription change(SubscriptionId id, Function<Subscription, Changed<Subscription>> f) {
    return aggregates
        .change(
            subscriptions,
            id,
            s -> {
              Changed<Subscription> c = f.apply(s);
              return !c.hasEvents() && c.value().equals(s) ? Changed.unchanged(s) : c;
            })
        .value();
  }

  /**
   * Changes plan and quantity.
   *
   * @param id the subscription
   * @param planId the new plan
   * @param quantity the new quantity
   * @param timing when
   * @param proration how it is billed
   * @return the saved subscription
   * @throws PlanRetiredException when {@code planId} is retired and the subscription is on another
   *     plan (a sale of the retired plan); a quantity change on it is allowed
   */
  public Subscription changePlan(
      SubscriptionId id,
      String planId,
      long quantity,
      ChangeTiming timing,
      ProrationMode proration) {
    return change(
        id,
        s -> {
          LocalDate today = today(s);
          retirements
              .forPlan(planId)
              .filter(r -> !s.segmentOn(today).planId().equals(planId))
              .ifPresent(r -> r.checkOpenForSale(today, today));
          return s.changePlan(
              catalog, catalog.plan(planId), quantity, timing, proration, today, clock.instant());
        });
  }

  /**
   * Cancels.
   *
   * @param id the subscription
   * @param entitlement when access ends
   * @param billing when billing ends
   * @return the saved subscription
   */
  public Subscription cancel(SubscriptionId id, ChangeTiming entitlement, ChangeTiming billing) {
    return change(id, s -> s.cancel(catalog, entitlement, billing, today(s), clock.instant()));
  }

  /**
   * Undoes a scheduled cancellation.
   *
   * @param id the subscription
   * @return the saved subscription
   */
  public Subscription reactivate(SubscriptionId id) {
    return change(id, s -> s.reactivate(today(s), clock.instant()));
  }

  /**
   * Pauses.
   *
   * @param id the subscription
   * @param billed whether paused days are billed
   * @return the saved subscription
   */
  public Subscription pause(SubscriptionId id, boolean billed) {
    return change(id, s -> s.pause(today(s), billed, clock.instant()));
  }

  /**
   * Resumes.
   *
   * @param id the subscription
   * @return the saved subscription
   */
  public Subscription resume(SubscriptionId id) {
    return change(id, s -> s.resume(today(s), clock.instant()));
  }

  /**
   * Moves time forward (starts, trial ends, period ends, fixed terms).
   *
   * @param id the subscription
   * @param noPaymentMethod what a trial ending without a payment method does
   * @return the saved subscription
   */
  public Subscription advance(SubscriptionId id, TrialEndBehavior noPaymentMethod) {
    return change(id, s -> s.advanceTo(catalog, today(s), noPaymentMethod, clock.instant()));
  }

  /**
   * Records a failed payment.
   *
   * @param id the subscription
   * @return the saved subscription
   */
  public Subscription paymentFailed(SubscriptionId id) {
    return change(id, s -> s.paymentFailed(clock.instant()));
  }

  /**
   * Records a successful payment.
   *
   * @param id the subscription
   * @return the saved subscription
   */
  public Subscription paymentSucceeded(SubscriptionId id) {
    return change(id, s -> s.paymentSucceeded(clock.instant()));
  }

  /**
   * Applies the policy for exhausted retries.
   *
   * @param id the subscription
   * @param action what the policy does
   * @return the saved subscription
   */
  public Subscription retriesExhausted(SubscriptionId id, ExhaustedAction action) {
    return change(id, s -> s.retriesExhausted(action, today(s), clock.instant()));
  }
}
