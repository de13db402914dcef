package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.retirement.Due;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementDecision;
import dev.revops.billing.retirement.RetirementPlanner;
import dev.revops.billing.retirement.RetirementReport;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.event.Changed;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Page;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plan end-of-life as use cases: sends the notices that are due, moves subscribers to the successor
 * at renewal, records the churn a retirement causes and reports it. Each subscriber is one unit of
 * work (reload, ask {@link RetirementPlanner}, save the subscription and the {@link PlanMigration}
 * record with the expected versions, events to the outbox), so one failing subscriber never stops
 * the others and is simply due again on the next run. Thread-safe if its ports are.
 *
 * <p><b>Once per subscriber, across app instances.</b> The notice is the creation of the
 * subscriber's {@link PlanMigration} (its id is derived from the plan and the subscription) with
 * its {@code RetirementNoticeSent} event in the same unit of work: a second instance's creation is
 * a version conflict, so the event is appended once however often, and wherever, the job runs. The
 * migration changes the subscription (through {@link SubscriptionService#changePlan}, at {@link
 * ChangeTiming#END_OF_TERM}) and marks the record migrated in one unit of work: of two instances
 * one commits, the other's commit conflicts and applies nothing. Each subscriber's step also runs
 * under its lock ({@link Ports#locks}, subject {@code plan-retirement:<plan>/<subscription>}), so a
 * run never decides on a subscription and a record read half before and half after another
 * instance's commit (the in-memory stores read committed values, not a snapshot). Should a host's
 * unit of work not be atomic and a crash fall between the two saves, the next run finds the
 * subscription already on the successor and records it without changing it again.
 *
 * <p><b>Price.</b> Under {@code SUCCESSOR_PRICE} the plan changes at the first renewal the full
 * notice reaches, and the successor's prices apply from there (locked on that day, as for any plan
 * change). Under {@code GRANDFATHERED(N)} the subscriber stays on the retired plan, at the price
 * version it locked, for N more periods, and the plan changes at the renewal that ends them: revops
 * has no per-subscription price override, and a coupon only lowers a price, so keeping the old
 * plan's segment is the one mechanism that bills exactly the old price (see {@link
 * dev.revops.billing.retirement.PricePolicy}).
 *
 * <p>Subscriptions are read page by page from {@link SubscriptionRepository#page}; the records of a
 * plan from {@link PlanMigrationRepository#findByRetiredPlan}. Logs carry ids only.
 */
public final class PlanRetirementService {
  private static final Logger LOG = LoggerFactory.getLogger(PlanRetirementService.class);
  private static final int PAGE = 500;

  private final Ports ports;
  private final Catalog catalog;
  private final SubscriptionService changes;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * The ports the service reads and writes. A parameter record: immutable; no part is null.
   *
   * @param subscriptions the subscriptions
   * @param migrations the subscribers' migration records
   * @param retirements the retired plans
   * @param locks serialises the work on one subscriber across app instances (a row lock on a
   *     database); the same object for every instance that shares the stores
   */
  public record Ports(
      SubscriptionRepository subscriptions,
      PlanMigrationRepository migrations,
      PlanRetirements retirements,
      Locks locks) {
    /** Checks that every part is there. */
    public Ports {
      requireNonNull(subscriptions, "subscriptions");
      requireNonNull(migrations, "migrations");
      requireNonNull(retirements, "retirements");
      requireNonNull(locks, "locks");
    }

    /**
     * The ports with locks inside this JVM only ({@link InMemoryLocks}): right for one app
     * instance, or for several that share these very objects.
     *
     * @param subscriptions the subscriptions
     * @param migrations the migration records
     * @param retirements the retired plans
     * @return the ports
     */
    public static Ports inMemoryLocks(
        SubscriptionRepository subscriptions,
        PlanMigrationRepository migrations,
        PlanRetirements retirements) {
      return new Ports(subscriptions, migrations, retirements, new InMemoryLocks());
    }
  }

  /**
   * What one run did. Immutable.
   *
   * @param retiredPlanId the retired plan
   * @param applied the decisions carried out, one per subscriber
   * @param takenByAnother subscribers another run (another app instance) handled at the same time:
   *     this run's unit of work conflicted and applied nothing
   * @param failed subscribers whose unit of work failed, with the exception's class: nothing of
   *     theirs was saved and they are due again on the next run
   */
  public record Run(
      String retiredPlanId,
      List<RetirementDecision> applied,
      List<SubscriptionId> takenByAnother,
      Map<SubscriptionId, String> failed) {
    /** Copies the parts. */
    public Run {
      requireNonNull(retiredPlanId, "retiredPlanId");
      applied = List.copyOf(applied);
      takenByAnother = List.copyOf(takenByAnother);
      failed = Map.copyOf(failed);
    }

    /**
     * Returns the subscribers for whom something of a kind was done.
     *
     * @param due the kind
     * @return their ids, in run order
     */
    public List<SubscriptionId> done(Due due) {
      return applied.stream()
          .filter(d -> d.due() == due)
          .map(RetirementDecision::subscription)
          .toList();
    }
  }

  /**
   * Creates the service.
   *
   * @param ports the stores and the retirements
   * @param catalog the catalog
   * @param context the unit of work, the outbox and the clock (shared with the other services)
   */
  public PlanRetirementService(Ports ports, Catalog catalog, BillingContext context) {
    this.ports = requireNonNull(ports, "ports");
    this.catalog = requireNonNull(catalog, "catalog");
    requireNonNull(context, "context");
    this.changes =
        new SubscriptionService(ports.subscriptions(), catalog, context, ports.retirements());
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Sends every notice due today for a retired plan: one {@code RetirementNoticeSent} per
   * subscriber, ever.
   *
   * @param retiredPlanId the retired plan
   * @return what was done
   * @throws NotFoundException when the plan is not retired
   */
  public Run sendDueNotices(String retiredPlanId) {
    return run(retiredPlanId, this::notice);
  }

  /**
   * Moves every subscriber whose migration renewal has come to the successor (at the end of the
   * current term), and records churn and departures to other plans.
   *
   * @param retiredPlanId the retired plan
   * @return what was done
   * @throws NotFoundException when the plan is not retired
   */
  public Run migrateDue(String retiredPlanId) {
    return run(retiredPlanId, this::migrate);
  }

  /**
   * Reports where a retired plan's subscribers stand now.
   *
   * @param retiredPlanId the retired plan
   * @return the report
   * @throws NotFoundException when the plan is not retired
   */
  public RetirementReport report(String retiredPlanId) {
    RetirementPlanner planner = planner(retiredPlanId);
    Map<SubscriptionId, PlanMigration> records = records(retiredPlanId);
    return planner.report(concerned(planner, records), records, clock.instant());
  }

  private RetirementPlanner planner(String retiredPlanId) {
    PlanRetirement r =
        ports
            .retirements()
            .forPlan(retiredPlanId)
            .orElseThrow(() -> new NotFoundException("PlanRetirement", retiredPlanId));
    return new RetirementPlanner(r, catalog);
  }

  private Map<SubscriptionId, PlanMigration> records(String retiredPlanId) {
    Map<SubscriptionId, PlanMigration> out = new HashMap<>();
    for (PlanMigration m : ports.migrations().findByRetiredPlan(retiredPlanId)) {
      out.put(m.subscription(), m);
    }
    return out;
  }

  private List<Subscription> concerned(
      RetirementPlanner planner, Map<SubscriptionId, PlanMigration> records) {
    List<Subscription> out = new ArrayList<>();
    String after = null;
    do {
      Page<Subscription> page = ports.subscriptions().page(after, PAGE);
      for (Subscription s : page.items()) {
        if (planner.concerns(s, records.get(s.id()))) {
          out.add(s);
        }
      }
      after = page.next();
    } while (after != null);
    return out;
  }

  private Run run(
      String retiredPlanId,
      BiFunction<RetirementPlanner, SubscriptionId, RetirementDecision> step) {
    RetirementPlanner planner = planner(retiredPlanId);
    Map<SubscriptionId, PlanMigration> records = records(retiredPlanId);
    List<RetirementDecision> applied = new ArrayList<>();
    List<SubscriptionId> lost = new ArrayList<>();
    Map<SubscriptionId, String> failed = new LinkedHashMap<>();
    for (Subscription s : concerned(planner, records)) {
      try {
        RetirementDecision d =
            Aggregates.inContext(
                "Subscription",
                s.id(),
                () ->
                    ports
                        .locks()
                        .withLock(
                            "plan-retirement:" + PlanMigrationId.of(retiredPlanId, s.id()),
                            () -> aggregates.inTransaction(() -> step.apply(planner, s.id()))));
        if (d != null) {
          applied.add(d);
        }
      } catch (ConcurrencyConflictException e) {
        lost.add(s.id());
      } catch (RuntimeException e) {
        // the class only: a host adapter's message may carry personal data
        LOG.warn(
            "plan retirement {}: subscription {} failed ({}); due again on the next run",
            retiredPlanId,
            s.id(),
            e.getClass().getName());
        failed.put(s.id(), e.getClass().getName());
      }
    }
    return new Run(retiredPlanId, applied, lost, failed);
  }

  /** One subscriber's notice, in the caller's unit of work; null when none is due. */
  private RetirementDecision notice(RetirementPlanner planner, SubscriptionId id) {
    String plan = planner.retirement().planId();
    PlanMigration m = ports.migrations().find(PlanMigrationId.of(plan, id)).orElse(null);
    Subscription s = ports.subscriptions().get(id);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, s.zone());
    RetirementDecision d = planner.decide(s, m, today);
    if (d.due() != Due.NOTICE_DUE) {
      return null;
    }
    aggregates.create(ports.migrations(), planner.notify(s, today, now));
    return d;
  }

  /** One subscriber's migration, churn or departure, in the caller's unit of work. */
  private RetirementDecision migrate(RetirementPlanner planner, SubscriptionId id) {
    // runs under the subscriber's lock; the record is saved with the version decided on
    String plan = planner.retirement().planId();
    PlanMigration m = ports.migrations().find(PlanMigrationId.of(plan, id)).orElse(null);
    if (m == null) {
      return null;
    }
    Subscription s = ports.subscriptions().get(id);
    Instant now = clock.instant();
    RetirementDecision d = planner.decide(s, m, LocalDate.ofInstant(now, s.zone()));
    PlanSegment last = s.segments().get(s.segments().size() - 1);
    switch (d.due()) {
      case MIGRATE_AT_RENEWAL -> {
        LocalDate effective = d.on();
        String successor = planner.retirement().successorPlanId();
        if (!last.planId().equals(successor)) {
          Subscription changed =
              changes.changePlan(
                  id,
                  successor,
                  last.quantity(),
                  ChangeTiming.END_OF_TERM,
                  ProrationMode.CREATE_PRORATIONS);
          PlanSegment scheduled = changed.segments().get(changed.segments().size() - 1);
          if (!scheduled.from().equals(effective) || !scheduled.planId().equals(successor)) {
            // the subscription's own term end disagrees with the planner's: change nothing
            throw new IllegalStateException(
                "subscription "
                    + id
                    + ": change fell on "
                    + scheduled.from()
                    + ", not "
                    + effective);
          }
        }
        save(m, m.migrated(effective, now));
      }
      case CHURNED -> save(m, m.churned(d.on(), now));
      case LEFT_PLAN -> save(m, m.leftPlan(s.segmentOn(d.on()).planId(), now));
      default -> {
        return null;
      }
    }
    return d;
  }

  /** Saves the record with the version it was decided on: a concurrent change is a conflict. */
  private void save(PlanMigration before, Changed<PlanMigration> changed) {
    aggregates.commit(ports.migrations(), before, changed);
  }
}
