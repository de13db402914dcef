package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.Billing;
import dev.revops.billing.subscription.Subscription;
import dev.revops.collections.CollectionsModule;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.scoring.LeadScorer;
import dev.revops.sales.service.LeadService;
import dev.revops.sales.service.OpportunityService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * A synthetic subscription company run day by day on the revops modules' in-memory ports.
 *
 * <p>Leads arrive from every {@link LeadSource} through sales' {@link LeadService} (validated,
 * normalised, de-duplicated), are scored by a {@link LeadScorer} with rules loaded from JSON,
 * qualified, accepted by sales and converted into an account, a contact and an opportunity that is
 * later won or lost ({@link OpportunityService}). Won deals start billing {@link Subscription}s on
 * a catalog of monthly and yearly plans, billed each day they are due through {@link Billing}'s
 * billing cycle; subscriptions upgrade mid-period (prorated, invoiced at once), downgrade and
 * cancel at the end of the term, and pause. Card charges fail for a share of accounts and walk a
 * retry schedule; overdue accounts go through a dunning ladder loaded from JSON whose contacts pass
 * the collections compliance gate and land in the activity log ({@link CollectionsModule}); calls
 * end in right-party contacts, {@link PromiseToPay promises to pay} and {@link PaymentPlan payment
 * plans} (which pause dunning while current); disputes end in credit notes; the worst debts are
 * handed to an agency and written off. Service cases are resolved within or outside an SLA counted
 * on a business calendar, and a breach earns a service credit. KPIs come from revops-metrics.
 *
 * <p>This class is the driver: it runs the days in order and asks each part what happens. The parts
 * only decide what the simulated customers do, with random choices from the seed, and call the
 * modules' services for every change: {@link Leads}, {@link Subscriptions}, {@link Invoicing}
 * (billing and payments), {@link CollectionsDesk}, {@link ServiceDesk}, and {@link Results}; {@link
 * World} holds the wiring and what they share.
 *
 * <p>Deterministic for a seed: one {@link SplittableRandom}, a {@link ManualClock}, sequential ids,
 * insertion-ordered collections; the system clock is never read. Not thread-safe: run it on one
 * thread; {@link #run(IntConsumer)} may be called once.
 */
public final class RevenueSimulation {
  /** Every lead source, each with its share of leads and its chance to be accepted by sales. */
  static final List<LeadSource> SOURCES = List.of(LeadSource.values());

  /** The funnel stages of a lead, in order. */
  public static final List<String> STAGES = List.of("lead", "mql", "sql", "customer");

  /** The lead scoring rules, as a host would keep them in a JSON file. */
  public static final String SCORING_JSON =
      """
      {
        "fit": [
          {"id": "fit.us", "group": "fit", "attribute": "country", "operator": "IN",
           "values": ["US", "CA"], "points": 10},
          {"id": "fit.mid-market", "group": "fit", "attribute": "size", "operator": "IN",
           "values": ["50-399", "400+"], "points": 15},
          {"id": "fit.small", "group": "fit", "attribute": "size", "operator": "EQUALS",
           "values": ["1-49"], "points": 5},
          {"id": "fit.no-company", "attribute": "company", "operator": "ABSENT", "points": -10}
        ],
        "engagement": [
          {"id": "eng.page", "group": "web", "eventType": "page_view", "points": 3},
          {"id": "eng.pricing", "group": "web", "eventType": "pricing_view", "points": 10},
          {"id": "eng.click", "group": "email", "eventType": "email_click", "points": 5},
          {"id": "eng.demo", "eventType": "demo_request", "points": 30, "maxOccurrences": 1}
        ],
        "groups": [
          {"name": "fit", "cap": 25},
          {"name": "web", "cap": 30},
          {"name": "email", "cap": 15}
        ],
        "overallCap": 100,
        "decay": {"kind": "HALF_LIFE", "halfLifeDays": 30},
        "sourceWeights": {"REFERRAL": 15, "INBOUND_CALL": 10, "PURCHASED_DATABASE": -10},
        "grades": [
          {"grade": "A", "minScore": 75}, {"grade": "B", "minScore": 50},
          {"grade": "C", "minScore": 25}, {"grade": "D", "minScore": 0}
        ],
        "mqlThreshold": 50
      }
      """;

  /** Days between a failed charge and its retry (billing's {@link RetrySchedule#days}). */
  public static final int[] RETRY_DAYS = {3, 5, 7};

  /** The dunning ladder the simulation runs, as a host would keep it in a JSON file. */
  public static final String DUNNING_JSON =
      """
      {
        "name": "demo",
        "steps": [
          {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
          {"id": "overdue", "offsetDays": 1, "actions": ["EMAIL", "SMS"]},
          {"id": "call", "offsetDays": 7, "actions": ["CALL_TASK"],
           "conditions": {"minAmountDue": [{"amount": "100.00", "currency": "USD"}]}},
          {"id": "second-call", "offsetDays": 14, "actions": ["CALL_TASK", "EMAIL"]},
          {"id": "suspend", "offsetDays": 21, "actions": ["SUSPEND_SERVICE", "EMAIL"]},
          {"id": "final", "offsetDays": 45, "actions": ["FINAL_NOTICE"]},
          {"id": "agency", "offsetDays": 75, "actions": ["HAND_TO_AGENCY"]}
        ]
      }
      """;

  private final World w;
  private final Leads leads;
  private final Invoicing invoicing;
  private final CollectionsDesk collections;
  private final ServiceDesk service;
  private final Marketing marketing;
  private final PlanEndOfLife endOfLife;
  private final Results results;
  private boolean ran;

  /**
   * Prepares a run.
   *
   * @param config what to simulate
   */
  public RevenueSimulation(SimulationConfig config) {
    this(config, Backend.memory());
  }

  /**
   * Prepares a run on a backend (the in-memory defaults, or a database).
   *
   * @param config what to simulate
   * @param backend where the modules keep their state; a database must be empty and migrated
   */
  public RevenueSimulation(SimulationConfig config, Backend backend) {
    this.w = new World(requireNonNull(config, "config"), requireNonNull(backend, "backend"));
    Subscriptions subscriptions = new Subscriptions(w);
    Referrals referrals = new Referrals(w);
    this.invoicing = new Invoicing(w, subscriptions, referrals);
    this.leads = new Leads(w, subscriptions, invoicing, referrals);
    this.collections = new CollectionsDesk(w, invoicing, subscriptions);
    this.service = new ServiceDesk(w, referrals);
    this.marketing = new Marketing(w, subscriptions);
    this.endOfLife = new PlanEndOfLife(w);
    this.results =
        new Results(
            w,
            leads,
            invoicing,
            collections,
            () -> new Growth(marketing.report(), referrals.summary(), endOfLife.summary()));
  }

  /**
   * Runs the simulation without progress reports.
   *
   * @param config what to simulate
   * @return the result
   */
  public static SimulationResult run(SimulationConfig config) {
    return new RevenueSimulation(config).run(day -> {});
  }

  /**
   * The number of simulated days, for progress reporting.
   *
   * @return days
   */
  public int days() {
    return w.days();
  }

  /**
   * Runs the simulation.
   *
   * @param progress told the number of days done after each day
   * @return the result
   * @throws IllegalStateException when called twice
   */
  public SimulationResult run(IntConsumer progress) {
    if (ran) {
      throw new IllegalStateException("a simulation runs once");
    }
    ran = true;
    SimulationConfig config = w.config;
    leads.openingBook();
    int done = 0;
    for (LocalDate day = config.start(); day.isBefore(config.end()); day = day.plusDays(1)) {
      w.today = day;
      if (day.getDayOfMonth() == 1 && !day.equals(config.start())) {
        results.monthEnd(day.minusDays(1));
      }
      w.clock.setInstant(day.atTime(17, 0).toInstant(ZoneOffset.UTC));
      List<Runnable> due = w.agenda.remove(day);
      if (due != null) {
        due.forEach(Runnable::run);
      }
      leads.captureLeads();
      invoicing.run();
      marketing.day();
      endOfLife.day();
      for (int i = 0; i < w.customers.size(); i++) {
        service.maybeOpenCase(w.customers.get(i));
      }
      collections.promisesAndPlans();
      collections.dunning();
      // the day's events, handed on as a host's scheduled relay would
      w.relay.deliverPending();
      progress.accept(++done);
    }
    w.relay.deliverPending();
    results.monthEnd(config.end().minusDays(1));
    return results.result();
  }
}
